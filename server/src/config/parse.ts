// The text of an `.imr.json` read into a configuration, and every mistake in it with its line:
// a syntax error leaves the whole file unread (the defaults apply), an unknown key or a value of
// the wrong kind leaves that entry unread. Pure: text in, data out. Its shape is
// docs/schema/imr-config.v1.json (which VS Code uses to complete and check the file).

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULES, SEVERITY_WORDS, type SeveritySetting } from '../rules';

/** The file's name, looked for in the letter's folder and every folder above it. */
export const CONFIG_FILE_NAME = '.imr.json';

export interface ConfigLimits {
  /** Texts with more characters are not analysed. */
  maxFileSize?: number;
  /** A rule keeps this many findings per letter, and one that counts the rest. */
  maxFindingsPerRule?: number;
}

export interface ImrConfig {
  /** Severity per rule id, as the `imr.rules` setting takes it. */
  rules: Record<string, SeveritySetting>;
  limits: ConfigLimits;
  /** Folders a walk over many letters passes by: names, or paths relative to the file's folder. */
  skip: string[];
}

/** A mistake in a configuration file: where it is (1-based line and column) and what is wrong. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The whole file is left unread for it (the defaults apply), not one entry. */
  unread?: boolean;
}

export const EMPTY_CONFIG: ImrConfig = { rules: {}, limits: {}, skip: [] };

// The severities by their names, and the short words for them.
const SEVERITIES = [...SEVERITY_WORDS].filter(([word, severity]) => word === severity).map(([word]) => word);
const SHORT_WORDS = [...SEVERITY_WORDS.keys()].filter((w) => !SEVERITIES.includes(w));
const RULE_IDS = new Set(RULES.map((r) => r.id));
const LIMITS: Record<keyof ConfigLimits, string> = { maxFileSize: 'characters', maxFindingsPerRule: 'findings' };
const KEYS = ['$schema', 'rules', 'limits', 'skip'];

/** The configuration in `text` (the contents of `file`), and its mistakes; entries in error are left out. */
export function parseConfig(text: string, file: string): { config: ImrConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const at = (offset: number, message: string, unread?: true) =>
    problems.push({ file, ...position(text, offset), message, ...(unread && { unread }) });
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text.replace(/^\uFEFF/, ' '), errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch {
    // The parser recurses once per level: thousands of nested brackets exhaust the stack.
    at(0, 'nested too deeply to be read; the file is not read, the defaults apply', true);
    return { config: EMPTY_CONFIG, problems };
  }
  if (errors.length || !root) {
    const first = errors[0];
    at(
      first?.offset ?? 0,
      `${first ? syntax(printParseErrorCode(first.error)) : 'not JSON'}; the file is not read, the defaults apply`,
      true,
    );
    return { config: EMPTY_CONFIG, problems };
  }
  if (root.type !== 'object') {
    at(root.offset, 'expected an object such as { "rules": { "split-word": "off" } }; the defaults apply', true);
    return { config: EMPTY_CONFIG, problems };
  }
  const config: ImrConfig = { rules: {}, limits: {}, skip: [] };
  for (const [key, value, keyNode] of properties(root)) {
    if (key === 'rules') readRules(value, config, at);
    else if (key === 'limits') readLimits(value, config, at);
    else if (key === 'skip') readSkip(value, config, at);
    else if (!KEYS.includes(key)) at(keyNode.offset, `unknown key "${key}" (known: ${KEYS.slice(1).join(', ')}); it is ignored`);
  }
  return { config, problems };
}

type At = (offset: number, message: string) => void;

function readRules(node: Node, config: ImrConfig, at: At): void {
  if (node.type !== 'object') return at(node.offset, '"rules" takes an object of rule ids and severities; it is ignored');
  for (const [id, value, keyNode] of properties(node)) {
    if (!RULE_IDS.has(id)) at(keyNode.offset, `unknown rule "${id}"; it is ignored`);
    else {
      // The words of the schema, as it spells them (the editor's settings and --rule take any case).
      const severity = value.type === 'string' ? SEVERITY_WORDS.get(value.value) : undefined;
      if (severity) config.rules[id] = severity;
      else at(value.offset, `"${id}" takes one of ${SEVERITIES.join(', ')} (or ${SHORT_WORDS.join(', ')}); the rule keeps its default`);
    }
  }
}

function readLimits(node: Node, config: ImrConfig, at: At): void {
  if (node.type !== 'object') return at(node.offset, '"limits" takes an object such as { "maxFindingsPerRule": 20 }; it is ignored');
  for (const [key, value, keyNode] of properties(node)) {
    if (!(key in LIMITS)) at(keyNode.offset, `unknown limit "${key}" (known: ${Object.keys(LIMITS).join(', ')}); it is ignored`);
    else if (value.type !== 'number' || !Number.isInteger(value.value) || value.value < 1)
      at(value.offset, `"${key}" takes a whole number of ${LIMITS[key as keyof ConfigLimits]}, 1 or more; the default applies`);
    else config.limits[key as keyof ConfigLimits] = value.value;
  }
}

function readSkip(node: Node, config: ImrConfig, at: At): void {
  if (node.type !== 'array') return at(node.offset, '"skip" takes a list of folder names or paths, such as ["drafts"]; it is ignored');
  for (const entry of node.children ?? []) {
    const given = entry.type === 'string' ? (entry.value as string) : '';
    // "./archive/2015/" and "archive\\2015" are "archive/2015"; "./drafts" is the one folder, "drafts" any so named.
    const parts = given.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
    const path = parts.length > 1 || /^\.[\\/]/.test(given);
    if (/^(?:[\\/]|[A-Za-z]:)/.test(given))
      at(
        entry.offset,
        `"${given}" is an absolute path: a folder to skip is given from the folder of this file, such as "archive/2015"; it is ignored`,
      );
    else if (/[*?[\]{}]/.test(given))
      at(entry.offset, `"${given}" is a pattern: a folder to skip is named whole, such as "drafts"; it is ignored`);
    else if (!parts.length || parts.includes('..'))
      at(entry.offset, 'a folder to skip is a name or a path inside the folder of this file; it is ignored');
    else config.skip.push(path && parts.length === 1 ? `./${parts[0]}` : parts.join('/'));
  }
}

/** An object's properties as [key, value node, key node]; a key given twice counts once, the last. */
function properties(node: Node): [string, Node, Node][] {
  const out = new Map<string, [string, Node, Node]>();
  for (const p of node.children ?? []) {
    const [keyNode, value] = p.children ?? [];
    if (keyNode && value) out.set(keyNode.value as string, [keyNode.value as string, value, keyNode]);
  }
  return [...out.values()];
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is badly written',
  PropertyNameExpected: 'a key in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'the text goes on after the end of the object',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
};

const syntax = (code: string): string => `syntax error: ${SYNTAX[code] ?? code}`;

/** 1-based line and column of an offset (LF, CRLF and CR end a line). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** How a mistake is told: "path/.imr.json:3:5: unknown key ...". */
export function describeProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
