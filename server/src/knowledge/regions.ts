// Body regions: the words a letter names them by, and the regions each guideline chapter covers.
// Enough to tell that a knee MRI decided on the low back chapter, or judged on the spine's
// imaging criterion, was decided on another region's guideline. Chapter scopes from their titles:
// ACOEM Practice Guidelines 2nd ed. (2004) chapters 8–14 as adopted in the MTUS (8 CCR 9792.23),
// ACOEM's later Disorders guidelines, the Official Disability Guidelines' chapter names, and the
// MTUS Postsurgical Treatment Guidelines' sections (8 CCR 9792.24.3).

import { ACOEM_2ND_CHAPTERS } from './acoem';

export type Region = 'head' | 'cervical' | 'thoracic' | 'lumbar' | 'shoulder' | 'elbow' | 'hand' | 'hip' | 'knee' | 'foot';

export const REGION_NAMES: Record<Region, string> = {
  head: 'head',
  cervical: 'neck (cervical spine)',
  thoracic: 'upper back (thoracic spine)',
  lumbar: 'low back (lumbar spine)',
  shoulder: 'shoulder',
  elbow: 'elbow',
  hand: 'forearm, wrist and hand',
  hip: 'hip and pelvis',
  knee: 'knee',
  foot: 'ankle and foot',
};

const SPINE: Region[] = ['cervical', 'thoracic', 'lumbar'];
// A whole limb is examined, imaged or tested for the spine's nerve roots as much as for its joints:
// an item for the "upper extremities" fits the neck chapter, one for the "lower extremities" the low back's.
const UPPER_LIMB: Region[] = ['shoulder', 'elbow', 'hand', 'cervical'];
const LOWER_LIMB: Region[] = ['hip', 'knee', 'foot', 'lumbar'];

/** Words naming a body region in an item or a rationale, and the regions each stands for. */
const WORDS: [RegExp, Region[]][] = [
  // Not a bone's neck or head ("femoral neck", "radial head").
  [/\b(?:cervical|C-spine|C[1-7]\s?-\s?(?:C?[1-7]|T1)\b)|\bneck\b(?<!\b(?:femoral|humeral|surgical)\s+neck)/, ['cervical']],
  [/\b(?:thoracic|T-spine|(?:mid|upper)\s+back)\b/, ['thoracic']],
  [/\bthoracolumbar\b/, ['thoracic', 'lumbar']],
  [/\b(?:lumbar|lumbosacral|low(?:er)?\s+back|L-spine|L[1-5]\s?-\s?(?:L?[1-5]|S1)\b)/, ['lumbar']],
  [/\bback\s+(?:pain|brace|support|complaints?|injury)\b/, ['lumbar', 'thoracic']],
  [/\bsacroiliac\b|\bSI\s+joints?\b/, ['lumbar', 'hip']],
  // "spine" alone (not "cervical spine"): any part of it.
  [/\bspin(?:e|al)\b(?<!\b(?:cervical|thoracic|lumbar|lumbosacral|thoracolumbar|sacral)[\s-]+spin(?:e|al))/, SPINE],
  [/\bshoulders?\b|\brotator\s+cuff\b/, ['shoulder']],
  [/\belbows?\b/, ['elbow']],
  // Not "on the other hand", "first-hand", "hand-held".
  [/\b(?:forearms?|wrists?|fingers?|thumbs?|carpal)\b|\bhands?\b(?<!\b(?:other|first)[\s-]+hands?)(?![\s-]held)/, ['hand']],
  [/\b(?:hips?|pelvis|pelvic|groin)\b/, ['hip']],
  // A knee scooter or walker carries a foot off the ground: a device, not the knee.
  [/\b(?:knees?(?![\s-]+(?:scooters?|walkers?)\b)|patellar?)\b/, ['knee']],
  [/\b(?:ankles?|foot|feet)\b/, ['foot']],
  [/\bhead\b(?<!\b(?:radial|humeral|femoral|metatarsal)\s+head)|\bbrain\b/, ['head']],
  [/\bupper\s+extremit(?:y|ies)\b|\barms?\b|\b[RLB]UEs?\b/, UPPER_LIMB],
  [/\blower\s+extremit(?:y|ies)\b|\blegs?\b|\b[RLB]LEs?\b/, LOWER_LIMB],
];
const TESTS = WORDS.map(([re, regions]) => [new RegExp(re.source, 'i'), regions] as const);
// All of WORDS in one pattern, tried at one offset (sticky).
const ANY_AT = new RegExp(WORDS.map(([re]) => `(${re.source})`).join('|'), 'iy');
/**
 * Pattern source of the words a region word can start with, for a search from a word's start
 * (`\b`): every pattern of WORDS begins at the start of a word that begins with one of these ("C"
 * of "C-spine", "C5" of "C5-6", "low" of "low back"), so regionWordAt need be tried only there.
 * A match runs to the end of its word.
 */
