// Each rule on a letter that triggers it and on its known false-alarm traps.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check, type CheckedFinding } from '../../server/src/service';
import { fixture } from '../support/fixtures';
import { edit } from '../support/findings';

const TODAY = { today: { year: 2026, month: 11, day: 22 } };

function findings(text: string, rule: string): CheckedFinding[] {
  return check(parse(text), undefined, TODAY).filter((f) => f.rule === rule);
}

const quote = (text: string, f: { span: { start: number; end: number } }): string => text.slice(f.span.start, f.span.end);

const REAL = fixture('real/CM16-0213037.txt');

describe('rule injury-date-conflict', () => {
  it('flags seed 000: "a 2005 date of injury" against "a 2/8/98 date of injury"', () => {
    const text = fixture('seeds/000_6475ff4f10510ca5.txt');
    const [f, ...rest] = findings(text, 'injury-date-conflict');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(quote(text, f), '2005');
    assert.equal(quote(text, f.related![0]), '2/8/98');
    assert.equal(f.message, 'Date of injury 2005 in the rationale of "NORCO QUANTITY 100", but 2/8/98 in the case summary.');
    assert.equal(f.fixes, undefined, 'no header: no date is certain enough to offer');
  });

  it('flags a summary that disagrees with the header and offers the header date', () => {
    const text = REAL.replace('industrial injury on 10-13-16', 'industrial injury on 10-13-15');
    const [f] = findings(text, 'injury-date-conflict');
    assert.equal(quote(text, f), '10-13-15');
    assert.equal(quote(text, f.related![0]), '10/13/2016');
    assert.deepEqual(f.fixes?.map((x) => [x.title, x.edits[0].newText, x.preferred, x.safe]), [["Change to the header's date of injury (10/13/2016)", '10/13/2016', undefined, undefined]]);
  });

  it('accepts the same date written differently, and a matching year alone', () => {
    const text = REAL.replace('evaluated on 10-19-16', 'evaluated on 10-19-16. This claimant has a 2016 date of injury (October 13, 2016)');
    assert.deepEqual(findings(text, 'injury-date-conflict'), []);
  });

  it('ignores other injuries, ranges and dates counted from the injury', () => {
    const anchor = 'X-ray of the right shoulder on 10-13-16';
    const text = edit(
      REAL,
      anchor,
      `A prior industrial injury on 3/1/2009 healed. A clinic note two weeks after the injury on 10/27/16 was read. Dates of injury of 1/1/2010 and 2/2/2011 were listed. A prior continuous trauma injury from 1/1/2012 to 1/1/2013. ${anchor}`,
    );
    assert.deepEqual(findings(text, 'injury-date-conflict'), []);
    // Without the word "prior" the same sentence states another date of injury.
    assert.equal(findings(edit(text, 'A prior industrial injury', 'An industrial injury'), 'injury-date-conflict').length, 1);
  });
});

describe('rule missing-section', () => {
  it('flags a missing required heading at the next section', () => {
    const text = REAL.replace('CLINICAL CASE SUMMARY', 'CLINICAL NOTES');
    const [f] = findings(text, 'missing-section');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /"CLINICAL CASE SUMMARY" is missing/);
    assert.equal(quote(text, f), 'IMR ISSUES, DECISIONS AND RATIONALES');
  });

  it('notes an excerpt without its header as information only, on its first line (without the CR)', () => {
    const f = findings(fixture('seeds/003_fc99783cdfd818d2.txt'), 'missing-section');
    assert.deepEqual(f.map((x) => x.severity), ['information']);
    const crlf = fixture('seeds-crlf/003_fc99783cdfd818d2.txt');
    assert.equal(quote(crlf, findings(crlf, 'missing-section')[0]), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
  });

  it('warns about a header field that is missing', () => {
    const f = findings(REAL.replace(/UR Denial Date:\s+11\/03\/2016/, ''), 'missing-section');
    assert.deepEqual(f.map((x) => [x.severity, x.message]), [['warning', 'The header block has no UR Denial Date.']]);
  });

  it('warns when the reviewer credentials are missing', () => {
    const text = REAL.replace(/The Expert Reviewer has the following credentials:[\s\S]*?Family Practice/, '');
    assert.deepEqual(findings(text, 'missing-section').map((x) => x.severity), ['warning']);
  });

  it('is quiet on complete letters of every layout', () => {
    for (const f of ['real/CM16-0213037.txt', 'real-pdftotext/CM16-0213037.txt', 'layouts/L0-notice-2013.txt', 'layouts/L2-transitional.txt', 'layouts/L3-professional-review.txt']) {
      assert.deepEqual(findings(fixture(f), 'missing-section'), [], f);
    }
  });
});

describe('rule item-incomplete', () => {
  it('flags an item that lacks its MAXIMUS guideline', () => {
    const text = REAL.replace(/MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section\(s\): \nSpecial Studies\./, '');
    const [f, ...rest] = findings(text, 'item-incomplete');
    assert.equal(rest.length, 0);
    assert.equal(quote(text, f), 'MRI of the right shoulder without contrast');
    assert.equal(f.message, 'The item "MRI of the right shoulder without contrast" lacks its "MAXIMUS guideline".');
    assert.equal(f.related?.length, 2);
  });

  it('flags parts out of order', () => {
    // Swap the labels of the first item's two guideline lines.
    const text = fixture('seeds/004_16bb5bdf60135266.txt')
      .replace('Claims Administrator guideline:', '@@')
      .replace('MAXIMUS guideline:', 'Claims Administrator guideline:')
      .replace('@@', 'MAXIMUS guideline:');
    const f = findings(text, 'item-incomplete');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /out of order/);
  });

  it('flags a decisions section without items', () => {
    const text = REAL.replace(/: Upheld/g, '');
    assert.match(findings(text, 'item-incomplete')[0].message, /No disputed item/);
  });

  it('accepts the decision word alone on the next line and wrapped item lines', () => {
    for (const f of ['real/CM16-0237844.txt', 'real-pdftotext/CM16-0230651.txt', 'real/CM16-0229336.txt']) {
      assert.deepEqual(findings(fixture(f), 'item-incomplete'), [], f);
    }
  });
});

describe('rule not-a-letter', () => {
  it('gives one information note on text that is no letter, and nothing else', () => {
    const all = check(parse('Minutes of the meeting\nNothing to report.'), undefined, TODAY);
    assert.deepEqual(all.map((f) => [f.rule, f.severity]), [['not-a-letter', 'information']]);
  });

  it('is quiet on letters', () => {
    assert.deepEqual(findings(REAL, 'not-a-letter'), []);
  });
});

describe('rule too-large', () => {
  it('notes a text over the limit, and nothing else', () => {
    const all = check(parse('x'.repeat(50), { maxLength: 10 }), undefined, TODAY);
    assert.deepEqual(all.map((f) => f.rule), ['too-large']);
  });
});
