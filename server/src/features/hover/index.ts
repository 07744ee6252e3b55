// Hover: the first provider with something to say at the offset answers. A guideline citation
// first, then a drug (an item's title names one anywhere on it), a date, a decision word, and last
// a term of the trade (MTUS, UR, RFA, ...) wherever nothing more particular stands.

import { withoutLinks } from '../../base/markdown';
import type { Letter } from '../../letter';
import { citationHover } from './citation';
import { dateHover } from './date';
import { decisionHover } from './decision';
import { drugHover } from './drug';
import type { HoverResult } from './markdown';
import { termHover } from './term';

export type { HoverResult } from './markdown';

const PROVIDERS: ((letter: Letter, offset: number) => HoverResult | undefined)[] = [
  citationHover,
  drugHover,
  dateHover,
  decisionHover,
  termHover,
];

export function hover(letter: Letter, offset: number): HoverResult | undefined {
  for (const provide of PROVIDERS) {
    const found = provide(letter, offset);
    if (found) return { ...found, markdown: withoutLinks(found.markdown) };
  }
  return undefined;
}
