// How a statement about a clinical concept is placed and quoted: where on the body its words put
// it, and the clause a message quotes of it.

import { placeIn, type Place } from './places';
import type { Span } from '../base/span';
import { isWordSpace, wordsAfter, wordsBefore } from '../base/words';
import type { ConceptMention } from './statements';

/** Words a quoted clause takes either side of its mention; a sentence of twice as many is quoted whole. */
const CLAUSE_WORDS = 10;

/** Where the words around a mention, a few either side within its sentence, place it on the body. */
export function mentionPlace(text: string, mention: ConceptMention): Place {
  return (mention.place ??= placeIn(
    text.slice(
      wordsBefore(text, mention.phrase.start, mention.sentence.start, 6),
      wordsAfter(text, mention.phrase.end, mention.sentence.end, 8),
    ),
  ));
}

/** A clause ends at a semicolon, colon, parenthesis or comma, but not the comma of "October 17, 2016". */
function isBoundary(text: string, index: number): boolean {
  const c = text[index];
  return c === ';' || c === ':' || c === '(' || c === ')' || (c === ',' && !/\d/.test(text[index - 1] ?? ''));
}

/** What a message quotes of a mention: its sentence when short, else its clause (to a comma or semicolon), a few words either side. */
export function mentionClause(text: string, mention: ConceptMention): Span {
  const { sentence, phrase: core } = mention;
  let start = sentence.start;
  let end = sentence.end;
  if (wordsAfter(text, start, end, CLAUSE_WORDS * 2) < end) {
    let floor = core.start;
    while (floor > sentence.start && !isBoundary(text, floor - 1)) floor--;
    start = wordsBefore(text, core.start, floor, CLAUSE_WORDS);
    let ceiling = core.end;
    while (ceiling < sentence.end && !isBoundary(text, ceiling)) ceiling++;
    end = wordsAfter(text, core.end, ceiling, CLAUSE_WORDS);
  }
  while (start < end && isWordSpace(text[start])) start++;
  while (end > start && (isWordSpace(text[end - 1]) || '.,;:'.includes(text[end - 1]))) end--;
  return { start, end };
}
