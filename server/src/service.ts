// The letter service: one parse per document text, rules run with the user's settings, and the
// features' answers as plain data (spans, not positions). The editor adapter (server/) calls
// nothing else; the command line checks its letters here too. Knows nothing about LSP.

import { fromIsoDate, today, type CalendarDate } from './base/calendar';
import { spanContains } from './base/span';
import { foldSpaces } from './base/text';
import type { ImrConfig } from './config';
import { appealDeadline, appealMarkdown, appealSummary, type AppealOptions } from './features/appeal';
import { timeline, type TimelineData } from './features/timeline';
import { worksheet } from './features/worksheet';
import { hover, type HoverResult } from './features/hover';
import { parse, parseDateText, DEFAULT_MAX_LENGTH, type Letter } from './letter';
import { pausesBefore, RULES, severitySetting, toEnd, type Finding, type RuleContext, type Severity, type SeveritySetting } from './rules';

export interface Settings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  maxFileSize: number;
  /** Milliseconds of quiet after an edit before an editor's diagnostics are computed. */
  diagnosticsDelay: number;
  /** A rule keeps this many findings per letter (and one that counts the rest); unset: the caller's cap. */
  maxFindingsPerRule?: number;
}

export const DEFAULT_DIAGNOSTICS_DELAY = 150;

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  maxFileSize: DEFAULT_MAX_LENGTH,
  diagnosticsDelay: DEFAULT_DIAGNOSTICS_DELAY,
};

/**
 * Settings as a client sends them, checked: what the user set, over the `.imr.json` in force (if
 * any), over the defaults. A value the user did not set (absent) or set wrongly leaves the one
 * below; the user's rules are laid over the file's rule by rule.
 */
export function normalizeSettings(raw: unknown, config?: ImrConfig): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = { ...config?.rules };
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = v === false ? 'off' : severitySetting(v);
      if (s) rules[id] = s;
    }
  }
  const max = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : (config?.limits.maxFileSize ?? DEFAULT_MAX_LENGTH);
  const delay =
    typeof r.diagnosticsDelay === 'number' && r.diagnosticsDelay >= 0 ? Math.min(r.diagnosticsDelay, 10_000) : DEFAULT_DIAGNOSTICS_DELAY;
  const settings: Settings = { enable: r.enable !== false, rules, maxFileSize: max, diagnosticsDelay: delay };
  if (config?.limits.maxFindingsPerRule) settings.maxFindingsPerRule = config.limits.maxFindingsPerRule;
  return settings;
}

export interface CheckedFinding extends Finding {
  rule: string;
  severity: Severity;
  /**
   * Set on the closing finding of a capped rule: how many of its findings it stands for. It is no
   * statement of the letter, so it is never marked as reviewed.
   */
  more?: number;
}

// Findings by letter (one parse per document text) and by settings and day, every rule's kept
// whole: diagnostics, the code actions asked at every cursor move, and the timeline and worksheet
// (which take every finding) share one run of the rules.
const checked = new WeakMap<Letter, { key: string; findings: CheckedFinding[] }>();

/** What a rule that failed on a letter says in place of its findings. */
export const RULE_FAILED =
  'This check could not be completed on this letter (an internal error of IMR Letters; please report it): its findings, if any, are missing.';

/** Runs every rule that is not off, the user's severity over the finding's and the rule's: every finding, in text order. */
export function check(letter: Letter, settings: Settings = DEFAULT_SETTINGS, context: RuleContext = { today: today() }): CheckedFinding[] {
  return toEnd(checkInStages(letter, settings, context));
}

/** A letter to check, with its settings and the day it is checked on. */
export interface CheckEntry {
  letter: Letter;
  settings: Settings;
  context: RuleContext;
}

/**
 * check() of several letters, each stage (a rule, or a few hundred of the items, dates or findings
 * of a rule in steps) run on every letter before the next: a rule's patterns and code are then
 * still in the processor's caches for the next letter, and a batch of 16 typical letters takes a
 * fifth to a third less time than one letter after another. The same findings as check() of each letter; a fault of the
 * engine's (no rule's: check reports those) fails only the letter it is in: undefined for that letter.
 */
export function checkEach(entries: readonly CheckEntry[]): (CheckedFinding[] | undefined)[] {
  return toEnd(checkEachInStages(entries));
}

/**
 * checkEach() in rounds: each letter's next stage, then a yield (letters under other settings,
 * texts that are not letters, or letters of over 500 items, dates or findings may be at other rules
 * in the same round).
 */
export function* checkEachInStages(entries: readonly CheckEntry[]): Generator<void, (CheckedFinding[] | undefined)[]> {
  const stages = entries.map(({ letter, settings, context }) => checkInStages(letter, settings, context));
  const out: (CheckedFinding[] | undefined)[] = entries.map(() => undefined);
  let running = stages.map((_, i) => i);
  while (running.length) {
    running = running.filter((i) => {
      try {
        const stage = stages[i].next();
        if (stage.done) out[i] = stage.value;
        return !stage.done;
      } catch {
        return false; // the letter's findings stay undefined
      }
    });
    if (running.length) yield;
  }
  return out;
}

