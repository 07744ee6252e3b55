// parse(text, { previous }): a letter parsed with the letter of an earlier version of the same
// document is the letter a fresh parse gives; only the reading of the items left unchanged is
// taken again (their requests, read from the title alone).

import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse, parseRequest, type Letter } from '../../server/src/letter';
import { fixture } from '../support/fixtures';

// Ten disputed items (EMG/NCV, electro acupuncture, infrared heat, ... MRI of the lumbar spine).
const TEN_ITEMS = fixture('real/CM16-0230651.txt');
// Six, from drugs with strengths and quantities to X-rays and physical therapy.
const SIX_ITEMS = fixture('real/CM16-0232543.txt');

// An item's line: without it, its parts are read as the previous item's.
const DELETED = 'Infrared heat to the low back two times a week times six weeks: Upheld';

/** The letter as plain data, to compare a parse with another. */
const plain = (letter: Letter | Letter['dates']): unknown => JSON.parse(JSON.stringify(letter));

/** The text with `inserted` put in place of `removed` characters at the first `at` found. */
function edit(text: string, at: string, removed: number, inserted: string): string {
  const offset = text.indexOf(at);
  assert.ok(offset >= 0, `"${at}" is in the letter`);
  return text.slice(0, offset) + inserted + text.slice(offset + removed);
}

