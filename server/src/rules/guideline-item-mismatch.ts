import { categoriesFit, categoriesOf } from '../knowledge';
import type { Letter } from '../letter';
import { clipped, guidelineLine, inSteps, pausesBefore, type Finding, type Rule } from './rule';

const LINE_NAMES = { claimsAdministrator: 'Claims Administrator', maximus: 'MAXIMUS', text: '' } as const;

/** The topic a guideline line cites does not fit the item (a benzodiazepine decided on the opioid pages). */
export const guidelineItemMismatch: Rule = inSteps({
  id: 'guideline-item-mismatch',
  title: 'Cited guideline topic does not fit the item',
  defaultSeverity: 'information',
  *steps(letter: Letter) {
    const out: Finding[] = [];
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      const itemCats = categoriesOf(item.title);
      if (!itemCats.size) continue;
      for (const source of ['claimsAdministrator', 'maximus'] as const) {
        const line = guidelineLine(letter, item, source);
        // Judge the whole line: one fitting citation in it is enough.
        const topics = line
          .map((c) => {
            const text = [c.topic?.name ?? '', ...c.sections.map((s) => s.name)].join(', ');
            return { c, text, cats: categoriesOf(text) };
          })
          .filter((t) => t.cats.size);
        if (!topics.length || topics.some((t) => categoriesFit(itemCats, t.cats))) continue;
        const first = topics[0];
        const cited = topics.map((t) => t.text.replace(/^[,\s]+/, '')).join('; ');
        out.push({
          span: first.c.span,
          message: `The ${LINE_NAMES[source]} guideline line cites ${cited} for "${clipped(item.title)}": topics about other treatment than ${[...itemCats].join(' or ')}.`,
          related: [{ span: item.titleSpan, message: `The item: ${clipped(item.title)}` }],
        });
      }
    }
    return out;
  },
});
