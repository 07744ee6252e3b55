import { strict as assert } from 'node:assert';
import { negationOf, triggersIn } from '../../../server/src/letter/negation';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { markedFixtures, readMarked } from '../../support/inline';
import { fixture, ruleFixture } from '../../support/fixtures';

/** Whether `phrase` is negated in `sentence`, NegEx's way, reaching at most `window` words back. */
function negated(sentence: string, phrase: string, window = 6): string | undefined {
  const start = sentence.indexOf(phrase);
  const whole = { start: 0, end: sentence.length };
  const n = negationOf(sentence, triggersIn(sentence, whole), { start, end: start + phrase.length }, window);
  return n && sentence.slice(n.trigger.start, n.trigger.end);
}

describe('NegEx negation scope', () => {
  it('finds a trigger before the phrase, and one after it', () => {
    assert.equal(negated('There is no documentation of radicular pain.', 'radicular pain'), 'no documentation of');
    assert.equal(negated('The treating physician has not documented a physical exam.', 'physical exam'), 'has not documented');
    assert.equal(negated('Medications are not documented.', 'Medications'), 'are not documented');
  });

  it('passes over pseudo-triggers, and stops at termination terms and at the edge of its window', () => {
    assert.equal(negated('There has been no change in her radicular pain.', 'radicular pain'), undefined);
    assert.equal(negated('She denies fever, but reports numbness of the foot.', 'numbness'), undefined);
    assert.equal(negated('He denies bowel or bladder incontinence and has numbness of the foot.', 'numbness'), undefined);
    assert.equal(negated('No history of surgery on the left knee at any time, numbness of the foot.', 'numbness'), undefined);
    assert.equal(negated("Negative Tinel's, positive Phalen's.", "Phalen's"), undefined);
    assert.equal(negated('There is no positive straight leg raise.', 'straight leg raise'), 'no');
  });
});

