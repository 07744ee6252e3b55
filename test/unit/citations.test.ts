import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseGuidelineLine } from '../../server/src/letter/citations';
import type { Span } from '../../server/src/base/span';
import type { GuidelineId } from '../../server/src/knowledge/types';
import type { Citation, CitationSource } from '../../server/src/letter/types';

// Guideline-line contents copied from the seed letters and the DWC-published letters (public
// text), with their line breaks and trailing spaces as the PDF extraction left them.

interface Shape {
  guideline: GuidelineId;
  nonMtus: boolean;
  name: string;
  edition?: number;
  topic?: string;
  sections: string[];
  pages: [number, number][];
  chapter?: number;
}

type Extra = Partial<Omit<Shape, 'guideline' | 'name'>>;

function cite(guideline: GuidelineId, name: string, extra: Extra = {}): Shape {
  return { guideline, name, nonMtus: false, sections: [], pages: [], ...extra };
}

/** The citation without spans: named parts by their names, pages as [from, to]. */
function shape(c: Citation): Shape {
  const s: Shape = {
    guideline: c.guideline,
    nonMtus: c.nonMtus,
    name: c.name,
    sections: c.sections.map((x) => x.name),
    pages: c.pages.map((p) => [p.from, p.to]),
  };
  if (c.edition !== undefined) s.edition = c.edition;
  if (c.topic) s.topic = c.topic.name;
  if (c.chapter) s.chapter = c.chapter.number;
  return s;
}

const LABEL = 'MAXIMUS guideline:';
const AFTER = 'Decision rationale: Decision based on MTUS Low Back Complaints 2004. \n';

