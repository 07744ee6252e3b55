// The JSON Schema of `.imr.json`, made from the rules themselves (each rule id with its title and
// default), so that VS Code completes and checks the file: `node scripts/config-schema.mjs` writes
// it to docs/schema/imr-config.v1.json, and a test keeps that file equal to this.

import { RULES, SEVERITY_WORDS } from '../rules';

// The five severities, then the short words the reader takes too.
const SEVERITY = { enum: [...SEVERITY_WORDS.keys()] };

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://example.invalid/imr-letters/schema/imr-config.v1.json',
    title: 'IMR Letters configuration (.imr.json)',
    description:
      'Read by imr-lint and the IMR language server (VS Code, Neovim, any LSP editor) for every letter in this folder and the folders below it, unless a nearer .imr.json stands between. Settings a user sets in the editor apply on top.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description:
          'Severity per rule id, as in the imr.rules setting: off, hint, information, warning or error (or info, warn, none, ignore for short). Rules not named keep their default.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((r) => [r.id, { ...SEVERITY, description: `${r.title} (default: ${r.defaultSeverity}; docs/rules/${r.id}.md)` }]),
        ),
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxFileSize: { type: 'integer', minimum: 1, description: 'Texts with more characters are not analysed (default 2000000).' },
          maxFindingsPerRule: {
            type: 'integer',
            minimum: 1,
            description:
              'A rule keeps this many findings per letter and one that counts the rest (default: 10,000 in imr-lint, 100 in an editor, which never list more).',
          },
        },
      },
      skip: {
        description:
          'Folders imr-lint and Check Folder pass by when they walk a folder: a name (every folder so named) or a path relative to this file\'s folder ("./drafts": that one folder), e.g. ["drafts", "archive/2015"]; no absolute paths, no patterns.',
        type: 'array',
        items: { type: 'string', minLength: 1, not: { pattern: '(^|[\\\\/])\\.\\.([\\\\/]|$)|^[\\\\/]|^[A-Za-z]:|[*?[\\]{}]' } },
      },
    },
  };
}
