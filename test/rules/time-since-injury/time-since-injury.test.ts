import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { markedFixtures, readMarked } from '../../support/inline';
import { ruleFixture } from '../../support/fixtures';

describe('time-since-injury', () => {
  markedFixtures('time-since-injury');

  const foot = readMarked(ruleFixture('time-since-injury/foot-x-ray.txt')).text;
  const hip = readMarked(ruleFixture('time-since-injury/hip-mri.txt')).text;
  const quoted = (text: string) => found(text, 'time-since-injury').map(([, q]) => q);

  it('allows a stated time within its rounding of the dates', () => {
    // 32 days from the injury to the summary's last date, 89 to the decision: two months fits.
    assert.deepEqual(quoted(edit(hip, 'six months status post', 'two months status post')), []);
    // 75 days to the summary's last date: "about 2 months" fits, "10 weeks" in the summary fits.
    assert.deepEqual(quoted(edit(foot, 'is a month ago', 'is about 2 months ago')), []);
  });

  it('reads the rationale as of the records, at the earliest: too short a time is reported', () => {
    assert.deepEqual(quoted(edit(hip, 'six months status post', 'two weeks status post')), ['two weeks status post injury']);
  });

  it("reads the case summary's statement as of its own dates: too long a time is reported", () => {
    assert.ok(quoted(edit(foot, 'about 10 weeks ago', 'about 6 months ago')).includes('injured at work about 6 months ago'));
    assert.ok(!quoted(foot).includes('injured at work about 10 weeks ago'));
    assert.ok(
      quoted(edit(foot, 'injured at work about 10 weeks ago', 'injured the left foot about 6 months ago')).includes(
        'injured the left foot about 6 months ago',
      ),
    );
  });

  it('measures a time said of a date to that date: "On 01-16-2017, one week after the injury"', () => {
    const said = (words: string) => quoted(edit(foot, 'dated 01-16-2017, she reported', `dated 01-16-2017, ${words}, she reported`));
    assert.ok(said('one week after the injury').includes('one week after the injury'));
    assert.ok(!said('about 10 weeks after the injury').includes('about 10 weeks after the injury'));
  });

  it('reads "following the injury more than a year ago" without a verb', () => {
    assert.ok(
      quoted(edit(foot, 'The injury is a month ago', 'Pain began following the injury more than a year ago')).includes(
        'the injury more than a year ago',
      ),
    );
  });

  it('reads the injury by its mechanism and its age: "6+ months s/p the ladder fall", "the injury now over six months old"', () => {
    const rationale = (words: string) => quoted(edit(foot, 'The injury is a month ago', words));
    assert.ok(rationale('At 6+ months s/p the ladder fall the pain').includes('6+ months s/p the ladder fall'));
    assert.ok(rationale('With the injury now over six months old the pain').includes('the injury now over six months old'));
    // A guideline's words in another clause leave this one a statement of fact.
    assert.ok(
      rationale('With the injury now over six months old, MTUS recommends manual therapy and the pain').includes(
        'the injury now over six months old',
      ),
    );
    assert.deepEqual(rationale('At 3 months s/p the ladder fall the pain'), []);
  });

  it('reads "three months after the injury" as an event: too long is reported, shorter is not', () => {
    const rationale = (words: string) => quoted(edit(foot, 'The injury is a month ago', words));
    assert.ok(rationale('She was no better six months after the injury and').includes('six months after the injury'));
    assert.deepEqual(rationale('She was no better two weeks after the injury and'), []);
  });

  it('leaves another injury and a cumulative-trauma claim alone', () => {
    assert.deepEqual(quoted(edit(hip, 'six months status post injury', 'six months status post a prior sports injury')), []);
    assert.deepEqual(quoted(edit(foot, 'sustained an industrial injury on', 'has a cumulative trauma claim through')), []);
  });

  it('names the date of injury and the date it measures to', () => {
    const [[severity, , message]] = found(foot, 'time-since-injury');
    assert.equal(severity, 'warning');
    assert.match(message, /11\/02\/2016 is about 2 months before 01-24-2017/);
  });
});
