import type { Span } from '../base/span';
import { sentenceAt, type Letter } from '../letter';
import { workerSexes } from '../letter/facts';
import { summaryAndRationales } from '../letter/text';
import { inSteps, matchesIn, matchSpan, pausesBefore, type Finding, type Rule } from './rule';

const WORKER = /\b(?:injured\s+worker|patient|claimant|employee|applicant|worker|IW)\b/i;
// A sentence that names anyone else may use pronouns for them: such sentences are skipped.
const SOMEONE_ELSE =
  /\b(?:provider|physician|doctor|Dr|surgeon|therapist|reviewer|examiner|nurse|chiropractor|clinician|specialist|orthopedist|orthopaedist|psychologist|psychiatrist|neurologist|practitioner|consultant|PTP|PTMD|AME|QME|PA-?C|NP|he\/she|his\/her|him\/her|wife|husband|son|daughter|mother|father|boyfriend|girlfriend|spouse|partner|co-?worker|supervisor|manager|boss|employer|friend|child|children|sister|brother|attorney|adjuster|counsel)\b/i;
const PRONOUNS = { male: /\b(?:he|him|his|himself)\b/gi, female: /\b(?:she|her|hers|herself)\b/gi };
// A possessive before what only a patient has in these letters: "his diagnosis", "her private
// insurance", "her left knee", "his medications". Whose it is needs no other sentence.
const PATIENT_ATTRIBUTE =
  /^\s+(?:(?:left|right|bilateral|lower|upper|low|anterior|posterior|medial|lateral|distal|proximal|current|ongoing|chronic|prior|private|industrial|work-related|primary|initial|presenting)\s+)*(?:diagnos[ie]s|pain|symptoms?|injur(?:y|ies)|conditions?|complaints?|medications?|treatment|insurance|claim|back|neck|knees?|shoulders?|hips?|wrists?|hands?|elbows?|ankles?|foot|feet|spine|arms?|legs?|fingers?|thumb|surgery|sleep|mood)\b/i;

/** Pronouns that refer to the worker disagree with the worker's stated sex. */
export const pronounSexConflict: Rule = inSteps({
  id: 'pronoun-sex-conflict',
  title: "Pronoun disagrees with the worker's sex",
  defaultSeverity: 'warning',
  // In steps: a letter may hold thousands of pronouns.
  *steps(letter: Letter) {
    const sex = letter.patient.sex;
    if (!sex) return [];
    const opposite = sex.value === 'male' ? PRONOUNS.female : PRONOUNS.male;
    const ranges = summaryAndRationales(letter);
    const out: Finding[] = [];
    const seen = new Set<number>();
    let read = 0;
    for (const range of ranges) {
      // "The claimant is a 54 year old female" in a letter that states a male worker.
      for (const other of workerSexes(letter.text, range)) {
        if (other.value === sex.value || other.span.start === sex.span.start) continue;
        out.push({
          span: other.span,
          message: `The worker is said here to be ${other.value}, but is stated to be ${sex.value}.`,
          related: [{ span: sex.span, message: `The worker is stated to be ${sex.value}` }],
        });
      }
      // Only sentences with a pronoun of the other sex are read (they are few).
      let readTo = range.start;
      // Found all at once, before any pause: the pattern is shared, and another letter's check may use it during a pause.
      for (const m of [...matchesIn(opposite, letter.text, range)]) {
        if (pausesBefore(read++)) yield;
        if (m.index < readTo) continue; // in the sentence just read
        const sentence = sentenceAt(letter.text, range, m.index);
        readTo = sentence.end;
        if (seen.has(sentence.start)) continue;
        seen.add(sentence.start);
        const possessive =
          /^h(?:is|er)$/i.test(m[0]) && PATIENT_ATTRIBUTE.test(letter.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        const about = possessive
          ? !SOMEONE_ELSE.test(letter.text.slice(sentence.start, sentence.end))
          : aboutWorker(letter.text, range, sentence, sex.value);
        if (!about) continue;
        out.push({
          span: matchSpan(m),
          message: `"${m[0]}" refers to the worker, who is stated to be ${sex.value}.`,
          related: [{ span: sex.span, message: `The worker is stated to be ${sex.value}` }],
        });
      }
    }
    return out;
  },
});

// The Doctor's First Report (DWC Form 5021) is a document, not a person; so is a note a clinician's
// title only qualifies ("a physician progress note", "provider notes"; not "the physician's note",
// whose author may be the "he" that follows).
const FIRST_REPORT =
  /\bDoctor'?s\s+First\s+Report\b|\b(?:physician|provider|clinician|doctor)\s+(?:(?:progress|office|follow-?up|visit|clinic|treatment)\s+)?(?:notes?|reports?)\b/gi;
const OPENS_WITH_PRONOUN = /^(?:He|She|His|Her)\b/;
/** A pronoun of the other sex than the worker's, in a sentence looked back over. */
const OTHER_SEX = { male: /\b(?:she|her|hers|herself)\b/i, female: /\b(?:he|him|his|himself)\b/i };
/** Sentences back a pronoun that opens a sentence may look for the worker (over sentences that name no one, or only the worker's sex). */
const LOOK_BACK = 4;

/**
 * A sentence about the worker and no one else: it names the worker, or opens with a pronoun after
 * one that does, with only sentences that name no one between them ("... joint tenderness and
 * instability. He rated the pain 9 out of 10"), or whose pronouns are all of the worker's own sex
 * ("The injured worker has symptoms of anxiety. He feels sad. He has lost interest in her
 * appearance").
 */
function aboutWorker(text: string, range: Span, sentence: Span, sex: 'male' | 'female', depth = 0): boolean {
  const s = text.slice(sentence.start, sentence.end).replace(FIRST_REPORT, '');
  if (SOMEONE_ELSE.test(s)) return false;
  if (WORKER.test(s)) return true;
  if (depth > 0 && OTHER_SEX[sex].test(s)) return false;
  if (depth >= LOOK_BACK || (depth === 0 && !OPENS_WITH_PRONOUN.test(s)) || sentence.start <= range.start) return false;
  let end = sentence.start - 1; // the previous sentence's full stop
  while (end > range.start && /\s/.test(text[end])) end--;
  return aboutWorker(text, range, sentenceAt(text, range, Math.max(range.start, end - 1)), sex, depth + 1);
}
