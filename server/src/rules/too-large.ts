import { lineEnd } from '../letter';
import type { Rule } from '.';

/** Texts over the size limit are not analysed; one note says so. */
export const tooLarge: Rule = {
  id: 'too-large',
  title: 'Text is over the size limit',
  defaultSeverity: 'information',
  anyText: true,
  check(letter) {
    if (!letter.oversize) return [];
    return [
      {
        span: { start: 0, end: Math.min(lineEnd(letter.text, 0), 200) },
        message: `This text has ${letter.text.length.toLocaleString('en-US')} characters, more than the limit for analysis (setting imr.maxFileSize), so it is not checked. A letter is usually under 50,000 characters.`,
      },
    ];
  },
};
