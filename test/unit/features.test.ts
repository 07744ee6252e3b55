// Outline, folding and hover as plain functions of the letter.

import { strict as assert } from 'node:assert';
import { folding } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { outline, type OutlineNode } from '../../server/src/features/outline';
import { parse } from '../../server/src/letter';
import { fixture } from '../support/fixtures';

type Shape = [string, string | undefined, Shape[]];
const shape = (n: OutlineNode): Shape => [n.name, n.detail, n.children.map(shape)];
const PARTS: Shape[] = [
  ['Claims Administrator guideline', undefined, []],
  ['MAXIMUS guideline', undefined, []],
  ['Decision rationale', undefined, []],
];

describe('outline', () => {
  it('lists sections, header fields and items with their decisions', () => {
    assert.deepEqual(outline(parse(fixture('real/CM16-0213037.txt'))).map(shape), [
      [
        'Header',
        undefined,
        [
          ['Case Number', 'CM16-0213037', []],
          ['Date Assigned', '11/09/2016', []],
          ['Date of Injury', '10/13/2016', []],
          ['Decision Date', '12/09/2016', []],
          ['UR Denial Date', '11/03/2016', []],
          ['Priority', 'Standard', []],
          ['Application Received', '11/03/2016', []],
        ],
      ],
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', undefined, []],
      ['CLINICAL CASE SUMMARY', undefined, []],
      [
        'IMR ISSUES, DECISIONS AND RATIONALES',
        undefined,
        [
          ['Upheld · MRI of the right shoulder without contrast', undefined, PARTS],
          ['Upheld · MRI of the cervical spine without contrast', undefined, PARTS],
        ],
      ],
    ]);
  });

  it('keeps every child inside its parent and every selection inside its node', () => {
    for (const f of [
      'seeds/002_f4a3e060fe32e57b.txt',
      'real-pdftotext/CM17-0015218.txt',
      'layouts/L0-notice-2013.txt',
      'layouts/L3-professional-review.txt',
    ]) {
      const walk = (n: OutlineNode, parent?: OutlineNode): void => {
        assert.ok(n.selectionSpan.start >= n.span.start && n.selectionSpan.end <= n.span.end, `${f}: ${n.name}`);
        if (parent) assert.ok(n.span.start >= parent.span.start && n.span.end <= parent.span.end, `${f}: ${n.name} in ${parent.name}`);
        n.children.forEach((c) => walk(c, n));
      };
      outline(parse(fixture(f))).forEach((n) => walk(n));
    }
  });

  it('names a partial certification by the request it decides, and says what was certified before', () => {
    const items = outline(parse(fixture('real/CM17-0015218.txt'))).flatMap((n) => n.children.filter((c) => c.kind === 'item'));
    assert.deepEqual(
      items.map((i) => [i.name, i.detail, i.decision]),
      [
        [
          'Overturned (partial) · with open carpal tunnel release',
          'partly certified before IMR: Open reduction internal fixation on left distal radius fracture',
          'partial',
        ],
      ],
    );
  });

  it('starts every item name with its decision, and marks each kind of decision apart', () => {
    const items = (f: string) => outline(parse(fixture(f))).flatMap((n) => n.children.filter((c) => c.kind === 'item'));
    assert.deepEqual(
      items('seeds/002_f4a3e060fe32e57b.txt').map((i) => [i.name, i.decision]),
      [
        ['Upheld · Norco 5/325mg #20', 'upheld'],
        ['Upheld · Consultation and treatment', 'upheld'],
        ['Overturned · Psychotherapy 12 sessions', 'overturned'],
      ],
    );
    const review = fixture('layouts/L3-professional-review.txt');
    const undecided = review.replace(/is not medically\s+necessary\./, 'is discussed above.');
    assert.notEqual(undecided, review);
    assert.deepEqual(
      items('layouts/L3-professional-review.txt').map((i) => [i.name, i.decision]),
      [['Upheld · Lumbar epidural steroid injection at L4-L5', 'upheld']],
    );
    const none = outline(parse(undecided)).flatMap((n) => n.children.filter((c) => c.kind === 'item'));
    assert.deepEqual(
      none.map((i) => [i.name, i.decision]),
      [['No decision found · Lumbar epidural steroid injection at L4-L5', 'none']],
    );
  });
});

describe('folding', () => {
  it('folds sections, items and item parts', () => {
    const folds = folding(parse(fixture('seeds/002_f4a3e060fe32e57b.txt')));
    assert.deepEqual(
      ['section', 'item', 'part'].map((k) => folds.filter((f) => f.kind === k).length),
      [3, 3, 9],
    );
  });
});

describe('hover', () => {
  const text = fixture('seeds/002_f4a3e060fe32e57b.txt');
  const letter = parse(text);

  it('explains a page-cited guideline in the edition it belongs to', () => {
    const h = hover(letter, text.indexOf('74-95, page 124') + 2);
    assert.ok(h);
    assert.match(h.markdown, /Chronic Pain Medical Treatment Guidelines/);
    assert.match(h.markdown, /2009/);
    assert.match(h.markdown, /[Ww]eaning/);
    assert.match(h.markdown, /[Oo]pioids/);
  });

  it('says what a date is a date of and how far it is from the injury', () => {
    const real = fixture('real/CM16-0213037.txt');
    const h = hover(parse(real), real.indexOf('10-19-16') + 1);
    assert.equal(
      h?.markdown,
      '**Date of a visit, examination or report**: October 19, 2016\n\n6 days after the date of injury (10/13/2016).',
    );
  });

  it('explains a decision word', () => {
    const h = hover(letter, text.indexOf('Overturned') + 1);
    assert.match(h!.markdown, /^\*\*Overturned\*\*: the expert reviewer found the disputed treatment medically necessary/);
  });

  it('has nothing to say on ordinary prose', () => {
    assert.equal(hover(letter, text.indexOf('lowest possible dose')), undefined);
  });
});
