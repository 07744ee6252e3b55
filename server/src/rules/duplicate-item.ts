import type { Letter } from '../letter';
import { clipped, inSteps, pausesBefore, type Finding, type Rule } from './rule';

const key = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9%/.#]+/g, ' ')
    .trim();

/** The same request listed twice among the disputed items. */
export const duplicateItem: Rule = inSteps({
  id: 'duplicate-item',
  title: 'Same item listed twice',
  defaultSeverity: 'warning',
  *steps(letter: Letter) {
    const out: Finding[] = [];
    const seen = new Map<string, (typeof letter.items)[number]>();
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      const k = key(item.heading);
      const first = seen.get(k);
      if (!first) {
        seen.set(k, item);
        continue;
      }
      const same = first.decision?.outcome === item.decision?.outcome;
      out.push({
        span: item.titleSpan,
        severity: same ? undefined : 'error',
        message: `"${clipped(item.title)}" is listed twice (items ${first.index + 1} and ${item.index + 1})${same ? '' : `, with different decisions: ${first.decision?.text ?? 'none'} and ${item.decision?.text ?? 'none'}`}.`,
        related: [{ span: first.titleSpan, message: `Item ${first.index + 1}: ${first.title}` }],
      });
    }
    return out;
  },
});
