// Hover on an item's decision word: what Upheld or Overturned means for the disputed treatment.

import { spanContains } from '../../base/span';
import type { Letter } from '../../letter';
import type { HoverResult } from './markdown';

const DECISION_TEXT = {
  upheld:
    "**Upheld**: the expert reviewer found the disputed treatment not medically necessary, so the Claims Administrator's utilization review decision (denial or modification) stands.",
  overturned:
    "**Overturned**: the expert reviewer found the disputed treatment medically necessary, so the Claims Administrator's utilization review decision is reversed and the treatment is to be authorized.",
};

export function decisionHover(letter: Letter, offset: number): HoverResult | undefined {
  const decision = letter.items.find((i) => i.decision && spanContains(i.decision.span, offset))?.decision;
  return decision && { span: decision.span, markdown: DECISION_TEXT[decision.outcome] };
}
