// The consistency rules: each on a letter that triggers it, and on its known false-alarm traps.
// Letters are real fixtures, edited where a test needs a mistake the corpus does not have.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { fixture, fixtureLetters } from '../support/fixtures';
import { edit, found, TODAY } from '../support/findings';

const REAL = fixture('real/CM16-0213037.txt');
const SEED_000 = fixture('seeds/000_6475ff4f10510ca5.txt');
const SEED_002 = fixture('seeds/002_f4a3e060fe32e57b.txt');
const SEED_003 = fixture('seeds/003_fc99783cdfd818d2.txt');

describe('rule header-chronology', () => {
  it('flags a UR denial after the application was received', () => {
    assert.deepEqual(found(edit(REAL, 'UR Denial Date:  11/03/2016', 'UR Denial Date:  11/13/2016'), 'header-chronology'), [
      ['error', '11/03/2016', 'Application Received 11/03/2016 is before UR Denial Date 11/13/2016; the header\'s dates must run Date of Injury < UR Denial Date <= Application Received <= Date Assigned < Decision Date.'],
    ]);
  });

  it('accepts equal UR and application dates, and the pdftotext header', () => {
    assert.deepEqual(found(REAL, 'header-chronology'), []);
    assert.deepEqual(found(fixture('real-pdftotext/CM16-0213037.txt'), 'header-chronology'), []);
  });

  it('flags a decision on the day of assignment', () => {
    const f = found(edit(REAL, 'Decision Date: 12/09/2016', 'Decision Date: 11/09/2016'), 'header-chronology');
    assert.deepEqual(f.map((x) => x[1]), ['11/09/2016']);
  });
});

describe('rule ur-date-conflict', () => {
  it('warns about a UR decision dated a day from the header', () => {
    assert.deepEqual(found(fixture('real/CM16-0240518.txt'), 'ur-date-conflict'), [
      ['warning', '11-14-16', 'Utilization review dated 11-14-16 here, but UR Denial Date 11/15/2016 in the header (1 day earlier).'],
    ]);
  });

  it('warns about a UR date weeks from the header', () => {
    const f = found(edit(REAL, 'On 11-3-16, utilization review', 'On 10-3-16, utilization review'), 'ur-date-conflict');
    assert.deepEqual(f.map((x) => [x[0], x[1]]), [['warning', '10-3-16']]);
  });

  it('reads "a prior review dated" as the review under appeal (CM16-0231745, CM17-0011703)', () => {
    assert.deepEqual(found(fixture('real/CM16-0231745.txt'), 'ur-date-conflict').map((x) => x[1]), ['11/13/2016']);
    assert.deepEqual(found(fixture('real/CM17-0011703.txt'), 'ur-date-conflict').map((x) => x[1]), ['12/20/2016']);
  });

  it("ignores an older review where the letter also restates the header's, and the header itself", () => {
    assert.deepEqual(found(edit(REAL, 'On 11-3-16, utilization review', 'A prior utilization review dated 6-3-16 and, on 11-3-16, utilization review'), 'ur-date-conflict'), []);
  });

  it('warns about a Request for Authorization dated after the review (CM16-0239110, CM17-0001064)', () => {
    assert.deepEqual(found(fixture('real/CM16-0239110.txt'), 'ur-date-conflict').map((x) => x[1]), ['12-15-16']);
    assert.deepEqual(found(fixture('real/CM17-0001064.txt'), 'ur-date-conflict').map((x) => x[1]), ['12/16/2016']);
    assert.deepEqual(found(edit(fixture('real/CM17-0001064.txt'), 'form dated 12/16/2016', 'form dated 11/16/2016'), 'ur-date-conflict'), []);
  });
});

describe('rule event-before-injury', () => {
  it('warns about a request received the day before the injury (CM17-0002857)', () => {
    const f = found(fixture('real/CM17-0002857.txt'), 'event-before-injury');
    assert.deepEqual(f.filter((x) => x[0] === 'warning').map((x) => x[1]), ['December 15, 2016']);
  });

  it('only notes an older study, which may predate the injury', () => {
    assert.deepEqual(found(fixture('real/CM17-0008577.txt'), 'event-before-injury').map((x) => [x[0], x[1]]), [['information', '3-21-13']]);
  });

  it('ignores what the wording calls prior', () => {
    assert.deepEqual(found(edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'A prior MRI dated 1-2-14 was normal. X-ray of the right shoulder on 10-13-16'), 'event-before-injury'), []);
  });
});

