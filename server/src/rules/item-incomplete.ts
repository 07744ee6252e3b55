import { PART_ORDER as ORDER, partNames, type Item, type PartKind } from '../letter';
import { inSteps, sectionOf, pausesBefore, type Finding, type Rule } from './rule';

/** Each item needs its decision and its three parts, once each and in order. */
export const itemIncomplete: Rule = inSteps({
  id: 'item-incomplete',
  title: 'Disputed item incomplete or out of order',
  defaultSeverity: 'error',
  *steps(letter) {
    if (letter.layout === 'unknown' || letter.layout === 'L3') return [];
    const out: Finding[] = [];
    const decisions = sectionOf(letter, 'decisions');
    if (decisions && letter.items.length === 0) {
      out.push({
        span: decisions.headingSpan,
        message: 'No disputed item with its decision (e.g. "Norco 10/325mg #120: Upheld") was found in this section.',
      });
    }
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      out.push(...checkItem(item, partNames(letter.layout)));
    }
    return out;
  },
});

function checkItem(item: Item, names: Record<PartKind, string>): Finding[] {
  const problems: string[] = [];
  if (!item.decision) problems.push('has no decision');
  const kinds = item.parts.map((p) => p.kind);
  const missing = ORDER.filter((k) => !kinds.includes(k));
  if (missing.length) problems.push(`lacks its ${missing.map((k) => `"${names[k]}"`).join(', ')}`);
  const repeated = ORDER.filter((k) => kinds.filter((x) => x === k).length > 1);
  if (repeated.length) problems.push(`repeats its ${repeated.map((k) => `"${names[k]}"`).join(', ')}`);
  const present = kinds.filter((k, i) => kinds.indexOf(k) === i);
  const inOrder = present.every((k, i) => i === 0 || ORDER.indexOf(present[i - 1]) < ORDER.indexOf(k));
  if (!inOrder)
    problems.push(
      `has its parts out of order (${present.map((k) => `"${names[k]}"`).join(', ')}; expected ${ORDER.map((k) => `"${names[k]}"`).join(', ')})`,
    );
  if (!problems.length) return [];
  return [
    {
      span: item.titleSpan,
      message: `The item "${shorten(item.title)}" ${problems.join(' and ')}.`,
      related: item.parts.map((p) => ({ span: p.labelSpan, message: `"${names[p.kind]}" of this item` })),
    },
  ];
}

function shorten(title: string): string {
  return title.length > 80 ? `${title.slice(0, 77)}...` : title;
}
