// Drugs: names in text, strengths and daily use, morphine milligram equivalents and the drug hover
// (the opioid-dose-threshold rule: server/src/rules/opioid-dose-threshold/opioid-dose-threshold.test.ts).

import { strict as assert } from 'node:assert';
import { drugHover } from '../../server/src/features/hover/drug';
import { hover } from '../../server/src/features/hover';
import { drugIn, drugsIn, mmeFactor } from '../../server/src/knowledge';
import { parse } from '../../server/src/letter';
import { amountsIn } from '../../server/src/letter/amounts';
import { drugNamesIn } from '../../server/src/letter/ingredients';
import { medicationsIn, type Medication } from '../../server/src/letter/medications';
import { opioidDose } from '../../server/src/letter/opioid-dose';
import { fixture } from '../support/fixtures';
import { edit } from '../support/findings';

const whole = (t: string): { start: number; end: number } => ({ start: 0, end: t.length });

/** Each mention as [text, generic, strength, daily use [min, max, reading, ...notes]]. */
function read(text: string): unknown[] {
  return medicationsIn(text, whole(text)).map((m) => [
    text.slice(m.span.start, m.span.end),
    m.entry.generic,
    m.strength?.text,
    m.dailyUse && [m.dailyUse.min, m.dailyUse.max, m.dailyUse.reading, ...m.dailyUse.notes],
  ]);
}

/** Daily MME of the first mention, CDC 2016-era and CDC 2022, as [min, max]; or what is unknown. */
function mme(text: string): unknown {
  const d = opioidDose(medicationsIn(text, whole(text))[0] as Medication)!;
  return d.mme ? { cdc2016: [d.mme.cdc2016.min, d.mme.cdc2016.max], cdc2022: [d.mme.cdc2022.min, d.mme.cdc2022.max] } : d.unknown;
}

describe('drugs: names in text', () => {
  it('resolves brands, generics and ingredients to the right entry', () => {
    const t = 'Tramadol (Ultram) 50mg, Hydrocodone-Acetaminophen 5/325, Oxycodone HCL ER, acetaminophen, Tylenol #3, caffeine, MS Contin';
    assert.deepEqual(
      drugsIn(t).map((m) => [m.name, m.by, m.entry.generic, m.entry.opioid?.mme]),
      [
        ['Tramadol', 'generic', 'tramadol', 'tramadol'],
        ['Ultram', 'brand', 'tramadol', 'tramadol'],
        ['Hydrocodone', 'generic', 'hydrocodone', 'hydrocodone'],
        ['Acetaminophen', 'generic', 'acetaminophen', undefined],
        ['Oxycodone', 'generic', 'oxycodone', 'oxycodone'],
        ['acetaminophen', 'generic', 'acetaminophen', undefined],
        ['Tylenol #3', 'brand', 'codeine + acetaminophen', 'codeine'],
        ['caffeine', 'generic', 'caffeine', undefined],
        ['MS Contin', 'brand', 'morphine ER', 'morphine'],
      ],
    );
    assert.equal(drugIn('Acetaminophen 500mg')?.entry.drugClass, 'non-opioid analgesic', 'not Norco');
  });
});