describe('rule date-after-decision', () => {
  it('reads a mistyped year after a month name as a (wrong) date (CM16-0248655)', () => {
    assert.deepEqual(found(fixture('real/CM16-0248655.txt'), 'date-after-decision').map((x) => x[1]), ['December 9, 3026']);
    assert.deepEqual(found(edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'X-ray of the right shoulder on October 13, 3016'), 'date-after-decision').map((x) => x[1]), ['October 13, 3016']);
  });

  it('warns about a record dated after the decision, and about a future date', () => {
    const text = edit(edit(REAL, 'evaluated on 10-19-16', 'evaluated on 12-19-16'), 'X-ray of the right shoulder on 10-13-16', 'X-ray of the right shoulder on 10-13-2031');
    assert.deepEqual(found(text, 'date-after-decision').map((x) => [x[1], x[2]]), [
      ['12-19-16', '12-19-16 is after the decision date 12/09/2016: the reviewer cannot have seen a record of that date.'],
      ['10-13-2031', '10-13-2031 is in the future (today is 11/22/2026).'],
    ]);
  });

  it('ignores planned follow-ups', () => {
    assert.deepEqual(found(edit(REAL, 'evaluated on 10-19-16', 'evaluated on 10-19-16 with a follow-up scheduled on 12-19-16'), 'date-after-decision'), []);
  });
});

describe('rule age-dob-conflict', () => {
  it('flags an age the date of birth does not allow', () => {
    assert.deepEqual(found(edit(REAL, '48 year old male', '48 year old male (date of birth 1/2/1950)'), 'age-dob-conflict').map((x) => [x[0], x[1], x[2]]), [
      ['error', '48', 'Age 48 here, but the date of birth 1/2/1950 makes the worker 66 on 12/9/2016.'],
    ]);
  });

  it('allows a year either way, as summaries are written from earlier records', () => {
    assert.deepEqual(found(edit(REAL, '48 year old male', '48 year old male (DOB 12/20/1967)'), 'age-dob-conflict'), []);
  });
});

describe('rule pronoun-sex-conflict', () => {
  it("flags a pronoun for the worker that disagrees with the stated sex", () => {
    assert.deepEqual(found(edit(SEED_000, 'She had complaints', 'He had complaints'), 'pronoun-sex-conflict'), [
      ['warning', 'He', '"He" refers to the worker, who is stated to be female.'],
    ]);
  });

  it("ignores providers' pronouns and other people's", () => {
    const text = edit(SEED_000, 'She had complaints', 'The provider noted he would refill the medication. Her husband said he drives her. She had complaints');
    assert.deepEqual(found(text, 'pronoun-sex-conflict'), []);
  });

  it('is quiet on the real letters', () => {
    for (const name of ['CM16-0213037', 'CM16-0244053', 'CM17-0002857']) assert.deepEqual(found(fixture(`real/${name}.txt`), 'pronoun-sex-conflict'), [], name);
  });
});

describe('rule decision-rationale-conflict', () => {
  it('flags Upheld when the rationale concludes the request is medically necessary, and offers the other word', () => {
    const text = edit(SEED_002, 'Psychotherapy 12 sessions: Overturned', 'Psychotherapy 12 sessions: Upheld');
    const [f, ...rest] = check(parse(text), undefined, TODAY).filter((x) => x.rule === 'decision-rationale-conflict');
    assert.equal(rest.length, 0);
    assert.equal(f.message, 'The decision on "Psychotherapy 12 sessions" (Upheld) contradicts its rationale, which concludes "medically necessary" (Overturned).');
    assert.match(text.slice(f.related![0].span.start, f.related![0].span.end), /the current request for twelve sessions\s+of psychotherapy is medically necessary\.$/);
    assert.deepEqual(f.fixes!.map((x) => [x.title, x.edits[0].newText, x.preferred, x.safe]), [['Change the decision to Overturned', 'Overturned', undefined, undefined]]);
  });

  it('reads a negated list as one conclusion: "not medically necessary, medically appropriate, or indicated"', () => {
    const text = edit(SEED_002, 'this request is not medically necessary.', 'this request is not medically necessary, medically appropriate, or indicated.');
    assert.deepEqual(found(text, 'decision-rationale-conflict'), []);
    assert.equal(parse(text).items[0].conclusion?.outcome, 'upheld');
  });

  it('reads the conclusion, not the tapering or safe-discontinuation paragraph after it', () => {
    assert.deepEqual(found(SEED_003, 'decision-rationale-conflict'), []);
    assert.deepEqual(found(fixture('real/CM16-0230651.txt'), 'decision-rationale-conflict'), []);
  });

  it('agrees with every decision of the real letters', () => {
    for (const name of ['CM16-0244053', 'CM17-0015218', 'CM17-0012582']) assert.deepEqual(found(fixture(`real/${name}.txt`), 'decision-rationale-conflict'), [], name);
  });
});

