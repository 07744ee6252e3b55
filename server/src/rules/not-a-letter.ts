import type { Rule } from '.';

/** A text with none of the known layouts' openings or headings gets one note, and nothing else. */
export const notALetter: Rule = {
  id: 'not-a-letter',
  title: 'Text is not a recognised IMR letter',
  defaultSeverity: 'information',
  check(letter) {
    if (letter.layout !== 'unknown' || letter.oversize) return [];
    const firstLine = letter.text.search(/\S/);
    const start = firstLine < 0 ? 0 : firstLine;
    const end = letter.text.indexOf('\n', start);
    return [
      {
        span: { start, end: end < 0 ? letter.text.length : end },
        message:
          'This text does not look like an IMR determination letter: none of the known layouts (Case Number header, HOW THE IMR FINAL DETERMINATION WAS MADE, Notice of Independent Medical Review Determination, MEDICAL PROFESSIONAL REVIEW) was found, so it is not checked.',
      },
    ];
  },
};
