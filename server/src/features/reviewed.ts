// Reviewed findings: a finding a reader has judged harmless, recorded in a sidecar file
// (.imr-reviewed.json, next to the letters) by the letter's key, the rule and a fingerprint of the
// statements involved, and hidden until those statements change. Pure: texts in, plain data out;
// reading and writing the sidecar is the adapters' (server/, cli/). The format is documented in
// docs/schema/imr-reviewed.schema.json.

import { createHash } from 'node:crypto';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../base/span';

/** The sidecar's file name, one per folder of letters. */
export const REVIEWED_FILE = '.imr-reviewed.json';

/** A sidecar larger than this (some 200,000 reviewed findings) is no sidecar of ours: it is not read. */
export const MAX_SIDECAR_BYTES = 64 << 20;

/** The version of the format this code reads and writes. */
export const REVIEWED_VERSION = 1;

/** What a fingerprint is taken of: the finding's rule, its span and the spans of its related statements. */
export interface FingerprintedFinding {
  rule: string;
  span: Span;
  related?: { span: Span }[];
}

/** One reviewed finding: never letter text, only what finds the finding again. */
export interface ReviewedEntry {
  /** The letter's case number, or its file name when it has none. */
  letter: string;
  rule: string;
  /** 16 hex digits of the SHA-256 of the statements involved, normalised. */
  fingerprint: string;
  /** The reader's own note, if any. */
  note?: string;
  /** The day it was marked, YYYY-MM-DD. */
  reviewed?: string;
}

/** Something wrong with a sidecar file, at a 1-based line. */
export interface SidecarProblem {
  line: number;
  message: string;
}

export interface ParsedSidecar {
  entries: ReviewedEntry[];
  /** Empty when the file is sound; otherwise nothing of it applies and it must not be written over. */
  problems: SidecarProblem[];
  /** The file's "$schema", kept when it is written again. */
  schema?: string;
}

/**
 * The text as two extractions of one PDF agree on it: compatibility forms folded, lower case, and
 * only letters and digits kept. PDF extraction moves spaces, line ends, hyphens and punctuation
 * around a word, rarely the word: a word hyphenated over a line end ("re-\nextraction") comes out
 * joined ("reextraction") as it does from an extractor that joined it.
 */
export function normalizeStatement(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The fingerprint of a finding in `text`: the same wherever its statements move, different when one of them changes. */
export function fingerprint(text: string, finding: FingerprintedFinding): string {
  const statements = [finding.span, ...(finding.related ?? []).map((r) => r.span)].map((s) =>
    normalizeStatement(text.slice(s.start, s.end)),
  );
  return createHash('sha256')
    .update([finding.rule, ...statements].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

/** The key of a letter in the sidecar: its case number, or else the name of its file. */
export function letterKey(caseNumber: string | undefined, fileName: string): string {
  const number = caseNumber?.trim();
  return number ? number : fileName;
}

const keyOf = (letter: string, rule: string, print: string): string => `${letter}\u0000${rule}\u0000${print}`;

/** The entries as a set of keys, for reviewedPartition. */
export function reviewedKeys(entries: readonly ReviewedEntry[]): Set<string> {
  return new Set(entries.map((e) => keyOf(e.letter, e.rule, e.fingerprint)));
}

/** A letter's findings split into those shown and those hidden because they were reviewed. */
export function reviewedPartition<F extends FingerprintedFinding>(
  findings: readonly F[],
  text: string,
  letter: string,
  reviewed: ReadonlySet<string>,
): { kept: F[]; hidden: number } {
  if (!reviewed.size) return { kept: [...findings], hidden: 0 };
  const kept = findings.filter((f) => !reviewed.has(keyOf(letter, f.rule, fingerprint(text, f))));
  return { kept, hidden: findings.length - kept.length };
}

const ENTRY_KEYS: Record<string, 'string'> = {
  letter: 'string',
  rule: 'string',
  fingerprint: 'string',
  note: 'string',
  reviewed: 'string',
};
const REQUIRED = ['letter', 'rule', 'fingerprint'];
const FINGERPRINT = /^[0-9a-f]{16}$/;

/** A folder's sidecar from its text: none there (undefined) is one with nothing reviewed. */
export const sidecarOf = (text: string | undefined): ParsedSidecar =>
  text === undefined ? { entries: [], problems: [] } : parseSidecar(text);

/** A sidecar that is there but could not be read (`why`: a FIFO, too large, no permission): nothing of it applies. */
export const unreadSidecar = (why: string): ParsedSidecar => ({ entries: [], problems: [{ line: 1, message: `cannot be read (${why})` }] });

/** A sidecar's text read: its entries, or what is wrong with it (by line) and no entries. */
export function parseSidecar(text: string): ParsedSidecar {
  const lineAt = lineFinder(text);
  const errors: ParseError[] = [];
  let root: ReturnType<typeof parseTree>;
  try {
    root = parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false, disallowComments: true });
  } catch {
    // The parser recurses once per level: thousands of nested brackets exhaust the stack.
    return { entries: [], problems: [{ line: 1, message: 'nested too deeply to be read' }] };
  }
  if (errors.length || !root)
    return {
      entries: [],
      problems: (errors.length ? errors : [{ error: 0, offset: 0, length: 0 }]).map((e) => ({
        line: lineAt(e.offset),
        message: syntaxMessage(e),
      })),
    };
  const problems: SidecarProblem[] = [];
  const entries: ReviewedEntry[] = [];
  if (root.type !== 'object')
    return { entries, problems: [{ line: lineAt(root.offset), message: 'expected an object with "version" and "reviewed"' }] };
  let version: unknown;
  let schema: string | undefined;
  let listed = false;
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key.value === 'version') version = value.value;
    else if (key.value === 'reviewed') {
      listed = true;
      readEntries(value, entries, problems, lineAt);
    } else if (key.value === '$schema' && typeof value.value === 'string') schema = value.value;
    else if (key.value !== '$schema')
      problems.push({ line: lineAt(key.offset), message: `unknown key "${key.value}" (known: version, reviewed)` });
  }
  if (!listed) problems.push({ line: lineAt(root.offset), message: '"reviewed" is missing: a list of reviewed findings, [] for none' });
  if (version !== REVIEWED_VERSION)
    problems.unshift({
      line: lineAt(root.offset),
      message:
        typeof version === 'number' && version > REVIEWED_VERSION
          ? `version ${version} is newer than this version of IMR Letters reads (${REVIEWED_VERSION})`
          : `"version" must be ${REVIEWED_VERSION}`,
    });
  if (problems.length) return { entries: [], problems };
  return schema === undefined ? { entries, problems } : { entries, problems, schema };
}

