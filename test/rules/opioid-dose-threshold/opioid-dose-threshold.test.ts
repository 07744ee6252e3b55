import { strict as assert } from 'node:assert';
import { edit, findingsOf, quote } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('opioid-dose-threshold', () => {
  markedFixtures('opioid-dose-threshold');

  const SEED3 = fixture('seeds/003_fc99783cdfd818d2.txt');
  const FACTORS = 'Factors: CDC 2016-era (whether the 2009 guideline gives the same factors has not been checked).';
  const CEILING =
    'at or over the ceiling of the MTUS Chronic Pain Medical Treatment Guidelines (2009) (keep the total daily dose under 120 mg oral morphine equivalents)';

  function findings(text: string): unknown[] {
    return findingsOf(text, 'opioid-dose-threshold').map((f) => ({
      severity: f.severity,
      quote: quote(text, f),
      message: f.message,
      related: f.related?.map((r) => [quote(text, r), r.message]),
    }));
  }

  it('adds different opioids, and says so (long-acting-and-breakthrough.txt)', () => {
    const text = readMarked(ruleFixture('opioid-dose-threshold/long-acting-and-breakthrough.txt')).text;
    assert.deepEqual(
      findingsOf(text, 'opioid-dose-threshold').map((f) => f.message.split(': ')[1].split('. Factors')[0]),
      [
        'OxyContin 30mg one tablet every 12 hours = 30 mg × 2 a day × 1.5 = 90 MME + Norco 10/325mg one tablet every 6 hours = 10 mg × 4 a day × 1 = 40 MME',
      ],
    );
  });

  it("warns on seed 003: the Duragesic alone is 120, the Norco's strength is unknown", () => {
    const duragesic = 'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS = 50 mcg/hr × 2.4 = 120 MME';
    const norco = 'NORCO, 2 PILLS TWICE A DAY (strength not stated: not counted)';
    assert.deepEqual(findings(SEED3), [
      {
        severity: 'warning',
        quote: 'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS',
        message: `The opioids requested come to at least 120 MME a day, ${CEILING}: ${duragesic} + ${norco}. ${FACTORS}`,
        related: [
          ['DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS', `Item 1: ${duragesic}`],
          ['NORCO, 2 PILLS TWICE A DAY', `Item 2: ${norco}`],
        ],
      },
    ]);
  });

  it('adds known parts exactly when nothing is unknown', () => {
    const text = edit(SEED3, /NORCO, 2 PILLS/g, 'NORCO 10/325, 2 PILLS');
    const [f] = findings(text) as { message: string }[];
    assert.equal(
      f.message,
      `The opioids requested come to 160 MME a day, ${CEILING}: DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS = 50 mcg/hr × 2.4 = 120 MME + NORCO 10/325, 2 PILLS TWICE A DAY = 10 mg × 4 a day × 1 = 40 MME. ${FACTORS}`,
    );
  });

  it('is quiet on quantities without a daily use, tramadol, and sums under 120', () => {
    for (const f of [
      'seeds/001_45f2d0339fc17170.txt',
      'seeds/004_16bb5bdf60135266.txt',
      'real/CM17-0013077.txt',
      'real/CM16-0239110.txt',
      'real/CM17-0010420.txt',
    ])
      assert.deepEqual(findings(fixture(f)), [], f);
    assert.deepEqual(findings(edit(edit(SEED3, /50MCG/g, '25MCG'), /NORCO, 2 PILLS/g, 'NORCO 10/325, 2 PILLS')), [], '60 + 40');
  });

  it('counts one opioid in several items once, and a range at its lowest', () => {
    const twice = edit(SEED3, /NORCO, 2 PILLS TWICE A DAY/g, 'DURAGESIC PATCHES 75MCG CHANGED EVERY 72 HOURS');
    assert.deepEqual(
      findings(twice).map((f) => (f as { message: string }).message),
      [
        `The opioids requested come to 180 MME a day, ${CEILING}: DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS = 50 mcg/hr × 2.4 = 120 MME (fentanyl transdermal is counted once, in item 2) + DURAGESIC PATCHES 75MCG CHANGED EVERY 72 HOURS = 75 mcg/hr × 2.4 = 180 MME. ${FACTORS}`,
      ],
    );
    const prn = edit(SEED3, /DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS/g, 'OXYCODONE 30 MG 1-2 TABS EVERY 4-6 HOURS AS NEEDED');
    assert.match(
      (findings(prn)[0] as { message: string }).message,
      /^The opioids requested come to at least 180 MME a day, .*: OXYCODONE 30 MG 1-2 TABS EVERY 4-6 HOURS AS NEEDED = 30 mg × 4–12 a day × 1\.5 = 180–540 MME \(180 counted; as needed\) \+ NORCO/,
    );
  });

  it('counts each smaller part of a regimen in the next larger item after it, and those after the largest in the largest', () => {
    // Four items of one opioid (the Duragesic item's block, its title changed), of 10, 20, 30 and 30 mg.
    const start = SEED3.indexOf('DURAGESIC PATCHES 50MCG');
    const end = SEED3.indexOf('NORCO, 2 PILLS TWICE A DAY:');
    const block = SEED3.slice(start, end);
    const items = [10, 20, 30, 30].map((mg) =>
      block.replace('DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS', `OXYCODONE ${mg} MG EVERY 4 HOURS`),
    );
    const text = SEED3.slice(0, start) + items.join('') + SEED3.slice(end);
    const [f] = findings(text) as { message: string }[];
    const notes = [
      ...f.message.matchAll(/OXYCODONE (\d+) MG[^+]*?(?:\(oxycodone is counted once, in item (\d)\))?(?= \+|\. Factors)/g),
    ].map((m) => [m[1], m[2]]);
    assert.deepEqual(notes, [
      ['10', '2'],
      ['20', '3'],
      ['30', undefined],
      ['30', '3'],
    ]);
  });

  it('sums every part of a long list, and spells out the first 20', () => {
    const start = SEED3.indexOf('DURAGESIC PATCHES 50MCG');
    const end = SEED3.indexOf('NORCO, 2 PILLS TWICE A DAY:');
    const block = SEED3.slice(start, end);
    // 25 items of five opioids at rising doses, and the seed's Norco: 26 parts.
    const drugs = ['OXYCODONE', 'HYDROMORPHONE', 'MORPHINE', 'HYDROCODONE', 'OXYMORPHONE'];
    const items = Array.from({ length: 25 }, (_, i) =>
      block.replace('DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS', `${drugs[i % 5]} ${i + 1} MG EVERY 4 HOURS`),
    );
    const text = SEED3.slice(0, start) + items.join('') + SEED3.slice(end);
    const [f] = findingsOf(text, 'opioid-dose-threshold');
    // Each opioid's largest dose counts once: 21 + 22 + ... + 25 mg, six a day, by its factor.
    assert.match(f.message, /^The opioids requested come to at least 1449 MME a day/);
    assert.match(f.message, / \+ 6 more parts\. Factors/);
    assert.equal(f.message.match(/ MG EVERY 4 HOURS = /g)!.length, 20);
    assert.equal(f.related!.length, 20);
  });

  it('adds a long-acting and a short-acting form of one opioid: a regimen and its breakthrough dose', () => {
    const text = readMarked(ruleFixture('opioid-dose-threshold/long-acting-and-breakthrough.txt')).text;
    const both = edit(text, /Norco 10\/325mg one tablet every 6 hours/g, 'Oxycodone 10mg one tablet every 6 hours');
    assert.deepEqual(
      findingsOf(both, 'opioid-dose-threshold').map((f) => f.message.split(': ')[1].split('. Factors')[0]),
      [
        'OxyContin 30mg one tablet every 12 hours = 30 mg × 2 a day × 1.5 = 90 MME + Oxycodone 10mg one tablet every 6 hours = 10 mg × 4 a day × 1.5 = 60 MME',
      ],
    );
    // Two short-acting requests of it are one regimen: the larger counts.
    const twice = edit(both, /OxyContin 30mg one tablet every 12 hours/g, 'Oxycodone 30mg one tablet every 12 hours');
    assert.deepEqual(findingsOf(twice, 'opioid-dose-threshold'), []);
  });

  it('reads only the remaining request of a partial certification', () => {
    const text = edit(fixture('real/CM16-0234202.txt'), /(?<=below: \s+)Norco 10\/325mg #60 was/, 'Norco 10/325mg #60, 3 tablets QID was');
    assert.deepEqual(findings(text), []);
  });
});
