// Named examination tests and the body region the letter says each was done on: "a positive
// Patrick test on the right upper extremity", "negative Spurling's of the neck", "McMurray's test
// of the left knee was positive". Only a place named right after the test counts ("on", "of",
// "at", "over", "in" the region, a side between); a region later in the sentence may be where the
// pain spread.

import { EXAM_TESTS, type ExamTest } from '../knowledge/exam-tests';
import { regionWordAt, type Region } from '../knowledge/regions';
import { lowerText } from '../base/text';
import { oncePerLetter } from './text';
import type { Span } from '../base/span';
import type { Letter } from './types';

export interface ExamTestPlace {
  test: ExamTest;
  /** The test's words. */
  span: Span;
  /** The words naming the region it was done on, with their side: "right upper extremity". */
  place: Span;
  regions: Region[];
}

// A test's name, then its kind ("test", "sign", perhaps after one word: "Hawkins impingement
// sign"), a result ("was positive for"), and the preposition before its place:
// the place's word starts where the match ends. A name alone must be called positive or negative,
// or be a test or sign, to be a test (not "Dr. O'Brien").
const NAMES = EXAM_TESTS.map((t) => `(${t.pattern})`).join('|');
const TEST_PLACE = new RegExp(
  String.raw`(?:\b(?:positive|negative|\+)\s+(?:${NAMES})(?:(?:\s+[a-z]+)?\s+(?:test(?:ing)?|signs?|maneuvers?))?|\b(?:${NAMES})(?:\s+[a-z]+)?\s+(?:test(?:ing)?|signs?|maneuvers?))` +
    String.raw`(?:\s+(?:was|is|were|are))?(?:\s+(?:positive|negative)(?:\s+for)?)?\s+(?:on|of|at|over|in|to|for)\s+(?:the\s+)?(?:(left|right|bilateral|both)\s+)?(?=\w)`,
  'gi',
);

// Words one of which starts every test's name, searched for first in the lower-cased text: most
// letters name no test (a word boundary first makes the search twice as fast).
const ANY_NAME = /\b(?:patrick|faber|gaenslen|leg[\s-]+rais|slr|las[eè]gue|kemp|spurling|phalen|finkelstein|neer|hawkins|empty[\s-]+can|jobe|speed's|yergason|brien|mcmurray|lachman|apley|cozen)/;

/** Every named test the letter places on a body region. */
export const examTestPlaces: (letter: Letter) => ExamTestPlace[] = oncePerLetter((letter: Letter) => {
  const { text } = letter;
  const out: ExamTestPlace[] = [];
  if (!ANY_NAME.test(lowerText(letter))) return out;
  TEST_PLACE.lastIndex = 0;
  for (let m = TEST_PLACE.exec(text); m; m = TEST_PLACE.exec(text)) {
    const end = m.index + m[0].length;
    const word = regionWordAt(text, end);
    if (!word) continue;
    // The name's group tells the test: the groups come twice, once for each way of naming it.
    let group = 1;
    while (m[group] === undefined) group++;
    const test = EXAM_TESTS[(group - 1) % EXAM_TESTS.length];
    const name = m[group];
    const start = m.index + m[0].indexOf(name);
    // The side, when named, is the last group: it stands just before the region's word.
    const side = m[2 * EXAM_TESTS.length + 1];
    const placeStart = side ? m.index + m[0].lastIndexOf(side) : end;
    out.push({ test, span: { start, end: start + name.length }, place: { start: placeStart, end: end + word.text.length }, regions: word.regions });
  }
  return out;
});