function readEntries(list: Node, entries: ReviewedEntry[], problems: SidecarProblem[], lineAt: (offset: number) => number): void {
  if (list.type !== 'array') {
    problems.push({ line: lineAt(list.offset), message: '"reviewed" must be a list' });
    return;
  }
  for (const item of list.children ?? []) {
    if (item.type !== 'object') {
      problems.push({ line: lineAt(item.offset), message: 'each reviewed finding must be an object' });
      continue;
    }
    const entry: Record<string, string> = {};
    for (const prop of item.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!ENTRY_KEYS[key.value])
        problems.push({ line: lineAt(key.offset), message: `unknown key "${key.value}" (known: ${Object.keys(ENTRY_KEYS).join(', ')})` });
      else if (value.type !== 'string') problems.push({ line: lineAt(value.offset), message: `"${key.value}" must be a string` });
      else entry[key.value] = value.value as string;
    }
    const missing = REQUIRED.filter((k) => !entry[k]);
    if (missing.length)
      problems.push({ line: lineAt(item.offset), message: `a reviewed finding needs ${missing.map((k) => `"${k}"`).join(', ')}` });
    else if (!FINGERPRINT.test(entry.fingerprint))
      problems.push({
        line: lineAt(item.offset),
        message: `"fingerprint" must be 16 lower-case hexadecimal digits, as IMR Letters writes it`,
      });
    else entries.push(entry as unknown as ReviewedEntry);
  }
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'a character that is not JSON',
  PropertyNameExpected: 'a key (in double quotes) expected',
  ValueExpected: 'a value expected',
  ColonExpected: 'a colon expected',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: 'a closing brace expected',
  CloseBracketExpected: 'a closing bracket expected',
  EndOfFileExpected: 'nothing more expected after the end',
  InvalidCommentToken: 'comments are not allowed',
};

function syntaxMessage(parseError: ParseError): string {
  const code = printParseErrorCode(parseError.error);
  return `not valid JSON: ${SYNTAX[code] ?? code}`;
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line + 1;
  };
}

/**
 * The sidecar's new text: what is on disk (`onDisk`, undefined when there is no file yet) with
 * `add` added and the keys in `remove` taken out, sorted so that a diff shows what changed.
 * Throws when the file on disk has problems: it is never written over.
 */
export function mergeSidecar(onDisk: string | undefined, add: readonly ReviewedEntry[], remove: readonly ReviewedEntry[] = []): string {
  const current = onDisk === undefined || onDisk.trim() === '' ? { entries: [], problems: [] } : parseSidecar(onDisk);
  if (current.problems.length) throw new SidecarError(current.problems);
  const removed = reviewedKeys(remove);
  const byKey = new Map<string, ReviewedEntry>();
  for (const e of [...current.entries, ...add]) {
    const key = keyOf(e.letter, e.rule, e.fingerprint);
    if (!removed.has(key)) byKey.set(key, { ...byKey.get(key), ...definedOf(e) });
  }
  const reviewed = [...byKey.values()].sort(
    (a, b) => compare(a.letter, b.letter) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint),
  );
  // The schema a user named (for the editor to check the file by) is kept.
  const schema = current.schema === undefined ? {} : { $schema: current.schema };
  return `${JSON.stringify({ ...schema, version: REVIEWED_VERSION, reviewed }, null, 2)}\n`;
}

/** The entry without its undefined fields: a mark without a note keeps the note written before. */
const definedOf = (entry: ReviewedEntry): ReviewedEntry =>
  Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as ReviewedEntry;

const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** A sidecar that cannot be read: its problems, each at a line. */
export class SidecarError extends Error {
  constructor(readonly problems: SidecarProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
  }
}
