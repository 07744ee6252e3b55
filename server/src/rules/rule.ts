// What a rule is and what it finds: the shapes every rule in this folder shares, and the few scans
// of the letter that several rules make (a section, an item's rationale, the matches of a pattern
// in a span, the words of a span as a message quotes them). A rule reads the parsed letter and
// returns plain findings (spans, messages, fixes); it knows nothing of editors.

import type { CalendarDate } from '../base/calendar';
import type { Span } from '../base/span';
import { foldSpaces } from '../base/text';
import { citationsByItem, type Citation, type Item, type ItemPart, type Letter, type Section, type SectionId } from '../letter';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * The words a user may set a rule's severity with, in the editor's settings, in `.imr.json` and
 * after imr-lint's --rule: the five, and `info`, `warn`, `none` and `ignore` for short (in lower
 * case in `.imr.json`, as its schema spells them; in any case elsewhere).
 */
export const SEVERITY_WORDS: ReadonlyMap<string, SeveritySetting> = new Map<string, SeveritySetting>([
  ['off', 'off'],
  ['hint', 'hint'],
  ['information', 'information'],
  ['warning', 'warning'],
  ['error', 'error'],
  ['info', 'information'],
  ['warn', 'warning'],
  ['none', 'off'],
  ['ignore', 'off'],
]);

/** The severity a user's word sets, or undefined for a word that sets none. */
export const severitySetting = (word: unknown): SeveritySetting | undefined =>
  typeof word === 'string' ? SEVERITY_WORDS.get(word.toLowerCase()) : undefined;

export interface Related {
  span: Span;
  message: string;
}

export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Offered as the preferred fix for its finding. */
  preferred?: boolean;
  /** Certain enough to apply without looking ("fix all"). */
  safe?: boolean;
}

export interface Finding {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this finding (a user's setting overrides both). */
  severity?: Severity;
  related?: Related[];
  fixes?: Fix[];
}

export interface RuleContext {
  /** Today's date, for "in the future" checks. */
  today: CalendarDate;
}

export interface Rule {
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** Runs on any text; the others run only on letters of a known layout. */
  anyText?: boolean;
  check(letter: Letter, context: RuleContext): Finding[];
  /**
   * check() in steps, for a rule whose work grows with the items (or the dates, or the pronouns): it
   * pauses (yields) after every ITEMS_PER_STEP of them, so that an editor's hover is answered while
   * a letter of thousands is checked. The same findings as check(). A pattern's matches are found
   * before a pause, not across one: another check may use the same pattern during the pause.
   */
  steps?(letter: Letter, context: RuleContext): Generator<void, Finding[]>;
}

/**
 * Items a rule in steps reads between two pauses (or dates, pronouns, findings, for what grows with
 * them): a letter of hundreds of items is read in one go.
 */
export const ITEMS_PER_STEP = 500;

/** Whether a rule in steps pauses before its item (date, ...) of this index (counted from 0): before the 501st, the 1,001st, ... */
export const pausesBefore = (index: number): boolean => index > 0 && index % ITEMS_PER_STEP === 0;

/** A rule written in steps (Rule.steps): its check() takes them all in one go. */
export function inSteps(rule: Omit<Rule, 'check' | 'steps'> & { steps: NonNullable<Rule['steps']> }): Rule {
  return { ...rule, check: (letter, context) => toEnd(rule.steps(letter, context)) };
}

/** Work in steps done in one go: its result. */
export function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The letter's section of this id (the case summary, the decisions, ...), if it has one. */
export function sectionOf(letter: Letter, id: SectionId): Section | undefined {
  return letter.sections.find((section) => section.id === id);
}

/** The item's rationale (its label, and the content after it), if it has one. */
export function rationaleOf(item: Item): ItemPart | undefined {
  return item.parts.find((part) => part.kind === 'rationale');
}

/** The guideline line of an item as one source gives it (the claims administrator's, or MAXIMUS's): its citations, in order. */
export function guidelineLine(letter: Letter, item: Item, source: Citation['source']): Citation[] {
  return (citationsByItem(letter).get(item.index) ?? []).filter((citation) => citation.source === source);
}

/** The most of a stretch of words a message quotes: an item's title of pages is no title to repeat in each finding. */
export const MAX_QUOTE = 1000;

/** Words as a message quotes them: at most MAX_QUOTE characters, a longer stretch cut with "…" (never inside a surrogate pair). */
export function clipped(words: string): string {
  if (words.length <= MAX_QUOTE) return words;
  const high = words.charCodeAt(MAX_QUOTE - 1);
  return `${words.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_QUOTE - 1 : MAX_QUOTE)}…`;
}

/** The words of a span as a message quotes them: each run of white space folded to one space. */
export function quoted(letter: Letter, span: Span): string {
  return foldSpaces(letter.text.slice(span.start, span.end));
}

/** The span a pattern's match covers; `offset` is where the text it was found in starts. */
export function matchSpan(match: RegExpExecArray, offset = 0): Span {
  return { start: offset + match.index, end: offset + match.index + match[0].length };
}

/**
 * Each match of a global pattern in the text, or in `range` of it, in order: offsets are the
 * text's. The pattern is the caller's own (its lastIndex moves); it must not match the empty string.
 */
export function* matchesIn(pattern: RegExp, text: string, range: Span = { start: 0, end: text.length }): Generator<RegExpExecArray> {
  const body = range.end === text.length ? text : text.slice(0, range.end);
  pattern.lastIndex = range.start;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) yield match;
}
