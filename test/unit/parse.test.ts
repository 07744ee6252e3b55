// The letter model on fixture letters: layouts, sections, header fields, facts, dates.

import { strict as assert } from 'node:assert';
import type { Span } from '../../server/src/base/span';
import { parse, type Letter } from '../../server/src/letter';
import { sentenceAt } from '../../server/src/letter/rationale';
import { fixture } from '../support/fixtures';

const at = (letter: Letter, s: Span): string => letter.text.slice(s.start, s.end);

function headerValues(letter: Letter): Record<string, string> {
  return Object.fromEntries(Object.entries(letter.header).map(([k, f]) => [k, f!.value]));
}

const CM16_0213037 = {
  caseNumber: 'CM16-0213037',
  dateAssigned: '11/09/2016',
  dateOfInjury: '10/13/2016',
  decisionDate: '12/09/2016',
  urDenialDate: '11/03/2016',
  priority: 'Standard',
  applicationReceived: '11/03/2016',
};

describe('parse: header block', () => {
  for (const dir of ['real', 'real-pdftotext', 'real-layout']) {
    it(`pairs labels and values as extracted in ${dir}`, () => {
      const letter = parse(fixture(`${dir}/CM16-0213037.txt`));
      assert.deepEqual(headerValues(letter), CM16_0213037);
      for (const f of Object.values(letter.header)) assert.equal(at(letter, f!.valueSpan).replace(/\s/g, ''), f!.value);
      assert.deepEqual(letter.header.dateOfInjury!.date, { year: 2016, month: 10, day: 13 });
    });
  }

  it('reads the 2013 notice header labels', () => {
    const letter = parse(fixture('layouts/L0-notice-2013.txt'));
    assert.deepEqual(headerValues(letter), {
      letterDate: '9/26/2013',
      caseNumber: 'CM13-0012345',
      dateOfInjury: '03/14/2011',
      urDenialDate: '7/16/2013',
      priority: 'Standard',
      applicationReceived: '7/22/2013',
    });
  });
});

