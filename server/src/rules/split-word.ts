import { DRUGS, LEXICON } from '../knowledge';
import type { Letter } from '../letter';
import type { Finding, Rule } from '.';

// Drug names are words too, though a letter may name one only once.
const NAMES = new Set(DRUGS.flatMap((d) => [...d.brands, ...d.generic.split(/[^A-Za-z]+/)]).map((w) => w.toLowerCase()));
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function listed(w: string): boolean {
  if (w.length === 1) return w === 'a' || w === 'i';
  return LEXICON.has(w) || NAMES.has(w);
}

/** How often `w` stands as a whole word in the lower-cased text. */
function occurrences(lower: string, w: string): number {
  let n = 0;
  for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) {
    if (!isLetter(lower.charCodeAt(i - 1)) && !isLetter(lower.charCodeAt(i + w.length))) n++;
  }
  return n;
}

/** A word split in two by a stray space, as PDF extraction does ("Chr onic", "f or"). */
export const splitWord: Rule = {
  id: 'split-word',
  title: 'Word split by a stray space',
  defaultSeverity: 'hint',
  check(letter: Letter) {
    const { text } = letter;
    const lower = text.toLowerCase();
    // Every run of letters, once: its start, and the run itself in lower case.
    const starts: number[] = [];
    const words: string[] = [];
    const vocabulary = new Set<string>();
    for (let i = 0; i < lower.length; ) {
      if (!isLetter(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < lower.length && isLetter(lower.charCodeAt(end))) end++;
      const word = lower.slice(i, end);
      starts.push(i);
      words.push(word);
      vocabulary.add(word);
      i = end;
    }
    // A fragment is a word if it is listed, or used on its own elsewhere in this letter.
    const isWord = (w: string): boolean => listed(w) || (w.length > 1 && occurrences(lower, w) > 1);
    const out: Finding[] = [];
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1];
      const b = words[k];
      const aStart = starts[k - 1];
      const aEnd = aStart + a.length;
      const bStart = starts[k];
      // Two runs of letters with exactly one space between them, inside a line.
      if (bStart !== aEnd + 1 || text.charCodeAt(aEnd) !== 32) continue;
      const joined = a + b;
      // The joined word must be a word: listed, a drug name, or written so in this letter.
      const inLetter = vocabulary.has(joined);
      const twoLong = a.length >= 4 && b.length >= 4;
      // Two long fragments may be two rarer words ("wheel chair"): only the letter's own usage or
      // a drug name ("Pril osec") says they are one.
      if (!(inLetter || NAMES.has(joined) || (!twoLong && LEXICON.has(joined)))) continue;
      // "1st and": an ordinal's suffix is no fragment.
      if (aStart > 0 && /\d/.test(text[aStart - 1])) continue;
      const aWord = isWord(a);
      const bWord = isWord(b);
      if (aWord && bWord) continue;
      const shown = text.slice(aStart, bStart + b.length);
      const fixed = text.slice(aStart, aEnd) + text.slice(bStart, bStart + b.length);
      out.push({
        span: { start: aStart, end: bStart + b.length },
        message: twoLong && inLetter ? `"${shown}" is written "${fixed}" elsewhere in this letter.` : `"${shown}" looks like the word "${fixed}" split by a stray space.`,
        // Certain enough to apply unseen when neither part is a word, or the parts are short.
        fixes: [{ title: `Join into "${fixed}"`, edits: [{ span: { start: aEnd, end: bStart }, newText: '' }], preferred: true, safe: !twoLong || (!aWord && !bWord) }],
      });
      k++; // a word joins one neighbour at most
    }
    return out;
  },
};
