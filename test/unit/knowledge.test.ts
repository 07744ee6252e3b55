import { strict as assert } from 'node:assert';
import { parseGuidelineLine } from '../../server/src/letter/citations';
import { CONCEPTS } from '../../server/src/knowledge/concepts';
import type { CalendarDate } from '../../server/src/base/calendar';
import type { Citation } from '../../server/src/letter/types';
import {
  ACOEM_2ND_CHAPTERS,
  ACOEM_POST_2017,
  CPMTG_2009_LAST_PAGE,
  CPMTG_2009_PAGES,
  CPMTG_2016_SECTIONS,
  DRUGS,
  MME_FACTORS,
  MTUS_DATES,
  MTUS_PARTS,
  ODG_CHAPTERS,
  OPIOIDS_2016_SECTIONS,
  cpmtg2009Pages,
  cpmtgEditionAt,
  drugByBrand,
  explainCitation,
  mmeFactor,
  odgChapters,
  opioidSection,
  type Explanation,
} from '../../server/src/knowledge';

/** The first citation parsed from a guideline-line content. */
function citation(content: string): Citation {
  const text = `MAXIMUS guideline: ${content}\n`;
  const [c] = parseGuidelineLine(text, { start: 19, end: 19 + content.length }, 'maximus');
  assert.ok(c, `no citation in ${content}`);
  return c;
}

const explain = (content: string, date?: CalendarDate): Explanation => explainCitation(citation(content), { date });
const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const hasNote = (e: Explanation, re: RegExp): boolean => e.notes.some((n) => re.test(n));

describe('knowledge: CPMTG 2009 pages', () => {
  it('p. 124 is Weaning of medications (seen in a seed letter)', () => {
    const hit = cpmtg2009Pages(124);
    assert.deepEqual([hit.covers, hit.verified], ['Weaning of medications', true]);
  });

  it('p. 78 is the on-going management of opioids', () => {
    const hit = cpmtg2009Pages(78);
    assert.match(hit.covers ?? '', /^Opioids, criteria for use: on-going management/);
    assert.equal(hit.verified, true);
  });

  it('a range inside a chapter reads as the chapter; a range across topics lists them', () => {
    assert.equal(cpmtg2009Pages(82, 92).covers, 'Opioids (the whole chapter)');
    assert.equal(cpmtg2009Pages(100, 102).covers, 'Psychological evaluations; Psychological treatment');
  });

  it('a recalled page is unverified', () => {
    assert.deepEqual([cpmtg2009Pages(46).covers, cpmtg2009Pages(46).verified], ['Epidural steroid injections (ESIs)', false]);
  });

  it('every row has a source, a valid range inside the guideline text', () => {
    for (const p of CPMTG_2009_PAGES) {
      assert.ok(p.source.length > 0 && p.from <= p.to && p.to <= CPMTG_2009_LAST_PAGE, JSON.stringify(p));
    }
  });
});

