// How long the worker is said to have had something, in the summary and the rationales: "has had
// pain for 10 months", "has been on chronic opioid treatment for at least 6 months", "has used
// opioids for at least a year". Only statements in the perfect tense about the worker count: a
// guideline's "recommended for up to 4 weeks" or a plan's "for 2 weeks" says nothing of the past.

import { WORD_NUMBERS } from './request';
import { sentenceAt } from './rationale';
import type { Letter, Span } from './types';
import { oncePerLetter } from './text';

export interface DurationStatement {
  span: Span;
  /** As written, white space folded ("for at least 6 months"). */
  text: string;
  /** The least number of days the words allow ("approximately 10 months" allows a fifth less). */
  minDays: number;
  sentence: Span;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
// Indefinite counts, at their least: "several months" is three at least, "a few weeks" two.
const SOME: Record<string, number> = { several: 3, 'a few': 2, 'a couple of': 2 };
const NUMBER = `\\d{1,2}|several|a\\s+few|a\\s+couple\\s+of|a|an|one|${Object.keys(WORD_NUMBERS).join('|')}`;
// "has/have/had [been] <up to six words> for [qualifiers] <n> <unit>": the verb and the "for" in
// one clause (no stop, comma or semicolon between them).
const DURATION_RE = new RegExp(
  `(?:has|have|had)\\s+(?:been\\s+)?((?:[\\w/-]+[\\s,]+){0,6}?)((?:for\\s+|(?<=,\\s{1,3})(?=at\\s+least|over|more\\s+than))((?:(?:the\\s+)?(?:past|last)\\s+|over\\s+|at\\s+least\\s+|more\\s+than\\s+|greater\\s+than\\s+|approximately\\s+|about\\s+|nearly\\s+|almost\\s+|roughly\\s+|around\\s+)*)(${NUMBER})(?:\\s+|-)(day|week|month|year)s?)\\b`,
  'iy',
);
// Where DURATION_RE may start: found by a pattern with a literal head, which is fast to search for;
// DURATION_RE is then tried, sticky, at each place.
const VERB_RE = /\bha(?:s|ve|d)\s/gi;
const APPROXIMATE = /\b(?:approximately|about|nearly|almost|roughly|around)\b/i;
// What the clause is about must be the worker's condition or treatment, not work or a reviewer.
const NOT_ABOUT_CONDITION = /\b(?:work(?:ed|ing)?|employ\w*|job|practice|practicing|position|career|married|living|retired|off)\b/i;
// The claim's complaints and their treatment: pain, symptoms, a drug or a therapy. "Has had
// diabetes for 5 years" or "has been a mechanic for 20 years" says nothing of the injury.
const ABOUT_CLAIM =
  /\b(?:pain|aches?|symptoms?|complaints?|numbness|tingling|weakness|stiffness|swelling|spasms?|headaches?|opioids?|narcotics?|medications?|analgesics?|NSAIDs?|treatment|therapy|therapies|injections?|taking|using|used|on\s+[A-Z]?[a-z]+)\b/i;
// A modal or a guideline's words make the sentence no statement of fact.
const NOT_FACT = /\b(?:should|would|could|may|might|must|recommend\w*|guidelines?|criteria|indicated|supported|if|unless|when)\b/i;
// Statements about before the claim: a prior condition, a history.
const PRE_EXISTING =
  /\b(?:prior\s+to|before)\s+(?:the|this|her|his)\s+(?:industrial\s+|work\s+)?(?:injury|accident|claim)|\bsince\s+(?:an?|his|her|the)\s+(?!(?:industrial\s+|work\s+)?injury)|\bpre-?existing\b|\bprior\s+(?:injury|claim|accident|history|therapy|treatment|symptoms)\b|\bnon-?industrial\b|\bpreviously\b|\bprivate\s+insurance\b/i;

/** Every duration the summary and rationales state of the worker's condition or treatment. */
export const durationStatements: (letter: Letter) => DurationStatement[] = oncePerLetter(collect);

function collect(letter: Letter): DurationStatement[] {
  const out: DurationStatement[] = [];
  const { text } = letter;
  const ranges = [
    ...letter.sections.filter((s) => s.id === 'summary').map((s) => s.span),
    ...letter.items.flatMap((i) => i.parts.filter((p) => p.kind === 'rationale').map((p) => p.contentSpan)),
  ];
  for (const range of ranges) {
    const body = text.slice(0, range.end);
    VERB_RE.lastIndex = range.start;
    for (let v = VERB_RE.exec(body); v; v = VERB_RE.exec(body)) {
      DURATION_RE.lastIndex = v.index;
      const m = DURATION_RE.exec(body);
      if (!m) continue;
      // "has had pain for 10 months": the second verb reaches the same duration; read it once.
      VERB_RE.lastIndex = DURATION_RE.lastIndex;
      const between = m[1];
      if (NOT_ABOUT_CONDITION.test(between) || NOT_FACT.test(between) || !ABOUT_CLAIM.test(between)) continue;
      const sentence = sentenceAt(text, range, m.index);
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (PRE_EXISTING.test(sentenceText)) continue;
      const lead = text.slice(sentence.start, m.index);
      if (NOT_FACT.test(lead)) continue;
      const [, , phrase, qualifiers, number, unit] = m;
      const word = number.toLowerCase().replace(/\s+/g, ' ');
      const count = /^\d/.test(number) ? Number(number) : (WORD_NUMBERS[word] ?? SOME[word] ?? 1);
      let minDays = count * UNIT_DAYS[unit.toLowerCase()];
      if (APPROXIMATE.test(qualifiers)) minDays = Math.floor(minDays * 0.8);
      const span = { start: m.index + m[0].length - phrase.length, end: m.index + m[0].length };
      out.push({ span, text: text.slice(span.start, span.end).replace(/\s+/g, ' '), minDays, sentence });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
