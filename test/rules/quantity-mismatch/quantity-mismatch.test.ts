import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('quantity-mismatch', () => {
  markedFixtures('quantity-mismatch');

  const partial = readMarked(ruleFixture('quantity-mismatch/partial-certification.txt')).text;
  const twoParts = readMarked(ruleFixture('quantity-mismatch/remaining-portion-in-two-parts.txt')).text;
  const completed = readMarked(ruleFixture('quantity-mismatch/completed-sessions.txt')).text;

  it('reads a verdict whose subject names the drug, by brand or generic name: "Naprosyn 550 mg #90 is medically necessary" for "Naproxen 550mg #60"', () => {
    const letter = fixture('real/CM16-0247624.txt');
    assert.deepEqual(found(letter, 'quantity-mismatch'), []);
    const quoted = found(edit(letter, '550 mg #60 is medically necessary', '550 mg #90 is medically necessary'), 'quantity-mismatch').map(
      ([, q]) => q,
    );
    assert.deepEqual(quoted, ['Naprosyn 550 mg #90']);
  });

  it("quotes a verdict's subject without the quotation marks the rationale put it in", () => {
    const letter = fixture('real/CM16-0247624.txt');
    const quotedSubject = edit(letter, 'Naprosyn \n550 mg #60 is medically necessary', '"Naprosyn \n550 mg #90" is medically necessary');
    const [finding] = found(quotedSubject, 'quantity-mismatch');
    assert.equal(finding[1], 'Naprosyn 550 mg #90');
    assert.match(finding[2], /^The rationale's request "Naprosyn 550 mg #90" differs/);
  });

  it('compares the count the case summary says the review denied with the item', () => {
    const letter = fixture('real/CM17-0021126.txt');
    assert.deepEqual(found(letter, 'quantity-mismatch'), []);
    const denied = edit(
      letter,
      'utilization review denied a request for Tramadol 50mg #60',
      'utilization review denied a request for Tramadol 50mg #90',
    );
    assert.deepEqual(
      found(denied, 'quantity-mismatch').map(([, q]) => q),
      ['Tramadol 50mg #90'],
    );
    // A review that modified the request denied only a part of it.
    assert.deepEqual(
      found(edit(denied, 'utilization review denied a request', 'utilization review modified a request'), 'quantity-mismatch'),
      [],
    );
  });

  // Each item is read against each denial once for all the items of one name, and an item repeated
  // word for word adds no finding: the suite's timeout catches a return to items x denials x items.
  it('reads thousands of denials against hundreds of items of one drug, and reports them once for an item repeated word for word', () => {
    const letter = edit(
      fixture('real/CM17-0021126.txt'),
      'utilization review denied a request for Tramadol 50mg #60. ',
      `${'Utilization review denied a request for Tramadol 50mg #90. '.repeat(3000)}\n`,
    );
    const start = letter.indexOf('Tramadol 50mg #60:  Upheld');
    const end = letter.indexOf('not considered medically necessary.', start) + 'not considered medically necessary.'.length;
    const items = `${letter.slice(start, end)}\n\n`.repeat(300);
    const text = letter.slice(0, start) + items + letter.slice(end);
    const findings = found(text, 'quantity-mismatch');
    assert.equal(findings.length, 3000);
    assert.ok(
      findings.every(
        ([, quoted, message]) => quoted === 'Tramadol 50mg #90' && message.endsWith('90 there, 60 in the item "Tramadol 50mg #60".'),
      ),
    );
  });

  it('says what the rationale decides and what the remaining portion counts', () => {
    const [[severity, quoted, message]] = found(partial, 'quantity-mismatch');
    assert.equal(severity, 'warning');
    assert.equal(quoted, 'A request for an additional 8 sessions');
    assert.match(message, /8 here, 2 in the remaining portion/);
  });

  it('accepts a rationale that decides the remaining portion of a partial certification', () => {
    assert.deepEqual(found(edit(partial, 'an additional 8 sessions', 'an additional 2 sessions'), 'quantity-mismatch'), []);
  });

  it('does not take the original request or the UR figure for the count decided', () => {
    const decided = 'A request for an additional 8 sessions exceeds the recommended guidelines.';
    for (const other of [
      'The request for 8 sessions was the original request.',
      'The utilization review modified the request for 8 sessions to 6.',
      'The request for 8 sessions would be excessive.',
    ]) {
      assert.deepEqual(found(edit(partial, decided, other), 'quantity-mismatch'), [], other);
    }
  });

  it('adds up a remaining portion in two parts', () => {
    const [[, , message]] = found(twoParts, 'quantity-mismatch');
    assert.match(message, /2 here, 2 \+ 8 = 10 in the remaining portion/);
    assert.deepEqual(found(edit(twoParts, 'the additional\ntwo sessions', 'the additional\nten sessions'), 'quantity-mismatch'), []);
  });

  it('compares completed sessions only with completed sessions, never with the count requested', () => {
    // 4 completed and 8 requested differ, and are different quantities.
    assert.deepEqual(found(edit(completed, 'had at least 8 sessions', 'had 4 sessions'), 'quantity-mismatch'), []);
    // "at least 4" and "4" agree.
    assert.deepEqual(found(edit(completed, 'had at least 8 sessions', 'had at least 4 sessions'), 'quantity-mismatch'), []);
  });

  it("compares a treatment plan's strength with the item's, unless the plan changes the dose", () => {
    const plan = readMarked(ruleFixture('quantity-mismatch/treatment-plan-strength.txt')).text;
    assert.match(found(plan, 'quantity-mismatch')[0][2], /Neurontin the strength 300 mg, but the item decided is Gabapentin 600mg/);
    assert.deepEqual(found(edit(plan, 'and Neurontin 300 mg #90', 'and increasing Neurontin 300 mg #90'), 'quantity-mismatch'), []);
  });

  it('compares two exact counts of completed sessions in one rationale, unless a date ties one to its time', () => {
    // No "at least" anywhere: the summary's 4 and the rationale's 8 may be of different visits.
    const exact = edit(completed, 'had at least 8 sessions', 'had 8 sessions');
    assert.deepEqual(found(exact, 'quantity-mismatch'), []);
    const twice = edit(
      exact,
      'the guidelines.\nTherefore',
      'the guidelines. There was no benefit from the prior six physical therapy sessions.\nTherefore',
    );
    assert.deepEqual(
      found(twice, 'quantity-mismatch').map(([, q, m]) => [q, m]),
      [
        [
          'six physical therapy sessions',
          'The physical therapy sessions already completed are counted two ways that cannot both hold: "six physical therapy sessions" here, "8 sessions" earlier.',
        ],
      ],
    );
    assert.deepEqual(
      found(edit(twice, 'the prior six physical therapy sessions', 'the prior six physical therapy sessions in 2015'), 'quantity-mismatch'),
      [],
    );
  });

  it('reads a quantity named alone in the rationale of a drug: "the request for quantity 90"', () => {
    const letter = fixture('real/CM17-0021126.txt');
    const said = (words: string): string[] =>
      found(edit(letter, 'Decision rationale: ', `Decision rationale: ${words} `), 'quantity-mismatch').map(([, q]) => q);
    assert.deepEqual(said('The request for quantity 90 exceeds the guidelines.'), ['The request for quantity 90']);
    assert.deepEqual(said('The requested #90 exceeds the guidelines.'), ['The requested #90']);
    assert.deepEqual(said('The request for quantity 60 exceeds the guidelines.'), []);
    assert.deepEqual(said('The request for quantity 90 mg is high.'), []);
  });

  it('names both counts of completed sessions', () => {
    const [[, quoted, message]] = found(completed, 'quantity-mismatch');
    assert.equal(quoted, 'at least 8 sessions');
    assert.match(message, /"at least 8 sessions" here, "4 sessions" earlier/);
  });
});

describe('quantity-mismatch: completed sessions, the case summary against a rationale', () => {
  const { text } = readMarked(ruleFixture('quantity-mismatch/completed-summary-rationale.txt'));
  const messages = (t: string): string[] => found(t, 'quantity-mismatch').map(([, , m]) => m);

  it('reports a rationale that counts fewer sessions had than the case summary', () => {
    assert.deepEqual(messages(text), [
      'The physical therapy sessions already completed are counted two ways that cannot both hold: "6 previous sessions" here, "ten sessions" in the case summary.',
    ]);
  });

  it('accepts a rationale that counts more: sessions are had after the records the summary reports', () => {
    assert.deepEqual(messages(edit(text, 'Treatment included ten sessions', 'Treatment included four sessions')), []);
  });

  it('says nothing when the summary counts the therapy twice (two visits), or the rationale dates its count', () => {
    assert.deepEqual(
      messages(
        edit(
          text,
          'Treatment included ten sessions of physical therapy',
          'Treatment included ten sessions of physical therapy and later six sessions of physical therapy',
        ),
      ),
      [],
    );
    assert.deepEqual(
      messages(
        edit(
          text,
          'improved with 6 previous sessions of physical therapy.',
          'improved with 6 previous sessions of physical therapy in 2015.',
        ),
      ),
      [],
    );
  });
});

describe('quantity-mismatch: the count the case summary says the review denied', () => {
  // A real letter: "a request was received for additional physical therapy 2x4 ... that was
  // noncertified by Utilization Review", for the item "Additional physical therapy two times four visits (8)".
  const text = fixture('real/CM16-0237844.txt');
  const messages = (t: string): string[] => found(t, 'quantity-mismatch').map(([, , m]) => m);

  it('reads "two times four visits" as 8, and "a request was received for" as the request denied', () => {
    assert.deepEqual(messages(text), []);
    assert.deepEqual(messages(edit(text, 'additional physical therapy 2x4 treating', 'additional physical therapy 2x6 treating')), [
      'The case summary says the utilization review denied "additional physical therapy 2x6 treating lumbar spine": 12 there, 8 in the item "Additional physical therapy two times four visits (8) for the lumbar and bilateral knees".',
    ]);
  });
});
