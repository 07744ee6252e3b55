// The scan of a decisions section for its item lines, and the scan again after an edit
// (server/src/letter/item-lines.ts): the lines a scan of the whole finds, for a few steps.

import { strict as assert } from 'node:assert';
import { scanAgain, scanLines, type NextLine, type Scan } from '../../server/src/letter/item-lines';
import { isDoubleSpaced, itemLineStep } from '../../server/src/letter/items';
import { sameEnds } from '../../server/src/base/text';

const HEAD = 'DECISIONS AND RATIONALES\n';
/** A section of `count` item lines, each with a rationale. */
const section = (count: number): string =>
  HEAD +
  Array.from({ length: count }, (_, i) => `Physical therapy ${i} sessions: Upheld\nDecision rationale: Not medically necessary.\n`).join(
    '',
  );

/** The scan of the whole of `text`, and the number of steps it took. */
function scanWhole(text: string): { scan: Scan; steps: number } {
  let steps = 0;
  const step = itemLineStep(text, isDoubleSpaced(text));
  const counted: NextLine = (body, state) => (steps++, step(body, state));
  const lines = scanLines(text, { from: HEAD.length, floor: HEAD.length }, counted);
  return { scan: { start: HEAD.length, end: text.length, spacing: isDoubleSpaced(text), lines }, steps };
}

/** The scan of `text` again from `old`, the scan of `before`, and the number of steps it took. */
function scanEdited(text: string, old: Scan, before: string): { lines: Scan['lines']; steps: number; earlier: (index: number) => unknown } {
  let steps = 0;
  const step = itemLineStep(text, isDoubleSpaced(text));
  const edit = sameEnds(before, text);
  const again = scanAgain(text, HEAD.length, text.length, isDoubleSpaced(text), old, edit, (body, state) => (steps++, step(body, state)));
  assert.ok(again, 'the earlier scan is taken up');
  return { lines: again.lines, steps, earlier: again.earlier };
}

/** `text` with `inserted` in place of `removed` characters at `at`. */
const spliced = (text: string, at: number, removed: number, inserted: string): string =>
  text.slice(0, at) + inserted + text.slice(at + removed);

describe('item lines: the scan again after an edit', () => {
  const text = section(1000);
  const { scan, steps } = scanWhole(text);

  it('scans the whole once, a step for each line', () => {
    assert.equal(scan.lines.starts.length, 1000);
    assert.equal(steps, 1001);
  });

  const middle = text.indexOf('Physical therapy 500 sessions');
  const edits: [string, string, number][] = [
    ['a word typed into an item line in the middle', spliced(text, middle + 9, 0, 'x'), 1000],
    ['a decision word deleted: two lines become one item', spliced(text, text.indexOf(': Upheld', middle), 8, ''), 999],
    ['an item line typed into a rationale', spliced(text, text.indexOf('\n', middle + 40) + 1, 0, 'Chiropractic care: Overturned\n'), 1001],
    ['a line typed at the very end', `${text}Acupuncture: Upheld\n`, 1001],
  ];
  for (const [what, edited, count] of edits) {
    it(`finds the lines a scan of the whole finds, in a few steps: ${what}`, () => {
      const again = scanEdited(edited, scan, text);
      assert.deepEqual(again.lines, scanWhole(edited).scan.lines);
      assert.equal(again.lines.starts.length, count);
      assert.ok(again.steps <= 4, `${again.steps} steps`);
    });
  }

  it('gives the earlier line of each item whose block did not change, moved by the edit', () => {
    const edited = spliced(text, middle + 9, 0, 'x');
    const again = scanEdited(edited, scan, text);
    assert.deepEqual(again.earlier(10), { index: 10, by: 0 });
    assert.deepEqual(again.earlier(900), { index: 900, by: 1 });
    // The block before the edited one ends where the edited line starts, before the change: it is kept.
    assert.deepEqual(again.earlier(499), { index: 499, by: 0 });
    assert.equal(again.earlier(500), undefined);
    assert.deepEqual(again.earlier(501), { index: 501, by: 1 });
  });

  it('takes up no earlier scan that started elsewhere, or whose section did not end as the edit moved it: the caller scans the whole', () => {
    const step = itemLineStep(text, false);
    const typed = spliced(text, middle, 0, 'x');
    assert.equal(scanAgain(`x${text}`, HEAD.length + 1, text.length + 1, false, scan, sameEnds(text, `x${text}`), step), undefined);
    assert.equal(scanAgain(typed, HEAD.length, text.length - 100, false, scan, sameEnds(text, typed), step), undefined);
    assert.equal(scanAgain(typed, HEAD.length, text.length + 1, true, scan, sameEnds(text, typed), step), undefined);
  });
});
