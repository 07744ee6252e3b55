// Shared by the fuzz suites (test/unit/fuzz-*.test.ts, test/protocol/fuzz-*.test.ts): how many
// cases to run, how to replay a failure, and the pieces random text is made of.
//
//   npx mocha            (part of npm test) each property at its default size, seconds in all
//   npm run fuzz         FUZZ_SCALE=100 (or as set): 100 times as many cases of each, minutes
//
// A failure prints fast-check's seed and path; replay it with, for example,
//   FUZZ_SEED=1056341842 FUZZ_PATH="84:1:2:3:2:3" npx mocha --config test/fuzz/mocharc.json --grep "arbitrary strings"

import fc from 'fast-check';
import { LAYOUTS } from '../../server/src/letter';

const scale = Number(process.env.FUZZ_SCALE ?? 1);
if (!(scale > 0)) throw new Error(`FUZZ_SCALE must be a positive number, not ${process.env.FUZZ_SCALE}`);

/** A test's time limit: `ms` for the default run, as much more as it has cases under FUZZ_SCALE. */
export const fuzzTimeout = (ms: number): number => ms * Math.max(1, scale);

/** fast-check parameters for a property with `runs` cases in the default run. */
export function fuzzParams<T>(runs: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: Math.max(1, Math.round(runs * scale)),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

/** Every line break the model knows (as LSP counts lines, plus U+2028 and U+2029). */
export const LINE_BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029'] as const;

/** Splits at every line break of the model: CRLF is one break. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** The LF text with its n-th line feed replaced by LINE_BREAKS[picks[n % picks.length]]. */
export function withLineEnds(lf: string, picks: number[]): string {
  const lines = lf.split('\n');
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    let end: string = LINE_BREAKS[picks[i % picks.length]];
    if (end === '\n' && out.endsWith('\r')) end = '\r\n'; // CR then LF would be one line break, not two
    out += end + lines[i];
  }
  return out;
}

/** Text that is hard to read: non-ASCII letters, astral characters, lone surrogates, controls. */
export const awkward = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('é', 'ñ', '’', '“', '½', '\u00a0', '\u200b', '\ufeff', '😀', '𝔸', 'Â®', 'â€™', '\0', '\t', '\f', '\v', '\x1b[31m'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...LINE_BREAKS),
);

/** Every layout's signatures, headings and item part labels. */
const LAYOUT_WORDING = LAYOUTS.flatMap((l) => [...l.signatures, ...l.headings.map((h) => h.text), ...Object.values(l.parts ?? {})]);

/** Pieces of letters: headings, labels, decisions, dates, doses, and numbers no letter has. */
export const letterish = fc.constantFrom(
  ...LAYOUT_WORDING.map((s) => `${s}\n`),
  'Case Number: CM16-0213037\n',
  'Date of Injury: 03/04/2011\n',
  'Date of UR Decision: 13/45/2016\n',
  'Application Received: 02/30/2016\n',
  'Norco 10/325mg #120: Upheld\n',
  'Physical therapy 2x6 lumbar spine:\nOverturned\n',
  ': Upheld\n',
  'Decision rationale: not medically necessary.',
  'Claims Administrator guideline: Decision based on MTUS Page(s): 74-95',
  'The patient is a 45 year old female. He ',
  'left knee ',
  'right ',
  'dated ',
  '[DATE] ',
  '9'.repeat(40),
  '99999999999999999999/99/99999',
  '0/0/0',
  '1e308 mg',
  String(Number.MAX_SAFE_INTEGER) + ' tablets',
  '-1 years',
  '12-'.repeat(40),
);

/** Any piece of text an edit may insert. */
export const insertion = fc.oneof(awkward, letterish);
