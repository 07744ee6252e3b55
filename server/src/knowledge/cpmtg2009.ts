// MTUS Chronic Pain Medical Treatment Guidelines (2009): page -> topic, for page-cited (Era A)
// letters. From the project's notes (reference/domain.md §3.1): `s` rows pair a page and a topic
// the way an IMR determination cites them (verified); `r` rows are the notes' recollection of the
// guideline's index, not checked against its text (unverified). Rows with sub-page anchors are
// split so that a single page finds its narrowest topic. A row's `source` is the document; the
// hover adds the row's pages.

import { matchKey, type Sourced } from './types';
import { CPMTG_2009_DOC, CPMTG_2016_DOC } from './sources';

export interface PageTopic extends Sourced {
  from: number;
  to: number;
  topic: string;
}

/** The guideline text runs to about page 127; a 559-page reference appendix follows. */
export const CPMTG_2009_LAST_PAGE = 127;

export const CPMTG_2009_TITLE = 'MTUS Chronic Pain Medical Treatment Guidelines (2009)';

function s(from: number, to: number, topic: string): PageTopic {
  return { from, to, topic, source: CPMTG_2009_DOC, verified: true };
}
function r(from: number, to: number, topic: string): PageTopic {
  return { from, to, topic, source: CPMTG_2009_DOC, verified: false };
}

export const CPMTG_2009_PAGES: readonly PageTopic[] = [
  r(1, 1, 'Introduction (definitions, functional improvement)'),
  s(8, 8, 'Pain outcomes and endpoints'),
  r(11, 12, 'Acetaminophen (APAP)'),
  r(13, 16, 'Antidepressants for chronic pain'),
  r(16, 22, 'Antiepilepsy drugs (AEDs)'),
  r(18, 19, 'Antiepilepsy drugs: gabapentin (Neurontin)'),
  r(19, 20, 'Antiepilepsy drugs: pregabalin (Lyrica)'),
  r(21, 21, 'Antiepilepsy drugs: topiramate (Topamax)'),
  r(22, 22, 'Aquatic therapy'),
  s(23, 23, 'Behavioral interventions'),
  s(24, 24, 'Benzodiazepines'),
  r(24, 25, 'Biofeedback'),
  r(25, 26, 'Botulinum toxin'),
  r(26, 27, 'Buprenorphine'),
  r(28, 29, 'Capsaicin, topical'),
  r(29, 29, 'Carisoprodol (Soma)'),
  r(30, 34, 'Chronic pain programs (functional restoration programs)'),
  r(32, 33, 'Chronic pain programs: early intervention'),
  r(35, 40, 'CRPS: diagnostic criteria, medications, sympathetic blocks (page range least certain)'),
  r(41, 42, 'Cyclobenzaprine (Flexeril)'),
  r(42, 42, 'Detoxification'),
  r(43, 43, 'Drug testing'),
  s(44, 44, 'Duragesic (fentanyl transdermal system)'),
  r(46, 46, 'Epidural steroid injections (ESIs)'),
  r(46, 47, 'Exercise'),
  r(49, 49, 'Functional restoration programs; gabapentin cross-reference'),
  r(50, 50, 'Glucosamine'),
  r(51, 51, 'Home health services'),
  r(52, 54, 'Implantable drug-delivery systems'),
  r(56, 57, 'Lidoderm (lidocaine patch)'),
  r(58, 60, 'Manual therapy & manipulation'),
  r(60, 60, 'Massage therapy; Medications for chronic pain'),
  r(61, 62, 'Methadone'),
  r(63, 66, 'Muscle relaxants (for pain)'),
  s(63, 64, 'Muscle relaxants (for pain)'),
  r(64, 65, 'Muscle relaxants (for pain): antispasmodics'),
  r(64, 64, 'Muscle relaxants (for pain): antispasmodics, cyclobenzaprine'),
  r(65, 65, 'Muscle relaxants (for pain): antispasmodics, methocarbamol and orphenadrine'),
  r(66, 66, 'Muscle relaxants (for pain): tizanidine'),
  r(67, 73, 'NSAIDs (non-steroidal anti-inflammatory drugs)'),
  r(68, 69, 'NSAIDs, GI symptoms & cardiovascular risk (proton pump inhibitors)'),
  r(70, 73, 'NSAIDs, specific drug list & adverse effects'),
  s(74, 96, 'Opioids (the whole chapter)'),
  r(76, 80, 'Opioids, criteria for use'),
  r(76, 77, 'Opioids, criteria for use: initiating therapy'),
  s(78, 78, 'Opioids, criteria for use: on-going management (the "4 A\'s": analgesia, activities, adverse effects, aberrant behaviour)'),
  r(79, 79, 'Opioids, criteria for use: when to discontinue'),
  s(80, 80, 'Opioids, criteria for use: when to continue; opioids for chronic pain'),
  r(80, 82, 'Opioids for chronic pain'),
  r(82, 82, 'Opioids for neuropathic pain'),
  r(83, 83, 'Opioids for osteoarthritis'),
  r(86, 87, 'Opioids, dosing: total daily dose under 120 mg oral morphine equivalents; conversion table'),
  r(88, 89, 'Opioids, long-term assessment'),
  r(89, 89, 'Opioids, pain treatment agreement'),
  r(91, 94, 'Opioids, specific drug list'),
  r(91, 91, 'Opioids, specific drug list: hydrocodone; screening for risk of addiction'),
  r(92, 92, 'Opioids, specific drug list: oxycodone'),
  r(93, 94, 'Opioids, specific drug list: tramadol'),
  r(94, 95, 'Opioids, steps to avoid misuse/addiction'),
  r(
    98,
    99,
    'Physical medicine (fading from up to 3 visits a week to 1 or less plus home exercise; myalgia/myositis 9–10 visits over 8 weeks; neuralgia/neuritis/radiculitis 8–10 over 4 weeks; CRPS 24 over 16 weeks)',
  ),
  s(100, 101, 'Psychological evaluations'),
  s(101, 102, 'Psychological treatment'),
  r(105, 105, 'Salicylate topicals'),
  r(105, 107, 'Spinal cord stimulators'),
  r(111, 113, 'Topical analgesics (a compound with any ingredient that is not recommended is not recommended)'),
  r(113, 113, 'Tramadol (Ultram)'),
  r(114, 116, 'TENS, chronic pain'),
  r(117, 118, 'H-wave stimulation'),
  r(118, 120, 'Interferential current stimulation'),
  r(121, 121, 'Neuromuscular electrical stimulation'),
  r(122, 122, 'Trigger point injections'),
  s(124, 124, 'Weaning of medications'),
  r(125, 125, 'Work conditioning, work hardening'),
];

