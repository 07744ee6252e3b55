// Named examination tests and the body region the letter says each was done on: "a positive
// Patrick test on the right upper extremity", "negative Spurling's of the neck", "McMurray's test
// of the left knee was positive". Only a place named right after the test counts ("on", "of",
// "at", "over", "in" the region, a side between); a region later in the sentence may be where the
// pain spread.

import { EXAM_TESTS, type ExamTest } from '../knowledge/exam-tests';
import { REGION_STARTS, regionWordAt, type Region } from '../knowledge/regions';
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
// A test named as one: called positive or negative, or a test or sign.
const NAMED = String.raw`\b(?:positive|negative|\+)\s+(?:${NAMES})(?:(?:\s+[a-z]+)?\s+(?:test(?:ing)?|signs?|maneuvers?))?|\b(?:${NAMES})(?:\s+[a-z]+)?\s+(?:test(?:ing)?|signs?|maneuvers?)`;
const TEST_PLACE = new RegExp(
  String.raw`(?:${NAMED})` +
    String.raw`(?:\s+(?:was|is|were|are))?(?:\s+(?:positive|negative)(?:\s+for)?)?\s+(?:on|of|at|over|in|to|for)\s+(?:the\s+)?(?:(left|right|bilateral|both)\s+)?(?=\w)`,
  'gi',
);

// Words one of which starts every test's name, searched for first in the lower-cased text: most
// letters name no test (a word boundary first makes the search twice as fast).
const ANY_NAME =
  /\b(?:patrick|faber|gaenslen|leg[\s-]+rais|slr|las[eè]gue|kemp|spurling|phalen|finkelstein|neer|hawkins|empty[\s-]+can|jobe|speed's|yergason|brien|mcmurray|lachman|apley|cozen)/;

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
    out.push({
      test,
      span: { start, end: start + name.length },
      place: { start: placeStart, end: end + word.text.length },
      regions: word.regions,
    });
  }
  // "The physical examination of the lumbar spine revealed a positive McMurray's test": a test in
  // the clause of an examination of one region, with no other region named between them.
  EXAM_OF.lastIndex = 0;
  for (let m = EXAM_OF.exec(text); m; m = EXAM_OF.exec(text)) {
    const at = m.index + m[0].length;
    const word = regionWordAt(text, at);
    if (!word) continue;
    // The region's phrase runs on through "spine", "region", ...: "of the lumbar spine".
    const from = at + word.text.length + (REGION_TAIL.exec(text.slice(at + word.text.length, at + word.text.length + 20))?.[0].length ?? 0);
    const stop = text.slice(from, from + CLAUSE_REACH).search(/[.;:]|\n\s*\n/);
    const clause = text.slice(from, stop < 0 ? from + CLAUSE_REACH : from + stop);
    for (const t of clause.matchAll(NAMED_TEST)) {
      const before = clause.slice(0, t.index);
      if (REGION_WORD.test(before)) break; // another region named first: the test may be of it
      let group = 1;
      while (t[group] === undefined) group++;
      const test = EXAM_TESTS[(group - 1) % EXAM_TESTS.length];
      const start = from + t.index + t[0].indexOf(t[group]);
      if (out.some((o) => o.span.start === start)) continue;
      const placeStart = m[1] ? m.index + m[0].lastIndexOf(m[1]) : at;
      out.push({ test, span: { start, end: start + t[group].length }, place: { start: placeStart, end: from }, regions: word.regions });
    }
  }
  return out;
});

const EXAM_OF =
  /\b(?:physical\s+|clinical\s+|musculoskeletal\s+|orthopedic\s+)?exam(?:ination)?\s+of\s+(?:the\s+)?(?:(left|right|bilateral)\s+)?(?=\w)/gi;
const REGION_TAIL = /^\s+(?:spine|region|area|joints?)\b/i;
/** How far after the examined region its clause may run. */
const CLAUSE_REACH = 200;
const NAMED_TEST = new RegExp(NAMED, 'gi');
// Words that name another region (checked between an examination's region and a test).
const REGION_WORD = new RegExp(String.raw`\b${REGION_STARTS}`, 'i');
