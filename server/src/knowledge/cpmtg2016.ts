// MTUS Chronic Pain Medical Treatment Guidelines (2016): the section names Era-B letters cite.
// Names come from the project's notes (reference/domain.md §3.1) and the DWC-published letters;
// what a section covers is said only as far as the notes support it. A plain gloss of the name is
// marked verified (the name itself is attested); a sentence that leans on figures the notes took
// from the 2009 edition without checking them is not.

import { matchKey, type Sourced } from './types';
import { CPMTG_2016_DOC } from './sources';

export interface GuidelineSection extends Sourced {
  name: string;
  /** Other spellings seen in letters. */
  aliases?: string[];
  covers: string;
  /** CPMTG 2016 page where known (not checked against the published guideline). */
  page2016?: string;
}

export const CPMTG_2016_TITLE = 'MTUS Chronic Pain Medical Treatment Guidelines (2016)';

const NAMES = CPMTG_2016_DOC;
/** Section names as the DWC-published letters of Dec 2016 – Feb 2017 cite them. */
const REAL = CPMTG_2016_DOC;
/** What these entries say is taken from the 2009 edition; the explanation's note says it is not checked. */
const UNCHECKED = { source: CPMTG_2016_DOC, unchecked: 'content taken from the 2009 edition' };
const PAGE_UNCHECKED = { source: CPMTG_2016_DOC, unchecked: 'the 2016 page number' };

/** A verified section entry, named as the notes (or, for `real`, the DWC-published letters) give it. */
const entry =
  (source: string) =>
  (name: string, covers: string, aliases?: string[]): GuidelineSection =>
    aliases ? { name, aliases, covers, source, verified: true } : { name, covers, source, verified: true };
const n = entry(NAMES);
const real = entry(REAL);