/** CPMTG 2016 page numbers seen in 2016–17 letters (they differ from 2009's). */
export const CPMTG_2016_PAGES: readonly PageTopic[] = [
  { from: 81, to: 81, topic: 'Epidural steroid injections (ESIs)', source: CPMTG_2016_DOC, verified: false },
  { from: 82, to: 82, topic: 'Facet blocks, therapeutic', source: CPMTG_2016_DOC, verified: false },
  { from: 89, to: 90, topic: 'Home health services', source: CPMTG_2016_DOC, verified: false },
];

export interface PageLookup {
  /** The rows chosen to describe the range (empty when nothing is known). */
  rows: PageTopic[];
  covers?: string;
  verified: boolean;
}

/**
 * What pages from..to of a page table cover: the narrowest rows that contain the whole range,
 * else the rows the range overlaps (in page order, at most six).
 */
export function lookupPages(table: readonly PageTopic[], from: number, to: number): PageLookup {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const containing = table.filter((p) => p.from <= lo && p.to >= hi);
  let rows: PageTopic[];
  if (containing.length > 0) {
    const width = Math.min(...containing.map((p) => p.to - p.from));
    rows = containing.filter((p) => p.to - p.from === width);
  } else {
    rows = table.filter((p) => p.from <= hi && p.to >= lo).slice(0, 6);
  }
  if (rows.length === 0) return { rows, verified: false };
  return { rows, covers: rows.map((p) => p.topic).join('; '), verified: rows.every((p) => p.verified) };
}

export function cpmtg2009Pages(from: number, to: number = from): PageLookup {
  return lookupPages(CPMTG_2009_PAGES, from, to);
}

/** The widest 2009 rows whose topic starts with the given words ("Opioids" -> pp. 74–96). */
export function cpmtg2009Topic(name: string): PageTopic | undefined {
  const key = matchKey(name);
  if (key.length < 4) return undefined;
  const hits = CPMTG_2009_PAGES.filter((p) => matchKey(p.topic).startsWith(key));
  hits.sort((a, b) => b.to - b.from - (a.to - a.from) || Number(b.verified) - Number(a.verified));
  return hits[0];
}