/** Letters checked together (checkEach) at most: imr-lint's batch, the server's folder check's group. */
export const BATCH = 16;

/** What is said of a letter the engine failed on (checkEach's undefined). */
export const NOT_CHECKED = 'could not be checked (an internal error; please report it)';

// Letters checked together (checkEach) hold their models at once: a group holds at most this many
// characters of text (a batch of typical letters is one group; a long letter is a group of its
// own), so that checking a group holds no more than checking one long letter does.
const GROUP_CHARS = 200_000;

/**
 * Whether a text of `length` characters begins a new group after a group of `count` texts of
 * `chars` characters in all: a group holds at most `limit` characters, or one longer text alone.
 */
export const beginsGroup = (count: number, chars: number, length: number, limit = GROUP_CHARS): boolean =>
  count > 0 && chars + length > limit;

/** The groups of consecutive texts, by index, to check together (beginsGroup). */
export function groupsOf(lengths: readonly number[], limit = GROUP_CHARS): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let chars = 0;
  lengths.forEach((length, i) => {
    if (beginsGroup(group.length, chars, length, limit)) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(i);
    chars += length;
  });
  if (group.length) groups.push(group);
  return groups;
}

/**
 * check() one rule at a time: yields after each rule, inside a rule in steps after every few
 * hundred items (or dates, or pronouns), and after every few hundred of a rule's findings made
 * readable, so that the caller may do other work or stop in between.
 */
export function* checkInStages(
  letter: Letter,
  settings: Settings,
  context: RuleContext = { today: today() },
): Generator<void, CheckedFinding[]> {
  const key = JSON.stringify([settings, context.today]);
  const run = checked.get(letter);
  if (run?.key === key) return run.findings;
  const findings: CheckedFinding[] = [];
  const known = letter.layout !== 'unknown' && !letter.oversize;
  for (const rule of settings.enable ? RULES : []) {
    const configured = settings.rules[rule.id];
    if (configured === 'off' || (!known && !rule.anyText)) continue;
    const found = rule.steps ? yield* guardedSteps(rule.steps(letter, context)) : guarded(() => rule.check(letter, context));
    // A rule may find thousands (a date of injury stated 20,000 times): they are made readable in steps too.
    for (const [i, f] of found.entries()) {
      if (pausesBefore(i)) yield;
      findings.push({ ...readable(f), rule: rule.id, severity: configured ?? f.severity ?? rule.defaultSeverity });
    }
    yield;
  }
  findings.sort((a, b) => a.span.start - b.span.start);
  checked.set(letter, { key, findings });
  return findings;
}

/** What a rule that failed finds: one faulty rule must not hide the others' findings, nor its own failure. */
const failed = (): Finding[] => [{ span: { start: 0, end: 0 }, message: RULE_FAILED, severity: 'information' }];

/** A rule's findings, or its failure. */
function guarded(findings: () => Finding[]): Finding[] {
  try {
    return findings();
  } catch {
    return failed();
  }
}

/** A rule's findings in its steps, or its failure; the pauses stand outside the guard, so that what the caller does at a pause is no fault of the rule's. */
function* guardedSteps(steps: Generator<void, Finding[]>): Generator<void, Finding[]> {
  for (;;) {
    let step: IteratorResult<void, Finding[]>;
    try {
      step = steps.next();
    } catch {
      return failed();
    }
    if (step.done) return step.value;
    yield;
  }
}

/**
 * A finding whose messages and fix titles read as one line: a date or a phrase quoted across a line end of the
 * letter comes out the same with LF, CRLF or CR line ends ("October 05, 2016", not "October 05,\n2016").
 */
function readable(finding: Finding): Finding {
  const related = finding.related?.map((r) => ({ ...r, message: foldSpaces(r.message) }));
  const fixes = finding.fixes?.map((f) => ({ ...f, title: foldSpaces(f.title) }));
  return { ...finding, message: foldSpaces(finding.message), ...(related && { related }), ...(fixes && { fixes }) };
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** The findings a rule keeps: the caller's cap (an editor's), lowered by the `.imr.json` limit, never raised. */
export const findingsPerRule = (settings: Settings, callerMax = Infinity): number =>
  Math.min(callerMax, settings.maxFindingsPerRule ?? Infinity);

/**
 * Each rule's first `max` findings in the text, and one more at the first left out that counts the
 * rest (`more`). Capped after the reviewed findings are left out, so that it counts findings a
 * reader has not judged. The findings themselves when no rule has more than `max`.
 */