describe('statement-conflict', () => {
  markedFixtures('statement-conflict');

  const radicular = readMarked(ruleFixture('statement-conflict/radicular-and-deficits.txt')).text;
  const records = readMarked(ruleFixture('statement-conflict/records.txt')).text;
  const quoted = (text: string): string[] => found(text, 'statement-conflict').map(([, q]) => q);

  it('quotes the denial and what the case summary reports', () => {
    const [[severity, q, message]] = found(radicular, 'statement-conflict');
    assert.equal(severity, 'warning');
    assert.equal(q, 'no documentation of radicular symptoms');
    assert.match(
      message,
      /^The rationale says "no documentation of radicular symptoms" \(no radicular symptoms .*\), but the case summary reports ".*radiating down the left leg to the foot" and "with numbness of the left foot"\.$/,
    );
  });

  it("reads a guideline's words as no statement about the worker", () => {
    const text = edit(
      radicular,
      /In this case, there is no\s+documentation of radicular symptoms\./,
      'Imaging is not recommended for patients with no radicular symptoms.',
    );
    assert.deepEqual(quoted(text), ['no evidence of nerve compromise']);
  });

  it('does not answer a denial of objective evidence with the complaints the worker reports', () => {
    const text = edit(
      radicular,
      /there is no\s+documentation of radicular symptoms/,
      'there is no objective documentation of radicular symptoms',
    );
    assert.deepEqual(quoted(text), ['no evidence of nerve compromise']);
  });

  it("takes the summary's own denials for denials", () => {
    const text = edit(
      radicular,
      /low back pain radiating down the left\s+leg to the foot, with numbness of the left foot/,
      'low back pain and denied radiating pain or numbness in the legs',
    );
    assert.deepEqual(quoted(text), ['no evidence of nerve compromise']);
  });

  it('skips a hedged denial', () => {
    const text = edit(
      radicular,
      /there is no\s+documentation of radicular symptoms/,
      'there is no significant documentation of radicular symptoms',
    );
    assert.deepEqual(quoted(text), ['no evidence of nerve compromise']);
  });

  it('answers a denial that names a body part only with a statement about that part', () => {
    const neck = edit(records, /No\s+physical examination was documented/, 'No neck examination was documented');
    assert.ok(quoted(neck).includes('No neck examination'));
    const lumbar = edit(neck, 'Physical examination of the cervical spine', 'Physical examination of the lumbar spine');
    assert.ok(!quoted(lumbar).includes('No neck examination'));
  });

  it('points at every statement of the summary that reports the finding', () => {
    const [finding] = found(records, 'statement-conflict');
    assert.match(finding[2], /rated 7\/10/);
  });

  // The records fixture with another case summary and another first rationale.
  function denials(summary: string, rationale: string): string[] {
    const text = edit(
      edit(records, /The injured worker is a 52[\s\S]*?non-certified the requests\./, summary),
      /Decision rationale: The California MTUS[\s\S]*?is not medically necessary\./,
      `Decision rationale: ${rationale} The request is not medically necessary.`,
    );
    const start = text.indexOf(rationale);
    return found(text, 'statement-conflict')
      .map(([, q]) => q)
      .filter((q) => text.indexOf(q, start) >= start && text.indexOf(q, start) < start + rationale.length);
  }

  for (const [summary, rationale, want] of [
    [
      'Exam revealed decreased sensation in the left L5 dermatome.',
      'There is no evidence of radiculopathy.',
      ['no evidence of radiculopathy'],
    ],
    ['Exam revealed decreased sensation in the left L5 dermatome.', 'There is no evidence of radiculopathy on EMG.', []],
    [
      'Exam revealed decreased sensation in the left L5 dermatome.',
      'Neurological exam is unremarkable.',
      ['Neurological exam is unremarkable'],
    ],
    ['Exam revealed decreased sensation in the left hand.', 'There are no neurological deficits in the lower extremities.', []],
    ['Sensation was intact and straight leg raise was negative.', 'There is no evidence of nerve compromise.', []],
    ['She reported pain radiating down the left leg.', 'There is no documentation of radicular symptoms at the most recent visit.', []],
    ['Physical examination was deferred.', 'No physical examination was documented.', []],
    ['She takes Flexeril for muscle spasms.', 'There is no documentation of muscle spasm.', []],
    ['Treatment to date has included physical therapy.', 'The patient has not had physical therapy.', ['has not had physical therapy']],
    ['Treatment to date has included physical therapy.', 'There are no physical therapy progress notes.', []],
    // "It does not appear the patient has undergone ...": a denial of a record; of a finding, a hedge.
    [
      'He has attended six chiropractic sessions.',
      'It does not appear the patient has undergone chiropractic care previously.',
      ['does not appear the patient has undergone chiropractic care'],
    ],
    ['She reported numbness of the left foot.', 'It does not appear the patient has had numbness.', []],
    ['The physician recommended physical therapy.', 'The patient has not had physical therapy.', []],
    ['Current medications include tramadol.', 'There is no documentation of improvement with medications.', []],
    // A denial limited to a time before the records, to one visit or to another provider's note.
    ['She reported numbness of the left foot.', 'Prior to the injury, she had no numbness.', []],
    ['She reported numbness of the left foot.', 'No numbness was documented at the initial visit on 09-12-2016.', []],
    ['She reported numbness of the left foot.', 'The emergency room physician noted no numbness.', []],
    [
      'She reported numbness of the left foot.',
      'There is no documentation of numbness prior to the request.',
      ['no documentation of numbness'],
    ],
    // A side, and a part rather than the limb for a muscle's spasm.
    ['She reported numbness of the right hand.', 'There is no numbness on the left.', []],
    ['She reported numbness in both hands.', 'There is no numbness in the left hand.', ['no numbness']],
    ['She reported numbness of the hand.', 'There is no numbness in the left hand.', ['no numbness']],
    ['She reported numbness of the right hand.', 'There is no numbness in the right upper extremity.', ['no numbness']],
    ['Exam revealed spasm of the cervical paraspinal muscles.', 'There is no spasm of the lumbar spine.', []],
    ['Exam revealed spasm of the cervical paraspinal muscles.', 'There is no spasm in the neck.', ['no spasm']],
    // A named provocative test: called negative in the rationale, positive in the summary; its result needed in the summary.
    ["There was a positive Tinel's sign at the right wrist.", "Tinel's testing was negative.", ["Tinel's testing was negative"]],
    [
      'Straight leg raise was positive on the left at 40 degrees.',
      'The exam showed a negative straight leg raise.',
      ['negative straight leg raise'],
    ],
    ["There was a positive Phalen's test.", "Tinel's testing was negative.", []],
    [
      'Straight leg raise was positive on the left at 30 degrees.',
      'There is no positive straight leg raise on exam.',
      ['no positive straight leg raise'],
    ],
    ["Tinel's testing was performed at the wrist.", "Tinel's testing was negative.", []],
    ["There was a positive Tinel's sign at the elbow.", "Tinel's sign at the wrist was negative.", []],
    // Improvement from treatment: a named gain in the summary answers "has not improved".
    [
      'Treatment included six sessions of physical therapy with significant benefit.',
      'The patient has not improved with the prior sessions.',
      ['not improved'],
    ],
    [
      'Treatment included six sessions of physical therapy with 50% improvement.',
      'There is no documentation of functional improvement.',
      ['no documentation of functional improvement'],
    ],
    ['Treatment included six sessions of physical therapy with some benefit.', 'The patient has not improved with the prior sessions.', []],
    [
      'The therapy report noted increased ability to use the arm.',
      'The claimant showed no benefit with the initial 6 visits.',
      ['no benefit'],
    ],
    // The reverse: the rationale says the records document what the summary finds normal or denies, and reports nowhere.
    [
      'Exam showed intact C5 and C6 dermatome sensation.',
      'In this case there is indication of neurologic dysfunction.',
      ['neurologic dysfunction'],
    ],
    [
      'Exam showed 5 of 5 muscle strength in the left leg.',
      'Neurological abnormalities have been documented.',
      ['Neurological abnormalities'],
    ],
    [
      'Chiropractic notes show no improvement with prior treatment.',
      'Objective functional improvement has been documented.',
      ['Objective functional improvement'],
    ],
    [
      'Chiropractic notes show unchanged range of motion with prior treatment.',
      'Objective functional improvement has been documented.',
      ['Objective functional improvement'],
    ],
    [
      'Chiropractic notes show unchanged range of motion and improved function.',
      'Objective functional improvement has been documented.',
      [],
    ],
    [
      'Exam showed intact sensation and decreased strength in the left leg.',
      'In this case there is indication of neurologic dysfunction.',
      [],
    ],
    ['Exam showed intact C5 and C6 dermatome sensation.', 'MRI is recommended when there is evidence of neurologic dysfunction.', []],
    ['Exam showed intact C5 and C6 dermatome sensation.', 'There is no indication of neurologic dysfunction.', []],
    ['Treatment included six sessions of physical therapy with significant benefit.', 'There was no significant improvement in pain.', []],
  ] as [string, string, string[]][]) {
    it(`${want.length ? 'reports' : 'lets pass'} "${rationale}" against "${summary}"`, () => {
      assert.deepEqual(denials(summary, rationale), want);
    });
  }

  // Thousands of denials and reports: each denial is answered from the reports grouped once, not
  // by reading every report again. The suite's timeout catches a return to quadratic time.
  describe('on a letter of a megabyte', () => {
    const MB = 1_000_000;

    it('reports the one rationale denial once, pointing at the first few of its many reports', () => {
      let summary = '';
      let n = 0;
      while (summary.length < MB) summary += `Numbness in the leg ${++n}. There is no numbness ${n}. `;
      const text = edit(
        edit(records, /The injured worker is a 52[\s\S]*?non-certified the requests\./, summary),
        /Decision rationale: The California MTUS[\s\S]*?is not medically necessary\./,
        'Decision rationale: There is no numbness. The request is not medically necessary.',
      );
      // The summary's own denials stand each in a sentence of their own: no finding there.
      const findings = findingsOf(text, 'statement-conflict');
      assert.equal(findings.length, 1);
      assert.equal(quote(text, findings[0]), 'no numbness');
      assert.ok(findings[0].span.start > text.indexOf('Decision rationale: There is no numbness'));
      assert.match(findings[0].message, new RegExp(`"Numbness in the leg 1" and "Numbness in the leg 2" and ${n - 2} more\\.$`));
      assert.equal(findings[0].related?.length, 10);
    });

    it('reads a sentence of thousands of denials and of reports of another finding in one pass', () => {
      let sentence = 'She reported';
      while (sentence.length < MB) sentence += ' no numbness; tingling;';
      const text = edit(records, 'when she slipped on a wet floor.', `when she slipped on a wet floor. ${sentence} nothing else.`);
      assert.deepEqual(quoted(text), quoted(records));
    });
  });
});

