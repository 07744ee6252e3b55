// .imr.json read: rules, limits and folders to skip; each mistake named with its file, line and
// column, the defaults applying for what is wrong; the schema VS Code uses made from the rules and
// agreeing with the reader; the nearest file found walking up, never above the top given.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ConfigFinder, configSchema, parseConfig, skipsFolder } from '../../server/src/config';
import { RULES } from '../../server/src/rules';
import { parseArgs } from '../../server/src/cli/args';
import { normalizeSettings } from '../../server/src/service';

const SCHEMA_FILE = path.resolve(__dirname, '../../docs/schema/imr-config.v1.json');

describe('.imr.json', () => {
  it('reads rule severities, limits and folders to skip', () => {
    const text =
      '{\n  "rules": { "split-word": "off", "injury-date-conflict": "warning" },\n  "limits": { "maxFindingsPerRule": 5, "maxFileSize": 1000 },\n  "skip": ["drafts", "./archive/2015/"]\n}\n';
    assert.deepEqual(parseConfig(text, 'x/.imr.json'), {
      config: {
        rules: { 'split-word': 'off', 'injury-date-conflict': 'warning' },
        limits: { maxFindingsPerRule: 5, maxFileSize: 1000 },
        skip: ['drafts', 'archive/2015'],
      },
      problems: [],
    });
  });

  it('names the file, line and column of each mistake and keeps the rest', () => {
    const text =
      '{\r\n  "rules": {\r\n    "split-wrd": "off",\r\n    "injury-date-conflict": "loud",\r\n    "template-remnant": "hint"\r\n  },\r\n  "limit": {},\r\n  "skip": ["../up"]\r\n}';
    const { config, problems } = parseConfig(text, 'a/.imr.json');
    assert.deepEqual(config, { rules: { 'template-remnant': 'hint' }, limits: {}, skip: [] });
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column, p.message.split(';')[0]]),
      [
        ['a/.imr.json', 3, 5, 'unknown rule "split-wrd"'],
        ['a/.imr.json', 4, 29, '"injury-date-conflict" takes one of off, hint, information, warning, error (or info, warn, none, ignore)'],
        ['a/.imr.json', 7, 3, 'unknown key "limit" (known: rules, limits, skip)'],
        ['a/.imr.json', 8, 12, 'a folder to skip is a name or a path inside the folder of this file'],
      ],
    );
  });

  it('reads nothing from a file nested too deeply for the parser, and says so', () => {
    for (const text of ['['.repeat(100_000) + ']'.repeat(100_000), '{"rules":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_001)]) {
      const { config, problems } = parseConfig(text, '.imr.json');
      assert.deepEqual(config, { rules: {}, limits: {}, skip: [] });
      assert.deepEqual(
        problems.map((p) => [p.line, p.column, p.message]),
        [[1, 1, 'nested too deeply to be read; the file is not read, the defaults apply']],
      );
    }
  });

  it('reads nothing from a file with a syntax error, and says where it is', () => {
    for (const [text, line, what] of [
      ['{\n  "rules": { "split-word": "off" }\n  "skip": []\n}', 3, 'a comma is expected'],
      ['{\n  "rules": { "split-word": "off", }\n}', 2, 'a key in double quotes is expected'],
      ['// comment\n{}', 1, 'comments are not allowed in JSON'],
      ['', 1, 'a value is expected'],
      ['\u0000\u0001binary', 1, 'unexpected character'],
    ] as const) {
      const { config, problems } = parseConfig(text, '.imr.json');
      assert.deepEqual(config, { rules: {}, limits: {}, skip: [] }, text);
      assert.equal(problems.length, 1, text);
      assert.equal(problems[0].line, line, text);
      assert.match(problems[0].message, new RegExp(`^syntax error: ${what}; the file is not read, the defaults apply$`), text);
    }
    assert.match(parseConfig('[1]', '.imr.json').problems[0].message, /^expected an object/);
  });

  it('lays the user’s settings over the file’s, and the file’s over the defaults', () => {
    const { config } = parseConfig(
      '{ "rules": { "split-word": "off", "template-remnant": "error" }, "limits": { "maxFileSize": 99, "maxFindingsPerRule": 3 } }',
      '.imr.json',
    );
    const settings = normalizeSettings({ rules: { 'template-remnant': 'hint' } }, config);
    assert.deepEqual(settings.rules, { 'split-word': 'off', 'template-remnant': 'hint' });
    assert.equal(settings.maxFileSize, 99);
    assert.equal(settings.maxFindingsPerRule, 3);
    assert.equal(normalizeSettings({ maxFileSize: 5000 }, config).maxFileSize, 5000);
    assert.deepEqual(normalizeSettings(undefined, config).rules, config.rules);
  });

  it('has its schema in docs/schema made from the rules (node scripts/config-schema.mjs)', () => {
    const onDisk = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(onDisk, JSON.parse(JSON.stringify(configSchema())));
    assert.deepEqual(
      Object.keys(onDisk.properties.rules.properties),
      RULES.map((r) => r.id),
    );
  });

  it('accepts in the schema what the reader reads without a mistake, and rejects what it names', () => {
    const valid = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
    for (const text of [
      '{}',
      '{ "$schema": "./imr-config.v1.json", "rules": { "split-word": "off" } }',
      '{ "limits": { "maxFindingsPerRule": 1 }, "skip": ["drafts", "a/b"] }',
      '{ "rules": { "not-a-letter": "x" } }',
      '{ "rules": { "split-word": "warn", "not-a-letter": "none" } }',
      '{ "rules": { "split-word": "Warning" } }',
      '{ "rules": { "no-such-rule": "off" } }',
      '{ "limits": { "maxFileSize": 0 } }',
      '{ "limits": { "maxFileSize": 1.5 } }',
      '{ "skip": ["../x"] }',
      '{ "skip": ["./drafts", "archive\\\\2015"] }',
      '{ "skip": ["/home/me/letters/drafts"] }',
      '{ "skip": ["C:\\\\letters\\\\drafts"] }',
      '{ "skip": ["archive/*"] }',
      '{ "skip": ["*"] }',
      '{ "skip": "drafts" }',
      '{ "other": 1 }',
    ]) {
      const readerAccepts = parseConfig(text, '.imr.json').problems.length === 0;
      assert.equal(valid(JSON.parse(text)), readerAccepts, text);
    }
  });

  it('takes the same words for a severity as the editor settings and --rule: the five, and info, warn, none, ignore', () => {
    const words = ['off', 'hint', 'information', 'warning', 'error', 'info', 'warn', 'none', 'ignore'];
    const rules = Object.fromEntries(RULES.slice(0, words.length).map((r, i) => [r.id, words[i]]));
    const expected = Object.fromEntries(
      RULES.slice(0, words.length).map((r, i) => [
        r.id,
        ['off', 'hint', 'information', 'warning', 'error', 'information', 'warning', 'off', 'off'][i],
      ]),
    );
    const fromFile = parseConfig(JSON.stringify({ rules }), '.imr.json');
    assert.deepEqual(fromFile.problems, []);
    assert.deepEqual(fromFile.config.rules, expected);
    assert.deepEqual(normalizeSettings({ rules }).rules, expected);
    for (const [id, word] of Object.entries(rules)) {
      const args = parseArgs(['--rule', `${id}=${word.toUpperCase()}`, 'x.txt']);
      assert.ok(!('code' in args), `--rule ${id}=${word.toUpperCase()}`);
      assert.deepEqual(normalizeSettings({ rules: args.rules }).rules, { [id]: expected[id] });
    }
    assert.deepEqual(Object.keys(parseArgs(['--rule', `${RULES[0].id}=loud`, 'x.txt'])), ['text', 'code']);
  });

  it('names a folder to skip given as an absolute path or a pattern, which would match nothing', () => {
    const { config, problems } = parseConfig('{ "skip": ["/srv/letters/drafts", "archive/*", "drafts"] }', '.imr.json');
    assert.deepEqual(config.skip, ['drafts']);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        '"/srv/letters/drafts" is an absolute path: a folder to skip is given from the folder of this file, such as "archive/2015"; it is ignored',
        '"archive/*" is a pattern: a folder to skip is named whole, such as "drafts"; it is ignored',
      ],
    );
  });

  describe('found from a letter’s folder', () => {
    let root: string;
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-config-'));
      fs.mkdirSync(path.join(root, 'work/claims/2016/drafts'), { recursive: true });
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('takes the nearest file walking up, and looks no higher than the top it is given', () => {
      fs.writeFileSync(path.join(root, '.imr.json'), '{ "rules": { "split-word": "off" } }');
      fs.writeFileSync(path.join(root, 'work/claims/.imr.json'), '{ "rules": { "split-word": "error" }, "skip": ["drafts", "2016/old"] }');
      const told: string[] = [];
      const finder = new ConfigFinder((p) => told.push(p.message));
      const deep = path.join(root, 'work/claims/2016');
      assert.equal(finder.forFolder(deep)?.file, path.join(root, 'work/claims/.imr.json'));
      assert.equal(finder.forFolder(path.join(root, 'work'))?.file, path.join(root, '.imr.json'));
      assert.equal(finder.forFolder(path.join(root, 'work'), path.join(root, 'work')), undefined);
      assert.equal(finder.forFolder(deep, path.join(root, 'work/claims/2016')), undefined);
      const found = finder.forFolder(deep);
      assert.ok(skipsFolder(found, path.join(deep, 'drafts')));
      assert.ok(skipsFolder(found, path.join(deep, 'old')));
      assert.ok(!skipsFolder(found, deep));
      assert.ok(!skipsFolder(finder.forFolder(root), path.join(root, 'drafts')));
      assert.deepEqual(told, []);
    });

    it('skips with "./drafts" the one folder beside the file, with "drafts" every folder so named', () => {
      fs.writeFileSync(path.join(root, 'work/.imr.json'), '{ "skip": ["./claims/2016/drafts", "./drafts"] }');
      fs.mkdirSync(path.join(root, 'work/drafts'));
      const found = new ConfigFinder(() => undefined).forFolder(path.join(root, 'work'));
      assert.ok(skipsFolder(found, path.join(root, 'work/drafts')));
      assert.ok(skipsFolder(found, path.join(root, 'work/claims/2016/drafts')));
      assert.ok(!skipsFolder(found, path.join(root, 'work/claims/drafts')), 'not a drafts folder elsewhere');
    });

    it('tells each file’s mistakes once per reading, and reads it again after forget()', () => {
      const file = path.join(root, 'work/.imr.json');
      fs.writeFileSync(file, '{ "rules": { "nope": "off" } }');
      const told: string[] = [];
      const finder = new ConfigFinder((p) => told.push(`${p.file}:${p.line}`));
      finder.forFolder(path.join(root, 'work/claims'));
      finder.forFolder(path.join(root, 'work/claims/2016'));
      assert.deepEqual(told, [`${file}:1`]);
      fs.writeFileSync(file, '{ "rules": { "split-word": "off" } }');
      finder.forget();
      assert.deepEqual(finder.forFolder(path.join(root, 'work/claims'))?.config.rules, { 'split-word': 'off' });
      assert.equal(told.length, 1);
    });
  });
});