describe('knowledge: explainCitation, CPMTG editions', () => {
  const SEED_002 = 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, \n\nWeaning of Medications Page(s): 74-95, page 124.';

  it('reads unnamed-edition pages in the edition in force at the letter date, and says so', () => {
    const e = explain(SEED_002, d(2014, 3, 2));
    assert.deepEqual(
      { guideline: e.guideline, edition: e.edition, parts: e.parts.map((p) => [p.label, p.covers, p.verified]) },
      {
        guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
        edition: '2009 (effective July 18, 2009)',
        parts: [
          ['pp. 74–95', 'Opioids (the whole chapter)', true],
          ['p. 124', 'Weaning of medications', true],
        ],
      },
    );
    assert.ok(hasNote(e, /inferred|not named/i) && hasNote(e, /March 2, 2014/), e.notes.join('\n'));
  });

  it('switches to CPMTG 2016 for letters from July 29, 2016', () => {
    assert.equal(cpmtgEditionAt(d(2016, 7, 28)), 2009);
    assert.equal(cpmtgEditionAt(d(2016, 7, 29)), 2016);
    const e = explain('Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 81.', d(2016, 9, 1));
    assert.match(e.edition ?? '', /^2016/);
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.covers, p.verified]),
      [['p. 81', 'Epidural steroid injections (ESIs)', false]],
    );
  });

  it('an edition named in the citation wins over the date', () => {
    const e = explain('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits.', d(2014, 1, 1));
    assert.match(e.edition ?? '', /^2016/);
    assert.ok(!hasNote(e, /not named/i));
  });

  it('notes a page outside the 2009 guideline text', () => {
    const e = explain('Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 130.', d(2014, 1, 1));
    assert.ok(hasNote(e, /p\. 130 is outside the CPMTG 2009/), e.notes.join('\n'));
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.covers, p.verified]),
      [['p. 130', undefined, false]],
    );
  });

  it('says when a fact is unverified', () => {
    const e = explain('Decision based on MTUS Chronic Pain Treatment Guidelines Epidural steroid injections Page(s): 46.', d(2014, 1, 1));
    assert.equal(e.parts[0].verified, false);
    assert.ok(hasNote(e, /unverified/i), e.notes.join('\n'));
  });

  it('flags CPMTG 2009 cited after the 2016 edition took over', () => {
    const e = explain('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Drug testing.', d(2017, 1, 20));
    assert.ok(hasNote(e, /2016 edition applies/), e.notes.join('\n'));
  });

  it('reads an edition named in words: "(Effective July 18, 2009)" is the 2009 edition', () => {
    const e = explain(
      'Decision based on MTUS Chronic Pain Medical Treatment Guidelines (Effective July 18, 2009), Opioids, Page(s): 78.',
      d(2017, 1, 10),
    );
    assert.match(e.edition ?? '', /^2009/);
    assert.ok(!hasNote(e, /not named/i), e.notes.join('\n'));
    assert.match(e.parts[0].covers ?? '', /^Opioids, criteria for use: on-going management/);
  });

  it('reads an unnamed edition at the date of the review when given, and says which date', () => {
    const c = citation('Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 81.');
    const e = explainCitation(c, { date: d(2016, 9, 1), request: { date: d(2016, 7, 20), of: 'the utilization review decision' } });
    assert.match(e.edition ?? '', /^2009/);
    assert.ok(hasNote(e, /in force on the date of the utilization review decision \(July 20, 2016/), e.notes.join('\n'));
  });

  it('resolves a section title of the 2009 edition by its page table, sourced to the 2009 edition', () => {
    const e = explain('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, criteria for use.', d(2017, 2, 23));
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.covers, p.source]),
      [
        [
          'Opioids, criteria for use',
          'In the 2009 edition on pp. 76–80',
          'MTUS Chronic Pain Medical Treatment Guidelines (DWC, 2009; 8 CCR § 9792.24.2)',
        ],
      ],
    );
    const unknown = explain(
      'Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Barbiturate-containing analgesic agents.',
      d(2017, 2, 23),
    );
    assert.ok(unknown.parts.every((p) => !/2016/.test(p.source)) && !/2016/.test(unknown.source), JSON.stringify(unknown));
  });

  it('explains an Era-A topic without pages from the 2009 table', () => {
    const e = explain('Decision based on MTUS Chronic Pain Treatment Guidelines \n\nBenzodiazepines.', d(2014, 1, 1));
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.verified]),
      [['Benzodiazepines', true]],
    );
    assert.match(e.parts[0].covers ?? '', /^In the 2009 edition on p\. 24$/);
  });

  it('explains CPMTG 2016 sections, marking recalled content', () => {
    const e = explain(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS), Topical analgesics, Unknown thing.',
    );
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.covers !== undefined, p.verified]),
      [
        ['Electrodiagnostic testing (EMG/NCS)', true, true],
        ['Topical analgesics', true, false],
        ['Unknown thing', false, false],
      ],
    );
    assert.ok(hasNote(e, /not in the catalogue/));
  });
});