/** Parses `content` as it stands in a letter between its label and the next label. */
function parse(content: string, source: CitationSource = 'maximus', item?: number): { text: string; span: Span; cites: Citation[] } {
  const text = `Item 1: Upheld\n${LABEL}${content}${AFTER}`;
  const start = text.indexOf(LABEL) + LABEL.length;
  const span = { start, end: start + content.length };
  return { text, span, cites: parseGuidelineLine(text, span, source, item) };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const inside = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end;

/** Every span lies in the content and maps back to the text it names. */
function assertSpans(text: string, content: Span, cites: Citation[]): void {
  for (const c of cites) {
    assert.ok(inside(content, c.span), `citation span outside content: ${JSON.stringify(c.span)}`);
    assert.ok(inside(c.span, c.nameSpan), `name outside citation: ${c.name}`);
    assert.equal(collapse(text.slice(c.nameSpan.start, c.nameSpan.end)), c.name);
    for (const r of [...(c.topic ? [c.topic] : []), ...c.sections]) {
      assert.ok(inside(c.span, r.span), `part outside citation: ${r.name}`);
      assert.equal(collapse(text.slice(r.span.start, r.span.end)), r.name);
    }
    for (const p of c.pages) {
      assert.ok(inside(c.span, p.span));
      const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(text.slice(p.span.start, p.span.end));
      assert.ok(m, `page span "${text.slice(p.span.start, p.span.end)}"`);
      assert.deepEqual([Number(m[1]), Number(m[2] ?? m[1])], [p.from, p.to]);
    }
    if (c.chapter) assert.match(text.slice(c.chapter.span.start, c.chapter.span.end), new RegExp(`\\b${c.chapter.number}$`));
  }
}

function check(content: string, expected: Shape[]): Citation[] {
  const { text, span, cites } = parse(content);
  assert.deepEqual(cites.map(shape), expected);
  assertSpans(text, span, cites);
  return cites;
}

const CPT = 'Chronic Pain Treatment Guidelines';

describe('parseGuidelineLine: seed letters (Era A, page-cited)', () => {
  const cases: [string, string, Shape[]][] = [
    [
      '000 CA topic, no pages',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nOpioids.   \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'Opioids' })],
    ],
    [
      '000 MAXIMUS no evidence',
      ' The Expert Reviewer did not cite any medical evidence for its decision.   \n\n \n\n',
      [cite('no-evidence', 'The Expert Reviewer did not cite any medical evidence for its decision')],
    ],
    ['001 CA name wrapped, no topic', ' Decision based on MTUS Chronic Pain Treatment \n\nGuidelines.   \n\n \n\n', [cite('cpmtg', CPT)]],
    [
      '001 one page',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, \n\nCriteria For Use Page(s): 78.   \n\n \n\n\n\n',
      [cite('cpmtg', CPT, { topic: 'Opioids, Criteria For Use', pages: [[78, 78]] })],
    ],
    [
      '001 upper-case topic',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines MUSCLE \n\nRELAXANTS (FOR PAIN) Page(s): 64.   \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'MUSCLE RELAXANTS (FOR PAIN)', pages: [[64, 64]] })],
    ],
    [
      '002 CA',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nOpioids for chronic pain Page(s): 80. \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'Opioids for chronic pain', pages: [[80, 80]] })],
    ],
    [
      '002 range and page',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, \n\nWeaning of Medications Page(s): 74-95, page 124. \n\n\n\n \n\n',
      [
        cite('cpmtg', CPT, {
          topic: 'Opioids, Weaning of Medications',
          pages: [
            [74, 95],
            [124, 124],
          ],
        }),
      ],
    ],
    [
      '002 CA Non-MTUS ACOEM chapter',
      ' The Claims Administrator did not base their decision on the \n\nMTUS.  Decision based on Non-MTUS Citation ACOEM, Chapter 7, page 127, Independent \n\nMedical Examinations and Consultations. \n\n \n\n',
      [
        cite('acoem', 'ACOEM', {
          nonMtus: true,
          chapter: 7,
          pages: [[127, 127]],
          topic: 'Independent Medical Examinations and Consultations',
        }),
      ],
    ],
    [
      '002 page 8',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines Pain \n\nOutcomes and Endpoints Page(s): 8. \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'Pain Outcomes and Endpoints', pages: [[8, 8]] })],
    ],
    [
      '002 CA range',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nPsychological treatment Page(s): 101-102. \n\n\n\n',
      [cite('cpmtg', CPT, { topic: 'Psychological treatment', pages: [[101, 102]] })],
    ],
    [
      '002 semicolon and "pages"',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nBehavioral Interventions, Psychological Evaluations, Psychological Treatment, Weaning \n\nMedications Page(s): 23; pages 100-102, page 124. \n\n \n\n',
      [
        cite('cpmtg', CPT, {
          topic: 'Behavioral Interventions, Psychological Evaluations, Psychological Treatment, Weaning Medications',
          pages: [
            [23, 23],
            [100, 102],
            [124, 124],
          ],
        }),
      ],
    ],
    [
      '003 mojibake, comma before Page(s)',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nDURAGESIC\u00c2\u00ae (FENTANYL TRANSDERMAL SYSTEM), Page(s): 44.   \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'DURAGESIC\u00c2\u00ae (FENTANYL TRANSDERMAL SYSTEM)', pages: [[44, 44]] })],
    ],
    [
      '003 two pages',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines OPIOIDS \n\nPage(s): 78, 80.   \n\n \n\n',
      [
        cite('cpmtg', CPT, {
          topic: 'OPIOIDS',
          pages: [
            [78, 78],
            [80, 80],
          ],
        }),
      ],
    ],
    [
      '004 range',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines opioids \n\nPage(s): 82-92. \n\n\n\n',
      [cite('cpmtg', CPT, { topic: 'opioids', pages: [[82, 92]] })],
    ],
    [
      '004 CA wrapped name and topic',
      ' Decision based on MTUS Chronic Pain Treatment \n\nGuidelines Opioids. \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'Opioids' })],
    ],
    [
      '004 page 24',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines \n\nBenzodiazepines Page(s): 24. \n\n \n\n',
      [cite('cpmtg', CPT, { topic: 'Benzodiazepines', pages: [[24, 24]] })],
    ],
  ];
  for (const [title, content, expected] of cases) it(title, () => void check(content, expected));
});