export function capPerRule(findings: CheckedFinding[], max: number): CheckedFinding[] {
  // Each rule's findings counted, and the worst of those past the cap: the closing finding is as
  // severe as the most severe it stands for, so that an error left out still fails a run.
  const count = new Map<string, number>();
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    const n = (count.get(f.rule) ?? 0) + 1;
    count.set(f.rule, n);
    const was = worst.get(f.rule);
    if (n > max && (!was || SEVERITY_RANK[f.severity] > SEVERITY_RANK[was])) worst.set(f.rule, f.severity);
  }
  if (!worst.size) return findings;
  const seen = new Map<string, number>();
  const out: CheckedFinding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    if (n <= max) out.push(f);
    else if (n === max + 1) {
      const rest = count.get(f.rule)! - max;
      out.push({
        span: f.span,
        message: `...and ${rest} more finding${rest === 1 ? '' : 's'} of this rule (the first ${max} are shown)`,
        rule: f.rule,
        severity: worst.get(f.rule)!,
        more: rest,
      });
    }
  }
  return out;
}

/**
 * The engine run over `texts`, `passes` times, so that its code is compiled and optimised before
 * the first letter a user opens: one stage at a time (a parse, each rule, then `also` on the
 * letter), so that the caller can let other work in between. Keeps nothing.
 */
export function* warmUp(texts: readonly string[], passes: number, also?: (letter: Letter) => void): Generator<void> {
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      const letter = parse(text);
      yield;
      yield* checkInStages(letter, DEFAULT_SETTINGS);
      also?.(letter);
      yield;
    }
  }
}

/** Parsed letters by document, reused while the text stays the same. Delete a document's entry when it closes. */
export class LetterCache {
  private readonly letters = new Map<string, { text: string; maxLength: number; letter: Letter }>();

  get(uri: string, text: string, maxLength: number = DEFAULT_MAX_LENGTH): Letter {
    const hit = this.letters.get(uri);
    if (hit && hit.text === text && hit.maxLength === maxLength) return hit.letter;
    // The document's earlier letter lends what an edit left unchanged (see ParseOptions.previous).
    const letter = parse(text, { maxLength, previous: hit?.letter });
    this.letters.set(uri, { text, maxLength, letter });
    return letter;
  }

  delete(uri: string): void {
    this.letters.delete(uri);
  }
}

// The answers to an editor's requests, as plain data (spans, not positions): the adapters call the
// service alone.
export { completions, type Completion, type CompletionKind } from './features/completion';
export { folding, type Fold } from './features/folding';
export { hover, type HoverResult } from './features/hover';
export {
  appealDeadline,
  appealLensTitle,
  appealLensTooltip,
  appealMarkdown,
  determinationDate,
  mailingProblem,
  type AppealDeadline,
  type AppealOptions,
} from './features/appeal';
export type { MailAddress } from './knowledge';
export { FACTUAL_ERROR_RULES } from './features/worksheet';
export { decisionMarks, outline, type DecisionMark, type OutlineDecision, type OutlineKind, type OutlineNode } from './features/outline';
export { letterSummary, type LetterCounts } from './features/summary';
export { parse, type Letter } from './letter';
export { letterRecord, RECORD_SCHEMA_VERSION, type LetterRecord, type PositionAt, type RecordRange } from './features/record';
export {
  CONFIG_FILE_NAME,
  ConfigFinder,
  describeProblem,
  readConfigFile,
  skipsFolder,
  type ConfigProblem,
  type FoundConfig,
  type ImrConfig,
} from './config';
export type { Edit, Fix, Severity } from './rules';

/** The hover at an offset; on the determination's date, what the date is and then its appeal deadline. */
export function hoverWithAppeal(letter: Letter, offset: number, appeal: AppealOptions): HoverResult | undefined {
  const plain = hover(letter, offset);
  const deadline = appealDeadline(letter, appeal);
  if (!deadline?.span || !spanContains(deadline.span, offset)) return plain;
  const markdown = appealMarkdown(deadline);
  return { span: deadline.span, markdown: plain ? `${plain.markdown}\n\n---\n\n${markdown}` : markdown };
}

/** A full date a person typed ("12/12/2016", "December 12, 2016", "2016-12-12"), or undefined. */
export function readFullDate(text: string): CalendarDate | undefined {
  const read = fromIsoDate(text) ?? parseDateText(text)?.date;
  return read && read.day > 0 ? read : undefined;
}

/** The appeal worksheet of a letter, in Markdown: its findings with these settings (every one, uncapped) and its deadline. */
export function appealWorksheet(letter: Letter, settings: Settings, appeal: AppealOptions): string {
  const deadline = appealDeadline(letter, appeal);
  return worksheet(letter, check(letter, settings, { today: appeal.today }), deadline && appealSummary(deadline));
}

/** Every dated fact of the letter on one axis, marked where a finding (with these settings) touches it. */
export function letterTimeline(letter: Letter, settings: Settings): TimelineData {
  return timeline(letter, check(letter, settings));
}
export {
  fingerprint,
  letterKey,
  mergeSidecar,
  parseSidecar,
  sidecarOf,
  unreadSidecar,
  reviewedKeys,
  reviewedPartition,
  MAX_SIDECAR_BYTES,
  REVIEWED_FILE,
  SidecarError,
  type ParsedSidecar,
  type ReviewedEntry,
  type SidecarProblem,
} from './features/reviewed';