export const REGION_STARTS = String.raw`(?:cervical|lumbar|lumbosacral|thoracolumbar|thoracic|[ctl]\b|c[1-7]|l[1-5]|neck|mid|upper|low|back|sacroiliac|si\b|spin|shoulder|rotator|elbow|forearm|wrist|finger|thumb|carpal|hand|hip|pelvi|groin|knee|patella|ankle|foot|feet|head|brain|arm|[rlb][ul]e|leg)\w*`;

/** The regions a short text (an item's title, a phrase) names; empty when it names none. */
export function regionsIn(text: string): Region[] {
  const out = new Set<Region>();
  for (const [re, regions] of TESTS) if (re.test(text)) for (const r of regions) out.add(r);
  return [...out];
}

export interface RegionWord {
  index: number;
  text: string;
  regions: Region[];
}

/**
 * The word naming a region that starts at `index` of a text, if any. Tried at every offset, in
 * order and from the end of the last word found, it finds every word of the text that names a
 * region; REGION_STARTS tells the few offsets worth trying.
 */
export function regionWordAt(text: string, index: number): RegionWord | undefined {
  ANY_AT.lastIndex = index;
  const m = ANY_AT.exec(text);
  if (!m) return undefined;
  let group = 1;
  while (m[group] === undefined) group++;
  return { index, text: m[0], regions: WORDS[group - 1][1] };
}

const CHAPTER_WORDS: [RegExp, Region[]][] = [
  [/\b(?:neck|cervical)\b/i, ['cervical', 'thoracic']],
  [/\b(?:low(?:er)?\s+back|lumbar)\b/i, ['lumbar', 'thoracic']],
  [/\bshoulder\b/i, ['shoulder']],
  [/\belbow\b/i, ['elbow']],
  [/\b(?:forearm|wrist|hand|carpal)\b/i, ['hand']],
  [/\b(?:hips?|pelvis|groin)\b/i, ['hip']],
  [/\bknee\b/i, ['knee']],
  [/\b(?:ankle|foot)\b/i, ['foot']],
  [/^head\b/i, ['head']],
];

/**
 * The regions a guideline chapter covers, from its title: "Neck and Upper Back Complaints",
 * "Low Back – Lumbar & Thoracic (Acute & Chronic)", "Knee & Leg", "Hip and Groin Disorders".
 * The neck chapters cover the upper back and the low back chapters the thoracic spine (ODG's
 * "Lumbar & Thoracic"), so a thoracic item fits either. Chapters of no region ("Pain (Chronic)",
 * "General Approaches", "Eye") give none.
 */
export function chapterRegions(title: string): Region[] {
  const out = new Set<Region>();
  for (const [re, regions] of CHAPTER_WORDS) if (re.test(title)) for (const r of regions) out.add(r);
  return [...out];
}

export interface Criterion {
  re: RegExp;
  /** Pattern source of its key words: every match of `re` has one at the start of a word, so a text without them has none. */
  keys: string;
  regions: Region[];
  what: string;
  /** A chapter's name, never the worker's: read in any sentence (a condition is not read in one about the worker). */
  chapter?: boolean;
}

/**
 * Guideline criteria that belong to one region's chapters. "Unequivocal objective findings that
 * identify specific nerve compromise on the neurologic examination" is the imaging criterion of
 * ACOEM's neck (ch. 8) and low back (ch. 12) chapters; the conditions name one joint's disorders.
 */
