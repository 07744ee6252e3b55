// parse never throws, never hangs, and every span it returns lies inside the text: checked on
// random text and on real letters cut, spliced and garbled at random.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse, type Letter } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { fixture } from '../support/fixtures';

function assertSpansInside(letter: Letter): void {
  const n = letter.text.length;
  const visit = (v: unknown, where: string): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(0 <= o.start && o.start <= o.end && o.end <= n, `span ${where} ${o.start}-${o.end} outside 0-${n}`);
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'text') visit(child, `${where}.${k}`);
  };
  visit(letter, 'letter');
}

function checkText(text: string): void {
  const letter = parse(text);
  assertSpansInside(letter);
  for (const f of check(letter)) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length);
  }
}

const LETTERS = [
  'seeds/000_6475ff4f10510ca5.txt',
  'seeds/002_f4a3e060fe32e57b.txt',
  'real/CM16-0229336.txt',
  'real-pdftotext/CM17-0015218.txt',
  'layouts/L0-notice-2013.txt',
  'layouts/L3-professional-review.txt',
].map(fixture);

// Pieces of letter structure, so random text often looks like a letter.
const PIECES = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE\n',
  'IMR ISSUES, DECISIONS AND RATIONALES\n',
  'Case Number: CM16-0213037 ',
  'Date of Injury: ',
  '10/13/2016',
  ': Upheld\n',
  ':\nOverturned\n',
  'Claims Administrator guideline: ',
  'MAXIMUS guideline: Decision based on MTUS ',
  'Page(s): 74-95, page 124',
  'Section(s): ',
  'Decision rationale: ',
  'was the original request. ',
  'The remaining IMR eligible portion of the original request, ',
  ' date of injury',
  '\r\n',
  '\n\n',
  '\ufeff',
  '\u00c2\u00ae',
  ' ',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...PIECES)),
  }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), len: fc.nat({ max: 600 }) }),
);

interface Mutation {
  kind: 'cut' | 'insert' | 'copy';
  at: number;
  len?: number;
  text?: string;
  from?: number;
}

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'cut') return text.slice(0, at) + text.slice(at + (m.len ?? 0));
  if (m.kind === 'insert') return text.slice(0, at) + (m.text ?? '') + text.slice(at);
  const from = (m.from ?? 0) % (text.length + 1);
  return text.slice(0, at) + text.slice(from, from + (m.len ?? 0)) + text.slice(at);
}

describe('parse: properties', () => {
  it('handles random text, including letter fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PIECES)), { maxLength: 60 }),
        (parts) => {
          checkText(parts.join(''));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('handles real letters cut, spliced and garbled', () => {
    fc.assert(
      fc.property(fc.nat({ max: LETTERS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (which, mutations) => {
        checkText(mutations.reduce((t, m) => mutate(t, m), LETTERS[which]));
      }),
      { numRuns: 300 },
    );
  });

  it('handles pathological inputs quickly enough to finish', () => {
    const inputs = [
      ':'.repeat(100_000),
      ': Upheld\n'.repeat(20_000),
      'IMR ISSUES, DECISIONS AND RATIONALES\n' + 'a'.repeat(200_000) + ': Upheld',
      'IMR ISSUES, DECISIONS AND RATIONALES\n' + 'word '.repeat(50_000) + '\n: Overturned\n',
      'Case Number: ' + '1/1/11 '.repeat(30_000),
      '1) MAXIMUS Federal Services, Inc. has determined the request for ' + 'x '.repeat(50_000),
      'HOW THE IMR FINAL DETERMINATION WAS MADE\n' + 'injury on 1/1/2010 '.repeat(20_000),
      '\n'.repeat(300_000),
      // Found by review: a rationale without full stops, fragments everywhere, pronouns everywhere,
      // thousands of items and dates.
      'IMR ISSUES, DECISIONS AND RATIONALES\nX: Upheld\nDecision rationale: ' + 'not medically necessary and '.repeat(7_000),
      'IMR ISSUES, DECISIONS AND RATIONALES\n' + 'b c '.repeat(8_000),
      'CLINICAL CASE SUMMARY\nThe patient is a 40 year old male. ' + 'she her '.repeat(4_000),
      'IMR ISSUES, DECISIONS AND RATIONALES\n' + 'Item on 1/1/2016: Upheld\nDecision rationale: seen 2/2/2016.\n'.repeat(5_000),
      // A 64 KB item title of strength-like numbers (a strength's parts were once read without
      // bound: seconds per title).
      'IMR ISSUES, DECISIONS AND RATIONALES\nNorco ' + '12-'.repeat(22_000) + ': Upheld\n',
      'IMR ISSUES, DECISIONS AND RATIONALES\nNorco ' + '1/'.repeat(32_000) + ': Upheld\n',
    ];
    for (const text of inputs) checkText(text);
  });
});
