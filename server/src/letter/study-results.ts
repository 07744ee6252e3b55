// A rationale that relies on the result of a study ("MRI does not indicate nerve compression")
// that the case summary gives only as requested ("The request for authorization dated 12-01-2016
// requested an MRI of the cervical spine"): the decision rests on a result the records, as
// summarised, do not hold.

import { regionsIn } from '../knowledge/regions';
import type { Span } from '../base/span';
import { sentenceAt } from './rationale';
import { STUDY_KINDS } from './studies';
import { oncePerLetter } from './text';
import type { Letter } from './types';

export interface UnseenResult {
  /** The rationale's words that give the result. */
  span: Span;
  study: string;
  /** The summary's sentences that name the study, each only as a request. */
  requests: Span[];
}

// The studies whose results a rationale states in so many words ("MRI does not indicate").
const READ = new Set(['MRI', 'CT scan', 'electrodiagnostic study']);
const KINDS = STUDY_KINDS.filter((kind) => READ.has(kind.name));

// A study named, then what it showed: "MRI does not indicate", "the EMG showed", "CT scan revealed",
// "MRI findings demonstrate", "MRI was negative for".
const SHOWED =
  /^\s+(?:(?:of\s+the\s+\w+(?:\s+spine)?|study|studies|scan|findings|results?|report)\s+)?(?:(?:does|did|do)\s+not\s+(?:show|indicate|reveal|demonstrate|confirm)|(?:shows|showed|shown|revealed|reveals|demonstrated|demonstrates|indicated|indicates|confirmed|confirms|found)(?!\s+(?:for|in|when|if|to)\b)|(?:was|were|is)\s+(?:negative|positive|normal|unremarkable|abnormal)\b)/i;
// The sentence speaks of what a study would show, of a guideline, or of another study.
const NOT_A_RESULT =
  /\b(?:if|when|unless|whether|would|could|may|might|should|can|to\s+(?:show|confirm|rule)|rule\s+out|recommend\w*|guidelines?|MTUS|ACOEM|ODG|indicated\s+(?:for|in|when|if)|criteria|prior|previous|old|repeat)\b/i;
// A summary sentence that names the study as a request, and none that says it was done.
const REQUESTED =
  /\b(?:request\w*|RFA|recommend\w*|plan\w*|order\w*|authoriz\w*|non-?certif\w*|denied|pending|prescrib\w*|referr?\w*|would|will)\b/i;
// After the study's name, in its sentence: its date or what it showed; just before it: an earlier one.
const DONE_AFTER =
  /\b(?:dated|showed|shows|revealed|reveals|demonstrat\w*|results?|findings|impression|performed|done|completed|was\s+(?:negative|positive|normal|unremarkable|abnormal))\b/i;
const DONE_BEFORE =
  /\b(?:prior|previous|repeat|new|another|second|updated|follow-?up|underwent|had|results\s+of|findings\s+of)\s+(?:\w+\s+){0,2}$/i;

/** Each rationale's study results whose study the case summary names only as requested. */
export const unseenResults: (letter: Letter) => UnseenResult[] = oncePerLetter((letter: Letter) => {
  const { text } = letter;
  const summary = letter.sections.find((s) => s.id === 'summary');
  const out: UnseenResult[] = [];
  if (!summary) return out;
  for (const kind of KINDS) {
    const mentions = summaryMentions(text, summary.span, kind.pattern);
    const requests = mentions.map((m) => m.sentence);
    if (
      !mentions.length ||
      mentions.some(
        ({ at, sentence }) =>
          !REQUESTED.test(text.slice(sentence.start, sentence.end)) ||
          DONE_AFTER.test(text.slice(at, sentence.end)) ||
          DONE_BEFORE.test(text.slice(Math.max(sentence.start, at - 40), at)),
      )
    )
      continue;
    const asked = regionsIn(requests.map((s) => text.slice(s.start, s.end)).join(' '));
    for (const item of letter.items) {
      const rationale = item.parts.find((p) => p.kind === 'rationale');
      if (!rationale) continue;
      const body = text.slice(0, rationale.span.end);
      kind.pattern.lastIndex = rationale.span.start;
      for (let m = kind.pattern.exec(body); m; m = kind.pattern.exec(body)) {
        const end = m.index + m[0].length;
        const showed = SHOWED.exec(text.slice(end, Math.min(rationale.span.end, end + 80)));
        if (!showed) continue;
        const sentence = sentenceAt(text, rationale.span, m.index);
        const words = text.slice(sentence.start, sentence.end);
        const theirs = regionsIn(words);
        if (NOT_A_RESULT.test(words) || (theirs.length && asked.length && !theirs.some((r) => asked.includes(r)))) continue;
        // The result as the rationale states it, to the end of its clause.
        let stop = end + showed[0].length;
        const limit = Math.min(sentence.end, stop + 80);
        while (stop < limit && !/[.;,]/.test(text[stop])) stop++;
        out.push({ span: { start: m.index, end: stop }, study: kind.name, requests });
        break;
      }
    }
  }
  return out;
});

/** Where the summary names a study, with its sentence: the first mention of each sentence. */
function summaryMentions(text: string, range: Span, pattern: RegExp): { at: number; sentence: Span }[] {
  const out: { at: number; sentence: Span }[] = [];
  const body = text.slice(0, range.end);
  pattern.lastIndex = range.start;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const sentence = sentenceAt(text, range, m.index);
    out.push({ at: m.index, sentence });
    pattern.lastIndex = Math.max(pattern.lastIndex, sentence.end);
  }
  return out;
}
