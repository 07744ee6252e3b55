import { lineEnd, lineStart } from '../base/lines';
import type { Letter } from '../letter';
import { matchesIn, matchSpan, type Finding, type Fix, type Rule } from './rule';

// Text a template left unfilled: "a(n)", "[insert ...]", "XX/XX/XXXX", a blank "___" between
// words (not a signature line), "{{name}}".
// Case-sensitive where it can be (a case-blind "a" would be tried at every letter a).
const REMNANT_RE =
  /[aA]\(n\)|\[\s*(?:[Ii]nsert|[Ee]nter|[Nn]ame|[Dd]ate|[Pp]atient|[Pp]rovider|[Dd]rug|[Ii]tem|[Ss]pecialty|[Ss]tate)\b[^\]\n]{0,40}\]|[Xx]{1,2}\/[Xx]{1,2}\/[Xx]{2,4}\b|_{3,}|\{\{[^}\n]{0,40}\}\}|<<[^>\n]{0,40}>>/g;
// Each placeholder holds one of these: a letter without any has none (indexOf finds them faster
// than the pattern, whose "a" is still tried at every "a").
const REMNANT_MARKS = ['(n)', '[', 'X/', 'x/', '___', '{{', '<<'];

/**
 * "an" before a vowel sound: numbers read aloud (an 18-year-old, an 80-year-old), letters read
 * aloud (an MRI, an FCE, an L5-S1, an X-ray, an H-wave; a CT, a UTI), a silent h (an hour), and
 * the u and o that sound "you" and "won" (a unilateral, a uterine, a one-time). `shouting`: the
 * letter is in capitals there, so a short capital word may be a word, not letters.
 */
function article(next: string, shouting = false): string {
  if (/^(?:8|11|18|8\d)(?!\d)|^8\d\d(?!\d)/.test(next)) return 'an';
  if (/^\d/.test(next)) return 'a';
  if (/^(?:one|once)(?![a-z])|^u(?:ni|[^aeioun][aeiou])|^eu/i.test(next)) return 'a';
  const lead = /^[A-Za-z]+/.exec(next)?.[0] ?? '';
  const letters = lead === lead.toUpperCase() && lead.length <= (shouting ? 3 : 5);
  if (lead && letters) return 'AEFHILMNORSX'.includes(lead[0]) ? 'an' : 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(next)) return 'an';
  return /^[aeiou]/i.test(next) ? 'an' : 'a';
}

/** Template placeholders left in the letter. */
export const templateRemnant: Rule = {
  id: 'template-remnant',
  title: 'Template placeholder left in the text',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    if (!REMNANT_MARKS.some((mark) => letter.text.includes(mark))) return [];
    const out: Finding[] = [];
    // The line of the last "a(n)", and whether it is in capitals for each way of writing it: one
    // line may hold thousands, and is read once.
    let line: { start: number; end: number; shouting: Map<string, boolean> } | undefined;
    for (const m of matchesIn(REMNANT_RE, letter.text)) {
      // A blank is matched with the word before it, which is no part of the finding.
      // "a(n)" and "XX/XX" start a word ("Data(n)" is no remnant); a blank stands between words
      // on its line (a line of underscores is a signature line).
      const before = letter.text.slice(Math.max(0, m.index - 30), m.index);
      if (/^[aX]/i.test(m[0]) && /\w$/.test(before)) continue;
      if (
        m[0][0] === '_' &&
        !(/\w[ \t]+$/.test(before) && /^[ \t]*\w/.test(letter.text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      )
        continue;
      const span = matchSpan(m);
      const found = letter.text.slice(span.start, span.end);
      let fixes: Fix[] | undefined;
      if (/^a\(n\)$/i.test(found)) {
        const next = /^\s*(\S+)/.exec(letter.text.slice(span.end, span.end + 30))?.[1] ?? '';
        // A line in capitals (but for the placeholder) may hold capital words that are words.
        if (!line || span.start < line.start || span.end > line.end)
          line = { start: lineStart(letter.text, span.start), end: lineEnd(letter.text, span.end), shouting: new Map() };
        let shouting = line.shouting.get(found);
        if (shouting === undefined) {
          const rest = letter.text.slice(line.start, line.end).replace(found, '');
          line.shouting.set(found, (shouting = !/[a-z]/.test(rest) && (rest.match(/[A-Z]{2,}/g) ?? []).length >= 2));
        }
        const word = article(next, shouting);
        const cased = found[0] === 'A' ? word[0].toUpperCase() + word.slice(1) : word;
        fixes = [{ title: `Replace "${found}" with "${cased}"`, edits: [{ span, newText: cased }], preferred: true }];
      }
      out.push({ span, message: `"${found}" is a template placeholder left unfilled.`, fixes });
    }
    return out;
  },
};
