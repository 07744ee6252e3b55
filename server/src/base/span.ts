// A stretch of text: a pair of UTF-16 offsets into the original text, end exclusive. Everything
// the letter model finds carries one, so that an editor can point at it.

export interface Span {
  start: number;
  end: number;
}

/** Whether `offset` lies in the span or at its end (where a hover or a cursor may stand). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