describe('knowledge: explainCitation, other guidelines', () => {
  it('Opioid Treatment 2016 sections by number; draft-only sections unverified', () => {
    const e = explain(
      'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment, 5 Documentation.',
    );
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.verified]),
      [
        ['3.3.9', true],
        ['5', false],
      ],
    );
    assert.match(e.parts[0].covers ?? '', /Maintenance of Chronic Opioid Treatment$/);
    assert.equal(opioidSection('3. Opioids for Chronic Pain')?.number, '3');
  });

  it('MTUS clinical topic with its ACOEM chapter and section', () => {
    const e = explain('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', d(2017, 1, 5));
    assert.equal(e.edition, '2004');
    assert.match(e.parts[0].covers ?? '', /chapter 12.*9792\.23\.5/s);
    assert.deepEqual(
      e.parts.map((p) => p.label),
      ['Low Back Complaints', 'Special Studies'],
    );
    assert.match(e.parts[1].covers ?? '', /imaging/);
    assert.deepEqual(
      e.notes.map((n) => n.slice(0, 24)),
      ['Parts marked unverified '],
    );
  });

  it('a pre-2017 MTUS chapter cited after December 1, 2017 gets a note', () => {
    assert.ok(hasNote(explain('Decision based on MTUS Knee Complaints 2004.', d(2018, 2, 1)), /December 1, 2017/));
  });

  it('ACOEM chapter 7 is Non-MTUS; p. 127 is referral and consultation; an edition not named is read, not stated', () => {
    const e = explain(
      'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation ACOEM, Chapter 7, page 127, Independent Medical Examinations and Consultations.',
    );
    assert.deepEqual(
      { edition: e.edition, parts: e.parts.map((p) => [p.label, p.covers, p.verified]) },
      {
        edition: 'edition not named',
        parts: [
          ['Chapter 7', 'Independent Medical Examinations and Consultations — not adopted in the MTUS: cited as Non-MTUS.', true],
          ['p. 127', 'referral and consultation, in chapter 7 (Independent Medical Examinations and Consultations)', true],
        ],
      },
    );
    assert.ok(hasNote(e, /^Edition not named in the citation: chapter 7 is read in the 2nd edition/), e.notes.join('\n'));
    assert.equal(explain('Decision based on Non-MTUS Citation ACOEM 2nd Edition, Chapter 7, page 127.').edition, '2nd edition (2004)');
    assert.match(
      explain('Decision based on MTUS ACOEM, Chapter 12.').edition ?? '',
      /^2nd edition \(2004\), the chapters the MTUS adopted/,
    );
  });

  it('post-2017 ACOEM guideline with its ACOEM date', () => {
    const e = explain('Decision based on MTUS ACOEM Low Back Disorders.', d(2018, 3, 1));
    assert.deepEqual([e.guideline, e.edition], ['ACOEM Low Back Disorders (MTUS by reference)', 'February 24, 2016']);
  });

  it('ODG: chapters named in the citation, no pages', () => {
    const e = explain('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back; Low Back.');
    assert.deepEqual(
      e.parts.map((p) => p.label),
      ['Neck and Upper Back (Acute & Chronic)', 'Low Back – Lumbar & Thoracic (Acute & Chronic)'],
    );
    assert.ok(hasNote(e, /no page numbers/) && hasNote(e, /Non-MTUS/));
  });

  it('free Non-MTUS citations: the work named and its kind, never what it says', () => {
    const e = explain('Decision based on Non-MTUS Citation http://www.drugs.com/famotidine.html.');
    assert.deepEqual([e.guideline, e.parts.map((p) => p.label)], ['Non-MTUS citation', ['Drugs.com']]);
    assert.ok(hasNote(e, /not in the catalogue/));
    const up = explain('Decision based on Non-MTUS Citation UpToDate, Tramadol: Drug information, accessed 1/5/2017.');
    assert.deepEqual(
      [up.parts.map((p) => p.label), up.parts[0].source],
      [['UpToDate (Wolters Kluwer)'], 'UpToDate (Wolters Kluwer); 8 CCR § 9792.21.1 (MTUS evidence search sequence)'],
    );
    const other = explain('Decision based on Non-MTUS Citation Smith J. A study of things, 2015.');
    assert.deepEqual(other.parts, []);
    assert.match(other.source, /^the work cited, "Smith J\. A study of things, 2015"; 8 CCR/);
  });

  it('a bare guideline name gets what the guideline is, marked as the whole', () => {
    const e = explain('Decision based on MTUS Opioid Treatment 2016.');
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.whole]),
      [['Opioids Treatment Guidelines', true]],
    );
  });

  it('ODG: a Pain topic reads in the CPMTG 2016 section it became; a name alone is not a description', () => {
    const e = explain('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain, Proton Pump Inhibitors (PPIs).');
    assert.deepEqual(
      e.parts.map((p) => [p.label, p.named ?? false, p.source]),
      [
        ['Pain (Chronic)', true, "Official Disability Guidelines (ODG), Work Loss Data Institute, Treatment in Workers' Comp"],
        ['Proton Pump Inhibitors (PPIs)', false, 'MTUS Chronic Pain Medical Treatment Guidelines (DWC, 2016; 8 CCR § 9792.24.2)'],
      ],
    );
    assert.match(e.parts[1].covers ?? '', /omeprazole.*reformatting of this ODG chapter/);
  });

  it('no evidence', () => {
    assert.equal(explain('The Expert Reviewer did not cite any medical evidence for its decision.').guideline, 'No medical evidence cited');
  });
});

