// Layout detection and section splitting, driven by the table in layouts.ts.

import { LAYOUTS, type HeadingDef, type LayoutDef } from './layouts';
import { LINE_BLANK, lineEnd } from '../base/lines';
import { flexible, trimSpan } from '../base/text';
import type { Span } from '../base/span';
import type { Section } from './types';

interface CompiledLayout {
  def: LayoutDef;
  signatures: RegExp[];
  headings: { def: HeadingDef; re: RegExp }[];
}

const COMPILED: CompiledLayout[] = LAYOUTS.map((def) => ({
  def,
  signatures: def.signatures.map((s) => new RegExp(flexible(s))),
  // A heading starts a line (after optional blanks); plain headings also end it (blanks a PDF or a
  // word processor leaves, no-break and zero-width spaces among them, before the line's end).
  headings: def.headings.map((h) => ({
    def: h,
    re: new RegExp(`^[ \\t\\f\\ufeff]*(${flexible(h.text)})${h.inline ? '' : `${LINE_BLANK}*(?=\\r?\\n|$)`}`, 'gm'),
  })),
}));

/** The first layout (in table order) one of whose signatures appears: as printed, or else as extracted. */
export function detectLayout(text: string): CompiledLayout | undefined {
  return (
    COMPILED.find((l) => l.def.signatures.some((s) => text.includes(s))) ?? COMPILED.find((l) => l.signatures.some((re) => re.test(text)))
  );
}

export interface FoundHeading {
  def: HeadingDef;
  span: Span;
}

/** The first occurrence of each of the layout's headings, in text order. */
export function findHeadings(text: string, layout: CompiledLayout): FoundHeading[] {
  const found: FoundHeading[] = [];
  for (const { def, re } of layout.headings) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]);
    found.push({ def, span: { start, end: start + m[1].length } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Sections from headings: each runs to the next heading (its trailing blank lines trimmed). */
export function sectionsFrom(text: string, headings: FoundHeading[], end: number): Section[] {
  return headings.map((h, i) => {
    const next = i + 1 < headings.length ? headings[i + 1].span.start : end;
    const body = trimSpan(text, { start: h.span.start, end: next });
    return {
      id: h.def.id,
      title: h.def.text.replace(/:$/, ''),
      span: { start: h.span.start, end: Math.max(body.end, lineEnd(text, h.span.end)) },
      headingSpan: h.span,
    };
  });
}
