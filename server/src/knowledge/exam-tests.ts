// Named provocative tests of the orthopedic and neurological examination, and the body regions
// each examines. A test is done on its own region: a Patrick (FABER) test loads the hip and the
// sacroiliac joint, a Neer test the shoulder, a McMurray test the knee's menisci. Tests of a nerve
// anywhere along its course (Tinel's sign) or of the cord (Hoffmann's sign) have no one region and
// are left out. Straight leg raising and Spurling's test provoke a spinal nerve root through its
// limb: each fits its limb as well as its part of the spine.

import type { Region } from './regions';
import type { Sourced } from './types';

export interface ExamTest extends Sourced {
  /** How a letter names it, for a message: "Patrick (FABER) test". */
  name: string;
  /** Regular-expression source of its names, matched case-insensitively; no capturing groups. */
  pattern: string;
  /** The regions it examines. */
  regions: Region[];
  /** What it examines, in plain words: "the hip and the sacroiliac joint". */
  examines: string;
}

// Standard physical examination (e.g. Magee, Orthopedic Physical Assessment), recalled, not re-read.
const EXAM = 'clinical vocabulary: the orthopedic physical examination (e.g. Magee, Orthopedic Physical Assessment)';
const LOWER_LIMB: Region[] = ['lumbar', 'hip', 'knee', 'foot'];
const UPPER_LIMB: Region[] = ['cervical', 'shoulder', 'elbow', 'hand'];

const test = (name: string, pattern: string, regions: Region[], examines: string): ExamTest => ({
  name,
  pattern,
  regions,
  examines,
  source: EXAM,
  verified: false,
});

export const EXAM_TESTS: readonly ExamTest[] = [
  test('Patrick (FABER) test', String.raw`patrick'?s?|fabere?`, ['hip', 'lumbar'], 'the hip and the sacroiliac joint'),
  test("Gaenslen's test", String.raw`gaenslen'?s?`, ['hip', 'lumbar'], 'the sacroiliac joint'),
  test(
    'straight leg raise',
    String.raw`straight[\s-]+leg[\s-]+rais(?:e|es|ing)|SLR|las[eè]gue'?s?`,
    LOWER_LIMB,
    'the lumbar and sacral nerve roots through the leg',
  ),
  test("Kemp's test", String.raw`kemp'?s?`, ['lumbar', 'thoracic'], 'the lumbar facet joints'),
  test("Spurling's test", String.raw`spurling'?s?`, UPPER_LIMB, 'the cervical nerve roots through the arm'),
  test("Phalen's test", String.raw`phalen'?s?`, ['hand'], 'the median nerve at the wrist'),
  test("Finkelstein's test", String.raw`finkelstein'?s?`, ['hand'], 'the thumb tendons at the wrist'),
  test('Neer test', String.raw`neer'?s?`, ['shoulder'], 'the shoulder'),
  test('Hawkins test', String.raw`hawkins(?:'s?|-kennedy)?`, ['shoulder'], 'the shoulder'),
  test('empty can test', String.raw`empty[\s-]+can|jobe'?s?`, ['shoulder'], 'the shoulder'),
  test("Speed's test", String.raw`speed's`, ['shoulder'], 'the biceps tendon at the shoulder'),
  test("Yergason's test", String.raw`yergason'?s?`, ['shoulder'], 'the biceps tendon at the shoulder'),
  test("O'Brien's test", String.raw`o'?brien'?s?`, ['shoulder'], 'the shoulder'),
  test("McMurray's test", String.raw`mcmurray'?s?`, ['knee'], 'the menisci of the knee'),
  test('Lachman test', String.raw`lachman'?s?`, ['knee'], 'the anterior cruciate ligament of the knee'),
  test("Apley's test", String.raw`apley'?s?(?!\s+scratch)`, ['knee'], 'the menisci of the knee'),
  test("Cozen's test", String.raw`cozen'?s?`, ['elbow'], 'the lateral epicondyle of the elbow'),
];
