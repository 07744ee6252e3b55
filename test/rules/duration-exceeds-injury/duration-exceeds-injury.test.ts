import { strict as assert } from 'node:assert';
import { edit, findingsOf, found } from '../../support/findings';
import { markedFixtures, readMarked } from '../../support/inline';
import { ruleFixture } from '../../support/fixtures';

describe('duration-exceeds-injury', () => {
  markedFixtures('duration-exceeds-injury');

  const { text } = readMarked(ruleFixture('duration-exceeds-injury/opioids-and-pain.txt'));

  it("measures from the date of injury to the case summary's last date", () => {
    // Injured a year and a half before the summary's last date: ten months and six months both fit.
    assert.deepEqual(found(edit(text, 'Date of Injury:  11/10/2016', 'Date of Injury:  08/10/2015'), 'duration-exceeds-injury'), []);
  });

  it('says nothing of a cumulative-trauma claim, whose injury has no single start', () => {
    assert.deepEqual(found(edit(text, 'an occupational claim from', 'a cumulative trauma claim through'), 'duration-exceeds-injury'), []);
  });

  it('reads "several" and "a few" at their least', () => {
    // Injured 70 days before the summary's last date: "several months" (three at least) is too long, "a few months" (two) is not.
    const quoted = (words: string) => found(edit(text, 'for 10 months', words), 'duration-exceeds-injury').map(([, q]) => q);
    assert.ok(quoted('for several months').includes('for several months'));
    assert.ok(!quoted('for a few months').includes('for a few months'));
    assert.ok(quoted('for at least a couple of years').includes('for at least a couple of years'));
  });

  it('reads a duration however it is worded', () => {
    // Injured 70 days before the summary's last date: each of these is longer.
    const quoted = (words: string) =>
      found(edit(text, 'has had low back\npain for 10 months', words), 'duration-exceeds-injury').map(([, q]) => q);
    for (const [words, duration] of [
      ['reports low back pain for 2 years', 'for 2 years'],
      ['complains of low back pain for years', 'for years'],
      ['has been treated with chiropractic care over the past year', 'over the past year'],
      ['has had an 8-month history of low back pain', '8-month history of'],
      ['has low back pain of 6 months duration', 'of 6 months duration'],
      ['has taken tramadol for many years', 'for many years'],
      ['has had low back pain since 2014', 'since 2014'],
      ['has been on opioids since March 2016', 'since March 2016'],
      ['complained of 6 months of increasing low back pain', '6 months of increasing low back pain'],
      ['has low back pain x 5 months', 'x 5 months'],
      ['has low back pain, ongoing for 5 months', 'for 5 months'],
      ['has been on tramadol x 8 months', 'x 8 months'],
      ['has had 6 months of physical therapy', '6 months of physical therapy'],
    ])
      assert.ok(quoted(words).includes(duration), `${words}: ${quoted(words)}`);
  });

  it("reads a duration put first, a treatment's length as a noun's, and a duration of symptoms stated as one", () => {
    const said = (sentence: string) =>
      found(edit(text, 'The patient has had low back\npain for 10 months and rates it 6/10.', sentence), 'duration-exceeds-injury').map(
        ([, q]) => q,
      );
    assert.ok(said('For the past 6 months, the patient has been in severe pain.').includes('For the past 6 months'));
    assert.ok(said('The records report conservative care of at least 3 months.').includes('of at least 3 months'));
    assert.ok(said('Duration of symptoms is six months.').includes('six months'));
    assert.ok(said('The duration of her low back pain was 8 months.').includes('8 months'));
    assert.ok(!said('The duration of the request is six months.').includes('six months'));
    // What lasted must be the claim's: "has worked" is not.
    assert.ok(!said('For the past 6 months, he has worked as a driver.').includes('For the past 6 months'));
  });

  it('leaves relief, a date after the injury, and a history of something else alone', () => {
    const quoted = (words: string) =>
      found(edit(text, 'has had low back\npain for 10 months', words), 'duration-exceeds-injury').map(([, q]) => q);
    assert.deepEqual(quoted('reports relief of low back pain for 2 weeks'), ['at least 6 months']);
    assert.deepEqual(quoted('has had low back pain since 11/12/2016'), ['at least 6 months']);
    assert.deepEqual(quoted('has a 10-year history of smoking'), ['at least 6 months']);
    // A treatment's time is read after "has had" only: "proceed with" it is a plan.
    assert.deepEqual(quoted('will proceed with 6 months of physical therapy'), ['at least 6 months']);
  });

  it("measures a duration of the case summary to the visit it is said at, and reads what lasted in the verb's subject", () => {
    const visit = edit(
      text,
      'The patient has had low back\npain for 10 months and rates it 6/10.',
      'He was seen on 11/14/2016. Symptoms had been present for 2 months.',
    );
    const [finding] = findingsOf(visit, 'duration-exceeds-injury').filter((f) => visit.slice(f.span.start, f.span.end) === 'for 2 months');
    assert.match(finding.message, /4 days to 11\/14\/2016, the date it is said at/);
  });

  it('measures to the decision date when the case summary gives no date', () => {
    // The summary's 01/19/2017 gone: 110 days to the 02/28/2017 decision, and "at least 6 months" still too long.
    const undated = edit(text, 'review dated 01/19/2017 denied', 'review denied');
    assert.match(found(undated, 'duration-exceeds-injury')[0][2], /to 2\/28\/2017, the latest date of the letter/);
  });

  it('names the duration and the date of injury', () => {
    const [[severity, quoted, message]] = found(text, 'duration-exceeds-injury');
    assert.equal(severity, 'warning');
    assert.equal(quoted, 'for 10 months');
    assert.match(message, /11\/10\/2016/);
  });
});