export const CRITERIA: Criterion[] = [
  {
    re: /\bspecific\s+nerve\s+compromise\b/gi,
    keys: 'compromise',
    regions: SPINE,
    what: 'the imaging criterion of the neck and low back chapters (ACOEM 2004, Chapters 8 and 12)',
  },
  // An ACOEM 2004 chapter (as the MTUS adopted it) named in a rationale's words: "The MTUS/ACOEM
  // (Low Back Complaints) guidelines recommend ...".
  {
    re: /\bneck\s+and\s+upper\s+back\s+complaints\b/gi,
    keys: String.raw`neck\s+and\s+upper\s+back\s+complaints`,
    regions: ['cervical', 'thoracic'],
    what: 'the Neck and Upper Back Complaints chapter (ACOEM 2004, Chapter 8)',
    chapter: true,
  },
  {
    re: /\blow\s+back\s+complaints\b/gi,
    keys: String.raw`low\s+back\s+complaints`,
    regions: ['lumbar', 'thoracic'],
    what: 'the Low Back Complaints chapter (ACOEM 2004, Chapter 12)',
    chapter: true,
  },
  {
    re: /\bshoulder\s+complaints\b/gi,
    keys: String.raw`shoulder\s+complaints`,
    regions: ['shoulder'],
    what: 'the Shoulder Complaints chapter (ACOEM 2004, Chapter 9)',
    chapter: true,
  },
  {
    re: /\bknee\s+complaints\b/gi,
    keys: String.raw`knee\s+complaints`,
    regions: ['knee'],
    what: 'the Knee Complaints chapter (ACOEM 2004, Chapter 13)',
    chapter: true,
  },
  {
    re: /\bankle\s+and\s+foot\s+complaints\b/gi,
    keys: String.raw`ankle\s+and\s+foot\s+complaints`,
    regions: ['foot'],
    what: 'the Ankle and Foot Complaints chapter (ACOEM 2004, Chapter 14)',
    chapter: true,
  },
  {
    re: /\bforearm,?\s+wrist,?\s+(?:and|&)\s+hand\s+complaints\b/gi,
    keys: String.raw`forearm,?\s+wrist,?\s+(?:and|&)\s+hand\s+complaints`,
    regions: ['hand'],
    what: 'the Forearm, Wrist, and Hand Complaints chapter (ACOEM 2004, Chapter 11)',
    chapter: true,
  },
  // A guideline's chapter named by its region in a rationale's words: "Per the MTUS low back
  // chapter", "the ODG Knee & Leg chapter" (the chapters of ACOEM and of the ODG are by region).
  ...(
    [
      [String.raw`low(?:er)?\s+back`, ['lumbar', 'thoracic'], 'low back'],
      [String.raw`neck(?:\s+(?:and|&)\s+upper\s+back)?`, ['cervical', 'thoracic'], 'neck and upper back'],
      ['shoulder', ['shoulder'], 'shoulder'],
      ['elbow', ['elbow'], 'elbow'],
      [String.raw`(?:forearm,?\s+)?wrist(?:,?\s+(?:and|&)\s+hand)?`, ['hand'], 'wrist and hand'],
      [String.raw`knee(?:\s+(?:and|&)\s+leg)?`, ['knee'], 'knee'],
      [String.raw`ankle(?:\s+(?:and|&)\s+foot)?`, ['foot'], 'ankle and foot'],
    ] as [string, Region[], string][]
  ).map(([words, regions, name]): Criterion => ({
    re: new RegExp(String.raw`\b${words}\s+chapter\b`, 'gi'),
    keys: String.raw`${words}\s+chapter\b`,
    regions,
    what: `a guideline chapter for the ${name} (ACOEM and the ODG have one chapter per body region)`,
    chapter: true,
  })),
  // The same chapters by number, or by a table's number: "ACOEM Chapter 13, Table 13-2".
  ...ACOEM_2ND_CHAPTERS.filter((c) => c.inMtus === 'yes' && chapterRegions(c.title).length).map(({ chapter: n, title }): Criterion => ({
    re: new RegExp(String.raw`\bACOEM\s+(?:[\w,]+\s+){0,3}?Chapter\s+${n}\b|\bTable\s+${n}-\d+\b`, 'gi'),
    keys: String.raw`chapter\s+${n}\b|table\s+${n}-\d`,
    regions: chapterRegions(title),
    what: `the ${title} chapter (ACOEM 2004, Chapter ${n})`,
    chapter: true,
  })),
  // The first indications for an MRI in the ODG Low Back and Neck and Upper Back chapters.
  {
    re: /\buncomplicated\s+low\s+back\s+pain\b/gi,
    keys: 'uncomplicated',
    regions: ['lumbar'],
    what: 'an indication for MRI of the ODG Low Back chapter',
  },
  {
    re: /\bchronic\s+neck\s+pain\s+\(=?\s*after\s+3\s+months/gi,
    keys: 'chronic',
    regions: ['cervical'],
    what: 'an indication for MRI of the ODG Neck and Upper Back chapter',
  },
  {
    re: /\bpatell(?:ar|a)\s+tendin\w*|\bpatellofemoral\b|\bmenisc(?:us|al|i)\b|\b(?:anterior|posterior)\s+cruciate\b/gi,
    keys: 'patell|menisc|cruciate',
    regions: ['knee'],
    what: 'a condition of the knee',
  },
  { re: /\brotator\s+cuff\b/gi, keys: 'rotator', regions: ['shoulder'], what: 'a condition of the shoulder' },
  { re: /\bepicondyl\w*|\btennis\s+elbow\b/gi, keys: 'epicondyl|tennis', regions: ['elbow'], what: 'a condition of the elbow' },
  {
    re: /\bde\s?Quervain\w*|\btrigger\s+finger\b/gi,
    keys: String.raw`de\s?quervain|trigger`,
    regions: ['hand'],
    what: 'a condition of the wrist and hand',
  },
  { re: /\bplantar\s+fasci\w*|\bAchilles\b/gi, keys: 'plantar|achilles', regions: ['foot'], what: 'a condition of the ankle and foot' },
];

/** Regions in plain words: "neck (cervical spine) or upper back (thoracic spine)". */
export function regionNames(regions: readonly Region[]): string {
  return regions.map((r) => REGION_NAMES[r]).join(' or ');
}

/** Whether two sets of regions share one. */
export function regionsMeet(first: readonly Region[], second: readonly Region[]): boolean {
  return first.some((r) => second.includes(r));
}