describe('statement-conflict: a treatment the rationale says was given', () => {
  const given = readMarked(ruleFixture('statement-conflict/therapy-given.txt')).text;
  const messages = (text: string): string[] => found(text, 'statement-conflict').map(([, , m]) => m);
  const list = /The treatment to date includes medications of\s+Ibuprofen and Soma\./;

  it("sets it beside the summary's denial and its list of the treatment to date", () => {
    const [message] = messages(given);
    assert.match(
      message,
      /^The rationale says physical therapy was already given, but the case summary reports "The treatment to date includes medications of Ibuprofen and Soma" and no physical therapy received\.$/,
    );
    assert.equal(found(given, 'statement-conflict').length, 1);
  });

  it('answers the list alone, or the denial alone', () => {
    const listOnly = edit(
      given,
      /There is no documentation of attendance of physical therapy sessions\./,
      'The worker reports ongoing pain.',
    );
    assert.equal(messages(listOnly).length, 1);
    const denialOnly = edit(
      edit(given, list, 'He has been working modified duty.'),
      /There is no documentation of attendance of physical therapy sessions\./,
      'He has not had any physical therapy.',
    );
    assert.match(messages(denialOnly)[0], /reports "He has not had any physical therapy"/);
  });

  it('says nothing when the summary reports the treatment given, or the rationale denies it', () => {
    assert.deepEqual(
      messages(edit(given, list, 'The treatment to date includes medications of Ibuprofen and Soma and 6 sessions of physical therapy.')),
      [],
    );
    assert.deepEqual(
      messages(
        edit(
          given,
          /the patient has undergone physical therapy\s+previously/,
          'it does not appear the patient has undergone physical therapy previously',
        ),
      ),
      [],
    );
    assert.deepEqual(
      messages(
        edit(given, /the patient has undergone physical therapy\s+previously/, 'the patient should have a trial of physical therapy'),
      ),
      [],
    );
  });

  it('reads "despite" and "has completed" as given', () => {
    assert.equal(
      messages(edit(given, /the patient has undergone physical therapy\s+previously/, 'the pain persists despite physical therapy')).length,
      1,
    );
    assert.equal(
      messages(
        edit(
          given,
          /the patient has undergone physical therapy\s+previously/,
          'the patient has completed a full course of physical therapy',
        ),
      ).length,
      1,
    );
  });

  describe('therapy in general ("persists despite therapy")', () => {
    const general = edit(
      edit(given, /the patient has undergone physical therapy\s+previously/, 'the pain persists despite therapy'),
      /There is no documentation of attendance of physical therapy sessions\./,
      'The worker said he has not done any therapy.',
    );

    it("is set beside the summary's denial of any therapy", () => {
      assert.deepEqual(messages(general), [
        'The rationale says therapy was already given, but the case summary reports "The worker said he has not done any therapy" and no therapy received.',
      ]);
    });

    it('is answered by any therapy the summary reports, and not by a list that leaves one kind out', () => {
      assert.deepEqual(
        messages(edit(general, list, 'The treatment to date includes medications and 6 sessions of chiropractic care.')),
        [],
      );
      assert.deepEqual(messages(edit(general, 'The worker said he has not done any therapy.', 'The worker reports ongoing pain.')), []);
    });

    it('is not a named kind of therapy ("opioid therapy", "occupational therapy")', () => {
      assert.deepEqual(messages(edit(general, 'persists despite therapy', 'persists despite opioid therapy')), []);
      assert.deepEqual(messages(edit(general, 'has not done any therapy', 'has not done any occupational therapy')), []);
    });
  });
});

