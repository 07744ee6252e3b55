// aboutItem answers as it did before it read each item's naming once, and the indexes of
// letter/item-phrases.ts answer what it answers for each pair of an item and a phrase, on the items and phrases of the real letters, and on a letter whose items name
// drugs by brands the phrases name by generics (and the other way round).

import { strict as assert } from 'node:assert';
import { aboutItem, parse, type Item } from '../../server/src/letter';
import { ItemIndex, PhraseIndex } from '../../server/src/letter/item-phrases';
import { deniedRequests } from '../../server/src/letter/quantities';
import { drugIn } from '../../server/src/knowledge/drugs';
import { coverage } from '../../server/src/base/sorted';
import { fixture, fixtureLetters } from '../support/fixtures';

/** Every phrase a letter gives to compare with its items: its rationales' requests, its summary's denied requests, its items' titles. */
function phrasesOf(text: string): { items: Item[]; phrases: string[] } {
  const letter = parse(text);
  const phrases = [
    ...letter.items.flatMap((item) => item.rationaleRequests.map((r) => r.text)),
    ...deniedRequests(letter).map((d) => d.text),
    ...letter.items.map((item) => item.title),
  ];
  return { items: letter.items, phrases };
}

// aboutItem as it was written before its naming was read once per item: the oracle of the one now.
const FILLER_THEN =
  /^(?:the|and|for|with|of|to|right|left|bilateral|retrospective|prospective|request|additional|continued|continue|one|two|three|four|six|eight|ten|twelve|associated|surgical|service|post|pre|outpatient|inpatient)$/i;
const ingredientThen = (generic: string): string => generic.toLowerCase().split(/[\s/+]+/)[0];
function aboutItemThen(item: Item, phrase: string): boolean {
  const word = (item.request.drug ?? item.title).match(/[A-Za-z]{3,}/g)?.find((w) => !FILLER_THEN.test(w));
  if (!word) return false;
  if (new RegExp(`\\b${word}\\b`, 'i').test(phrase)) return true;
  const drug = drugIn(word);
  const named = drug && drugIn(phrase);
  return !!named && ingredientThen(named.entry.generic) === ingredientThen(drug.entry.generic);
}

function assertSameAsAboutItem(items: Item[], phrases: string[], name: string): number {
  for (const item of items)
    for (const phrase of phrases)
      assert.equal(aboutItem(item, phrase), aboutItemThen(item, phrase), `${name}: "${item.title}" / "${phrase}"`);
  const byPhrase = new PhraseIndex(phrases);
  const byItem = new ItemIndex(items, (item) => item);
  let pairs = 0;
  for (const item of items) {
    const want = phrases.flatMap((phrase, i) => (aboutItem(item, phrase) ? [i] : []));
    assert.deepEqual(byPhrase.about(item), want, `${name}: item "${item.title}"`);
    pairs += want.length;
  }
  for (const phrase of phrases) {
    const want = items.filter((item) => aboutItem(item, phrase));
    assert.deepEqual(
      [...byItem.about(phrase)].sort((a, b) => a.index - b.index),
      want,
      `${name}: phrase "${phrase}"`,
    );
  }
  return pairs;
}

describe('items and phrases, indexed', () => {
  it('find the pairs aboutItem finds, in every real letter', () => {
    let pairs = 0;
    for (const [name, text] of fixtureLetters('real')) {
      const { items, phrases } = phrasesOf(text);
      pairs += assertSameAsAboutItem(items, phrases, name);
    }
    assert.ok(pairs > 300, `only ${pairs} pairs: the letters were not read`);
  });

  it('find a drug named by its brand in one and its generic in the other, and not by a word inside another', () => {
    const seed = fixture('seeds/003_fc99783cdfd818d2.txt');
    const text = seed
      .replace('ROBAXIN 750MG, 3 TIMES A DAY', 'NAPROSYN 500MG, 2 TIMES A DAY')
      .replace('NORCO, 2 PILLS TWICE A DAY', 'Naproxen sodium 550mg twice a day');
    const { items, phrases } = phrasesOf(text);
    const extra = [
      'the request for Anaprox DS',
      'naproxen is not medically necessary',
      'Norcosteroid',
      'NORCO_2',
      'norco.',
      'DURAGESIC-patches',
    ];
    assert.ok(assertSameAsAboutItem(items, [...phrases, ...extra], 'seed 003 with naproxen') >= 6);
    const naprosyn = items.find((item) => item.title.startsWith('NAPROSYN'))!;
    assert.ok(aboutItem(naprosyn, 'naproxen is not medically necessary'));
    assert.ok(!items.some((item) => aboutItem(item, 'Norcosteroid')));
  });
});

describe('spans covering a point, indexed', () => {
  it('answers as a look at every span does, for spans that nest, overlap, touch and are empty', () => {
    let state = 7;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(12) }, () => {
        const start = next(60);
        return { start, end: start + next(20) };
      });
      const covers = coverage(spans);
      for (let at = -1; at < 85; at++)
        assert.equal(
          covers(at),
          spans.some((s) => s.start <= at && at < s.end),
          `${JSON.stringify(spans)} at ${at}`,
        );
    }
  });
});
