import { lineEnd } from '../base/lines';
import type { Rule } from './rule';

/** A text with none of the known layouts' openings or headings gets one note, and nothing else. */
export const notALetter: Rule = {
  id: 'not-a-letter',
  title: 'Text is not a recognised IMR letter',
  defaultSeverity: 'information',
  anyText: true,
  check(letter) {
    if (letter.layout !== 'unknown' || letter.oversize) return [];
    const start = Math.max(letter.text.search(/\S/), 0);
    return [
      {
        span: { start, end: lineEnd(letter.text, start) },
        message:
          'This text does not look like an IMR determination letter: none of the known layouts (Case Number header, HOW THE IMR FINAL DETERMINATION WAS MADE, Notice of Independent Medical Review Determination, MEDICAL PROFESSIONAL REVIEW) was found, so it is not checked.',
      },
    ];
  },
};
