// Clinical concepts a decision rationale may say are missing from the records ("no documentation of
// radicular symptoms", "no physical examination was documented") and the words that name them in
// any clinical note. General medical vocabulary: each concept is the plain-language name of a
// finding or a record, with its general names and its specific members (a member says the concept
// is there; a general name may be denied, and is affirmed only where it is a finding by itself).
// Patterns are regular-expression sources, matched case-insensitively with white space folded.

import { EXAM_TESTS } from './exam-tests';
import type { Sourced } from './types';

export type ConceptId =
  | 'radicular'
  | 'neuroDeficit'
  | 'exam'
  | 'painScore'
  | 'rfa'
  | 'spasm'
  | 'motionLimited'
  | 'medications'
  | 'therapyReceived'
  | 'examTest'
  | 'improvement'
  | 'partTreated';

/**
 * What kind of statement names it: a symptom the worker reports, a sign an examiner finds, or a
 * record (an examination, a score, a form, a list) that the file holds or lacks.
 */
export type ConceptKind = 'symptom' | 'sign' | 'record';

export interface Concept extends Sourced {
  id: ConceptId;
  kind: ConceptKind;
  /** In plain words, for a claims adjuster: "radicular symptoms (pain, numbness or tingling spreading down an arm or leg)". */
  label: string;
  /** General names: denying one of them denies every member. */
  names: string[];
  /** Whether a general name in the case summary affirms the concept ("radicular pain" does; a diagnosis of "radiculopathy" is no objective sign). */
  namesAffirm: boolean;
  /** Groups of synonyms: denying a member denies its group only; any member affirms the concept. */
  members: string[][];
  /** At most this many words between a negation and the mention for the mention to be what is denied. */
  window: number;
  /**
   * How a denial that names a body region is answered: 'part' by a statement about that part (an
   * examination of the neck is none of the low back, a spasm of the neck none of the shoulder
   * girdle), 'limb' by one about the same limb (radicular symptoms of the hand and of the arm are
   * the same nerve roots').
   */
  scope: 'part' | 'limb';
  /**
   * Words that state a finding normal on examination, a denial of it in a rationale ("strength
   * 5/5", "sensation intact"): one list for each group of members, in their order.
   */
  normals?: string[][];
  /** Words that state the whole concept normal ("neurologically intact"): a denial of its general names. */
  normalNames?: string[];
  /** Words just after a denied mention that make the denial about something else ("no pain score with and without medication"). */
  about?: string;
  /** Words the summary's sentence must also hold for a mention there to affirm the concept. */
  context?: string;
  /** Whether a mention affirms the concept even in a plan or request (a Request for Authorization is one; "was prescribed" is one). */
  plansAffirm?: boolean;
}

// General clinical vocabulary, recalled (not re-read from these sources, hence unverified).
const SYMPTOMS =
  "clinical vocabulary: radicular symptoms and the sensory, motor and reflex examination (e.g. Bickley, Bates' Guide to Physical Examination)";
