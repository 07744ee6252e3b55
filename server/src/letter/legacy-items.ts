// Items of the two 2013 layouts.
// L0 states each decision in a numbered list ("1) MAXIMUS Federal Services, Inc. has determined the
// request for X is not medically necessary and appropriate."), repeats that list by design, then
// gives a numbered block per item ("1) Regarding the request for X:") with its three parts.
// L3 names the disputed treatment under ISSUE AT DISPUTE and concludes in its rationale section.

import { findParts } from './items';
import { LAYOUTS, partPattern } from './layouts';
import { parseRequest } from './request';
import { collapse, trimSpan } from '../base/text';
import type { Span } from '../base/span';
import type { Item, Outcome, Section } from './types';

const DETERMINATION_RE =
  /^[ \t\f]*(\d{1,2})\)\s+MAXIMUS\s+Federal\s+Services,\s+Inc\.\s+has\s+determined\s+the\s+request\s+for\s+(?!\s)((?:(?!\n[ \t]*\r?\n)[\s\S]){1,400}?)\s+(is\s+(not\s*)?medically\s+necessary\s+and\s+appropriate)\s*\./gm;
// Titles stop at a blank line: they wrap, but never over a paragraph break.
const BLOCK_RE = /^[ \t\f]*(\d{1,2})\)\s+Regarding\s+the\s+request\s+for\s+(?!\s)((?:(?!\n[ \t]*\r?\n)[\s\S]){1,400}?)\s*:[ \t]*$/gm;
const L0_PART_RE = partPattern(LAYOUTS.find((l) => l.id === 'L0')!.parts!, 'gm');

interface Found {
  n: number;
  title: string;
  titleSpan: Span;
  span: Span;
  decision?: { outcome: Outcome; text: string; span: Span };
}

function scan(text: string, pattern: RegExp, from: number, to: number, decision: boolean): Found[] {
  const out: Found[] = [];
  const body = text.slice(0, to);
  pattern.lastIndex = from;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const titleStart = m.index + m[0].indexOf(m[2], m[0].indexOf(')'));
    const titleSpan = { start: titleStart, end: titleStart + m[2].length };
    const found: Found = {
      n: Number(m[1]),
      title: collapse(text, titleSpan),
      titleSpan,
      span: { start: m.index, end: m.index + m[0].length },
    };
    if (decision) {
      const start = m.index + m[0].lastIndexOf(m[3]);
      found.decision = {
        outcome: m[4] !== undefined ? 'upheld' : 'overturned',
        text: collapse(text, { start, end: start + m[3].length }),
        span: { start, end: start + m[3].length },
      };
    }
    out.push(found);
  }
  return out;
}

export function findNoticeItems(text: string, sections: Section[]): Item[] {
  const decisions = sections.find((s) => s.id === 'decisions');
  const listEnd = decisions ? decisions.span.start : text.length;
  const determinations = scan(text, DETERMINATION_RE, 0, listEnd, true);
  const blocks = scan(text, BLOCK_RE, listEnd, text.length, false);
  const numbers = [...new Set([...determinations.map((d) => d.n), ...blocks.map((b) => b.n)])].sort((a, b) => a - b);
  return numbers.map((n, index) => {
    const det = determinations.find((d) => d.n === n);
    const blockAt = blocks.findIndex((b) => b.n === n);
    const block = blocks[blockAt];
    const head = block ?? det!;
    const end = block ? nextStart(blocks, blockAt, sections, block.span.start, text.length) : det!.span.end;
    const span = trimSpan(text, { start: head.span.start, end });
    return {
      index,
      title: head.title,
      heading: head.title,
      titleSpan: head.titleSpan,
      headingSpan: head.span,
      decision: det?.decision,
      span,
      parts: block ? findParts(text, { start: block.span.end, end: span.end }, L0_PART_RE) : [],
      request: parseRequest(head.title),
      rationaleRequests: [],
    };
  });
}

function nextStart(blocks: Found[], at: number, sections: Section[], from: number, end: number): number {
  const nextBlock = blocks[at + 1]?.span.start ?? end;
  const nextSection = sections.find((s) => s.headingSpan.start > from)?.headingSpan.start ?? end;
  return Math.min(nextBlock, nextSection);
}

const CONCLUSION_RE = /\b(?:is|was|are|were)\s+(not\s+)?(?:considered\s+)?medically\s+necessary/gi;

export function findReviewItems(text: string, sections: Section[]): Item[] {
  const issue = sections.find((s) => s.id === 'issue');
  if (!issue) return [];
  const body = trimSpan(text, { start: issue.headingSpan.end, end: issue.span.end });
  if (body.end <= body.start) return [];
  const rationale = sections.find((s) => s.id === 'rationale');
  let decision: Item['decision'];
  if (rationale) {
    const r = text.slice(rationale.headingSpan.end, rationale.span.end);
    let last: RegExpExecArray | undefined;
    for (let m = CONCLUSION_RE.exec(r); m; m = CONCLUSION_RE.exec(r)) last = m;
    CONCLUSION_RE.lastIndex = 0;
    if (last) {
      const start = rationale.headingSpan.end + last.index;
      decision = {
        outcome: last[1] ? 'upheld' : 'overturned',
        text: collapse(text, { start, end: start + last[0].length }),
        span: { start, end: start + last[0].length },
      };
    }
  }
  const title = collapse(text, body).replace(/[.:]$/, '');
  return [
    {
      index: 0,
      title,
      heading: title,
      titleSpan: body,
      headingSpan: body,
      decision,
      span: body,
      parts: [],
      request: parseRequest(title),
      rationaleRequests: [],
    },
  ];
}