describe("statement-conflict: a case summary's denial for the whole record", () => {
  const radicular = readMarked(ruleFixture('statement-conflict/radicular-and-deficits.txt')).text;
  const summaryOwn = (text: string): string[] =>
    found(text, 'statement-conflict')
      .map(([, , m]) => m)
      .filter((m) => m.startsWith('The case summary says'));
  const add = (sentence: string): string =>
    edit(radicular, 'He denied bowel or bladder symptoms.', `He denied bowel or bladder symptoms. ${sentence}`);

  it('is set beside what the same summary reports', () => {
    const [message, ...rest] = summaryOwn(add('The medical records do not document any numbness.'));
    assert.match(
      message,
      /^The case summary says "do not document any numbness" \(no radicular symptoms .*\), but it also reports "with numbness of the left foot"\.$/,
    );
    assert.deepEqual(rest, []);
  });

  it("is no conflict when it is one visit's, one day's, or the worker's own denial", () => {
    assert.deepEqual(summaryOwn(add('The 01-10-2017 report does not document any numbness.')), []);
    assert.deepEqual(summaryOwn(add('At the follow-up visit the records do not document any numbness.')), []);
    assert.deepEqual(summaryOwn(add('The medical records show he denies numbness.')), []);
  });
});

describe('statement-conflict: a disputed study the case summary says was approved', () => {
  const approvals = (text: string): string[] =>
    found(text, 'statement-conflict')
      .map(([, , m]) => m)
      .filter((m) => m.includes('is a disputed item'));
  const mriLetter = fixture('real/CM16-0239607.txt');
  const lumbar = fixture('real/CM16-0239479.txt');
  const addToLumbar = (sentence: string): string => edit(lumbar, 'Current medications include', `${sentence} Current medications include`);

  it('sets the approval beside the item and the review that denied it (CM16-0239607)', () => {
    const [finding, ...rest] = findingsOf(mriLetter, 'statement-conflict').filter((f) => f.message.includes('is a disputed item'));
    assert.deepEqual(rest, []);
    assert.equal(
      quote(mriLetter, finding).replace(/\s+/g, ' '),
      'A follow-up exam on 12-09-2016 noted that magnetic resonance imaging was approved for both the right shoulder and cervical spine',
    );
    assert.match(
      finding.message,
      /but "MRI cervical spine without contrast" is a disputed item: the utilization review did not certify it, as the summary also says\.$/,
    );
    assert.deepEqual(
      finding.related!.map((r) => r.message),
      [
        'The disputed item: MRI cervical spine without contrast',
        'The case summary says "On 12-12-2016 Utilization Review non-certified a request for MRI cervical spine without contrast."',
      ],
    );
  });

  it('reads the same in another letter and wording', () => {
    assert.equal(approvals(addToLumbar('The MRI of the lumbar spine was authorized on 11-25-16.')).length, 1);
  });

  it('points each approval at the first ten denials of many, and counts every approval', () => {
    const denial = 'On 12-12-2016 Utilization Review non-certified a request for MRI cervical spine without contrast. ';
    const approval = 'Magnetic resonance imaging of the cervical spine was approved. ';
    const text = edit(mriLetter, 'A follow-up exam on', `${(denial + approval).repeat(30)}A follow-up exam on`);
    const findings = findingsOf(text, 'statement-conflict').filter((f) => f.message.includes('is a disputed item'));
    assert.equal(findings.length, 31);
    for (const f of findings) {
      assert.equal(f.related!.length, 11);
      assert.equal(f.related![0].message, 'The disputed item: MRI cervical spine without contrast');
    }
  });

  it('says nothing of another study, region or side, a refusal, a part, or an earlier study already done', () => {
    assert.deepEqual(approvals(edit(mriLetter, /both the right shoulder and\s+cervical spine/, 'the right shoulder')), []);
    for (const sentence of [
      'The x-rays of the lumbar spine were approved.',
      'The MRI of the right knee was approved.',
      'The MRI of the lumbar spine was not approved.',
      'An MRI of the lumbar spine was previously approved and performed in 2015.',
      'The MRI of the lumbar spine was partially certified.',
      'Physical therapy for the lumbar spine was authorized.',
      'The MRI of the lumbar spine would be authorized if symptoms persist.',
    ])
      assert.deepEqual(approvals(addToLumbar(sentence)), [], sentence);
  });
});

