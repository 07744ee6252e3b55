// Disputed items of the L1/L2 layouts: "<request>: Upheld" followed by its three parts.

import { LAYOUTS, PART_ORDER, partPattern } from './layouts';
import { parseRequest } from './request';
import { isBlankLine, LINE_BLANK, LINE_BREAK, lineEnd, lineStart, previousLine } from '../base/lines';
import { collapse, copyOf, trimSpan, type Edit } from '../base/text';
import { scanAgain, scanLines, type DecisionWord, type ItemLines, type NextLine, type Scan } from './item-lines';
import type { Span } from '../base/span';
import type { Item, ItemPart, PartialCertification, PartKind, Request } from './types';

// The decision word ends the item line, or stands alone on a following line; blanks around it may
// be a PDF's or a word processor's too (no-break and zero-width spaces, form feeds, a BOM). (The end
// of the line is spelled out rather than read by `$` under the m flag: V8 runs that 7 times slower.)
const DECISION_RE = new RegExp(
  `:${LINE_BLANK}*(?:\\r?\\n${LINE_BLANK}*)*(Upheld|Overturned)${LINE_BLANK}*(?=${LINE_BREAK}|(?![\\s\\S]))`,
  'g',
);

const LEAD_IN_RE = /\s*The\s+Final\s+Determination\s+was\s+based\s+on\s+decisions\s+for\s+the\s+disputed\s+items[\s\S]{0,60}?below\s*:/y;

const L1 = LAYOUTS.find((l) => l.id === 'L1')!.parts!;
const PART_RE = partPattern(L1, 'gm');
const PART_RE_LINE = partPattern(L1, '');

/** Whether most lines are followed by a blank one (some extractors double-space everything). */
export function isDoubleSpaced(text: string): boolean {
  let lines = 1;
  let blanks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines++;
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (text.charCodeAt(j) === 10) blanks++;
  }
  return lines > 8 && blanks * 2.5 > lines;
}

/** The scans that found each letter's items (./item-lines.ts), for the next version of the letter. */
const SCANS = new WeakMap<readonly Item[], Scan>();

/** One step of the scan of a decisions section of `text`: the next item line's match. */
export function itemLineStep(text: string, doubleSpaced: boolean): NextLine {
  return (body, state) => {
    DECISION_RE.lastIndex = state.from;
    const m = DECISION_RE.exec(body);
    if (!m) return undefined;
    const word = m[1] as DecisionWord;
    const wordStart = m.index + m[0].lastIndexOf(word);
    const titleEnd = m.index;
    const start = titleStart(text, state.floor, titleEnd, doubleSpaced);
    const end = m.index + m[0].length;
    return start < titleEnd ? { line: { start, titleEnd, wordStart, word }, end } : { end };
  };
}

/**
 * The disputed items of the decisions section. `previous`: the items of an earlier version of the
 * same letter. An edit of a letter of thousands of items scans again only around the change
 * (./item-lines.ts), the items whose text did not change are copied, and the requests of the
 * titles that did not change are taken again (a request is read from its title alone).
 */
export function findItems(text: string, section: Span, bodyStart: number, previous: readonly Item[] = [], edit?: Edit): Item[] {
  const doubleSpaced = isDoubleSpaced(text);
  const body = text.slice(0, section.end);
  // The fixed lead-in ("... set forth below:") is no part of the first item.
  LEAD_IN_RE.lastIndex = bodyStart;
  const lead = LEAD_IN_RE.exec(body);
  const start = lead ? lead.index + lead[0].length : bodyStart;
  const next = itemLineStep(text, doubleSpaced);
  const earlier = edit && SCANS.get(previous);
  const again = earlier && scanAgain(text, start, section.end, doubleSpaced, earlier, edit, next);
  const lines = again ? again.lines : scanLines(body, { from: start, floor: start }, next);
  // An edit in one place leaves the items before it at their index, and those after it at theirs
  // counted from the end.
  const count = lines.starts.length;
  const shift = previous.length - count;
  const requestOf = (index: number, title: string): Request =>
    (previous[index]?.title === title ? previous[index] : previous[index + shift]?.title === title ? previous[index + shift] : undefined)
      ?.request ?? lendable(parseRequest(title));
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const same = again?.earlier(i);
    if (same) {
      items.push(movedItem(text, previous[same.index], i, same.by));
      continue;
    }
    const blockEnd = i + 1 < count ? lines.starts[i + 1] : section.end;
    items.push(buildItem(text, i, lines, trimSpan(text, { start: lines.starts[i], end: blockEnd }), requestOf));
  }
  SCANS.set(items, { start, end: section.end, spacing: doubleSpaced, lines });
  return items;
}