const CPM16 = 'Chronic Pain Medical Treatment 2016';

describe('parseGuidelineLine: real letters (Era B, section-cited)', () => {
  const cases: [string, string, Shape[]][] = [
    [
      'one clinical topic, wrapped sections',
      ' Decision based on MTUS Neck and Upper Back Complaints 2004, \nSection(s): Special Studies.  \n \n',
      [cite('mtus-topic', 'Neck and Upper Back Complaints 2004', { edition: 2004, sections: ['Special Studies'] })],
    ],
    [
      'CPMTG 2016 section with commas',
      ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation). \n',
      [cite('cpmtg', CPM16, { edition: 2016, sections: ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'] })],
    ],
    [
      'two sections',
      ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain), Cyclobenzaprine (Flexeril). \n',
      [cite('cpmtg', CPM16, { edition: 2016, sections: ['Muscle relaxants (for pain)', 'Cyclobenzaprine (Flexeril)'] })],
    ],
    [
      'known names with commas',
      ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, NSAIDs, specific drug list & adverse effects. \n',
      [
        cite('cpmtg', CPM16, {
          edition: 2016,
          sections: [
            'NSAIDs (non-steroidal anti-inflammatory drugs)',
            'NSAIDs, GI symptoms & cardiovascular risk',
            'NSAIDs, specific drug list & adverse effects',
          ],
        }),
      ],
    ],
    [
      'commas inside parentheses',
      ' Decision based on MTUS Chronic Pain Medical Treatment \n2016, Section(s): Naproxen (Naprosyn, EC-Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS \n[otc], Naprelan), NSAIDs (non-steroidal anti-inflammatory drugs).   \n \n',
      [
        cite('cpmtg', CPM16, {
          edition: 2016,
          sections: [
            'Naproxen (Naprosyn, EC-Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan)',
            'NSAIDs (non-steroidal anti-inflammatory drugs)',
          ],
        }),
      ],
    ],
    [
      'opioid guideline, one numbered section',
      ' Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment. \n',
      [
        cite('opioids2016', 'Opioid Treatment 2016', {
          edition: 2016,
          sections: ['3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment'],
        }),
      ],
    ],
    [
      '"3." section number with a period',
      ' Decision based on MTUS Opioid Treatment 2016, Section(s): 2. Opioids for Subacute Pain. \n',
      [cite('opioids2016', 'Opioid Treatment 2016', { edition: 2016, sections: ['2. Opioids for Subacute Pain'] })],
    ],
    [
      'three guidelines joined by ", and", Non-MTUS ODG after',
      ' Decision based on MTUS Forearm, Wrist, and Hand \nComplaints 2004, Section(s): Work-Relatedness, and Postsurgical Treatment 2009, Section(s): \nForearm, Wrist, & Hand, and Chronic Pain Medical Treatment 2016, Section(s): Physical \nmedicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines, \n\nForearm, Wrist, and Hand Chapter (Online Version): Physical/Occupational Therapy, Official \nDisability Guidelines, Physical/Occupational Therapy Guidelines: Trigger Finger. \n \n',
      [
        cite('mtus-topic', 'Forearm, Wrist, and Hand Complaints 2004', { edition: 2004, sections: ['Work-Relatedness'] }),
        cite('mtus-topic', 'Postsurgical Treatment 2009', { edition: 2009, sections: ['Forearm, Wrist, & Hand'] }),
        cite('cpmtg', CPM16, { edition: 2016, sections: ['Physical medicine treatment'] }),
        cite('odg', 'Official Disability Guidelines', {
          nonMtus: true,
          topic:
            'Forearm, Wrist, and Hand Chapter (Online Version): Physical/Occupational Therapy, Official Disability Guidelines, Physical/Occupational Therapy Guidelines: Trigger Finger',
        }),
      ],
    ],
    [
      'guidelines without sections joined by "and"',
      ' Decision based on MTUS Low Back Complaints 2004, and \nOpioid Treatment 2016. Decision based on Non-MTUS Citation Official Disability Guidelines \n(ODG). \n \n',
      [
        cite('mtus-topic', 'Low Back Complaints 2004', { edition: 2004 }),
        cite('opioids2016', 'Opioid Treatment 2016', { edition: 2016 }),
        cite('odg', 'Official Disability Guidelines (ODG)', { nonMtus: true }),
      ],
    ],
    [
      'a number where a section belongs; five guidelines',
      ' Decision based on MTUS Neck and Upper Back Complaints 2004, \nSection(s): Special Studies, Summary, and Shoulder Complaints 2004, Section(s): Surgical \nConsiderations, Summary, and Elbow Complaints 2007, Section(s): 326, Diagnostic Criteria, and \nForearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Diagnostic Criteria, \nSummary, and Chronic Pain Medical Treatment 2016, Section(s): Diabetic neuropathy, \nElectrodiagnostic testing (EMG/NCS).  \n \n',
      [
        cite('mtus-topic', 'Neck and Upper Back Complaints 2004', { edition: 2004, sections: ['Special Studies', 'Summary'] }),
        cite('mtus-topic', 'Shoulder Complaints 2004', { edition: 2004, sections: ['Surgical Considerations', 'Summary'] }),
        cite('mtus-topic', 'Elbow Complaints 2007', { edition: 2007, sections: ['326', 'Diagnostic Criteria'] }),
        cite('mtus-topic', 'Forearm, Wrist, and Hand Complaints 2004', {
          edition: 2004,
          sections: ['Special Studies', 'Diagnostic Criteria', 'Summary'],
        }),
        cite('cpmtg', CPM16, { edition: 2016, sections: ['Diabetic neuropathy', 'Electrodiagnostic testing (EMG/NCS)'] }),
      ],
    ],
    [
      'CA no evidence',
      ' The Claims Administrator did not cite any medical evidence for its decision. \n \n',
      [cite('no-evidence', 'The Claims Administrator did not cite any medical evidence for its decision')],
    ],
    [
      'outside the MTUS: ODG and another guideline',
      ' The Expert Reviewer based their decision on recommendation(s) outside \nof the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines \n(ODG) Knee/DME, Low Back Lumbar and Thoracic/Mattress selection and Other Medical \nTreatment Guidelines https://www.cms.gov/Regulations-and-\nGuidance/Guidance/Transmittals/downloads/R148CIM.pdf. \n \n',
      [
        cite('odg', 'Official Disability Guidelines (ODG)', {
          nonMtus: true,
          topic: 'Knee/DME, Low Back Lumbar and Thoracic/Mattress selection',
        }),
        cite(
          'non-mtus',
          'Other Medical Treatment Guidelines https://www.cms.gov/Regulations-and- Guidance/Guidance/Transmittals/downloads/R148CIM.pdf',
          { nonMtus: true },
        ),
      ],
    ],
    [
      'outside the MTUS: free text only',
      ' The Expert Reviewer based their decision on recommendation(s) outside \nof the MTUS Guidelines. Decision based on Non-MTUS Citation \nhttp://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled-\nnursing-care, https://medicalinsider.holy-cross.com/acute-inpatient-rehabilitation-versus-skilled-\nnursing-facility-rehabilitation. \n \n',
      [
        cite(
          'non-mtus',
          'http://www.slideshare.net/julenemcalister/differences-between-inpatient-rehabilitation-skilled- nursing-care, https://medicalinsider.holy-cross.com/acute-inpatient-rehabilitation-versus-skilled- nursing-facility-rehabilitation',
          { nonMtus: true },
        ),
      ],
    ],
    [
      'ACOEM and ODG in one free citation',
      ' The Claims Administrator based their decision on \nrecommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation \nACOEM guidelines and the Official Disability Guidelines. \n \n',
      [cite('acoem', 'ACOEM guidelines', { nonMtus: true }), cite('odg', 'Official Disability Guidelines', { nonMtus: true })],
    ],
    [
      'ODG chapter name without "ODG"',
      ' The Expert Reviewer based their decision on recommendation(s) outside \nof the MTUS Guidelines. Decision based on Non-MTUS Citation Low Back (Hyperstimulation \nanalgesia). \n \n',
      [cite('odg', 'Low Back', { nonMtus: true, topic: '(Hyperstimulation analgesia)' })],
    ],
    [
      'ACOEM 3rd edition, "pg."',
      ' Decision based on MTUS Shoulder Complaints 2004, Section(s): \nSummary. Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice \nGuidelines, 3rd ed., Shoulder Disorders, pg. 64. \n \n',
      [
        cite('mtus-topic', 'Shoulder Complaints 2004', { edition: 2004, sections: ['Summary'] }),
        cite('acoem', 'ACOEM Occupational Medicine Practice Guidelines', {
          nonMtus: true,
          edition: 2011,
          topic: 'Shoulder Disorders',
          pages: [[64, 64]],
        }),
      ],
    ],
    [
      'CPMTG 2009 in a 2017 letter; ACOEM by full name',
      ' Decision based on MTUS Chronic Pain Medical Treatment \n2009, Section(s): Physical Medicine. Decision based on Non-MTUS Citation American College \n\nof Occupational and Environmental Medicine (ACOEM) Pain, Suffering, and the Restoration of \nFunction Chapter. \n \n',
      [
        cite('cpmtg', 'Chronic Pain Medical Treatment 2009', { edition: 2009, sections: ['Physical Medicine'] }),
        cite('acoem', 'American College of Occupational and Environmental Medicine (ACOEM)', {
          nonMtus: true,
          topic: 'Pain, Suffering, and the Restoration of Function Chapter',
        }),
      ],
    ],
    [
      '"Non- MTUS" split at a line end; "and Other Medical Treatment Guidelines"',
      ' Decision based on MTUS Low Back Complaints 2004, Section(s): \nPhysical Methods, Special Studies, Surgical Considerations, Summary.  Decision based on Non-\nMTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute \nand Chronic) Chapter, Epidural Steroid Injection (ESI) and Other Medical Treatment Guidelines \nwww.mdguidelines.com. \n \n',
      [
        cite('mtus-topic', 'Low Back Complaints 2004', {
          edition: 2004,
          sections: ['Physical Methods', 'Special Studies', 'Surgical Considerations', 'Summary'],
        }),
        cite('odg', 'Official Disability Guidelines (ODG)', {
          nonMtus: true,
          topic: 'Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI)',
        }),
        cite('non-mtus', 'Other Medical Treatment Guidelines www.mdguidelines.com', { nonMtus: true }),
      ],
    ],
    [
      '"ODG Guidelines" with an edition in free text',
      ' The Claims Administrator based their decision on \nrecommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation \nODG Guidelines, 14th Edition, 2016, Knee Chapter. \n \n',
      [cite('odg', 'ODG Guidelines', { nonMtus: true, topic: '14th Edition, 2016, Knee Chapter' })],
    ],
  ];
  for (const [title, content, expected] of cases) it(title, () => void check(content, expected));

  it('opioid sections: many numbered sections with inner commas, wrapped', () => {
    const content =
      ' Decision based on MTUS Opioid Treatment 2016, Section(s): \n3.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Comprehensive Evaluation and \nAssessment of Patient, 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening \nfor Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug \nMisuse/Abuse, 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of \nChronic Opioid Treatment.   \n \n';
    check(content, [
      cite('opioids2016', 'Opioid Treatment 2016', {
        edition: 2016,
        sections: [
          '3.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Comprehensive Evaluation and Assessment of Patient',
          '3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse',
          '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment',
        ],
      }),
    ]);
  });

  it('the first citation of a clause starts at "Decision", later ones at their name', () => {
    const { text, cites } = parse(' Decision based on MTUS Low Back Complaints 2004, and \nOpioid Treatment 2016. ');
    assert.equal(text.slice(cites[0].span.start, cites[0].span.end), 'Decision based on MTUS Low Back Complaints 2004');
    assert.equal(text.slice(cites[1].span.start, cites[1].span.end), 'Opioid Treatment 2016');
  });

  it('carries the source and item number', () => {
    const { cites } = parse(' Decision based on MTUS Acupuncture Treatment 2007. ', 'claimsAdministrator', 3);
    assert.deepEqual(
      cites.map((c) => [c.source, c.item]),
      [['claimsAdministrator', 3]],
    );
    assert.equal(parse(' Decision based on MTUS Acupuncture Treatment 2007. ').cites[0].item, undefined);
    assert.ok(!('item' in parse(' Decision based on MTUS Acupuncture Treatment 2007. ').cites[0]));
  });
});

describe('parseGuidelineLine: other forms and PDF artefacts', () => {
  const cases: [string, string, Shape[]][] = [
    [
      'year split by a stray space',
      ' Decision based on MTUS Acupuncture Treatment 200 7.  \n \n',
      [cite('mtus-topic', 'Acupuncture Treatment 200 7', { edition: 2007 })],
    ],
    [
      'word split by a stray space',
      ' Decision based on MTUS Chr onic Pain Treatment Guidelines Opioids Page(s): 78. ',
      [cite('cpmtg', 'Chr onic Pain Treatment Guidelines', { topic: 'Opioids', pages: [[78, 78]] })],
    ],
    [
      'hyphenated word wrapped in a section',
      ' Decision based on MTUS Neck and Upper Back Complaints 2004, \nSection(s): Special Studies, and Chronic Pain Medical Treatment 2016, Section(s): Electro-\ndiagnostic testing (EMG/NCS).  \n \n',
      [
        cite('mtus-topic', 'Neck and Upper Back Complaints 2004', { edition: 2004, sections: ['Special Studies'] }),
        cite('cpmtg', CPM16, { edition: 2016, sections: ['Electro- diagnostic testing (EMG/NCS)'] }),
      ],
    ],
    [
      'CRLF line ends and blank lines',
      ' Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, \r\n\r\nWeaning of Medications Page(s): 74-95, page 124. \r\n\r\n',
      [
        cite('cpmtg', CPT, {
          topic: 'Opioids, Weaning of Medications',
          pages: [
            [74, 95],
            [124, 124],
          ],
        }),
      ],
    ],
    [
      '", and Decision based on …" joins two clauses',
      ' Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, and Decision based on MTUS Knee Complaints 2004. ',
      [
        cite('mtus-topic', 'Low Back Complaints 2004', { edition: 2004, sections: ['Special Studies'] }),
        cite('mtus-topic', 'Knee Complaints 2004', { edition: 2004 }),
      ],
    ],
    [
      '"and MTUS …" joins two guidelines',
      ' Decision based on MTUS Low Back Complaints 2004 and MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits. ',
      [
        cite('mtus-topic', 'Low Back Complaints 2004', { edition: 2004 }),
        cite('cpmtg', CPM16, { edition: 2016, sections: ['Office visits'] }),
      ],
    ],
    [
      'edition named by date',
      ' Decision based on MTUS Chronic Pain Medical Treatment Guidelines July 28, 2016, Page(s): 81. ',
      [cite('cpmtg', 'Chronic Pain Medical Treatment Guidelines July 28, 2016', { edition: 2016, pages: [[81, 81]] })],
    ],
    [
      'MTUS ACOEM, 2nd edition chapter and page (constructed Era-A form)',
      ' Decision based on MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints, page 309. ',
      [cite('acoem', 'ACOEM Practice Guidelines', { edition: 2004, chapter: 12, topic: 'Low Back Complaints', pages: [[309, 309]] })],
    ],
    [
      'MTUS ACOEM post-2017 guideline (constructed)',
      ' Decision based on MTUS ACOEM Low Back Disorders. ',
      [cite('acoem-post2017', 'ACOEM', { topic: 'Low Back Disorders' })],
    ],
    [
      '"based their decision on the MTUS" with no part',
      ' The Claims Administrator based their decision on the MTUS. ',
      [cite('mtus', 'MTUS')],
    ],
    [
      '"based their decision on the MTUS" naming a part',
      ' The Claims Administrator based their decision on the MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits. ',
      [cite('cpmtg', CPM16, { edition: 2016, sections: ['Office visits'] })],
    ],
    [
      'an MTUS part the catalogue does not know',
      ' Decision based on MTUS Hip Complaints 2004, Section(s): Imaging. ',
      [cite('mtus', 'Hip Complaints 2004', { edition: 2004, sections: ['Imaging'] })],
    ],
    [
      'outside the MTUS without a citation',
      ' The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. ',
      [cite('non-mtus', 'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines', { nonMtus: true })],
    ],
    [
      'Non-MTUS with nothing after it',
      ' Decision based on Non-MTUS Citation. ',
      [cite('non-mtus', 'Decision based on Non-MTUS Citation', { nonMtus: true })],
    ],
  ];
  for (const [title, content, expected] of cases) it(title, () => void check(content, expected));

  it('returns [] for empty, blank and garbage content', () => {
    for (const content of ['', '   \n\n \r\n', 'asdf qwer 123 ;;; ((( ]]', '....', 'Page(s): 78', 'Section(s): , , ,']) {
      assert.deepEqual(parse(content).cites, [], JSON.stringify(content));
    }
  });

  it('tolerates spans outside the text and reversed spans', () => {
    const text = 'MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.';
    assert.deepEqual(parseGuidelineLine(text, { start: 500, end: 900 }, 'maximus'), []);
    assert.deepEqual(parseGuidelineLine(text, { start: 30, end: 10 }, 'maximus'), []);
    assert.equal(parseGuidelineLine(text, { start: -5, end: 1e9 }, 'maximus')[0]?.guideline, 'mtus-topic');
  });

  it('reads only its content, not the text after it', () => {
    const { cites } = parse(' Decision based on MTUS Knee Complaints 2004.');
    assert.deepEqual(
      cites.map((c) => c.name),
      ['Knee Complaints 2004'],
    );
  });

  it('never throws and keeps every span inside the content (property)', () => {
    const words = fc.constantFrom(
      'Decision based on MTUS',
      'Non-MTUS Citation',
      'Decision based on',
      'Chronic Pain Medical Treatment 2016',
      'Section(s):',
      'Page(s):',
      ', and',
      'Official Disability Guidelines (ODG)',
      'ACOEM',
      'Chapter 7',
      'page 12-',
      '3.3.9',
      '(',
      ')',
      ',',
      '.',
      ' ',
      '\n\n',
      'Low Back Complaints 2004',
      'The Expert Reviewer did not cite any medical evidence',
      '\u00c2\u00ae',
      '\ud83d',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 25 }), fc.nat(10), fc.nat(10), (parts, pre, post) => {
        const content = parts.join(' ');
        const text = 'x'.repeat(pre) + content + 'y'.repeat(post);
        const span = { start: pre, end: pre + content.length };
        const cites = parseGuidelineLine(text, span, 'maximus');
        for (const c of cites) {
          for (const s of [
            c.span,
            c.nameSpan,
            ...(c.topic ? [c.topic.span] : []),
            ...c.sections.map((x) => x.span),
            ...c.pages.map((x) => x.span),
          ]) {
            assert.ok(inside(span, s), JSON.stringify({ content, s }));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseGuidelineLine: long inputs', () => {
  it('finishes on long lists and long runs of text', () => {
    const inputs = [
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ' + 'Office visits, '.repeat(20_000),
      'Decision based on MTUS Opioid Treatment 2016, Section(s): ' + '3.3 Opioids, '.repeat(20_000),
      'Decision based on MTUS ' + 'Low Back Complaints 2004, and '.repeat(5_000),
      'Decision based on '.repeat(10_000),
      'The '.repeat(50_000) + 'word '.repeat(50_000),
    ];
    for (const text of inputs) assert.ok(Array.isArray(parseGuidelineLine(text, { start: 0, end: text.length }, 'maximus')));
  });
});
