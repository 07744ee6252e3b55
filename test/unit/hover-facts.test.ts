// The facts a careful reader's audit of hovers found wrong or contradicted (docs/hover-audit.md),
// each fixed at its root: a fact the letter's own words decide is read from them.

import { strict as assert } from 'node:assert';
import { hover } from '../../server/src/features/hover';
import { drugHover } from '../../server/src/features/hover/drug';
import { parse } from '../../server/src/letter';
import { fixture } from '../support/fixtures';
import { edit } from '../support/findings';

const at = (text: string, words: string): number => {
  const i = text.indexOf(words);
  assert.ok(i >= 0, `the text contains ${words}`);
  return i + 1;
};
const routeOf = (markdown: string | undefined): string | undefined => markdown?.split('\n').find((l) => l.startsWith('- Route'));

describe('hover facts: the route a drug is given by, as the letter writes it', () => {
  it('reads the words before a name in the text: "injection 5cc of lidocaine", "1cc of dexamethasone"', () => {
    const text = 'The request for retrospective injection 5cc of lidocaine hcl 1% and 1cc of dexamethasone 10mg was reviewed.';
    const letter = parse(text);
    assert.equal(routeOf(drugHover(letter, at(text, 'lidocaine'))?.markdown), '- Route: injected ("injection")');
    assert.equal(routeOf(drugHover(letter, at(text, 'dexamethasone'))?.markdown), '- Route: injected ("1cc")');
  });

  it("never gives one name another's route, and says where no route is written beside the name", () => {
    const text = 'He takes tramadol 50mg daily and applies lidocaine 5% patches at night.';
    const letter = parse(text);
    assert.equal(routeOf(drugHover(letter, at(text, 'tramadol'))?.markdown), '- Route: not written beside the name');
    assert.equal(routeOf(drugHover(letter, at(text, 'lidocaine'))?.markdown), '- Route: on the skin ("patches")');
  });

  it('reads the dose words of the name as its own, past a brand in parentheses', () => {
    const text = 'Tramadol (Ultram) 50mg take 1 tab orally every 4-6 hours as needed';
    assert.equal(routeOf(drugHover(parse(text), 3)?.markdown), '- Route: by mouth ("tab")');
  });
});

describe('hover facts: a page of the chapter that replaced a 2nd edition chapter', () => {
  const base = fixture('real/CM17-0012593.txt');

  it('"ACOEM Chapter 10, Table 2, page 13" is in the revised Elbow chapter (2007), not in the 2nd edition', () => {
    const text = edit(
      base,
      'Decision rationale:',
      'Decision rationale: The MTUS Guideline in ACOEM Chapter 10, Table 2, page 13 notes the test.',
    );
    const h = hover(parse(text), at(text, 'Table 2, page 13'))!.markdown;
    assert.match(
      h,
      /^\*\*ACOEM Occupational Medicine Practice Guidelines\*\* — ACOEM's revised Elbow chapter \(2007\), which the MTUS adopted in place of chapter 10/m,
    );
    assert.match(h, /^- \*\*Table 2, p\. 13\*\*: Table 2 of ACOEM's revised Elbow chapter \(2007\)/m);
    assert.doesNotMatch(h, /A table in chapter 10|chapter 10, p\. 13/);
    assert.match(h, /^Source: .*ACOEM's revised Elbow chapter \(2007\), p\. 13$/m);
  });

  it('a page of a chapter the MTUS kept stays in the 2nd edition', () => {
    const text = edit(
      base,
      'Decision rationale:',
      'Decision rationale: The MTUS Guideline in ACOEM Chapter 9, Table 9-6, page 214 notes the test.',
    );
    const h = hover(parse(text), at(text, 'Table 9-6'))!.markdown;
    assert.match(h, /— 2nd edition \(2004\), the chapters the MTUS adopted/);
    assert.match(h, /^- \*\*Table 9-6, p\. 214\*\*: A table in chapter 9 \(Shoulder Complaints\)/m);
  });
});