describe("statement-conflict: a rationale relying on a study's result the case summary gives only as requested", () => {
  const results = (text: string): string[] =>
    found(text, 'statement-conflict')
      .map(([, q, m]) => (m.includes('only as requested') ? q.replace(/\s+/g, ' ') : ''))
      .filter(Boolean);
  const lumbar = fixture('real/CM16-0239479.txt');
  const withResult = (sentence: string): string =>
    edit(lumbar, 'Medical necessity has not been established.', `${sentence} Medical necessity has not been established.`);

  it("sets the result beside the summary's request (CM17-0009887, both rationales)", () => {
    const text = fixture('real/CM17-0009887.txt');
    assert.deepEqual(results(text), ['MRI does not indicate nerve compression', 'MRI does not indicate nerve compression']);
    const [message] = found(text, 'statement-conflict')
      .map(([, , m]) => m)
      .filter((m) => m.includes('only as requested'));
    assert.match(
      message,
      /^The rationale relies on the MRI's result \("MRI does not indicate nerve compression"\), but the case summary gives the MRI only as requested \("The request for authorization dated 12-01-2016 requested an MRI of the cervical spine/,
    );
  });

  it('reads the same in another letter and wording', () => {
    assert.deepEqual(results(withResult('The MRI showed mild disc bulging at L4-L5.')), ['MRI showed mild disc bulging at L4-L5']);
  });

  it('says nothing of a result the summary also reports, of a study to come, a guideline, or another region', () => {
    assert.deepEqual(results(lumbar), []);
    assert.deepEqual(results(withResult('An MRI would show whether there is stenosis.')), []);
    assert.deepEqual(results(withResult('MRI is indicated when the examination shows nerve compromise.')), []);
    assert.deepEqual(results(withResult('An MRI of the cervical spine showed mild disc bulging.')), []);
    const reported = edit(
      withResult('The MRI showed mild disc bulging at L4-L5.'),
      'Cyclobenzaprine at bedtime.',
      'Cyclobenzaprine at bedtime. A prior MRI of the lumbar spine dated 3-1-16 showed a disc bulge.',
    );
    assert.deepEqual(results(reported), []);
  });
});

