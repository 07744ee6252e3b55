import { LINE_BREAK } from '../base/lines';
import type { Rule } from './rule';

// An oversize text is not parsed, so its line ends are as they came: any of them ends the line.
const LINE_END = new RegExp(LINE_BREAK, 'g');

/** Texts over the size limit are not analysed; one note says so. */
export const tooLarge: Rule = {
  id: 'too-large',
  title: 'Text is over the size limit',
  defaultSeverity: 'information',
  anyText: true,
  check(letter) {
    if (!letter.oversize) return [];
    // The first line with text on it (a letter extracted from a PDF starts with a blank line).
    const start = Math.max(letter.text.slice(0, 10_000).search(/\S/), 0);
    const head = letter.text.slice(0, start + 200);
    LINE_END.lastIndex = start;
    const end = LINE_END.exec(head)?.index ?? head.length;
    return [
      {
        span: { start, end },
        message: `This text has ${letter.text.length.toLocaleString('en-US')} characters, more than the limit for analysis (the setting imr.maxFileSize in the editor, --max-file-size of imr-lint, or "limits" in .imr.json), so it is not checked. A letter is usually under 50,000 characters.`,
      },
    ];
  },
};
