import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/letter';
import { sideFacts } from '../../../server/src/letter/sides';
import { check } from '../../../server/src/service';
import { edit, found, TODAY } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const marked = (name: string): string => readMarked(ruleFixture(`laterality-mismatch/${name}`)).text;
const lateral = (text: string): string[] => found(text, 'laterality-mismatch').map(([, quoted]) => quoted);

describe('laterality-mismatch', () => {
  markedFixtures('laterality-mismatch');

  describe('sides as facts', () => {
    const facts = (text: string): string[] => sideFacts(parse(text)).map((f) => `${f.side} ${f.region}: ${f.text}`);

    it('reads a side with its region, through modifiers, pairs and a trailing "bilaterally"', () => {
      assert.deepEqual(
        facts(
          'Pain in the left distal ulna. Pain in the right-sided carpal tunnel. Pain in the left and right hips. Numbness in the calf, foot and toes bilaterally.',
        ),
        [
          'left wrist and hand: left distal ulna',
          'right wrist and hand: right-sided carpal tunnel',
          'bilateral hip: left and right hips',
          'bilateral ankle and foot: calf, foot and toes bilaterally',
          'bilateral lower extremity: calf, foot and toes bilaterally',
        ],
      );
    });

    it('reads "R" and "L" in capitals, and the side of a radiculopathy as its limb\'s', () => {
      assert.deepEqual(
        facts('ORIF of the R mid foot. Pain in the Lt. knee. Diagnosis: left L5 radiculopathy, right cervical radiculopathy.'),
        [
          'right ankle and foot: right mid foot',
          'left knee: left knee',
          'left lower extremity: left l5 radiculopathy',
          'right upper extremity: right cervical radiculopathy',
        ],
      );
      // Lower-case letters are words, and a level alone is no limb.
      assert.deepEqual(facts('The r knee and the l foot. Left radiculopathy.'), []);
    });

    it('reads no side in handedness, "left the job" or "the right to"', () => {
      assert.deepEqual(
        facts('She is right-handed and right hand dominant, the dominant left hand. She left the job and has the right to knee pads.'),
        [],
      );
    });

    it('tells an item, a diagnosis, a statement set apart and any other statement', () => {
      const letter = parse(marked('prior-injury-and-handedness.txt'));
      const roles = sideFacts(letter).map((f) => `${f.role}: ${f.text}`);
      assert.ok(roles.includes('aside: right wrist'), 'a prior fracture on the other side');
      assert.ok(roles.includes('diagnosis: left wrist'), 'the diagnosis');
      assert.ok(roles.includes('item: left wrist'), 'the item');
    });

    it('is read once per letter', () => {
      const letter = parse(marked('rationale-other-hip.txt'));
      assert.equal(sideFacts(letter), sideFacts(letter));
    });
  });

  describe('one side against the rest of the letter', () => {
    const hip = marked('rationale-other-hip.txt');
    const knee = marked('report-other-knee.txt');

    it('says where the odd side stands and what the rest concern', () => {
      const [f, ...rest] = check(parse(hip), undefined, TODAY).filter((x) => x.rule === 'laterality-mismatch');
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'warning');
      assert.equal(f.message, 'The rationale speaks of the left hip, but the item and the case summary concern the right hip.');
      assert.equal(f.related![0].message, 'The item: MRI without contrast of the right hip');
      assert.ok(f.related!.some((r) => r.message === 'The case summary: right hip'));
    });

    it('is quiet when the odd side is set apart: a prior injury, a comparison, a normal finding', () => {
      const line = 'soft-tissue abnormalities of the left\nhip.';
      for (const words of [
        'soft-tissue abnormalities. She had a prior left\nhip fracture.',
        'soft-tissue abnormalities, compared to the left\nhip.',
        'soft-tissue abnormalities. The left\nhip was normal.',
      ]) {
        assert.deepEqual(lateral(edit(hip, line, words)), [], words);
      }
    });

    it('is quiet when the letter gives the region both sides', () => {
      assert.deepEqual(lateral(edit(hip, 'incurring a right hip injury', 'incurring bilateral hip injuries')), []);
      assert.deepEqual(lateral(edit(hip, 'X-rays of the\nright hip were', 'X-rays of the right hip and the left hip were')), []);
    });

    it('is quiet when an item is for the other side', () => {
      const both = edit(
        knee,
        'Physical therapy 8 sessions for the left knee:  Upheld',
        'Physical therapy 8 sessions for the right knee:  Upheld\n\nPhysical therapy 8 sessions for the left knee:  Upheld',
      );
      assert.deepEqual(lateral(both), []);
    });

    it('weighs the sides: one statement each, neither an item nor a diagnosis, is no conflict', () => {
      let text = edit(knee, 'persistent neck pain and persistent left knee pain', 'persistent neck pain');
      text = edit(text, 'physical therapy for the left knee.', 'physical therapy. The left knee was swollen.');
      text = edit(
        edit(text, 'Physical therapy 8 sessions for the left knee:', 'Physical therapy 8 sessions:'),
        'sessions for the left knee is not',
        'sessions is not',
      );
      assert.deepEqual(lateral(text), []);
    });
  });

  describe('one finding, one side and then both', () => {
    const text = marked('one-then-both.txt');

    it('points at both sides in its related information', () => {
      const [f] = check(parse(text), undefined, TODAY).filter((x) => x.rule === 'laterality-mismatch');
      assert.equal(
        f.message,
        'The sentence places one finding in the left upper extremity and then on both sides ("hands and fingers bilaterally").',
      );
      assert.equal(text.slice(f.related![0].span.start, f.related![0].span.end).replace(/\s+/g, ' '), 'hands and fingers bilaterally');
    });

    it('is quiet for two findings joined by "and"', () => {
      assert.deepEqual(
        lateral(
          edit(
            text,
            'in the left upper extremity down to the hands and fingers\nbilaterally',
            'in the left upper extremity and weakness of the hands\nbilaterally',
          ),
        ),
        [],
      );
    });
  });
});

