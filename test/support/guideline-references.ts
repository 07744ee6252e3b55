// The guideline citations of a letter as a reader looks them up, found apart from the engine that
// explains them: each guideline line of each item, and each page or table the prose cites near a
// guideline's name. Shared by the citation audit test and scripts/citation-coverage.ts.

import type { Letter } from '../../server/src/letter';

export interface GuidelineLine {
  item: number;
  kind: 'claimsAdministrator' | 'maximus';
  start: number;
  end: number;
}

export interface ProseReference {
  /** Offset of the page or table words ("page 214", "Table 9-6"). */
  at: number;
  text: string;
}

export function guidelineLines(letter: Letter): GuidelineLine[] {
  return letter.items.flatMap((item) =>
    item.parts
      .filter((p) => p.kind !== 'rationale')
      .map((p) => ({ item: item.index, kind: p.kind as GuidelineLine['kind'], start: p.contentSpan.start, end: p.contentSpan.end })),
  );
}

const REFERENCE =
  /\b(?:pages?|pgs?\.?|pp\.|p\.)\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?![\d/])(?!\s?of\s?\d)|\bTable\s?\d{1,2}(?:\s?-\s?\d{1,2})?(?!\d)/gi;
const GUIDELINE = /\bMTUS\b|\bACOEM\b|\bGuidelines?\b|\bCPMTG\b|\bChronic Pain Medical Treatment\b/i;

/** Pages and tables cited in the summary, the rationales and L3's guideline section, outside the guideline lines, with a guideline named in the 1,500 characters before them. */
export function proseReferences(letter: Letter): ProseReference[] {
  const lines = guidelineLines(letter);
  const prose = [
    ...letter.sections.filter((s) => s.id === 'summary' || s.id === 'guidelines' || s.id === 'rationale').map((s) => s.span),
    ...letter.items.flatMap((i) => i.parts.filter((p) => p.kind === 'rationale').map((p) => p.contentSpan)),
  ];
  const out: ProseReference[] = [];
  for (const span of prose) {
    const text = letter.text.slice(span.start, span.end);
    for (const m of text.matchAll(REFERENCE)) {
      const at = span.start + m.index;
      if (lines.some((l) => l.start <= at && at < l.end) || out.some((r) => r.at === at)) continue;
      if (!GUIDELINE.test(text.slice(Math.max(0, m.index - 1500), m.index))) continue;
      out.push({ at, text: m[0] });
    }
  }
  return out;
}

/** A hover's bullets ("- **p. 78**: Opioids, ..."), as the reader sees them: escapes undone, the unverified marks left out. */
export function bullets(markdown: string): { label: string; covers?: string }[] {
  const shown = (md: string): string => md.replace(/\\(.)/g, '$1');
  return [...markdown.matchAll(/^- \*\*(.+?)(?<!\\)\*\*(?:: (.*))?$/gm)].map((m) => ({
    label: shown(m[1]),
    covers: m[2] === undefined ? undefined : shown(m[2].replace(/\s*_\(unverified[^)]*\)_$/, '')),
  }));
}

const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const EMPTY = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'or',
  'in',
  'on',
  'to',
  'by',
  'with',
  'as',
  'its',
  'chapter',
  'section',
  'odg',
  'mtus',
  'guideline',
  'guidelines',
  'used',
  'use',
]);

/** Whether a bullet tells a reader what the cited part is about, beyond the words cited and beyond the guideline as a whole. */
export function isSpecific(b: { label: string; covers?: string }, citedName: string): boolean {
  if (!b.covers || /citation names no (?:page|section)/.test(b.covers)) return false;
  if (key(citedName).startsWith(key(b.label))) return false;
  const cited = new Set((b.label.toLowerCase().match(/[a-z]{2,}|\d+/g) ?? []).map((w) => w.slice(0, 5)));
  const fresh = (b.covers.toLowerCase().match(/[a-z]{2,}|\d+/g) ?? []).filter((w) => !EMPTY.has(w) && !cited.has(w.slice(0, 5)));
  return fresh.length >= 2;
}