/**
 * A request whose words are copies, not slices of the letter's text: lent to the letter of the next
 * version of the document, a slice would keep this version's whole text alive, and each edit would
 * keep one more copy of the document in memory while it is open.
 */
function lendable(request: Request): Request {
  for (const [key, value] of Object.entries(request))
    if (typeof value === 'string') (request as Record<string, unknown>)[key] = copyOf(value);
  return request;
}

/**
 * The item `old` of the earlier version, whose block is the same text `moved` characters later, as
 * buildItem makes it: its words are read again from this text (a string of the earlier text would
 * keep that whole text alive), its request is lent.
 */
function movedItem(text: string, old: Item, index: number, moved: number): Item {
  const at = (span: Span): Span => ({ start: span.start + moved, end: span.end + moved });
  const titleSpan = at(old.titleSpan);
  const words = text.slice(titleSpan.start, titleSpan.end);
  const heading = words === old.heading ? words : collapse(text, titleSpan);
  const partial = old.partial && partialCertification(heading, titleSpan);
  const decision = old.decision!;
  return {
    index,
    title: partial ? partial.remainder : heading,
    heading,
    titleSpan,
    headingSpan: at(old.headingSpan),
    decision: { outcome: decision.outcome, text: decision.text === 'Upheld' ? 'Upheld' : 'Overturned', span: at(decision.span) },
    span: at(old.span),
    parts: old.parts.map((part) => ({
      kind: part.kind,
      labelSpan: at(part.labelSpan),
      span: at(part.span),
      contentSpan: at(part.contentSpan),
    })),
    partial,
    request: old.request,
    rationaleRequests: [],
  };
}

/** An item as its line and block say: it reads nothing of the text outside the block (movedItem copies an item whose block did not change, with the same fields in the same order). */
function buildItem(text: string, index: number, lines: ItemLines, block: Span, requestOf: (index: number, title: string) => Request): Item {
  const start = lines.starts[index];
  const word = lines.words[index];
  const wordStart = lines.wordStarts[index];
  const headingEnd = wordStart + word.length;
  const titleSpan = trimSpan(text, { start, end: lines.titleEnds[index] });
  const heading = collapse(text, titleSpan);
  const partial = partialCertification(heading, titleSpan);
  const title = partial ? partial.remainder : heading;
  return {
    index,
    title,
    heading,
    titleSpan,
    headingSpan: { start, end: headingEnd },
    decision: { outcome: word === 'Upheld' ? 'upheld' : 'overturned', text: word, span: { start: wordStart, end: headingEnd } },
    span: block,
    parts: findParts(text, { start: headingEnd, end: block.end }),
    partial,
    request: requestOf(index, title),
    rationaleRequests: [],
  };
}

export function findParts(text: string, range: Span, pattern: RegExp = PART_RE): ItemPart[] {
  // An item of its line alone (no label can be in nothing).
  if (range.end <= range.start) return [];
  const labels: { kind: PartKind; span: Span }[] = [];
  const body = text.slice(0, range.end);
  pattern.lastIndex = range.start;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const g = m.slice(1).findIndex((v) => v !== undefined);
    const start = m.index + m[0].length - m[g + 1].length;
    labels.push({ kind: PART_ORDER[g], span: { start, end: m.index + m[0].length } });
  }
  return labels.map((l, i) => {
    const end = i + 1 < labels.length ? labels[i + 1].span.start : range.end;
    const whole = trimSpan(text, { start: l.span.start, end });
    return {
      kind: l.kind,
      labelSpan: l.span,
      span: whole,
      contentSpan: trimSpan(text, { start: l.span.end, end: whole.end }),
    };
  });
}