describe('knowledge: tables', () => {
  it('writes every concept name as a pattern with no group of its own: the concept-name search tells names apart by their groups', () => {
    const groupsIn = (source: string): number => new RegExp(`${source}|`).exec('')!.length - 1;
    const sources = CONCEPTS.flatMap((c) => [...c.names, ...c.members.flat(), ...(c.normals ?? []).flat(), ...(c.normalNames ?? [])]);
    assert.ok(sources.length > 100);
    assert.deepEqual(
      sources.filter((source) => groupsIn(source) > 0),
      [],
    );
  });

  it('every entry carries a source and a verified flag', () => {
    const tables: { source: string; verified: boolean }[][] = [
      [...CPMTG_2009_PAGES],
      [...CPMTG_2016_SECTIONS],
      [...OPIOIDS_2016_SECTIONS],
      [...MTUS_PARTS],
      [...ACOEM_2ND_CHAPTERS],
      [...ACOEM_POST_2017],
      [...ODG_CHAPTERS],
      [...DRUGS],
      [...MME_FACTORS],
      [...MTUS_DATES],
    ];
    for (const t of tables) for (const e of t) assert.ok(e.source.length > 0 && typeof e.verified === 'boolean', JSON.stringify(e));
  });

  it('holds the MTUS effective dates', () => {
    const byKey = Object.fromEntries(MTUS_DATES.map((m) => [m.key, m.date]));
    assert.deepEqual(byKey['cpmtg2009-effective'], d(2009, 7, 18));
    assert.deepEqual(byKey['cpmtg2016-in-force'], d(2016, 7, 28));
    assert.deepEqual(byKey['cpmtg2016-applies'], d(2016, 7, 29));
    assert.deepEqual(byKey['mtus-acoem'], d(2017, 12, 1));
  });

  it('opioid section numbers are unique; ACOEM ch. 7 was not adopted', () => {
    assert.equal(new Set(OPIOIDS_2016_SECTIONS.map((s) => s.number)).size, OPIOIDS_2016_SECTIONS.length);
    assert.equal(ACOEM_2ND_CHAPTERS.find((c) => c.chapter === 7)?.inMtus, 'no');
    assert.equal(ACOEM_2ND_CHAPTERS.length, 16);
  });

  it('drugs: brand to generic; recalled entries unverified', () => {
    assert.equal(drugByBrand('NORCO')?.generic, 'hydrocodone + acetaminophen');
    assert.equal(drugByBrand('Anaprox DS')?.drugClass, 'NSAID');
    assert.equal(drugByBrand('Terocin')?.verified, false);
    assert.equal(drugByBrand('Nothing'), undefined);
  });

  it('MME factors by era, methadone by daily dose', () => {
    assert.deepEqual([mmeFactor('tramadol', 'cdc2016'), mmeFactor('tramadol', 'cdc2022')], [0.1, 0.2]);
    assert.deepEqual(
      [mmeFactor('methadone', 'cdc2016', 30), mmeFactor('methadone', 'cdc2016', 100), mmeFactor('methadone', 'cdc2022')],
      [8, 12, 4.7],
    );
    assert.equal(mmeFactor('methadone', 'cdc2016'), undefined);
  });

  it('ODG chapter matching in free text', () => {
    assert.deepEqual(
      odgChapters('Knee/DME, Low Back Lumbar and Thoracic/Mattress selection').map((c) => c.name),
      ['Knee & Leg (Acute & Chronic)', 'Low Back – Lumbar & Thoracic (Acute & Chronic)'],
    );
    assert.deepEqual(
      odgChapters('Forearm, Wrist and Hand, Gym Membership').map((c) => c.name),
      ['Forearm, Wrist, & Hand (Acute & Chronic)'],
    );
  });
});