describe('rule quantity-mismatch', () => {
  it("flags a count in the rationale's request that differs from the item", () => {
    assert.deepEqual(found(edit(SEED_002, 'request for 20 tablets of Norco', 'request for 30 tablets of Norco'), 'quantity-mismatch').map((x) => [x[0], x[2]]), [
      ['warning', 'The rationale\'s request "30 tablets of Norco (hydrocodone with acetaminophen) 5/325mg" differs from the item "Norco 5/325mg #20": 30 here, 20 in the item.'],
    ]);
  });

  it('flags a different strength', () => {
    const f = found(edit(SEED_002, 'acetaminophen) 5/325mg is not', 'acetaminophen) 10/325mg is not'), 'quantity-mismatch');
    assert.match(f[0][2], /10\/325mg here, 5\/325mg in the item/);
  });

  it('reads strengths written with a hyphen or without their unit', () => {
    const text = edit(fixture('seeds/001_45f2d0339fc17170.txt'), 'NORCO 10/325 MG #120', 'NORCO 10-325MG #120');
    assert.deepEqual(found(text, 'quantity-mismatch'), []);
    assert.equal(parse(edit(text, 'NORCO 10-325MG #120', 'NORCO 10/325 #120')).items[0].request.strength, '10/325');
  });

  it("does not take the UR's modified figure for the request (seed 000: #100 modified to #20)", () => {
    assert.deepEqual(found(SEED_000, 'quantity-mismatch'), []);
  });

  it('accepts partial certifications whose rationale decides the remaining portion', () => {
    assert.deepEqual(found(fixture('real/CM16-0230651.txt'), 'quantity-mismatch'), []);
    assert.deepEqual(found(fixture('real/CM16-0234202.txt'), 'quantity-mismatch'), []);
  });
});

describe('rule partial-certification-arithmetic', () => {
  it('flags figures that do not add up', () => {
    const text = edit(fixture('real/CM16-0230651.txt'), 'low back two sessions is', 'low back three sessions is');
    assert.deepEqual(found(text, 'partial-certification-arithmetic').map((x) => [x[0], x[2].split(':')[0]]), [
      ['error', 'The original request (8) less what was authorized (6) is 2, but the remaining IMR-eligible portion is 3'],
    ]);
  });

  it('accepts refills, rentals and a whole original request left eligible', () => {
    for (const name of ['CM17-0002181', 'CM16-0249724', 'CM17-0002324', 'CM16-0230651']) {
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'partial-certification-arithmetic'), [], name);
    }
  });
});

describe('rule missing-strength-quantity', () => {
  it('notes drug requests without strength or count (seed 003)', () => {
    assert.deepEqual(found(SEED_003, 'missing-strength-quantity').map((x) => [x[0], x[1]]), [
      ['information', 'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS'],
      ['information', 'NORCO, 2 PILLS TWICE A DAY'],
      ['information', 'ROBAXIN 750MG, 3 TIMES A DAY'],
    ]);
  });

  it('is quiet on complete drug requests and on other requests', () => {
    assert.deepEqual(found(fixture('seeds/001_45f2d0339fc17170.txt'), 'missing-strength-quantity'), []);
    assert.deepEqual(found(REAL, 'missing-strength-quantity'), []);
  });
});