describe('drugs: strength and daily use', () => {
  it("reads the seeds' and real letters' wordings", () => {
    const cases: [string, unknown[]][] = [
      ['NORCO 10/325 MG #120', [['NORCO 10/325 MG', 'hydrocodone + acetaminophen', '10/325 MG', undefined]]],
      [
        'NORCO, 2 PILLS TWICE A DAY',
        [['NORCO, 2 PILLS TWICE A DAY', 'hydrocodone + acetaminophen', undefined, [4, 4, '2 a dose × 2 a day ("TWICE A DAY")']]],
      ],
      [
        'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS',
        [
          [
            'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS',
            'fentanyl transdermal',
            '50MCG',
            [1, 1, '1 patch at a time, changed EVERY 72 HOURS', '1 patch at a time: the count is not stated'],
          ],
        ],
      ],
      [
        'ROBAXIN 750MG, 3 TIMES A DAY',
        [
          [
            'ROBAXIN 750MG, 3 TIMES A DAY',
            'methocarbamol',
            '750MG',
            [3, 3, '1 a dose × 3 a day ("3 TIMES A DAY")', '1 a dose: the count is not stated'],
          ],
        ],
      ],
      [
        'Tramadol (Ultram) 50mg take 1 tab orally every 4-6 hours as needed for pain #30',
        [
          [
            'Tramadol (Ultram) 50mg take 1 tab orally every 4-6 hours as needed',
            'tramadol',
            '50mg',
            [4, 6, '1 a dose × 4–6 a day ("every 4-6 hours")', 'as needed: the most the order allows, not a measured use'],
          ],
        ],
      ],
      [
        'Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed',
        [
          [
            'Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed',
            'hydrocodone + acetaminophen',
            '5/325mg',
            [4, 12, '1–2 a dose × 4–6 a day ("every 4-6 hrs")', 'as needed: the most the order allows, not a measured use'],
          ],
        ],
      ],
      [
        'Oxycodone HCL ER 20mg #60 day supply: 30',
        [['Oxycodone HCL ER 20mg #60 day supply: 30', 'oxycodone', '20mg', [2, 2, '#60 / 30 days', 'on average: 60 over 30 days']]],
      ],
      [
        'Norco 10/325 #120 per month',
        [
          [
            'Norco 10/325 #120 per month',
            'hydrocodone + acetaminophen',
            '10/325',
            [4, 4, '#120 / 30 days', 'on average: 120 over 30 days (a month read as 30 days)'],
          ],
        ],
      ],
      [
        'OxyContin 20mg one tablet every 12 hours. Percocet 5-325mg',
        [
          ['OxyContin 20mg one tablet every 12 hours', 'oxycodone ER', '20mg', [2, 2, '1 a dose × 2 a day ("every 12 hours")']],
          ['Percocet 5-325mg', 'oxycodone + acetaminophen', '5-325mg', undefined],
        ],
      ],
      [
        'Ultram 50 mg, naproxen 500 mg #60 twice a day',
        [
          ['Ultram 50 mg', 'tramadol', '50 mg', undefined],
          [
            'naproxen 500 mg #60 twice a day',
            'naproxen',
            '500 mg',
            [2, 2, '1 a dose × 2 a day ("twice a day")', '1 a dose: the count is not stated'],
          ],
        ],
      ],
    ];
    for (const [text, expected] of cases) assert.deepEqual(read(text), expected, text);
  });

  it('does not read dates, pain scores, quantities or "daily living" as strength or daily use', () => {
    assert.deepEqual(read('Norco since 11/15/2016. Norco 7/10 pain. Norco #120 helps activities of daily living. Norco 2 tabs'), [
      ['Norco', 'hydrocodone + acetaminophen', undefined, undefined],
      ['Norco', 'hydrocodone + acetaminophen', undefined, undefined],
      ['Norco', 'hydrocodone + acetaminophen', undefined, undefined],
      ['Norco', 'hydrocodone + acetaminophen', undefined, undefined],
    ]);
  });

  it('leaves a patch changed less often than every 72 hours without a daily use', () => {
    assert.deepEqual(read('Duragesic 25 mcg/hr every 5 days')[0], ['Duragesic 25 mcg/hr', 'fentanyl transdermal', '25 mcg/hr', undefined]);
  });
});

describe('drugs: morphine milligram equivalents', () => {
  it('works the reference examples', () => {
    assert.deepEqual(mme('Norco 10/325 four times a day'), { cdc2016: [40, 40], cdc2022: [40, 40] });
    assert.deepEqual(mme('Norco 10/325, 2 pills twice a day'), { cdc2016: [40, 40], cdc2022: [40, 40] });
    assert.deepEqual(mme('DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS'), { cdc2016: [120, 120], cdc2022: [120, 120] });
    assert.deepEqual(mme('Percocet 10/325 QID'), { cdc2016: [60, 60], cdc2022: [60, 60] });
    assert.deepEqual(mme('tramadol 50 mg twice a day'), { cdc2016: [10, 10], cdc2022: [20, 20] });
    assert.deepEqual(mme('tramadol 50 mg #60 per month'), { cdc2016: [10, 10], cdc2022: [20, 20] });
  });

  it("uses each era's factor where they differ, methadone by its daily dose", () => {
    assert.deepEqual(mme('Dilaudid 2 mg every 6 hours'), { cdc2016: [32, 32], cdc2022: [40, 40] });
    assert.deepEqual(mme('methadone 5 mg TID'), { cdc2016: [60, 60], cdc2022: [70.5, 70.5] });
    assert.deepEqual(mme('methadone 10 mg TID'), { cdc2016: [240, 240], cdc2022: [141, 141] });
    assert.deepEqual(
      [mmeFactor('methadone', 'cdc2016', 15), mmeFactor('methadone', 'cdc2016', 50), mmeFactor('hydromorphone', 'cdc2022')],
      [4, 10, 5],
    );
  });

  it('says what is unknown instead of guessing', () => {
    assert.deepEqual(mme('NORCO 10/325 MG #120'), [{ part: 'daily use', why: 'not stated' }]);
    assert.deepEqual(mme('NORCO, 2 PILLS TWICE A DAY'), [{ part: 'strength', why: 'not stated' }]);
    assert.deepEqual(mme('NORCO QUANTITY 100'), [
      { part: 'strength', why: 'not stated' },
      { part: 'daily use', why: 'not stated' },
    ]);
    assert.deepEqual(mme('Ultram 50 gm one tablet a day'), [{ part: 'strength', why: '"50 gm" is not in mg' }]);
    assert.deepEqual(mme('Fentanyl 200 mcg twice a day'), [{ part: 'strength', why: 'Fentanyl other than a patch has no factor here' }]);
    assert.deepEqual(mme('Butrans 10 mcg/hr every 7 days'), [
      { part: 'factor', why: 'buprenorphine is left out of the conversion tables' },
    ]);
    assert.deepEqual(mme('Duragesic 50 mcg/hr #15'), [
      { part: 'daily use', why: 'how many patches are worn, and how often changed, is not stated' },
    ]);
  });
});

