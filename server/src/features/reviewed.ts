// Reviewed findings: a finding a reader has judged harmless, recorded in a sidecar file
// (.imr-reviewed.json, next to the letters) by the letter's key, the rule and a fingerprint of the
// statements involved, and hidden until those statements change. Pure: texts in, plain data out;
// reading and writing the sidecar is the adapters' (server/, cli/). The format is documented in
// docs/schema/imr-reviewed.schema.json.

import { createHash } from 'node:crypto';
import { printParseErrorCode, visit, type JSONVisitor, type ParseError } from 'jsonc-parser';
import { firstNotBefore } from '../base/sorted';
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

/**
 * A sidecar's text read: its entries, or what is wrong with it (by line) and no entries. Read as
 * the parser goes (no tree of the whole file: a sidecar of 200,000 findings would take some 900 MB).
 */
export function parseSidecar(text: string): ParsedSidecar {
  // Lines counted in the text read: without its BOM, as the parser's offsets are.
  const json = text.replace(/^\uFEFF/, '');
  const lineAt = lineFinder(json);
  const errors: ParseError[] = [];
  const reader = new SidecarReader(lineAt);
  try {
    visit(json, reader.visitor(errors), { allowTrailingComma: false, disallowComments: true });
  } catch {
    // The parser recurses once per level: thousands of nested brackets exhaust the stack.
    return { entries: [], problems: [{ line: 1, message: 'nested too deeply to be read' }] };
  }
  if (errors.length || reader.rootAt === undefined)
    return {
      entries: [],
      problems: (errors.length ? errors : [{ error: 0, offset: 0, length: 0 }]).map((e) => ({
        line: lineAt(e.offset),
        message: syntaxMessage(e),
      })),
    };
  return reader.result();
}

/** What a JSON value stands for in a sidecar: the file, its list, an entry of the list, or anything else (ignored). */
type Role = 'file' | 'list' | 'entry' | 'other';

/** An object or list being read, with the key whose value comes next (in an object). */
interface Open {
  role: Role;
  offset: number;
  key?: string;
  entry?: Record<string, string>;
}

/** A sidecar's parts, in the order the parser meets them, checked as they come. */
class SidecarReader {
  rootAt: number | undefined;
  private readonly open: Open[] = [];
  private readonly problems: SidecarProblem[] = [];
  private readonly entries: ReviewedEntry[] = [];
  private notAnObject = false;
  private version: unknown;
  private schema: string | undefined;
  private listed = false;

  constructor(private readonly lineAt: (offset: number) => number) {}

  visitor(errors: ParseError[]): JSONVisitor {
    return {
      onObjectBegin: (offset) => void this.open.push({ role: this.value('object', offset), offset }),
      onArrayBegin: (offset) => void this.open.push({ role: this.value('array', offset), offset }),
      onObjectEnd: () => this.closed(this.open.pop()),
      onArrayEnd: () => void this.open.pop(),
      onLiteralValue: (literal: unknown, offset) => void this.value('literal', offset, literal),
      onObjectProperty: (key, offset) => this.property(key, offset),
      onError: (error, offset, length) => void errors.push({ error, offset, length }),
    };
  }

  result(): ParsedSidecar {
    const { problems, entries, lineAt } = this;
    const root = lineAt(this.rootAt ?? 0);
    if (this.notAnObject) return { entries, problems };
    if (!this.listed) problems.push({ line: root, message: '"reviewed" is missing: a list of reviewed findings, [] for none' });
    const version = this.version;
    if (version !== REVIEWED_VERSION)
      problems.unshift({
        line: root,
        message:
          typeof version === 'number' && version > REVIEWED_VERSION
            ? `version ${version} is newer than this version of IMR Letters reads (${REVIEWED_VERSION})`
            : `"version" must be ${REVIEWED_VERSION}`,
      });
    if (problems.length) return { entries: [], problems };
    return this.schema === undefined ? { entries, problems } : { entries, problems, schema: this.schema };
  }

  /** A value met at `offset`: what it stands for, by where it stands; what is wrong with it told. */
  private value(kind: 'object' | 'array' | 'literal', offset: number, literal?: unknown): Role {
    const within = this.open.at(-1);
    const problem = (message: string): Role => (this.problems.push({ line: this.lineAt(offset), message }), 'other');
    if (!within) {
      this.rootAt = offset;
      if (kind === 'object') return 'file';
      this.notAnObject = true;
      return problem('expected an object with "version" and "reviewed"');
    }
    const { role, key } = within;
    if (role === 'list') return kind === 'object' ? 'entry' : problem('each reviewed finding must be an object');
    if (role === 'file' && key === 'version') this.version = literal;
    else if (role === 'file' && key === 'reviewed') {
      this.listed = true;
      return kind === 'array' ? 'list' : problem('"reviewed" must be a list');
    } else if (role === 'file' && key === '$schema' && typeof literal === 'string') this.schema = literal;
    else if (role === 'entry' && key !== undefined && Object.hasOwn(ENTRY_KEYS, key)) {
      if (typeof literal !== 'string') return problem(`"${key}" must be a string`);
      (within.entry ??= {})[key] = literal;
    }
    return 'other';
  }

  /** A key met in an object: an unknown one told. */
  private property(key: string, offset: number): void {
    const within = this.open.at(-1)!;
    within.key = key;
    const problem = (message: string): number => this.problems.push({ line: this.lineAt(offset), message });
    if (within.role === 'file' && key !== 'version' && key !== 'reviewed' && key !== '$schema')
      problem(`unknown key "${key}" (known: version, reviewed)`);
    else if (within.role === 'entry' && !Object.hasOwn(ENTRY_KEYS, key))
      problem(`unknown key "${key}" (known: ${Object.keys(ENTRY_KEYS).join(', ')})`);
  }

  /** An object read to its end: an entry kept, or what it lacks told. */
  private closed(object: Open | undefined): void {
    if (object?.role !== 'entry') return;
    const entry = object.entry ?? {};
    const line = this.lineAt(object.offset);
    const missing = REQUIRED.filter((k) => !entry[k]);
    if (missing.length) this.problems.push({ line, message: `a reviewed finding needs ${missing.map((k) => `"${k}"`).join(', ')}` });
    else if (!FINGERPRINT.test(entry.fingerprint))
      this.problems.push({ line, message: `"fingerprint" must be 16 lower-case hexadecimal digits, as IMR Letters writes it` });
    else this.entries.push(entry as unknown as ReviewedEntry);
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
  // The number of line starts at or before the offset, found by halves: a sidecar may have a problem on each of a million lines.
  return (offset) => firstNotBefore(starts, (start) => start <= offset);
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
