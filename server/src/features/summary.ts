// A letter in a few numbers, for an editor's status item: its items counted by decision, and its
// layout. Counts only, never the letter's text.

import { layoutName, type Layout, type Letter } from '../letter';

export interface LetterCounts {
  items: number;
  upheld: number;
  overturned: number;
  layout: Layout;
  /** The layout in words, for people; null when the text is no letter. */
  layoutName: string | null;
}

export function letterSummary(letter: Letter): LetterCounts {
  const { items, layout } = letter;
  const count = (outcome: string) => items.filter((item) => item.decision?.outcome === outcome).length;
  return { items: items.length, upheld: count('upheld'), overturned: count('overturned'), layout, layoutName: layoutName(layout) ?? null };
}