describe('laterality-mismatch on a long, repetitive text', () => {
  it('reads the claim\'s own "status post injury" and a list joined by "as well as" as the case, not an aside', () => {
    const hip = fixture('real/CM16-0244053.txt');
    assert.deepEqual(lateral(hip), []);
    assert.deepEqual(lateral(edit(hip, 'resulting in left hip pain', 'resulting in right hip pain')), ['right hip']);
    const knee = fixture('real/CM16-0240434.txt');
    assert.deepEqual(lateral(edit(knee, /His right knee has 2 plus effusion/, 'His left knee has 2 plus effusion')), ['left knee']);
    // A second complaint ("as well") and a surgery the worker is status post are still asides.
    assert.deepEqual(lateral(edit(hip, 'resulting in left hip pain', 'resulting in left hip pain and right hip pain as well')), []);
  });

  it('reads the groin and an inguinal hernia as a region with a side', () => {
    const hernia = fixture('real/CM17-0014944.txt');
    assert.deepEqual(lateral(hernia), []);
    assert.deepEqual(lateral(edit(hernia, /there was an\s+inguinal hernia/, 'there was a right inguinal hernia')), [
      'right inguinal hernia',
    ]);
  });

  it('reads every odd side once: a 1 MB summary of one side against the other is checked whole', () => {
    const letter = fixture('real/CM16-0213037.txt');
    const anchor = 'for complaints of neck, back and right shoulder pain.';
    let added = '';
    for (let i = 0; i < 30_000; i++) added += `The right knee. Left knee pain ${i}. `;
    const text = edit(letter, anchor, `${anchor} ${added}`);
    const findings = check(parse(text, { maxLength: 5_000_000 }), undefined, TODAY).filter((f) => f.rule === 'laterality-mismatch');
    // "The right knee." repeated is one statement against 30,000 different ones for the left knee:
    // each repetition is reported, and the check ends (it once compared every pair).
    assert.ok(text.length > 1_000_000);
    assert.equal(findings.length, 30_000);
    assert.match(
      findings[0].message,
      /^The case summary speaks of the right knee, but the rest of the case summary concerns the left knee\.$/,
    );
  });

  it("quotes an item's title of pages cut short, in each finding that names it", () => {
    const letter = fixture('real/CM16-0213037.txt');
    const title = 'MRI of the right shoulder without contrast';
    const long = `${title} ${'without contrast '.repeat(200)}`.trim();
    const text = edit(
      edit(letter, `${title}: Upheld`, `${long}: Upheld`),
      'Decision rationale: ',
      'Decision rationale: The request for an MRI of the left shoulder is not medically necessary. ',
    );
    const findings = check(parse(text), undefined, TODAY).filter(
      (f) => f.rule === 'laterality-mismatch' && f.message.startsWith("The rationale's request"),
    );
    assert.equal(findings.length, 1);
    for (const f of findings) {
      assert.ok(f.message.length < 1200, `${f.message.length} characters`);
      assert.ok(f.message.includes(`"${long.slice(0, 1000)}…"`), f.message.slice(0, 200));
      assert.ok(f.related![0].message.length < 1100);
    }
  });
});