describe('rule laterality-mismatch', () => {
  it("flags another side in the rationale's request", () => {
    const text = edit(REAL, 'the request for an MRI of the shoulder is', 'the request for an MRI of the left shoulder is');
    assert.deepEqual(found(text, 'laterality-mismatch').map((x) => [x[0], x[1]]), [['warning', 'MRI of the left shoulder']]);
  });

  it('flags another body part', () => {
    const text = edit(REAL, 'the request for an MRI of the shoulder is', 'the request for an MRI of the elbow is');
    assert.match(found(text, 'laterality-mismatch')[0][2], /names another body part than the item "MRI of the right shoulder without contrast": elbow here, shoulder in the item/);
  });

  it('takes bilateral to cover either side', () => {
    const text = edit(edit(REAL, 'MRI of the right shoulder without contrast: Upheld', 'MRI of the bilateral shoulders without contrast: Upheld'), 'the request for an MRI of the shoulder is', 'the request for an MRI of the left shoulder is');
    assert.deepEqual(found(text, 'laterality-mismatch'), []);
  });

  it('is quiet when the rationale leaves the side out', () => {
    assert.deepEqual(found(REAL, 'laterality-mismatch'), []);
  });
});

describe('rule duplicate-item', () => {
  it('flags an item listed twice, as an error when the decisions differ', () => {
    const text = edit(REAL, 'MRI of the cervical spine without contrast: Upheld', 'MRI of the right shoulder without contrast: Overturned');
    assert.deepEqual(found(text, 'duplicate-item').map((x) => [x[0], x[2]]), [
      ['error', '"MRI of the right shoulder without contrast" is listed twice (items 1 and 2), with different decisions: Upheld and Overturned.'],
    ]);
  });

  it("does not count L0's repeated determination list", () => {
    assert.deepEqual(found(fixture('layouts/L0-notice-2013.txt'), 'duplicate-item'), []);
  });
});

describe('rule encoding-damage', () => {
  it('repairs "DURAGESICÂ®" (seed 003) with a safe, preferred fix', () => {
    const [f, ...rest] = check(parse(SEED_003), undefined, TODAY).filter((x) => x.rule === 'encoding-damage');
    assert.equal(rest.length, 0);
    assert.equal(SEED_003.slice(f.span.start, f.span.end), 'Â®');
    assert.deepEqual(f.fixes!.map((x) => [x.edits[0].newText, x.preferred, x.safe]), [['®', true, true]]);
  });

  it('repairs curly quotes and dashes, and reports a replacement character without a fix', () => {
    const text = edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'The worker\u00e2\u20ac\u2122s pain \u00e2\u20ac\u201c worse \ufffd. X-ray of the right shoulder on 10-13-16');
    const f = check(parse(text), undefined, TODAY).filter((x) => x.rule === 'encoding-damage');
    assert.deepEqual(f.map((x) => x.fixes?.[0].edits[0].newText ?? null), ['\u2019', '\u2013', null]);
  });

  it('leaves correct accents and symbols alone', () => {
    assert.deepEqual(found(edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'Café, naïve, 5°, ® and ™. X-ray of the right shoulder on 10-13-16'), 'encoding-damage'), []);
  });
});

describe('rule split-word', () => {
  it('joins the words pypdf split in CM16-0230548, with safe fixes that remove only the space', () => {
    const text = fixture('real/CM16-0230548.txt');
    const f = check(parse(text), undefined, TODAY).filter((x) => x.rule === 'split-word');
    assert.deepEqual(f.map((x) => text.slice(x.span.start, x.span.end)), ['str ain', 'd ays', 'syn drome']);
    for (const x of f) {
      assert.equal(x.severity, 'hint');
      const [fix] = x.fixes!;
      assert.deepEqual([fix.edits[0].newText, text.slice(fix.edits[0].span.start, fix.edits[0].span.end), fix.safe, fix.preferred], ['', ' ', true, true]);
    }
  });

  it('joins a lone letter or a fragment without a vowel to either neighbour ("f or", "Chr onic", "wi th")', () => {
    const text = edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'Seen f or Chr onic pain wi th Chronic flares. X-ray of the right shoulder on 10-13-16');
    assert.deepEqual(found(text, 'split-word').map((x) => [x[1], x[2]]), [
      ['f or', '"f or" looks like the word "for" split by a stray space.'],
      ['Chr onic', '"Chr onic" looks like the word "Chronic" split by a stray space.'],
      ['wi th', '"wi th" looks like the word "with" split by a stray space.'],
    ]);
  });

  it('ignores two words, ordinals and the same letter in other extractions', () => {
    assert.deepEqual(found(edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'Any one of the 1st and 2nd on going visits. X-ray of the right shoulder on 10-13-16'), 'split-word'), []);
    assert.deepEqual(found(fixture('real-pdftotext/CM16-0230548.txt'), 'split-word'), []);
  });
});