describe('parse: a letter parsed with its earlier version', () => {
  const edits: [string, (text: string) => string][] = [
    ['a word typed into one item line', (t) => edit(t, 'MRI of the lumbar spine: Upheld', 0, 'Repeat ')],
    ['an item line deleted', (t) => edit(t, DELETED, DELETED.length, '')],
    ['a line typed before the items', (t) => edit(t, 'DECISIONS AND RATIONALES', 0, 'A line of notes.\n\n')],
    ['the header edited', (t) => edit(t, 'Date of Injury', 0, 'x')],
    ['every item line edited (a quantity in each)', (t) => t.replace(/ times six weeks/g, ' times 6 weeks')],
  ];
  for (const [what, change] of edits) {
    it(`is the letter a fresh parse gives: ${what}`, () => {
      const previous = parse(TEN_ITEMS);
      const text = change(TEN_ITEMS);
      assert.notEqual(text, TEN_ITEMS);
      assert.deepEqual(plain(parse(text, { previous })), plain(parse(text)));
    });
  }

  it('takes again the request of each item whose title did not change, and reads the changed one afresh', () => {
    const previous = parse(TEN_ITEMS);
    const letter = parse(edit(TEN_ITEMS, 'MRI of the lumbar spine: Upheld', 0, 'Repeat '), { previous });
    assert.equal(letter.items.length, previous.items.length);
    const changed = letter.items.filter((item, i) => item.title !== previous.items[i].title);
    assert.deepEqual(
      changed.map((i) => i.title),
      ['Repeat MRI of the lumbar spine'],
    );
    for (const [i, item] of letter.items.entries()) {
      if (changed.includes(item)) {
        assert.notEqual(item.request, previous.items[i].request);
        assert.deepEqual(item.request, parseRequest(item.title));
      } else assert.equal(item.request, previous.items[i].request, `item ${i + 1}: "${item.title}"`);
    }
  });

  it('counts the items after a deleted one from the end: each keeps its request', () => {
    const previous = parse(TEN_ITEMS);
    const letter = parse(edit(TEN_ITEMS, DELETED, DELETED.length, ''), { previous });
    assert.equal(letter.items.length, previous.items.length - 1);
    const last = letter.items[letter.items.length - 1];
    assert.equal(last.request, previous.items[previous.items.length - 1].request);
  });

  it("takes nothing from another letter's items: the letter is its own", () => {
    const previous = parse(SIX_ITEMS);
    const letter = parse(TEN_ITEMS, { previous });
    assert.deepEqual(plain(letter), plain(parse(TEN_ITEMS)));
    for (const item of letter.items) assert.ok(!previous.items.some((p) => p.request === item.request));
  });

  it('finds the dates a fresh parse finds, after any edit near them or far from them (400 edits in a row)', () => {
    // A letter, then sentences of dates: each edit is read with the letter of the one before.
    const sentences = [
      'On 01/02/2013 the worker was seen; date of injury 03/04/2012; UR dated 05/06/2016, age 45. ',
      'The MRI of October 10, 2015 and the RFA of 11-4-16; injured in 2009; DOB 3/14/45. ',
      'Utilization review non-certified the request on 12/1/2016, the claims administrator denied it. ',
    ];
    let text = SIX_ITEMS + Array.from({ length: 150 }, (_, i) => sentences[i % 3]).join('');
    // Typing that makes, mends and breaks dates and the words that give them their roles.
    const pieces = ['1', '/', '-', ' ', '20', '2016', '\n', 'x', 'date of injury ', 'UR dated ', 'born on ', 'October ', '.', ', '];
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let letter = parse(text);
    assert.ok(letter.dates.length > 400, `${letter.dates.length} dates`);
    for (let n = 0; n < 400; n++) {
      // Edits anywhere, in a date, and in the words before a date that give its role; some delete, some replace.
      const digit = [...text.matchAll(/\d+/g)][random(1000)]?.index ?? 0;
      const at = [random(text.length), digit + random(12) - 6, digit - 1 - random(70)][n % 3];
      const removed = random(3) === 0 ? random(30) : 0;
      const from = Math.max(0, Math.min(text.length, at));
      text = text.slice(0, from) + (random(5) ? pieces[random(pieces.length)] : '') + text.slice(from + removed);
      letter = parse(text, { previous: letter });
      assert.deepEqual(plain(letter.dates), plain(parse(text).dates), `edit ${n + 1}, at ${from}`);
    }
  });

  it('finds the items a fresh parse finds, after any edit in an item line, a part or between items (300 edits in a row)', () => {
    // A letter of 60 items with their parts: the ten items of one letter, six times over.
    const items = TEN_ITEMS.slice(TEN_ITEMS.indexOf('DECISIONS AND RATIONALES') + 'DECISIONS AND RATIONALES'.length);
    let text = TEN_ITEMS + items.repeat(5);
    // Typing that makes, mends and breaks item lines, their decisions and their parts' labels.
    const pieces = [
      ': Upheld',
      ': Overturned',
      ':',
      '\n',
      '\n\n',
      'Upheld',
      ' ',
      'x',
      '.',
      'Decision rationale:',
      'Claims Administrator guideline:',
    ];
    let seed = 11;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let letter = parse(text);
    assert.equal(letter.items.length, 60);
    for (let n = 0; n < 300; n++) {
      // Edits anywhere, at a decision word, and at the end of an item line; some delete, some replace.
      const decision = [...text.matchAll(/: (?:Upheld|Overturned)/g)][random(80)]?.index ?? 0;
      const at = [random(text.length), decision + random(14) - 2, decision - random(40)][n % 3];
      const removed = random(3) === 0 ? random(30) : 0;
      const from = Math.max(0, Math.min(text.length, at));
      text = text.slice(0, from) + (random(5) ? pieces[random(pieces.length)] : '') + text.slice(from + removed);
      letter = parse(text, { previous: letter });
      assert.deepEqual(plain(letter), plain(parse(text)), `edit ${n + 1}, at ${from}`);
    }
  });

  it('reads again a date whose role is given by words as far after it as they may stand (an edit 200 characters on)', () => {
    // "On 12/1/2016, the request for ... were non-certified by the utilization review": the clause
    // after the date makes it the review's date. Its last letter, 200 characters after the date, is edited.
    const words = ', the request for the lumbar MRI with and without contrast and the consultation with pain management ';
    const clause = words.padEnd(155, 'x') + ' were non-certified by the utilization review';
    assert.equal(clause.length, 200);
    const filler = 'The worker was seen again. '.repeat(40);
    const text = `${filler}On 12/1/2016${clause}. ${filler}`;
    const edited = text.replace('utilization review.', 'utilization reviex.');
    const roleOf = (letter: Letter): string | undefined => letter.dates.find((d) => d.text === '12/1/2016')?.role;
    assert.equal(roleOf(parse(text)), 'ur');
    assert.notEqual(roleOf(parse(edited)), 'ur');
    assert.deepEqual(plain(parse(edited, { previous: parse(text) }).dates), plain(parse(edited).dates));
  });

  it('keeps no earlier version of the text alive: each edit of a long letter leaves the heap as it was', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // A letter of some 700 KB: 12,000 drug items, each request with words of its own ("2 times a day for 4 weeks").
    const lines = Array.from({ length: 12_000 }, (_, i) => `Norco 10/325 mg #${i + 1} 2 times a day for 4 weeks: Upheld\n`);
    const head = SIX_ITEMS.slice(0, SIX_ITEMS.indexOf('DECISIONS AND RATIONALES'));
    const edited = (n: number) => head + 'DECISIONS AND RATIONALES\n' + lines.map((l, i) => (i < n ? `x${l}` : l)).join('');
    let letter = parse(edited(0));
    assert.equal(letter.items.length, 12_000);
    letter = parse(edited(1), { previous: letter });
    gc();
    const before = process.memoryUsage().heapUsed;
    // Each edit changes one more item's title: its request is read afresh, from that version's text.
    for (let n = 2; n <= 31; n++) letter = parse(edited(n), { previous: letter });
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.equal(letter.items[20].request.frequency, '2 times a day for 4 weeks');
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB over 30 edits of a ${(letter.text.length / 1e6).toFixed(1)} MB letter`);
  });
});
