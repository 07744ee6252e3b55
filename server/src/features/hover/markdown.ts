// What every hover provider returns, and the marks they share in their Markdown.

import type { Span } from '../../base/span';

/** A hover: the text it explains and what it says there, in Markdown. */
export interface HoverResult {
  span: Span;
  markdown: string;
}

/** The marker after an unverified fact, saying what was not checked when that is narrower. */
export function unverified(f: { verified: boolean; unchecked?: string }): string {
  return f.verified ? '' : ` _(unverified${f.unchecked ? `: ${f.unchecked}` : ''})_`;
}
