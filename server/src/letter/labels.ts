// What the model's values are called for people: a decision's word, a layout's name. The outline,
// the command line and the editor's status item say them alike.

import { LAYOUTS } from './layouts';
import type { Item, Layout } from './types';

/** "Upheld" or "Overturned"; undefined when the item states no decision. */
export function decisionLabel(item: Item): string | undefined {
  if (!item.decision) return undefined;
  return item.decision.outcome === 'upheld' ? 'Upheld' : 'Overturned';
}

/** The layout in words, e.g. "IMR Final Determination (Case Number header)"; undefined for a text that is no letter. */
export function layoutName(layout: Layout): string | undefined {
  return LAYOUTS.find((l) => l.id === layout)?.name;
}