describe('parse: layouts and sections', () => {
  const cases: [string, string, string[]][] = [
    ['real/CM16-0213037.txt', 'L1', ['header', 'how', 'summary', 'decisions']],
    ['seeds/000_6475ff4f10510ca5.txt', 'L1', ['how', 'summary', 'decisions']],
    ['layouts/L0-notice-2013.txt', 'L0', ['title', 'decisions', 'qualifications', 'summary', 'documents', 'items']],
    ['layouts/L2-transitional.txt', 'L2', ['header', 'how', 'documents', 'summary', 'decisions']],
    ['layouts/L3-professional-review.txt', 'L3', ['header', 'issue', 'summary', 'documents', 'guidelines', 'rationale', 'qualifications']],
  ];
  for (const [file, layout, sections] of cases) {
    it(`${file}: ${layout}`, () => {
      const letter = parse(fixture(file));
      assert.equal(letter.layout, layout);
      assert.deepEqual(
        letter.sections.map((s) => s.id),
        sections,
      );
      for (let i = 1; i < letter.sections.length; i++) assert.ok(letter.sections[i - 1].span.end <= letter.sections[i].span.start);
    });
  }

  it('marks a headerless letter starting at HOW THE IMR as an excerpt', () => {
    assert.equal(parse(fixture('seeds/001_45f2d0339fc17170.txt')).excerpt, true);
    assert.equal(parse(fixture('real/CM16-0213037.txt')).excerpt, false);
  });

  it('finds a heading wrapped over two lines and one with a word split by a stray space', () => {
    const text = fixture('real/CM16-0213037.txt')
      .replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS\nAND RATIONALES')
      .replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUM MARY');
    const letter = parse(text);
    assert.deepEqual(
      letter.sections.map((s) => s.id),
      ['header', 'how', 'summary', 'decisions'],
    );
    assert.equal(letter.items.length, 2);
  });

  it('keeps offsets into the original text with a BOM and CRLF line ends', () => {
    const letter = parse(fixture('seeds-crlf/002_f4a3e060fe32e57b.txt'));
    assert.equal(letter.text.charCodeAt(0), 0xfeff);
    assert.equal(at(letter, letter.sections[0].headingSpan), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
    assert.equal(at(letter, letter.items[2].decision!.span), 'Overturned');
    assert.equal(at(letter, letter.items[0].titleSpan), 'Norco 5/325mg #20');
  });
});

describe('parse: items', () => {
  it('gives each L1 item its title, decision and three parts in order', () => {
    const letter = parse(fixture('seeds/002_f4a3e060fe32e57b.txt'));
    assert.deepEqual(
      letter.items.map((i) => [i.title, i.decision?.outcome, i.parts.map((p) => p.kind)]),
      [
        ['Norco 5/325mg #20', 'upheld', ['claimsAdministrator', 'maximus', 'rationale']],
        ['Consultation and treatment', 'upheld', ['claimsAdministrator', 'maximus', 'rationale']],
        ['Psychotherapy 12 sessions', 'overturned', ['claimsAdministrator', 'maximus', 'rationale']],
      ],
    );
    const rationale = letter.items[0].parts[2];
    assert.match(at(letter, rationale.labelSpan), /^Decision rationale:$/);
    assert.match(at(letter, rationale.contentSpan), /^Norco \(hydrocodone[\s\S]*is not medically necessary\.$/);
  });

  it('reads a partial certification: original, authorized part and remainder', () => {
    const letter = parse(fixture('real/CM16-0229336.txt'));
    const partial = letter.items.find((i) => i.partial);
    assert.ok(partial?.partial);
    assert.equal(partial.title, partial.partial.remainder);
    assert.ok(partial.heading.endsWith(partial.title + ' is') || partial.heading.endsWith(partial.title));
  });

  it('parses the request of an item line', () => {
    const letter = parse(fixture('seeds/004_16bb5bdf60135266.txt'));
    assert.deepEqual(
      letter.items.map((i) => i.request),
      [
        { drug: 'Norco', strength: '10/325mg', quantity: 90, refills: 2 },
        { quantity: 30, refills: 2 },
      ],
    );
  });

  it('takes L0 decisions from the numbered determinations, not twice from the repeated list', () => {
    const letter = parse(fixture('layouts/L0-notice-2013.txt'));
    assert.deepEqual(
      letter.items.map((i) => [i.title, i.decision?.outcome, i.parts.length]),
      [
        ['Norco 10/325mg #120', 'upheld', 3],
        ['physical therapy 2 times a week for 4 weeks for the lumbar spine', 'overturned', 3],
      ],
    );
  });

  it('takes the L3 decision from the rationale conclusion', () => {
    const letter = parse(fixture('layouts/L3-professional-review.txt'));
    assert.deepEqual(
      letter.items.map((i) => [i.title, i.decision?.outcome]),
      [['Lumbar epidural steroid injection at L4-L5', 'upheld']],
    );
  });
});

describe('parse: facts', () => {
  it('reads age, sex and inline credentials', () => {
    const letter = parse(fixture('seeds/000_6475ff4f10510ca5.txt'));
    assert.equal(letter.patient.age?.value, 64);
    assert.equal(letter.patient.sex?.value, 'female');
    assert.equal(letter.reviewer?.form, 'inline');
    assert.equal(letter.reviewer?.specialty?.value, 'Occupational Medicine');
    assert.equal(letter.reviewer?.licensure?.value, 'California');
  });

  it('reads block credentials, whose specialty may wrap', () => {
    const text = fixture('real/CM16-0213037.txt').replace(
      'Certification(s)/Specialty: Family Practice',
      'Certification(s)/Specialty: Public Health &\nGeneral Preventive Medicine',
    );
    const r = parse(text).reviewer;
    assert.deepEqual(
      [r?.form, r?.licensure?.value, r?.specialty?.value],
      ['block', 'California,North Carolina', 'Public Health & General Preventive Medicine'],
    );
  });

  it('gives every date its calendar value and what it is a date of', () => {
    const letter = parse(fixture('seeds/000_6475ff4f10510ca5.txt'));
    assert.deepEqual(
      letter.dates.map((d) => [d.text, d.date, d.precision, d.role, d.section]),
      [
        ['2/8/98', { year: 1998, month: 2, day: 8 }, 'day', 'injury', 'summary'],
        ['12/20/13', { year: 2013, month: 12, day: 20 }, 'day', 'visit', 'summary'],
        ['9/4/13', { year: 2013, month: 9, day: 4 }, 'day', 'surgery', 'summary'],
        ['12/23/13', { year: 2013, month: 12, day: 23 }, 'day', 'visit', 'summary'],
        ['12/17/13', { year: 2013, month: 12, day: 17 }, 'day', 'ur', 'summary'],
        ['2005', { year: 2005, month: 0, day: 0 }, 'year', 'injury', 'decisions'],
      ],
    );
  });

  it('reads the date forms of extracted text', () => {
    const letter = parse(
      'HOW THE IMR FINAL DETERMINATION WAS MADE\nseen on 11/18/ 2016, on 11 -01-2016, on October 10, 2015 and in March 2016; not 10/325 or 13/45/2016.',
    );
    assert.deepEqual(
      letter.dates.map((d) => [d.date, d.precision]),
      [
        [{ year: 2016, month: 11, day: 18 }, 'day'],
        [{ year: 2016, month: 11, day: 1 }, 'day'],
        [{ year: 2015, month: 10, day: 10 }, 'day'],
        [{ year: 2016, month: 3, day: 0 }, 'month'],
      ],
    );
  });

  it('reads header dates as dates of their field', () => {
    const letter = parse(fixture('real-pdftotext/CM16-0213037.txt'));
    const header = letter.dates.filter((d) => d.header).map((d) => [d.text, d.role]);
    assert.deepEqual(header, [
      ['11/09/2016', 'assigned'],
      ['12/09/2016', 'decision'],
      ['10/13/2016', 'injury'],
      ['11/03/2016', 'ur'],
      ['11/03/2016', 'application'],
    ]);
  });
});

describe('parse: bad input', () => {
  it('returns an unknown letter for empty text, prose, binary data and a ticket that quotes a case number', () => {
    for (const text of [
      '',
      '   \n\n',
      'Dear diary, today was fine.',
      '\u0000\u0001\u0002PK\u0003\u0004\ufffd\ufffd',
      'Ticket 42\nCase Number: CM16-0213037\nDOCUMENTS REVIEWED were the usual ones.',
    ]) {
      const letter = parse(text);
      assert.equal(letter.layout, 'unknown');
      assert.deepEqual(letter.items, []);
    }
  });

  it('does not analyse text over the size limit', () => {
    const letter = parse(fixture('seeds/000_6475ff4f10510ca5.txt'), { maxLength: 1000 });
    assert.equal(letter.oversize, true);
    assert.deepEqual(letter.sections, []);
  });

  it('reads a decision and a heading followed by the blanks a PDF or a word processor leaves at a line end', () => {
    const text = fixture('real/CM16-0213037.txt');
    const decisions = (t: string) => parse(t).items.map((i) => `${i.title}: ${i.decision?.text}`);
    const plain = decisions(text);
    assert.ok(plain.length >= 2);
    for (const blank of ['\u00a0', '\f', '\u200b', '\ufeff', ' \u00a0 ']) {
      const afterDecisions = text.replace(/: (Upheld|Overturned) *$/gm, `: $1${blank}`);
      assert.deepEqual(decisions(afterDecisions), plain, JSON.stringify(blank));
      const afterHeading = text.replace(/^(IMR ISSUES, DECISIONS AND RATIONALES) *$/m, `$1${blank}`);
      assert.notEqual(afterHeading, text);
      assert.deepEqual(decisions(afterHeading), plain, JSON.stringify(blank));
    }
  });

  it('analyses half a letter', () => {
    const text = fixture('real/CM16-0213037.txt');
    const letter = parse(text.slice(0, text.indexOf('MAXIMUS guideline')));
    assert.equal(letter.layout, 'L1');
    assert.equal(letter.items.length, 1);
    assert.deepEqual(
      letter.items[0].parts.map((p) => p.kind),
      ['claimsAdministrator'],
    );
  });
});

describe('parse: requests', () => {
  it('reads "Tylenol #3" as a product, not a quantity of three', () => {
    const letter = parse(fixture('seeds/004_16bb5bdf60135266.txt').replace('Valium #30 with 2 refills', 'Tylenol #3 #60'));
    assert.equal(letter.items[1].request.quantity, 60);
  });
});

describe('parse: sentences', () => {
  const text = 'It said: "Use it for the shortest time." The patient has used it for months. "A quote?" Then more';
  const range = { start: 0, end: text.length };
  const at = (words: string) => {
    const s = sentenceAt(text, range, text.indexOf(words));
    return text.slice(s.start, s.end);
  };

  it('ends a sentence at a stop inside closing quotation marks', () => {
    assert.equal(at('shortest'), 'It said: "Use it for the shortest time."');
    assert.equal(at('has used'), 'The patient has used it for months.');
    assert.equal(at('A quote'), '"A quote?"');
  });

  it('runs to the end of the range without a stop', () => {
    assert.equal(at('more'), 'Then more');
  });
});
