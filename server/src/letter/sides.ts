// Sides as facts: every "left knee", "right-sided shoulder", "right distal ulna", "both hips",
// "the calf, foot and toes bilaterally" in the letter, with the body region it names, the section,
// item and sentence it stands in, and what kind of statement that sentence is.

import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { Letter, SectionId } from './types';
import { foldSpaces } from '../base/text';
import { itemAt, oncePerLetter } from './text';

export type Side = 'left' | 'right' | 'bilateral';

export interface SideFact {
  side: Side;
  /** A region of BODY_REGIONS ("knee", "wrist and hand"). */
  region: string;
  /** The side and the region's words: "left distal ulna", "right-sided knee", "calf, foot and toes bilaterally". */
  span: Span;
  /** As written, white space folded, lower case; a side's abbreviation written out ("R mid foot": "right mid foot"). */
  text: string;
  section?: SectionId;
  /** Index of the item whose block holds it, if any. */
  item?: number;
  sentence: Span;
  /**
   * 'item': in an item's heading; 'aside': its sentence sets the side apart from the case (a prior
   * or other injury, "also", a comparison with the other side); 'diagnosis': its sentence states a
   * diagnosis, a treatment or the injury; 'other': any other statement.
   */
  role: 'item' | 'aside' | 'diagnosis' | 'other';
}

/** Body regions that have a side, each with the words that name it. */
export const BODY_REGIONS: [string, string][] = [
  ['shoulder', String.raw`shoulders?|rotator\s+cuffs?|acromioclavicular`],
  ['elbow', String.raw`elbows?|epicondyl\w*|cubital\s+tunnel|olecranon`],
  ['wrist and hand', String.raw`wrists?|hands?|fingers?|thumbs?|carpal\s+tunnel|(?:meta)?carpals?|radius|ulna|forearms?`],
  ['hip', String.raw`hips?|trochanter(?:ic)?`],
  ['groin', String.raw`groins?|inguinal(?:\s+(?:hernias?|region|canal))?`],
  ['knee', String.raw`knees?|patella|menisc(?:us|i)`],
  ['ankle and foot', String.raw`ankles?|foot|feet|heels?|toes?|metatarsals?|malleol(?:us|i|ar)|achilles`],
  // A radiculopathy's side is that of the limb its nerve root serves: "left L5 radiculopathy".
  ['upper extremity', String.raw`upper\s+(?:extremit(?:y|ies)|limbs?)|arms?|(?:cervical|C[2-8](?:-C?[2-8])?)\s+radicul\w+`],
  [
    'lower extremity',
    String.raw`lower\s+(?:extremit(?:y|ies)|limbs?|legs?)|legs?|thighs?|calf|calves|femur|tibia|fibula|(?:lumbar|lumbosacral|L[1-5](?:-[LS]?[1-5])?|S1)\s+radicul\w+|sciatica`,
  ],
];

const REGION_WORDS = BODY_REGIONS.map(([, words]) => `(${words})`).join('|');
const REGION_RES = BODY_REGIONS.map(([region, words]): [string, RegExp] => [region, new RegExp(String.raw`\b(?:${words})\b`, 'i')]);
// Words that may stand between a side and its region: "left distal ulna", "right index finger".
const MODIFIER = String.raw`(?:mid|distal|proximal|direct|indirect|incarcerated|reducible|lateral|medial|anterior|posterior|dorsal|volar|palmar|radial|ulnar|greater|total|index|ring|small|little|long|middle|great|big|first|second|third|fourth|fifth|\d(?:st|nd|rd|th))`;
// "left knee", "right-sided carpal tunnel", "left and right hips", "bilateral knees", "both feet":
// tried (sticky) where a side word stands ("R" and "L" are found in capitals only, by SIDE_WORD).
const SIDE_BEFORE = new RegExp(
  String.raw`\b(?:(left|right|(?:Rt|Lt|R|L)\b\.?)(\s+(?:and|or|&)\s+(?:left|right))?|(bilateral|both))(?:[\s-]+sided|[\s-]+side)?\s+(?:${MODIFIER}\s+){0,2}(?:${REGION_WORDS})\b`,
  'iy',
);
// The words a side starts with, found in one pass: each of SIDE_BEFORE's matches starts with one
// of the first four, and "bilaterally" ends a side of its own.
// Also "R", "L", "Rt", "Lt" in capitals: "ORIF of the R mid foot".
const SIDE_WORD = /\b(?:[Ll]eft|LEFT|[Rr]ight|RIGHT|[Bb]ilateral|BILATERAL|[Bb]oth|BOTH|Rt|Lt|R|L|([Bb]ilaterally|BILATERALLY))\b/g;
// "... in the hips and feet bilaterally": the words after the last preposition before it.
const PHRASE_BEFORE = /^[\s\S]*\b(?:in|to|into|of|at|over|on|about|involving)\s+(?:the\s+)?([a-z][a-z,\s]{0,60}?)\s*$/i;
// Handedness, not a body part's side: "right hand dominant", "dominant right hand".
const HANDEDNESS_AFTER = /^[\s-]*(?:dominan|handed)/i;
const HANDEDNESS_BEFORE = /\bdominant\s*$/i;
// A sentence that sets a side apart from the case: another or earlier injury or surgery (not
// "status post injury", the claim's own), a second complaint ("as well", not "as well as"), a
// comparison of the two sides, a side found normal.
const ASIDE =
  /\b(?:prior|previous(?:ly)?|history\s+of|remote|(?:status\s+post|s\/p)(?!\s+(?:the\s+|an?\s+)?(?:industrial\s+|work\S*\s+)?injury)|contralateral|opposite|other\s+(?:side|knee|shoulder|hip|wrist|hand|elbow|ankle|foot|leg|arm)|compensat\w*|favou?r\w*|non-?industrial|unrelated|also|as\s+well(?!\s+as)|in\s+addition|additionally|compar\w+|versus|than\s+(?:on\s+)?(?:the\s+)?(?:left|right)|normal|intact|unremarkable|negative|full\s+(?:range|strength)|5\/5)\b/i;