describe('drug hover', () => {
  const SEED3 = fixture('seeds/003_fc99783cdfd818d2.txt');
  const CDC =
    "CDC opioid MME conversion factors (CDC's 2016-era data file and CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022)";
  const SOURCE = `Source: FDA labels of Norco, Vicodin, Lortab (DailyMed); RxNorm (NLM): hydrocodone + acetaminophen; ${CDC}`;

  it("shows a patch's MME on its item title, through hover()", () => {
    const letter = parse(SEED3);
    const h = hover(letter, letter.items[0].titleSpan.start + 3)!;
    assert.equal(SEED3.slice(h.span.start, h.span.end), 'DURAGESIC PATCHES 50MCG CHANGED EVERY 72 HOURS');
    assert.equal(
      h.markdown,
      [
        '**DURAGESIC**: fentanyl transdermal · opioid, long-acting',
        '',
        '_12–100 mcg/hr, changed every 72 h_',
        '',
        '- Strength: 50 mcg/hr fentanyl a patch ("50MCG"); "50MCG" read as the patch\'s rate, 50 mcg/hr',
        '- Route: through the skin (patch) ("PATCHES")',
        '- Quantity: none written in the request',
        '- Daily use: 1 patch at a time, changed EVERY 72 HOURS',
        '  - _1 patch at a time: the count is not stated_',
        '',
        '**MME/day: 120**: factor 2.4 (the CDC 2016-era and CDC 2022 tables agree).',
        '',
        `Source: FDA label of Duragesic (DailyMed); RxNorm (NLM): fentanyl transdermal; ${CDC} (fentanyl transdermal: claims-data variants (CMS 2014, CDC 2017 files) use 7.2 per dispensed patch day)`,
      ].join('\n'),
    );
  });

  it("says the MME is unknown when the strength is not stated, also in the rationale's text", () => {
    const letter = parse(SEED3);
    const expected = (onTitle: boolean): string =>
      [
        '**NORCO**: hydrocodone + acetaminophen · opioid combination',
        '',
        '_e.g. 5/325, 7.5/325, 10/325_',
        '',
        '- Strength: not stated',
        "- Route: by mouth (the product's form)",
        ...(onTitle ? ['- Quantity: none written in the request'] : []),
        '- Daily use: 2 a dose × 2 a day ("TWICE A DAY") = 4 a day',
        '',
        '**MME/day: unknown**: strength not stated.',
        '',
        SOURCE,
      ].join('\n');
    assert.equal(drugHover(letter, letter.items[1].titleSpan.end - 2)?.markdown, expected(true));
    const inText = SEED3.indexOf('the request for NORCO') + 'the request for '.length;
    const h = drugHover(letter, inText + 2)!;
    assert.deepEqual(
      [SEED3.slice(h.span.start, h.span.end).replace(/\s+/g, ' '), h.markdown],
      ['NORCO, 2 PILLS TWICE A DAY', expected(false)],
    );
  });

  it('gives both eras where the factors differ, and a range for "every 4-6 hours"', () => {
    const text = 'Tramadol (Ultram) 50mg take 1 tab orally every 4-6 hours as needed';
    const md = drugHover(parse(text), 3)!.markdown.split('\n');
    assert.deepEqual(md.slice(0, 1).concat(md.slice(2)), [
      '**Tramadol**: tramadol (brands: Ultram, Ultram ER) · weak opioid (SNRI activity)',
      '- Strength: 50 mg tramadol a unit ("50mg")',
      '- Route: by mouth ("tab")',
      '- Daily use: 1 a dose × 4–6 a day ("every 4-6 hours") = 4–6 a day',
      '  - _as needed: the most the order allows, not a measured use_',
      '',
      '**MME/day: 20–30** with the CDC 2016-era factor 0.1; **40–60** with the CDC 2022 factor 0.2 (the lower figure at the least frequent dosing the order allows).',
      '',
      '_The CDC 2016-era factors are used; whether the MTUS Chronic Pain Medical Treatment Guidelines (2009) give the same factors has not been checked._',
      '',
      `Source: FDA labels of Ultram, Ultram ER (DailyMed); RxNorm (NLM): tramadol; ${CDC} (tramadol: CDC 2016 data file)`,
    ]);
  });

  it('answers anywhere on an item title that names a drug, except on a date', () => {
    const text = edit(fixture('seeds/001_45f2d0339fc17170.txt'), /NORCO 10\/325 MG #120:/, 'NORCO 10/325 MG #120 (DOS 12/19/2013):');
    const letter = parse(text);
    const title = letter.items[0].titleSpan;
    const at = (s: string): number => title.start + text.slice(title.start, title.end).indexOf(s) + 1;
    assert.deepEqual(
      [at('#120'), at('12/19/2013')].map((o) => hover(letter, o)?.markdown.split('\n')[0]),
      ['**NORCO**: hydrocodone + acetaminophen · opioid combination', '**Date of service**: December 19, 2013'],
    );
  });

  it('names a substance as itself, and stays quiet away from drugs', () => {
    const text = 'He takes caffeine daily and walks.';
    assert.equal(drugHover(parse(text), 10)?.markdown.split('\n')[0], '**caffeine**: caffeine · stimulant');
    assert.equal(drugHover(parse(text), 28), undefined);
  });
});

describe('drugs: each name with its own strength, and the amount asked for', () => {
  const names = (t: string): unknown[] =>
    drugNamesIn(t, whole(t), true).map((n) => [n.name, n.match?.entry.generic, n.strength?.share?.value ?? n.strength?.text]);

  it('gives each ingredient of a compound or combination its strength, and a name the table lacks none of its facts', () => {
    assert.deepEqual(names('Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base'), [
      ['Gabapentin', 'gabapentin', '10%'],
      ['Cyclobenzaprine', 'cyclobenzaprine', '6%'],
      ['Bupivacaine', 'bupivacaine', '5%'],
    ]);
    assert.deepEqual(names('Diclofenac/misoprostol 75-0.2mg #60'), [
      ['Diclofenac', 'diclofenac', '75 mg'],
      ['misoprostol', 'misoprostol', '0.2 mg'],
    ]);
    assert.deepEqual(names('Hydrocodone-Acetaminophen 5/325'), [
      ['Hydrocodone', 'hydrocodone', '5'],
      ['Acetaminophen', 'acetaminophen', '325'],
    ]);
    assert.deepEqual(
      names('Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1').map((n) => (n as unknown[])[2]),
      ['5%', '5%', undefined, '0.025%'],
    );
    assert.deepEqual(names('Pentoxifylline 3% and Ultram (tramadol) 50mg'), [
      ['Pentoxifylline', undefined, '3%'],
      ['Ultram', 'tramadol', '50mg'],
      ['tramadol', 'tramadol', '50mg'],
    ]);
    assert.deepEqual(names('Synapryn 10mg/1ml oral suspension; lidocaine hcl 1percent'), [
      ['Synapryn', 'tramadol oral suspension 10 mg/ml with glucosamine', '10mg/1ml'],
      ['lidocaine', 'lidocaine', '1percent'],
    ]);
  });

  it('reads the amounts a title writes, and no dose or concentration as one', () => {
    const read = (t: string): unknown[] => amountsIn(t).map((a) => [a.text, a.kind, a.value, a.unit]);
    assert.deepEqual(read('Ketoprofen cream, 240 grams'), [['240 grams', 'weight', 240, 'g']]);
    assert.deepEqual(read('Synapryn 10mg/1ml oral suspension, 250ml x 2 refills'), [
      ['250ml', 'volume', 250, 'ml'],
      ['x 2 refills', 'refills', 2, undefined],
    ]);
    assert.deepEqual(read('One container of Flurbiprofen 10%'), [['One container', 'package', 1, 'container']]);
    assert.deepEqual(read('Lidopro 4%-27.5%-0.0325% 121gm #1'), [
      ['121gm', 'weight', 121, 'g'],
      ['#1', 'count', 1, undefined],
    ]);
    assert.deepEqual(read('Two refills of Ibuprofen 600mg #90'), [
      ['Two refills', 'refills', 2, undefined],
      ['#90', 'count', 90, undefined],
    ]);
    assert.deepEqual(read('NORCO, 2 PILLS TWICE A DAY; Diclofenac 3% 300mg/g'), []);
  });
});