describe('rule dated-without-date', () => {
  it('flags "dated" with no date after it', () => {
    assert.deepEqual(found(edit(REAL, 'evaluated on 10-19-16', 'evaluated in a report dated indicating pain'), 'dated-without-date'), [
      ['warning', 'dated', '"dated" is followed by "indicating", not by a date: the date seems to be missing.'],
    ]);
  });

  it('accepts a month and year, a year, and "dated" as an adjective', () => {
    const text = edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'A report dated 11/2016 and one dated 2015 exist; such guidance is dated. X-ray of the right shoulder on 10-13-16');
    assert.deepEqual(found(text, 'dated-without-date'), []);
  });

  it('accepts a date on the next line or broken around its dashes', () => {
    for (const name of ['CM16-0229336', 'CM16-0230548', 'CM16-0246635', 'CM17-0019066']) assert.deepEqual(found(fixture(`real/${name}.txt`), 'dated-without-date'), [], name);
  });
});

describe('rule template-remnant', () => {
  it('flags "a(n)" and offers the right article', () => {
    const text = fixture('real/CM17-0004344.txt');
    const [f] = check(parse(text), undefined, TODAY).filter((x) => x.rule === 'template-remnant');
    assert.equal(text.slice(f.span.start, f.span.end), 'a(n)');
    assert.equal(f.fixes![0].edits[0].newText, /a\(n\)\s+(?:8|11|18)/.test(text) ? 'an' : 'a');
  });

  it('chooses "an" before an 18-year-old and other vowel sounds', () => {
    const text = edit(REAL, '48 year old male', 'a(n) 18 year old male');
    assert.deepEqual(check(parse(text), undefined, TODAY).filter((x) => x.rule === 'template-remnant').map((x) => x.fixes![0].edits[0].newText), ['an']);
  });

  it('flags a blank between words, not a signature line', () => {
    const text = edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'The patient is a ___ year old.\n____________\nX-ray of the right shoulder on 10-13-16');
    assert.deepEqual(found(text, 'template-remnant').map((x) => x[1]), ['___']);
  });

  it('flags placeholders, not ordinary brackets', () => {
    const text = edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'Seen on XX/XX/XXXX by [insert provider]; MRI [CT] reviewed. X-ray of the right shoulder on 10-13-16');
    assert.deepEqual(found(text, 'template-remnant').map((x) => x[1]), ['XX/XX/XXXX', '[insert provider]']);
  });
});

describe('rule no-evidence-cited', () => {
  it('notes seed 000: no evidence cited, while the rationale relies on the MTUS', () => {
    const [f] = check(parse(SEED_000), undefined, TODAY).filter((x) => x.rule === 'no-evidence-cited');
    assert.equal(f.severity, 'information');
    assert.equal(SEED_000.slice(f.related![0].span.start, f.related![0].span.end), 'MTUS');
  });

  it("does not count the Claims Administrator's line", () => {
    assert.deepEqual(found(edit(SEED_000, 'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.', 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 78.'), 'no-evidence-cited'), []);
  });
});

describe('rule missing-age-sex', () => {
  it('notes a summary without age or sex on its heading', () => {
    const text = edit(REAL, 'is a 48 year old male who', 'is a worker who');
    assert.deepEqual(found(text, 'missing-age-sex'), [['information', 'CLINICAL CASE SUMMARY', 'The case summary does not state the worker\'s age or sex (e.g. "a 48 year old male").']]);
  });

  it('finds age and sex in every fixture letter ("The 58 year old female injured worker")', () => {
    for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
      for (const [name, text] of fixtureLetters(dir)) assert.deepEqual(found(text, 'missing-age-sex'), [], `${dir}/${name}`);
    }
  });
});
