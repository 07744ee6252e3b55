// What every hover provider returns, and the marks they share in their Markdown.

import type { Span } from '../../base/span';

/** A hover: the text it explains and what it says there, in Markdown. */
export interface HoverResult {
  span: Span;
  markdown: string;
}

/** The marker after an unverified fact, saying what was not checked when that is narrower. */
export function unverified(fact: { verified: boolean; unchecked?: string }): string {
  return fact.verified ? '' : ` _(unverified${fact.unchecked ? `: ${fact.unchecked}` : ''})_`;
}