export const CPMTG_2016_SECTIONS: readonly GuidelineSection[] = [
  n(
    'Introduction',
    'Introduction and definitions: chronic pain is pain lasting three or more months from onset; functional improvement is a clinically significant gain in activities of daily living or less work restriction, plus less dependence on continued medical treatment.',
  ),
  {
    name: 'Physical medicine treatment',
    aliases: ['Physical Medicine'],
    covers:
      'Physical and occupational therapy: visits fade from up to 3 a week to 1 or less plus home exercise; myalgia/myositis 9–10 visits over 8 weeks, neuralgia/neuritis/radiculitis 8–10 over 4 weeks, CRPS 24 over 16 weeks (2009 figures; a 2017 letter quoting the 2016 table gives 26 over 16 weeks).',
    ...UNCHECKED,
    verified: false,
  },
  n('Electrodiagnostic testing (EMG/NCS)', 'Electrodiagnostic testing: electromyography (EMG) and nerve conduction studies (NCS).'),
  {
    name: 'Topical analgesics',
    aliases: ['Topical analgesics, compounded'],
    covers:
      'Topical analgesics, including compounded creams: a compound that contains any ingredient that is not recommended is not recommended.',
    ...UNCHECKED,
    verified: false,
  },
  n('Manual therapy & manipulation', 'Manual therapy and manipulation (chiropractic care).'),
  n('Muscle relaxants (for pain)', 'Muscle relaxants used for pain.'),
  n('Cyclobenzaprine (Flexeril)', 'Cyclobenzaprine (Flexeril), a muscle relaxant.'),
  n(
    'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
    'Transcutaneous electrical nerve stimulation (TENS) for chronic pain.',
    ['TENS, chronic pain', 'TENS'],
  ),
  n('Office visits', 'Office visits (follow-up evaluation and management visits).'),
  n('Proton Pump Inhibitors (PPIs)', 'Proton pump inhibitors (omeprazole, esomeprazole, pantoprazole, lansoprazole).'),
  n('NSAIDs (non-steroidal anti-inflammatory drugs)', 'Non-steroidal anti-inflammatory drugs.', ['NSAIDs']),
  {
    name: 'NSAIDs, GI symptoms & cardiovascular risk',
    covers:
      'NSAIDs and gastrointestinal or cardiovascular risk: when gastro-protection such as a proton pump inhibitor is added (2009 pp. 68–69).',
    ...UNCHECKED,
    verified: false,
  },
  real('NSAIDs, specific drug list & adverse effects', 'NSAIDs: the specific drug list and adverse effects.'),
  real('NSAIDs, hypertension and renal function', 'NSAIDs: effects on blood pressure and kidney function.'),
  real('Anti-inflammatory medications', 'Anti-inflammatory medications.'),
  real('Naproxen (Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan)', 'Naproxen and naproxen sodium, NSAIDs.', ['Naproxen']),
  n('Compound drugs', 'Compounded drug products.'),
  n('Ultrasound, therapeutic', 'Therapeutic ultrasound.'),
  n('Antidepressants for chronic pain', 'Antidepressants for chronic pain, including tricyclics.', [
    'Antidepressants for chronic pain, Tricyclics',
    'Antidepressants for chronic pain (Tricyclics)',
  ]),
  n('Psychological evaluations', 'Psychological evaluations.'),
  n('Psychological treatment', 'Psychological treatment.'),
  n('Thermography (infrared stress thermography)', 'Thermography (infrared stress thermography).', ['Thermography']),
  n('Biofeedback', 'Biofeedback.'),
  n('Benzodiazepines', 'Benzodiazepines.', ['Benzodiazepine dependence, maintenance']),
  n('Lidoderm (lidocaine patch)', 'Lidoderm, the lidocaine 5 % patch.', ['Lidoderm']),
  n('Flector patch', 'Flector, the diclofenac epolamine patch (a topical NSAID).'),
  n('Antiemetics (for opioid nausea)', 'Antiemetics for nausea caused by opioids.'),
  n('Opioid-induced constipation treatment', 'Treatment of constipation caused by opioids.'),
  n('Celebrex (celecoxib)', 'Celecoxib, a COX-2 selective NSAID.', ['Celebrex']),
  n('Gabapentin (Neurontin)', 'Gabapentin, an antiepilepsy drug used for neuropathic pain.', ['Gabapentin']),
  n('Antiepilepsy drugs (AEDs) for pain', 'Antiepilepsy drugs used for pain.', ['Antiepilepsy drugs (AEDs)']),
  n('Insomnia treatment', 'Treatment of insomnia.'),
  n('Low-Level Laser Therapy (LLLT)', 'Low-level laser therapy.', ['Low-Level Laser Therapy']),
  { name: 'Facet blocks', covers: 'Facet joint blocks.', page2016: '82 (therapeutic facet blocks)', ...PAGE_UNCHECKED, verified: false },
  n('CRPS, diagnostic tests', 'Diagnostic tests for complex regional pain syndrome.'),
  {
    name: 'Epidural steroid injections (ESIs)',
    covers: 'Epidural steroid injections.',
    page2016: '81',
    ...PAGE_UNCHECKED,
    verified: false,
  },
  { name: 'Home health services', covers: 'Home health services.', page2016: '89–90', ...PAGE_UNCHECKED, verified: false },
  real('Tramadol (Ultram)', 'Tramadol, a weak opioid.'),
  real('Capsaicin, topical (chili pepper/cayenne pepper)', 'Topical capsaicin.', ['Capsaicin, topical', 'Capsaicin']),
  real('Work conditioning, work hardening', 'Work conditioning and work hardening programs.'),
  real('Diabetic neuropathy', 'Diabetic neuropathy.'),
  real('Drug testing', 'Drug testing (urine drug screens).'),
  real('Barbiturate-containing analgesic agents', 'Barbiturate-containing analgesics such as Fioricet.', [
    'Barbiturate-containing analgesic agents (BCAs)',
  ]),
];

function keysOf(sec: GuidelineSection): string[] {
  return [sec.name, ...(sec.aliases ?? [])].map(matchKey);
}

/** The section a cited name refers to: exact key match, else the longest name the citation starts with. */
export function findSection(table: readonly GuidelineSection[], cited: string): GuidelineSection | undefined {
  const key = matchKey(cited);
  if (!key) return undefined;
  const exact = table.find((sec) => keysOf(sec).includes(key));
  if (exact) return exact;
  let best: GuidelineSection | undefined;
  let bestLen = 0;
  for (const sec of table) {
    for (const k of keysOf(sec)) {
      if (k.length >= 4 && key.startsWith(k) && k.length > bestLen) {
        best = sec;
        bestLen = k.length;
      }
    }
  }
  return best;
}

export function cpmtg2016Section(cited: string): GuidelineSection | undefined {
  return findSection(CPMTG_2016_SECTIONS, cited);
}