const ENDS_SENTENCE = /[.:;!?]["')\]]?\s*$/;
const ENDS_CONCLUSION = /\b(?:necessary|appropriate|indicated|warranted|supported|recommended|certified)\s*$/i;
const PARTIAL_TAIL = /(?:remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request|The\s+original\s+request),/i;

/** Where the item line(s) ending at `end` begin: wrapped lines are joined back, up to the floor. */
function titleStart(text: string, floor: number, end: number, doubleSpaced: boolean): number {
  let start = lineStart(text, end);
  if (isBlankLine(text, start, end)) {
    // "...:" alone on the line: the title is the line before.
    const prev = previousLine(text, start);
    if (!prev || prev.start < floor) return end;
    start = prev.start;
  }
  start = Math.max(start, floor);
  for (let n = 0; n < 4; n++) {
    const gapStart = lineStart(text, start);
    const prev = previousLine(text, gapStart);
    if (!prev || prev.start < floor) break;
    if (!doubleSpaced && prev.end < lineStart(text, start) - 1 && hasBlankBetween(text, prev.end, gapStart)) break;
    const line = text.slice(prev.start, prev.end);
    if (ENDS_SENTENCE.test(line) || ENDS_CONCLUSION.test(line) || PART_RE_LINE.test(line)) break;
    start = prev.start;
  }
  const tail = text.slice(start, end).search(PARTIAL_TAIL);
  if (tail >= 0) start = constructStart(text, floor, start + tail);
  return trimSpan(text, { start, end }).start;
}

function hasBlankBetween(text: string, from: number, to: number): boolean {
  let s = text.indexOf('\n', from) + 1;
  while (s > 0 && s < to) {
    const e = lineEnd(text, s);
    if (isBlankLine(text, s, e)) return true;
    s = text.indexOf('\n', e) + 1;
  }
  return false;
}

/** Start of a partial-certification construct whose final clause begins at `clause`. */
function constructStart(text: string, floor: number, clause: number): number {
  let start = clause;
  for (let n = 0; n < 4; n++) {
    const prevEnd = sentenceEndBefore(text, floor, start);
    if (prevEnd < 0) break;
    const prevStart = sentenceEndBefore(text, floor, prevEnd) + 1 || floor;
    const sentence = text.slice(Math.max(prevStart, floor), prevEnd + 1);
    if (!/original\s+request|authori[sz]ed/i.test(sentence)) break;
    start = Math.max(prevStart, floor);
  }
  return start;
}

/** Index of the last "." followed by white space in [floor, before), or -1. */
function sentenceEndBefore(text: string, floor: number, before: number): number {
  for (let i = before - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === 46 && /\s/.test(text[i + 1])) return i;
  }
  return floor > 0 ? floor - 1 : -1;
}

const REMAINDER_RE =
  /(?:remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request|The\s+original\s+request),\s*(\S(?:.*?\S)??)(?:(?:\s*,)?\s+is)?\s*$/i;
const ORIGINAL_RE = /^(.*?\S)\s+was\s+the\s+original\s+request\./i;
const AUTHORIZED_RE =
  /(?:^|\.\s+(?!\s))((?:(?!\.\s).)*?\S)\s+was\s+authorized\s+by\s+the\s+Claims\s+Administrator|Claims\s+Administrator\s+authorized\s+(?!\s)((?:(?!Claims\s+Administrator\s+authorized\s).)+?),\s+leaving/i;

export function partialCertification(heading: string, span: Span): PartialCertification | undefined {
  const r = REMAINDER_RE.exec(heading);
  if (!r) return undefined;
  const original = ORIGINAL_RE.exec(heading)?.[1];
  const a = AUTHORIZED_RE.exec(heading);
  const authorized = a ? (a[1] ?? a[2]) : undefined;
  return {
    whole: /leaving\s+the\s+original\s+request/i.test(heading),
    original,
    authorized: authorized?.replace(/^.*\.\s+/, ''),
    remainder: r[1],
    span,
  };
}
