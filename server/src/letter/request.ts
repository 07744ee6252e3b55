// The parts of a request as an item line states them: "Norco 10/325 mg #90 with 2 refills",
// "Physical therapy 2 times a week for 4 weeks for the right shoulder", "Psychotherapy 12 sessions".

import type { Request } from './types';

export const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
};
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|eighteen|twenty)';
const toNumber = (written: string): number => WORD_NUMBERS[written.toLowerCase()] ?? Number(written);

const STRENGTH_RE = /\b(\d+(?:\.\d+)?(?:\s?[/-]\s?\d+(?:\.\d+)?){0,4})\s?(mg|mcg\/h(?:r|our)?|mcg|g|gm|grams?|ml|%)(?![a-z])/i;
// A drug's strength written without its unit: "Norco 10/325 #120" (a date has two slashes).
const BARE_STRENGTH_RE = /\b(\d+(?:\.\d+)?\/\d+(?:\.\d+)?)(?![\d/.])/;
// "2 pills twice a day" is a dose, not a quantity.
const QUANTITY_RE = new RegExp(
  `(?:#\\s?(\\d+)|\\b(?:QTY|quantity|qty\\.?)\\s*(?::\\s*)?${NUM}\\b|\\b${NUM}\\s+(?:tablets|tabs|capsules|caps|patches|pills)\\b(?!\\s+(?:once|twice|three\\s+times|\\d+\\s+times|a\\s+day|per\\s+day|daily|every|at\\s+bedtime)))`,
  'i',
);
const SESSIONS_RE = new RegExp(
  `\\b${NUM}\\s+(?:\\(\\d+\\)\\s+)?(?:additional\\s+)?(?:sessions?|visits?|treatments?)\\b|\\b(?:sessions?|visits?)\\s*(?:x|times|#)\\s*${NUM}\\b|\\b${NUM}\\s*(?:x|times)\\s*${NUM}\\b`,
  'i',
);
const REFILLS_RE = new RegExp(`\\b${NUM}\\s+refills?\\b`, 'i');
const FREQUENCY_RE =
  /\b(?:\d+|one|two|three|four)\s+(?:times?|x)\s+(?:a|per)\s+(?:day|week|month)(?:\s+for\s+\w+\s+weeks?)?|\b(?:once|twice|three times)\s+(?:a|per)\s+(?:day|week)|\b(?:daily|BID|TID|QID|q\d+h|every\s+\d+\s+hours)\b/i;
const SIDE_RE = /\b(left|right|bilateral|bilaterally|both)\b/i;
const BODY_RE =
  /\b(cervical|thoracic|lumbar|lumbosacral|low back|back|neck|shoulders?|elbows?|wrists?|hands?|fingers?|thumb|knees?|ankles?|feet|foot|hips?|spine|upper extremit(?:y|ies)|lower extremit(?:y|ies)|head|legs?|arms?|sacroiliac)\b/i;

export function parseRequest(request: string): Request {
  const r: Request = {};
  // "Tylenol #3" is a product's name, not a quantity of three.
  const title = request.includes('#') ? request.replace(/\b(Tylenol(?:\s+with\s+codeine)?)\s*#\s*([1-4])\b/gi, '$1 No. $2') : request;
  const strength = STRENGTH_RE.exec(title);
  if (strength) {
    r.strength = `${strength[1].replace(/\s/g, '').replace(/(\d)-(\d)/g, '$1/$2')}${strength[2].toLowerCase()}`;
    const drug = title
      .slice(0, strength.index)
      .replace(/[,(]\s*$/, '')
      .trim();
    if (drug && /^[A-Za-z]/.test(drug) && drug.split(/\s+/).length <= 4) r.drug = drug;
  } else {
    const bare = BARE_STRENGTH_RE.exec(title);
    if (bare && /^[A-Za-z][\w -]*$/.test(title.slice(0, bare.index).trim())) r.strength = bare[1];
  }
  const q = QUANTITY_RE.exec(title);
  if (q) r.quantity = toNumber(q[1] ?? q[2] ?? q[3]);
  const s = SESSIONS_RE.exec(title);
  if (s) r.sessions = s[1] ? toNumber(s[1]) : s[2] ? toNumber(s[2]) : toNumber(s[3]) * toNumber(s[4]);
  const refills = REFILLS_RE.exec(title);
  if (refills) r.refills = toNumber(refills[1]);
  const f = FREQUENCY_RE.exec(title);
  if (f) r.frequency = f[0];
  const side = SIDE_RE.exec(title);
  if (side) {
    const w = side[1].toLowerCase();
    r.side = w === 'left' || w === 'right' ? w : 'bilateral';
  }
  const body = BODY_RE.exec(title);
  if (body) r.bodyPart = body[1].toLowerCase();
  if (/\bretro(?:spective|active)?\b/i.test(title)) r.retrospective = true;
  return r;
}
