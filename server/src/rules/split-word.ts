import { DRUGS, LEXICON } from '../knowledge';
import type { Letter } from '../letter';
import type { Finding, Rule } from './rule';

// Drug names are words too, though a letter may name one only once.
const NAMES = new Set(DRUGS.flatMap((d) => [...d.brands, ...d.generic.split(/[^A-Za-z]+/)]).map((w) => w.toLowerCase()));
const isLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

function listed(word: string): boolean {
  if (word.length === 1) return word === 'a' || word === 'i';
  return LEXICON.has(word) || NAMES.has(word);
}

/** How often `w` stands as a whole word in the lower-cased text. */
function occurrences(lower: string, word: string): number {
  let n = 0;
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length)) {
    if (!isLetter(lower.charCodeAt(i - 1)) && !isLetter(lower.charCodeAt(i + word.length))) n++;
  }
  return n;
}

// A split leaves a fragment of one to three letters without a vowel: "f or", "d ays", "Chr onic",
// "syn drome", "wi th". One pattern finds such a fragment beside a space, so the rule reads only
// those few places and not every word of the letter. (Fragments with vowels, "studi es", are
// missed: the price of not reading every word.)
// One character class is the cheapest pattern to scan for.
const FRAGMENT_RE = /\b[b-df-hj-np-tv-z]{1,3}\b/gi;
/** Fragments read in one letter at the most: a hint is not worth unbounded work on odd text. */
const MAX_FRAGMENTS = 2000;
/** Texts longer than this (some 60 letters) are not read for split words at all. */
const MAX_TEXT = 300_000;

/** The run of letters that ends just before `pos`, or starts at it. */
function wordAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return { start, end };
}

/** A word split in two by a stray space, as PDF extraction does ("Chr onic", "f or"). */
export const splitWord: Rule = {
  id: 'split-word',
  title: 'Word split by a stray space',
  defaultSeverity: 'hint',
  check(letter: Letter) {
    const { text } = letter;
    if (text.length > MAX_TEXT) return [];
    // Counts are read in the lower-cased text (whose offsets may differ: "İ" lowers to two characters).
    const lower = text.toLowerCase();
    const counted = new Map<string, number>();
    const count = (word: string): number => {
      let n = counted.get(word);
      if (n === undefined) counted.set(word, (n = occurrences(lower, word)));
      return n;
    };
    // A fragment is a word if it is listed, or used on its own elsewhere in this letter.
    const isWord = (word: string): boolean => listed(word) || (word.length > 1 && count(word) > 1);
    let budget = MAX_FRAGMENTS;
    const out: Finding[] = [];
    let after = 0; // a word joins one neighbour at most
    FRAGMENT_RE.lastIndex = 0;
    for (let m = FRAGMENT_RE.exec(text); m && budget-- > 0; m = FRAGMENT_RE.exec(text)) {
      const frag = { start: m.index, end: m.index + m[0].length };
      // The fragment joins the word before it ("wi th") or after it ("Chr onic", "f or").
      const pairs: [{ start: number; end: number }, { start: number; end: number }][] = [];
      if (text.charCodeAt(frag.start - 1) === 32 && isLetter(text.charCodeAt(frag.start - 2)))
        pairs.push([wordAround(text, frag.start - 1, frag.start - 1), frag]);
      if (text.charCodeAt(frag.end) === 32 && isLetter(text.charCodeAt(frag.end + 1)))
        pairs.push([frag, wordAround(text, frag.end + 1, frag.end + 1)]);
      for (const [first, second] of pairs) {
        if (first.start < after) continue;
        // "worker's progress", "1st and": a possessive or an ordinal is no fragment.
        if (first.start > 0 && /['’\d]/.test(text[first.start - 1])) continue;
        const a = text.slice(first.start, first.end).toLowerCase();
        const b = text.slice(second.start, second.end).toLowerCase();
        // Two words in their own right stay apart ("10 mg tablets"; counts are kept per word).
        if (isWord(a) && isWord(b)) continue;
        const joined = a + b;
        // The joined word must be a word: listed, a drug name, or written so in this letter.
        if (!(LEXICON.has(joined) || NAMES.has(joined) || count(joined) > 0)) continue;
        const shown = text.slice(first.start, second.end);
        const fixed = text.slice(first.start, first.end) + text.slice(second.start, second.end);
        out.push({
          span: { start: first.start, end: second.end },
          message: `"${shown}" looks like the word "${fixed}" split by a stray space.`,
          fixes: [
            {
              title: `Join into "${fixed}"`,
              edits: [{ span: { start: first.end, end: second.start }, newText: '' }],
              preferred: true,
              safe: true,
            },
          ],
        });
        after = second.end;
        break;
      }
    }
    return out;
  },
};
