// Where words place a finding on the body: the regions they name (the knowledge table's, and the
// finer words of a finding it leaves out), the limbs those belong to, and the sides.

import { regionsIn, type Region } from '../knowledge/regions';

/** The limb a nerve root serves. */
export type Limb = 'upper' | 'lower';
export type Side = 'left' | 'right';

/** Where the words around a mention place it on the body. */
export interface Place {
  /** The body regions named (../knowledge/regions.ts): a limb's word names its parts ("arm": shoulder, elbow, hand, neck). */
  regions: readonly Region[];
  /** The limbs those regions belong to. */
  limbs: readonly Limb[];
  /** The sides named; both for "bilateral". */
  sides: readonly Side[];
}

// Region words of a finding the knowledge table (../knowledge/regions.ts) leaves out, as it names
// what an item or a chapter is about: a single nerve root ("the left L5 dermatome"), the back
// alone, parts of a limb.
const MORE_REGIONS: [string, Region[]][] = [
  [String.raw`paracervical|C[2-8]`, ['cervical']],
  [String.raw`L[1-5]|S[12]|sciatic`, ['lumbar']],
  ['back', ['lumbar', 'thoracic']],
  [String.raw`thighs?|calf|calves|buttocks?`, ['hip', 'knee', 'foot', 'lumbar']],
  [String.raw`heels?|toes?`, ['foot']],
];
const MORE_REGION = new RegExp(String.raw`\b(?:${MORE_REGIONS.map(([words]) => `(${words})`).join('|')})\b`, 'gi');
const LIMB: Partial<Record<Region, Limb>> = {
  cervical: 'upper',
  shoulder: 'upper',
  elbow: 'upper',
  hand: 'upper',
  lumbar: 'lower',
  hip: 'lower',
  knee: 'lower',
  foot: 'lower',
};
// A side, not handedness ("right hand dominant", "right-handed"); "bilateral" and "both legs" name both.
const SIDE =
  /\b(?:(left|right)\b(?![\s-]*(?:hand[\s-]+)?dominan|[\s-]*handed)|bilateral(?:ly)?\b|both\s+(?:sides|(?:upper\s+|lower\s+)?(?:extremities|limbs|arms|legs|hands|wrists|elbows|shoulders|hips|knees|ankles|feet))\b)/gi;

/** Where the words place a finding on the body. */
export function placeIn(words: string): Place {
  const regions = new Set<Region>(regionsIn(words));
  MORE_REGION.lastIndex = 0;
  for (let m = MORE_REGION.exec(words); m; m = MORE_REGION.exec(words)) {
    let k = 1;
    while (m[k] === undefined) k++;
    for (const r of MORE_REGIONS[k - 1][1]) regions.add(r);
  }
  const limbs = new Set<Limb>();
  for (const r of regions) {
    const limb = LIMB[r];
    if (limb) limbs.add(limb);
  }
  const sides = new Set<Side>();
  SIDE.lastIndex = 0;
  for (let m = SIDE.exec(words); m; m = SIDE.exec(words)) {
    if (m[1]) sides.add(m[1].toLowerCase() as Side);
    else sides.add('left').add('right');
  }
  return { regions: [...regions], limbs: [...limbs], sides: [...sides] };
}