describe('statement-conflict: no treatment of a body part, against a splint, brace or sling the summary reports', () => {
  const partTreated = (text: string): string[] =>
    found(text, 'statement-conflict')
      .map(([, , m]) => m)
      .filter((m) => m.includes('splint, brace, sling or cast'));
  const wrist = fixture('real/CM16-0239190.txt');
  const deny = (sentence: string): string =>
    edit(wrist, 'Decision rationale: Recommended as indicated below.', `Decision rationale: ${sentence} Recommended as indicated below.`);

  it('sets the denial beside the summary (CM17-0010728)', () => {
    assert.deepEqual(partTreated(fixture('real/CM17-0010728.txt')), [
      'The rationale says "no documentation of treatment rendered" (no treatment of the body part with a splint, brace, sling or cast), but the case summary reports "He uses a splint for the thumb, sling, a cervical pillow, and a TENS (transcutaneous electrical nerve stimulation) unit".',
    ]);
  });

  it('reads the same in another letter and wording, for the same part only', () => {
    assert.equal(partTreated(deny('There is no documentation of any treatment provided to the right wrist.')).length, 1);
    assert.deepEqual(partTreated(deny('There is no documentation of any treatment provided to the left knee.')), []);
    assert.deepEqual(partTreated(wrist), []);
  });
});