// Provocative tests a letter reports positive or negative: those of ./exam-tests.ts, and two of a
// nerve or of the cord that have no one region (Tinel's sign, Hoffmann's sign).
const TEST_WORDS = String.raw`(?:\s+(?:test(?:ing)?|signs?|maneuvers?))?`;
const PROVOCATIVE_TESTS = [...EXAM_TESTS.map((t) => t.pattern), String.raw`tinel'?s?`, String.raw`hoffmann?'?s?`];
const EXAM_SOURCE = 'clinical vocabulary: the orthopedic and neurological examination (e.g. Magee, Orthopedic Physical Assessment)';
const RECORDS =
  '8 CCR § 9792.9.1 (Request for Authorization, DWC Form RFA); MTUS Chronic Pain Medical Treatment Guidelines 2016 (pain assessment: VAS, numeric rating)';

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'radicular',
    kind: 'symptom',
    label: 'radicular symptoms (pain, numbness or tingling spreading down an arm or leg)',
    names: [
      'radicular(?:\\s+(?:pain|symptoms?|complaints?))?',
      'radicular-type(?:\\s+\\w+)?\\s+symptoms?',
      'radiculitis',
      'neuropathic\\s+(?:pain|symptoms?)',
      'radiating\\s+symptoms?',
    ],
    namesAffirm: true,
    members: [
      [
        'radiat(?:ing|es?|ed|ion)(?!\\s+(?:therapy|exposure|dose|oncolog))',
        'sciatica',
        'shooting\\s+pain',
        '(?:pain|symptoms)\\s+(?:going|travel(?:l)?ing|shooting|extending)\\s+(?:down|into)',
      ],
      ['par[aeu]{1,2}sthes(?:ia|iae|ias)', 'tingling', 'pins\\s+and\\s+needles'],
      ['numbness'],
    ],
    window: 6,
    scope: 'limb',
    source: SYMPTOMS,
    verified: false,
  },
  {
    id: 'neuroDeficit',
    kind: 'sign',
    label: 'neurological deficits on examination (signs of a compromised nerve)',
    names: [
      'neurolog(?:ic|ical)\\s+(?:deficits?|findings?|signs?|abnormalit(?:y|ies)|dysfunction|compromise|impairment|involvement)',
      '(?:nerve|nerve\\s+root|neural)\\s+(?:compromise|impingement|compression|impairment)',
      'radiculopathy',
      'radicular\\s+(?:findings?|signs?)',
      '(?:focal|motor|sensory)\\s+(?:neurolog(?:ic|ical)\\s+)?deficits?',
    ],
    namesAffirm: false,
    members: [
      [
        '(?:decreased|diminished|reduced|altered|absent|impaired|abnormal|loss\\s+of)\\s+(?:light\\s+touch\\s+|pinprick\\s+)?sensation',
        'hypoesthesia',
        'hypesthesia',
        'sensory\\s+loss',
        'sensation\\s+(?:was\\s+|is\\s+)?(?:decreased|diminished|reduced|altered|absent|impaired)',
      ],
      [
        '(?:decreased|diminished|reduced)\\s+(?:motor\\s+)?strength',
        '(?:[0-4](?:\\+|-)?|5-)\\s*(?:\\/|out\\s+of)\\s*5\\s+(?:motor\\s+)?strength',
        'strength\\s+(?:of\\s+|was\\s+|is\\s+|at\\s+)?(?:[0-4](?:\\+|-)?|5-)\\s*(?:\\/|out\\s+of)\\s*5',
        'motor\\s+weakness',
      ],
      [
        '(?:decreased|diminished|reduced|absent|hypoactive|depressed)\\s+(?:deep\\s+tendon\\s+)?reflex(?:es)?',
        'hyporeflexia',
        'reflex(?:es)?\\s+(?:were\\s+|was\\s+|are\\s+|is\\s+)?(?:decreased|diminished|reduced|absent|hypoactive)',
      ],
    ],
    normals: [
      [
        '(?:normal|intact|full)\\s+(?:light\\s+touch\\s+|(?:[CLST][1-8](?:\\s*(?:and|-|,|to)\\s*[CLST]?[1-8])*\\s+)?(?:dermatom(?:e|al)\\s+)?)?sensation',
        'sensation\\s+(?:is\\s+|was\\s+|were\\s+)?(?:grossly\\s+)?(?:intact|normal)',
      ],
      [
        '(?:normal|full)\\s+(?:motor\\s+)?strength',
        '5\\s*(?:\\/|of|out\\s+of)\\s*5\\s+(?:motor\\s+|muscle\\s+)?strength',
        '(?:motor\\s+)?strength\\s+(?:is\\s+|was\\s+|of\\s+)?(?:5\\s*\\/\\s*5|normal|full|intact)',
      ],
      [
        '(?:normal|symmetric(?:al)?)\\s+(?:deep\\s+tendon\\s+)?reflexes',
        'reflexes\\s+(?:are\\s+|were\\s+)?(?:normal|symmetric(?:al)?|intact)',
      ],
    ],
    normalNames: [
      'neurologically\\s+intact',
      'normal\\s+neurolog(?:ic|ical)\\s+(?:exam(?:ination)?|findings)',
      'neurolog(?:ic|ical)\\s+exam(?:ination)?\\s+(?:is\\s+|was\\s+)?(?:normal|intact|unremarkable)',
    ],
    window: 6,
    scope: 'limb',
    source: SYMPTOMS,
    verified: false,
  },
  {
    id: 'exam',
    kind: 'record',
    label: 'physical examination',
    names: [],
    namesAffirm: true,
    members: [
      ['(?:(?:physical|clinical|musculoskeletal|orthopedic|neurolog(?:ic|ical)|neurovascular|sensory|motor)\\s+)?exam(?:ination)?s?'],
    ],
    window: 4,
    scope: 'part',
    // "no physical examination findings to suggest a change": the findings are denied, not the examination.
    about: '(?:findings?|evidence|results?|signs?|documenting|indicating|suggesting|showing|demonstrating)',
    source: SYMPTOMS,
    verified: false,
  },
  {
    id: 'painScore',
    kind: 'record',
    label: 'pain score',
    names: [
      'VAS(?:\\s+(?:pain\\s+)?scores?)?',
      'visual\\s+analog(?:ue)?\\s+scale',
      'pain\\s+(?:scores?|scales?|levels?|ratings?|intensit(?:y|ies))',
      'numeric(?:al)?\\s+(?:pain\\s+)?rating(?:\\s+scale)?',
    ],
    namesAffirm: false,
    members: [
      [
        '(?<![\\d/.-])(?:10|\\d)(?:\\.\\d)?(?:\\s*(?:-|to)\\s*(?:10|\\d))?\\s*(?:\\/|out\\s+of)\\s*10\\b(?!\\s*(?:sessions?|visits?|treatments?))',
        'VAS\\s*(?:score\\s*)?(?:of\\s*|was\\s*|is\\s*|:\\s*|=\\s*)?\\d',
      ],
    ],
    window: 3,
    scope: 'part',
    // Scores before and after a treatment are another matter than a score at all.
    about:
      '(?:with|without|before|after|pre|post|on|off|while|following|relief|reduction|decrease|improvement|change|comparison|functional)',
    context: '\\b(?:pain|rat(?:ed|es|ing)|VAS|scale|level|score|intensity|severity)\\b',
    source: RECORDS,
    verified: false,
  },
  {
    id: 'rfa',
    kind: 'record',
    label: 'Request for Authorization',
    names: [],
    namesAffirm: true,
    members: [['RFA', 'request\\s+for\\s+authori[sz]ation(?:\\s+form)?']],
    window: 3,
    scope: 'part',
    plansAffirm: true,
    source: RECORDS,
    verified: false,
  },
  {
    id: 'spasm',
    kind: 'sign',
    label: 'muscle spasm',
    names: [],
    namesAffirm: true,
    members: [['(?:(?:muscle|muscular|paraspinal|paravertebral|paraspinous|lumbar|cervical|trapezius)\\s+)?(?:myo)?spasms?']],
    window: 5,
    scope: 'part',
    source: SYMPTOMS,
    verified: false,
  },
  {
    id: 'motionLimited',
    kind: 'sign',
    label: 'limited range of motion',
    names: [],
    namesAffirm: true,
    members: [
      [
        '(?:decreased|reduced|limited|restricted|diminished|painful)\\s+(?:active\\s+|passive\\s+)?(?:range\\s+of\\s+motion|ROM|motion|mobility)',
        '(?:range\\s+of\\s+motion|ROM)\\s+(?:was\\s+|is\\s+|were\\s+)?(?:decreased|reduced|limited|restricted|diminished)',
      ],
    ],
    // "full range of motion", "range of motion within normal limits": a rationale's denial of it.
    normals: [
      [
        '(?:full|normal)\\s+(?:active\\s+)?(?:range\\s+of\\s+motion|ROM|motion)',
        '(?:range\\s+of\\s+motion|ROM|motion)\\s+(?:was\\s+|is\\s+|were\\s+)?(?:full|normal|within\\s+normal\\s+limits)',
      ],
    ],
    window: 4,
    scope: 'part',
    source: SYMPTOMS,
    verified: false,
  },
  {
    id: 'medications',
    kind: 'record',
    label: 'medications taken or prescribed',
    names: ['medication\\s+list', 'list\\s+of\\s+(?:current\\s+)?medications', '(?:current\\s+)?medications'],
    namesAffirm: false,
    members: [
      [
        '(?:current\\s+|present\\s+|oral\\s+)?medications?\\s+(?:include[sd]?|including|consist(?:s|ed)?\\s+of|listed|(?:was|were)\\s+noted\\s+to\\s+include|regimen\\s+(?:listed|included|includes|of|consisted))',
        '(?:was|were|is|are|been)\\s+prescribed',
      ],
    ],
    window: 1,
    scope: 'part',
    plansAffirm: true,
    about: '(?:for|to|that|which|with|without|use|efficacy|benefit|relief|reduction|improvement|failure|trial|intoleran\\w*|side)',
    source: RECORDS,
    verified: false,
  },
  {
    id: 'therapyReceived',
    kind: 'record',
    label: 'conservative treatment already given (physical therapy, chiropractic care, acupuncture, massage)',
    // "Has not tried any conservative treatment" is answered by any of them; "no chiropractic care" by chiropractic care only.
    // "Therapy" alone ("persists despite therapy", "has not done any therapy"), not a named kind of it
    // ("occupational therapy", "opioid therapy", "trigger point injection therapy").
    names: [
      'conservative\\s+(?:treatment|care|therapy|therapies|measures|management|modalities)',
      '(?<!\\b(?:\\w+(?:al|ic|ive)|opioid|opiate|drug|medication|injection|infusion|shockwave|wave|laser|light|heat|cold|ice|oxygen|radiation|replacement|hormone|steroid|group|family|speech|hand|home|pool|water|aqua|massage|point|hardening|TENS|unit|mirror|trial|pain|sleep|combination|compound|cream|acid)\\s)therapy',
    ],
    namesAffirm: true,
    members: [
      // "PT" in capitals only (checked where mentions are read): "pt" is also the patient.
      ['physical\\s+therap(?:y|ies)', 'physiotherapy', 'PT'],
      ['chiropractic(?:\\s+(?:treatments?|care|therapy|manipulations?|adjustments?))?', 'chiropractor'],
      ['acupuncture'],
      ['massage(?:\\s+therapy)?'],
    ],
    window: 2,
    scope: 'part',
    about: '(?:notes?|progress|home|records?|reports?|sessions?|visits?|evaluation|plan|for|exceeding|beyond|benefit|improvement|response)',
    context:
      '\\b(?:to\\s+date|treatments?\\s+(?:rendered\\s+|received\\s+|provided\\s+|given\\s+)?(?:has\\s+|have\\s+)?(?:included|includes|consisted\\s+of)|has\\s+(?:had|undergone|completed|attended|received|tried)|(?:began|started|begun)|had\\s+(?:had|undergone|completed|attended|received)|completed|attended|underwent|received|prior|previous(?:ly)?|past|sessions\\s+of|visits\\s+of|status\\s+post)\\b',
    source: RECORDS,
    verified: false,
  },
  {
    id: 'partTreated',
    kind: 'record',
    label: 'treatment of the body part with a splint, brace, sling or cast',
    // "There is no documentation of treatment rendered to either the thumb or the shoulder" is
    // answered by "He uses a splint for the thumb".
    names: ['treatment\\s+(?:rendered|provided|given|directed)(?=\\s+(?:to|for)\\b)'],
    namesAffirm: false,
    members: [['splints?', 'braces?', 'slings?', 'casts?', 'immobilizers?', 'orthos[ie]s']],
    window: 3,
    scope: 'part',
    source: 'clinical vocabulary: immobilisation and support of an injured part (splint, brace, sling, cast)',
    verified: false,
  },
  {
    id: 'examTest',
    kind: 'sign',
    label: 'positive provocative test on examination',
    names: [],
    namesAffirm: true,
    // One group per test: a negative Tinel's sign is answered by a positive Tinel's sign only.
    members: PROVOCATIVE_TESTS.map((name) => [`(?:${name})${TEST_WORDS}`]),
    window: 3,
    scope: 'part',
    // In the summary a test named without its result ("Tinel's testing was performed") is no finding.
    context: String.raw`(?:\bpositive\b|\+|\belicited\b|\breproduc\w*)`,
    source: EXAM_SOURCE,
    verified: false,
  },
  {
    id: 'improvement',
    kind: 'sign',
    label: 'improvement from the treatment given (functional improvement, 8 CCR § 9792.20(e))',
    names: [
      '(?:objective\\s+|measurable\\s+|documented\\s+|significant\\s+)?functional\\s+(?:improvement|gains?)',
      'improved',
      'improvement',
      'benefit(?:ed|ted)?',
    ],
    namesAffirm: false,
    members: [
      [
        '(?:significant|substantial|marked|notable|measurable|good|excellent|\\d{1,3}\\s*%)\\s+(?:functional\\s+)?(?:improvement|benefit|gains?)',
        'improved\\s+(?:function|functioning|range\\s+of\\s+motion|ROM|strength|mobility|activities\\s+of\\s+daily\\s+living|ADLs?)',
        '(?:increased|better)\\s+(?:ability\\s+to\\s+\\w+|function|functioning|range\\s+of\\s+motion|ROM|strength|mobility|activity\\s+tolerance)',
      ],
    ],
    // "unchanged range of motion", "function remained unchanged": no gain, stated as a finding.
    normals: [
      [
        String.raw`unchanged\s+(?:range\s+of\s+motion|ROM|function(?:ing)?|strength|mobility)`,
        String.raw`no\s+change\s+in\s+(?:range\s+of\s+motion|ROM|function(?:ing)?|strength|mobility)`,
        String.raw`(?:range\s+of\s+motion|ROM|function(?:ing)?|strength|mobility)\s+(?:was\s+|is\s+|were\s+|are\s+|remained\s+|remains\s+)?unchanged`,
      ],
    ],
    window: 4,
    scope: 'part',
    // "no significant improvement in pain": pain relief is another matter than a gain in function.
    about: '(?:in|of)\\s+(?:(?:his|her|their|the)\\s+)?(?:pain|symptoms?|VAS)',
    source: 'California Code of Regulations, title 8, § 9792.20(e) (functional improvement)',
    verified: false,
  },
];
