// Lines of the raw text: one definition of where a line starts and ends (\n, or \r\n). Offsets
// are UTF-16.

import { isBlankCode } from './text';

/** Any character that ends a line, as LSP counts them (a pattern's character class). */
export const LINE_BREAK = '[\\n\\r\\u2028\\u2029]';
/**
 * A blank within a line, as text from a PDF or a word processor has them: space, tab, form feed,
 * no-break and zero-width spaces, a BOM (a pattern's character class).
 */
export const LINE_BLANK = '[ \\t\\f\\u00a0\\u200b\\ufeff]';

/** Start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** End of the line holding `pos` (before its \r\n or \n). */
export function lineEnd(text: string, pos: number): number {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  return Math.max(end, pos);
}

export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** The previous non-blank line before the line that starts at `start`, if there is one. */
export function previousLine(text: string, start: number): { start: number; end: number } | undefined {
  let end = start - 1;
  while (end > 0) {
    const s = lineStart(text, end);
    const e = lineEnd(text, s);
    if (!isBlankLine(text, s, e)) return { start: s, end: e };
    end = s - 1;
  }
  return undefined;
}
