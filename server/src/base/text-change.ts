// What changed between two versions of a text, found by comparing them from both ends: one stretch
// replaced by another. Offsets outside it move by the difference in length; offsets inside it have
// no counterpart. Linear in the texts' length (a 2 MB letter in a few milliseconds).

import type { Span } from './span';

/** `before.slice(start, oldEnd)` became `after.slice(start, newEnd)`; the rest is the same. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * Where `offset` of the newer text stood in the older one; undefined inside the changed stretch or
 * at either of its ends (a place between two characters: one of them may be new).
 */
export function offsetBefore(change: TextChange, offset: number): number | undefined {
  if (offset < change.start) return offset;
  if (offset > change.newEnd) return offset - change.newEnd + change.oldEnd;
  return undefined;
}

/** Where `span` of the older text stands in the newer one; undefined if the change is in it or at either of its ends. */
export function spanAfter(change: TextChange, span: Span): Span | undefined {
  if (span.end < change.start) return span;
  const shift = change.newEnd - change.oldEnd;
  if (span.start > change.oldEnd) return { start: span.start + shift, end: span.end + shift };
  return undefined;
}