// A sentence that states a diagnosis, what is treated, or the injury.
const DIAGNOSIS = /\b(?:diagnos\w*|treat(?:ed|ment)\s+for|injur(?:y|ies)|sustained)\b/i;

/** Every side the letter states of a body region, in text order. */
export const sideFacts: (letter: Letter) => SideFact[] = oncePerLetter(collect);

function collect(letter: Letter): SideFact[] {
  const { text } = letter;
  const out: SideFact[] = [];
  // What each sentence is, read once however many sides it names.
  const kinds = new Map<number, SideFact['role']>();
  const kindOf = (sentence: Span): SideFact['role'] => {
    let kind = kinds.get(sentence.start);
    if (!kind) {
      const said = text.slice(sentence.start, sentence.end);
      kinds.set(sentence.start, (kind = ASIDE.test(said) ? 'aside' : DIAGNOSIS.test(said) ? 'diagnosis' : 'other'));
    }
    return kind;
  };
  const add = (side: Side, region: string, span: Span): void => {
    const section = letter.sections.find((s) => s.span.start <= span.start && span.start < s.span.end);
    const item = itemAt(letter, span.start);
    const sentence = sentenceAt(text, section?.span ?? { start: 0, end: text.length }, span.start);
    const title = !!item && span.start >= item.titleSpan.start && span.end <= item.headingSpan.end;
    out.push({
      side,
      region,
      span,
      text: foldSpaces(text.slice(span.start, span.end))
        .toLowerCase()
        .replace(/^(?:rt|lt|r|l)\b\.?/, side),
      section: section?.id,
      item: item?.index,
      sentence,
      role: title ? 'item' : kindOf(sentence),
    });
  };
  // Where the side words stand: the sides a phrase may start with, and "bilaterally".
  const sides: number[] = [];
  const bilaterally: number[] = [];
  SIDE_WORD.lastIndex = 0;
  for (let w = SIDE_WORD.exec(text); w; w = SIDE_WORD.exec(text)) (w[1] ? bilaterally : sides).push(w.index);
  let end = 0;
  for (const at of sides) {
    if (at < end) continue;
    SIDE_BEFORE.lastIndex = at;
    const m = SIDE_BEFORE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    const span = { start: m.index, end };
    if (
      HANDEDNESS_AFTER.test(text.slice(span.end, span.end + 12)) ||
      HANDEDNESS_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))
    )
      continue;
    let group = 4;
    while (m[group] === undefined) group++;
    add(m[2] || m[3] ? 'bilateral' : /^[Ll]/.test(m[1]) ? 'left' : 'right', BODY_REGIONS[group - 4][0], span);
  }
  for (const at of bilaterally) {
    const from = Math.max(0, at - 80);
    const before = text.slice(from, at);
    const phrase = PHRASE_BEFORE.exec(before)?.[1];
    if (!phrase) continue;
    const start = from + before.trimEnd().length - phrase.length;
    for (const [region, re] of REGION_RES) if (re.test(phrase)) add('bilateral', region, { start, end: at + 'bilaterally'.length });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
