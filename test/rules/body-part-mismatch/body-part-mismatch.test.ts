import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/letter';
import { check } from '../../../server/src/service';
import { edit, found, TODAY } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const RULE = 'body-part-mismatch';
const quoted = (text: string): string[] => found(text, RULE).map(([, q]) => q);

describe(RULE, () => {
  markedFixtures(RULE);

  const chapters = readMarked(ruleFixture(`${RULE}/guideline-chapters.txt`)).text;
  const criteria = readMarked(ruleFixture(`${RULE}/rationale-criteria.txt`)).text;

  it('reports a topical section beside one that fits for a drug taken by mouth, and not the reverse', () => {
    const routes = readMarked(ruleFixture(`${RULE}/drug-routes.txt`)).text;
    const addTopical = (item: string): string =>
      edit(
        routes,
        new RegExp(`(${item}: Upheld[\\s\\S]*?MAXIMUS guideline:[^\\n]*Section\\(s\\):\\s*)NSAIDs`),
        '$1Topical analgesics, NSAIDs',
      );
    assert.equal(quoted(addTopical('Diclofenac/misoprostol 75-0.2mg #60')).length, quoted(routes).length + 1);
    assert.equal(quoted(addTopical('Diclofenac sodium 1% gel 100g')).length, quoted(routes).length - 1);
  });

  it('places a test in the clause of an examination of one region: "examination of the lumbar spine revealed a positive McMurray\'s test"', () => {
    const tests = readMarked(ruleFixture(`${RULE}/exam-tests.txt`)).text;
    const exam = (words: string): string[] =>
      quoted(edit(tests, "Spurling's test of the neck was negative.", words)).filter((q) => !quoted(tests).includes(q));
    assert.deepEqual(exam("Examination of the lumbar spine revealed a positive McMurray's test."), ['lumbar spine']);
    assert.deepEqual(exam("Examination of the right knee revealed a positive McMurray's test."), []);
    // Another region named first: the test may be of it.
    assert.deepEqual(exam("Examination of the lumbar spine revealed spasm, and the right knee had a positive McMurray's test."), []);
  });

  it('names the chapter and the item, and points at the item', () => {
    const letter = parse(chapters);
    const [first] = check(letter, undefined, TODAY).filter((f) => f.rule === RULE);
    assert.equal(first.severity, 'warning');
    assert.equal(
      first.message,
      'The MAXIMUS guideline decides "MRI of the left knee" on MTUS Low Back Complaints (ACOEM 2004, Chapter 12), a chapter for another body region.',
    );
    assert.deepEqual(
      first.related?.map((r) => chapters.slice(r.span.start, r.span.end)),
      ['MRI of the left knee'],
    );
  });

  it("reads an ACOEM chapter named in the rationale's words as that region's", () => {
    const named = edit(
      criteria,
      'The neurologic examination is normal.',
      'The MTUS/ACOEM (Low Back Complaints) guidelines recommend MRI to evaluate red-flag diagnoses.',
    );
    assert.ok(quoted(named).includes('Low Back Complaints'));
    assert.ok(!quoted(edit(named, 'Low Back Complaints', 'Neck and Upper Back Complaints')).includes('Neck and Upper Back Complaints'));
  });

  it('reads an ACOEM chapter named by its number or by a table\'s: "ACOEM Chapter 13, Table 13-2"', () => {
    const said = (words: string): string[] => quoted(edit(criteria, 'The neurologic examination is normal.', words));
    assert.ok(said('As noted in ACOEM Chapter 13, routine MRI is not recommended.').includes('ACOEM Chapter 13'));
    assert.ok(said('ACOEM Table 13-2 does not recommend routine MRI.').includes('Table 13-2'));
    assert.ok(!said('As noted in ACOEM Chapter 8, routine MRI is not recommended.').includes('ACOEM Chapter 8'));
  });

  it('reads a guideline chapter named by its region: "Per the MTUS low back chapter", "the ODG Knee & Leg chapter"', () => {
    const said = (words: string): string[] => quoted(edit(criteria, 'The neurologic examination is normal.', words));
    assert.ok(said('Per the MTUS low back chapter, routine MRI is not recommended.').includes('low back chapter'));
    assert.ok(said('The ODG Knee & Leg chapter does not recommend routine MRI.').includes('Knee & Leg chapter'));
    assert.ok(!said('Per the ODG Neck and Upper Back chapter, routine MRI is not recommended.').includes('Neck and Upper Back chapter'));
    // A real letter's rationale for a lumbar MRI, "According to the ACOEM guidelines- low back chapter": no finding.
    assert.deepEqual(
      quoted(fixture('real/CM16-0247255.txt')).filter((q) => /chapter/i.test(q)),
      [],
    );
  });

  it('reports a MAXIMUS chapter for another region beside one that fits, for an image of one region only', () => {
    const warned = (text: string): string[] =>
      found(text, RULE)
        .filter(([severity]) => severity === 'warning')
        .map(([, , m]) => m);
    const mixed = (title: string, chapter: string): string[] =>
      warned(
        edit(
          criteria,
          /MRI of the cervical spine: Upheld([\s\S]*?MAXIMUS guideline: Decision based on )MTUS Neck and Upper Back Complaints 2004/,
          `${title}: Upheld$1${chapter}, and MTUS Neck and Upper Back Complaints 2004`,
        ),
      );
    const onNeck = (messages: string[]): boolean =>
      messages.some((m) => m.startsWith('The MAXIMUS guideline decides') && m.includes('Neck and Upper Back Complaints'));
    assert.ok(onNeck(mixed('MRI of the lumbar spine', 'MTUS Low Back Complaints 2004')));
    // A nerve study, or an item of two regions, may cite each region's chapter.
    assert.ok(!onNeck(mixed('EMG of the lumbar spine', 'MTUS Low Back Complaints 2004')));
    assert.ok(!onNeck(mixed('MRI of the lumbar spine and left shoulder', 'MTUS Low Back Complaints 2004')));
  });

  it("reports a rationale's request for another region than the item's", () => {
    const wrong = edit(
      criteria,
      'an MRI of the cervical spine is not medically necessary.',
      'an MRI of the right knee is not medically necessary.',
    );
    assert.ok(quoted(wrong).includes('knee'));
    assert.ok(!quoted(criteria).includes('knee'));
  });

  it("reads the ODG Low Back chapter's first MRI indication as a criterion of the low back", () => {
    const odg = edit(
      criteria,
      'The neurologic examination is normal.',
      'ODG supports imaging for uncomplicated low back pain, with radiculopathy, after at least 1 month of conservative therapy.',
    );
    assert.ok(quoted(odg).includes('uncomplicated low back pain'));
    // For a lumbar item the same words fit.
    assert.ok(!quoted(edit(odg, /MRI of the cervical spine/g, 'MRI of the lumbar spine')).includes('uncomplicated low back pain'));
  });

  it('tells the cervical spine from the low back, and lets the thoracic spine fit either', () => {
    const decided = (text: string): string[] =>
      found(text, RULE).flatMap(([, , m]) => m.match(/^The MAXIMUS guideline decides "([^"]+)"/)?.[1] ?? []);
    assert.deepEqual(decided(chapters), ['MRI of the left knee', 'MRI of the lumbar spine']);
    assert.deepEqual(decided(edit(chapters, 'MRI of the thoracic spine: Upheld', 'MRI of the cervical spine: Upheld')), [
      'MRI of the left knee',
      'MRI of the cervical spine',
      'MRI of the lumbar spine',
    ]);
    assert.deepEqual(decided(edit(chapters, 'MRI of the thoracic spine: Upheld', 'MRI of the cervical and lumbar spine: Upheld')), [
      'MRI of the left knee',
      'MRI of the lumbar spine',
    ]);
  });

  it('says nothing of an item without a body region, and only notes the Claims Administrator line', () => {
    assert.equal(found(edit(chapters, 'MRI of the left knee: Upheld', 'MRI: Upheld'), RULE).length, 2);
    const swapped = edit(
      chapters,
      'Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.\n\nMAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.\n\nMAXIMUS guideline: Decision based on MTUS Knee Complaints 2004',
    );
    const severities = (text: string): string[] => found(text, RULE).map(([severity]) => severity);
    assert.deepEqual(severities(chapters), ['warning', 'information', 'warning']);
    assert.deepEqual(severities(swapped), ['information', 'information', 'warning']);
  });

  it('reads a knee scooter as a device, a knee brace as the knee', () => {
    const about = (text: string, item: string): string[] =>
      found(text, RULE).flatMap(([severity, , m]) => (m.includes(`"${item}"`) ? [severity] : []));
    assert.deepEqual(about(chapters, '1 knee scooter'), []);
    assert.deepEqual(about(edit(chapters, /1 knee scooter/g, '1 knee brace'), '1 knee brace'), ['information', 'warning']);
  });

  it('counts a study the rationale asks about, not one already done, and only for an imaging item', () => {
    const asked = edit(
      criteria,
      'An MRI of the lumbar spine dated\n11/02/2016 revealed a small disc bulge.',
      'An MRI of the lumbar spine is not\nsupported either.',
    );
    assert.ok(quoted(asked).includes('An MRI of the lumbar spine'));
    // Massage is no study: "a cervical MRI" in its rationale is not the item's criterion.
    assert.ok(
      !quoted(edit(criteria, 'One (1) x-ray of the thoracic spine: Upheld', 'Massage of the thoracic spine: Upheld')).includes(
        'a cervical MRI',
      ),
    );
  });

  it('leaves a rationale whose only other region is in its "the request for ..." phrase to laterality-mismatch', () => {
    let text = edit(chapters, 'Imaging of the thoracic spine is supported', 'Imaging is supported');
    text = edit(text, 'The request for an MRI of the thoracic spine is not', 'The request for an MRI of the lumbar spine is not');
    assert.ok(!found(text, RULE).some(([, , m]) => m.includes('"MRI of the thoracic spine"')));
  });

  it('finds the spine imaging criterion in a spine item normal', () => {
    assert.ok(!found(criteria, RULE).some(([, , m]) => m.includes('"MRI of the cervical spine"')));
  });

  it('gives the same findings on CRLF text', () => {
    assert.deepEqual(quoted(criteria.replace(/\n/g, '\r\n')), quoted(criteria));
  });
});
