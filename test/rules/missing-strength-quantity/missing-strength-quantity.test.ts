import { strict as assert } from 'node:assert';
import { found } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');
const SEED_003 = fixture('seeds/003_fc99783cdfd818d2.txt');

describe('missing-strength-quantity', () => {
  // A drug request is marked on its title; it has no other statement to point at.
  markedFixtures('missing-strength-quantity', { related: false });

  it("takes a days' supply for a quantity (drug-without-count.txt)", () => {
    const text = readMarked(ruleFixture('missing-strength-quantity/drug-without-count.txt')).text;
    assert.deepEqual(
      found(text, 'missing-strength-quantity').map((x) => x[2]),
      ['The drug request "Pepcid 20mg" names no quantity: how much was requested is not on record.'],
    );
    assert.deepEqual(
      found(text.replace(/Naproxen 550mg, 30 day supply/g, 'Naproxen 550mg'), 'missing-strength-quantity').map((x) => x[1]),
      ['Pepcid 20mg', 'Naproxen 550mg'],
    );
  });

  it('notes drug requests without strength or count (seed 003)', () => {
    assert.deepEqual(
      found(SEED_003, 'missing-strength-quantity').map((x) => [x[0], x[1]]),
      [
        ['information', 'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS'],
        ['information', 'NORCO, 2 PILLS TWICE A DAY'],
        ['information', 'ROBAXIN 750MG, 3 TIMES A DAY'],
      ],
    );
  });

  it('takes an amount in grams, millilitres, containers or cc for a quantity, and names the missing strength instead', () => {
    const text = readMarked(ruleFixture('missing-strength-quantity/drug-without-count.txt')).text;
    const request = (title: string): string[] =>
      found(text.replace(/Pepcid 20mg/g, title), 'missing-strength-quantity')
        .map((x) => x[2])
        .filter((m) => m.includes(title));
    assert.deepEqual(request('Ketoprofen 20% cream, 240 grams'), []);
    assert.deepEqual(request('Synapryn 10mg/1ml oral suspension, 250ml'), []);
    assert.deepEqual(request('One container of Flurbiprofen 10%, Lidocaine 5%'), []);
    assert.deepEqual(request('Injection of 5cc of lidocaine 1% and 1cc of dexamethasone'), []);
    assert.deepEqual(request('Tabradol oral suspension, 250ml'), [
      'The drug request "Tabradol oral suspension, 250ml" names no strength: how much was requested is not on record.',
    ]);
    assert.deepEqual(request('Naproxen 550mg with 2 refills'), [
      'The drug request "Naproxen 550mg with 2 refills" names no quantity: how much was requested is not on record.',
    ]);
    assert.deepEqual(request('Twelve acupuncture visits with Capsaicin patch'), [], 'a treatment given with a drug is no drug request');
  });

  it('is quiet on complete drug requests and on other requests', () => {
    assert.deepEqual(found(fixture('seeds/001_45f2d0339fc17170.txt'), 'missing-strength-quantity'), []);
    assert.deepEqual(found(REAL, 'missing-strength-quantity'), []);
  });
});
