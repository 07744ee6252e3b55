// Benchmark: the engine on adversarial 64 KB inputs, alone and inside a letter (in its summary and
// in an item's title), to show no pattern backtracks without bound; then the timeline and the
// appeal worksheet of a whole letter with the input in its summary (thousands of dated findings),
// to show they grow no faster than the findings; then letters grown one statement at a time, at
// two sizes, to show no reading grows with the square of their number; last, reviewed-findings
// sidecars (.imr-reviewed.json) of two sizes, sound and with a mistake in every entry. Prints
// milliseconds per input; asserts nothing (test/unit/property.test.ts keeps a few of them from hanging).
//
//   node bench/adversarial.mjs

import fs from 'node:fs';
import path from 'node:path';
import { engine, root } from './engine.mjs';

const { parse, check, letterTimeline, appealWorksheet, parseSidecar, DEFAULT_SETTINGS } = await engine(
  "export { parse } from './server/src/letter'; export { check, letterTimeline, appealWorksheet, parseSidecar, DEFAULT_SETTINGS } from './server/src/service';",
);
const TODAY = { year: 2026, month: 12, day: 1 };

const letter = fs.readFileSync(path.join(root, 'test/fixtures/seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
// A whole letter, its header with the decision's date: what the timeline and the worksheet read.
const whole = fs.readFileSync(path.join(root, 'test/fixtures/real/CM16-0213037.txt'), 'utf8');
const SIZE = 64 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const UNITS = [
  '12-',
  '1/',
  '1.1',
  '1',
  ' ',
  '\n',
  '\r',
  'a ',
  'x. ',
  'no ',
  'no numbness ',
  'left right ',
  'has had ',
  'the patient has had pain for ',
  'for 2 ',
  '2 months ',
  '#1 ',
  '10/10/2016 ',
  'Seen on 02/01/2017.\n',
  'X: Upheld\n',
  'injury ',
  'positive ',
  "Spurling's test of the ",
];

const rows = [];
for (const unit of UNITS) {
  const s = fill(unit);
  const places = {
    alone: s,
    summary: letter.replace('CLINICAL CASE SUMMARY', `CLINICAL CASE SUMMARY\n${s}\n`),
    title: letter.replace(/^(.*): (Upheld|Overturned)/m, (_, title, decision) => `${title} ${s}: ${decision}`),
  };
  const row = { unit: JSON.stringify(unit) };
  for (const [place, text] of Object.entries(places)) {
    const t0 = process.hrtime.bigint();
    check(parse(text));
    row[place] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const inSummary = parse(whole.replace('CLINICAL CASE SUMMARY', `CLINICAL CASE SUMMARY\n${s}\n`));
  check(inSummary, DEFAULT_SETTINGS, { today: TODAY });
  const ms = (run) => {
    const t0 = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  row.timeline = ms(() => letterTimeline(inSummary, DEFAULT_SETTINGS));
  row.worksheet = ms(() => appealWorksheet(inSummary, DEFAULT_SETTINGS, { today: TODAY }));
  rows.push(row);
}
const columns = ['alone', 'summary', 'title', 'timeline', 'worksheet'];
console.log(
  `${'64 KB of'.padEnd(34)} ${columns.map((c) => c.padStart(9)).join(' ')}  (ms; timeline and worksheet: a whole letter, in its summary)`,
);
for (const r of rows) console.log(`${r.unit.padEnd(34)} ${columns.map((c) => r[c].toFixed(0).padStart(9)).join(' ')}`);
const worst = Math.max(...rows.flatMap((r) => columns.map((c) => r[c])));
console.log(`\nworst: ${worst.toFixed(0)} ms`);

// Letters that grow one statement at a time, each at two sizes: a count of items, dates, drugs or
// statements read against every other makes the larger cost much more than 4 times the smaller.
const TITLE = 'MRI of the right shoulder without contrast';
const from = whole.indexOf(`${TITLE}: Upheld`);
const until = whole.indexOf('MRI of the cervical spine without contrast: Upheld');
const grow = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const inSummary = (s) => whole.replace('CLINICAL CASE SUMMARY', () => `CLINICAL CASE SUMMARY\n${s}\n`);
const manyItems = (head, block, n) =>
  head.slice(0, head.indexOf(`${TITLE}: Upheld`)) +
  block.repeat(Math.max(1, Math.round((n - head.length) / block.length))) +
  whole.slice(until);
const itemBlock = (title) => whole.slice(from, until).replace(TITLE, title);
const shortItem = `${TITLE}: Upheld\n\nClaims Administrator guideline: Decision based on MTUS.\n\nMAXIMUS guideline: Decision based on MTUS.\n\nDecision rationale: Not necessary.\n\n`;
const GROWING = {
  'review denied another count, many items': (n) =>
    manyItems(inSummary(grow('Utilization review denied a request for Tramadol 50mg #90. ', n / 2)), itemBlock('Tramadol 50mg #60'), n),
  '"a(n)" on one line': (n) => inSummary(grow('He is a(n) worker. ', n)),
  'sessions completed': (n) => inSummary(grow('She has completed 12 sessions of physical therapy. ', n)),
  'drugs in an item title': (n) =>
    whole.replace(`${TITLE}: Upheld`, () => `MRI of the right shoulder ${grow('Tramadol 50 mg 1 tab twice daily, ', n)}: Upheld`),
  'durations without commas': (n) => inSummary(grow('He has had pain for 2 years since the injury. ', n)),
  'treatment plans after a visit': (n) => inSummary(grow('On 10/19/2016, the treatment plan included physical therapy. ', n)),
  'short items': (n) => manyItems(whole, shortItem, n),
  // Found by a second worst-case hunt: each read every statement of one kind again for each of another.
  'approvals and denials of one study': (n) =>
    inSummary(grow('MRI of the right shoulder was denied. MRI of the right shoulder was approved. ', n)),
  'requested studies, results in many items': (n) =>
    manyItems(
      inSummary(grow('An MRI of the right shoulder was requested. ', n / 2)),
      `${TITLE}: Upheld\n\nMAXIMUS guideline: Decision based on MTUS.\n\nDecision rationale: The MRI showed a rotator cuff tear. Not necessary.\n\n`,
      n,
    ),
  'body parts in rationale requests': (n) =>
    whole.replace(
      'Decision rationale: ',
      () => `Decision rationale: ${grow('MRI of hip, knee, ankle, wrist is not medically necessary. ', n)}\n`,
    ),
  'one opioid at rising doses, many items': (n) =>
    manyItems(
      whole,
      Array.from(
        { length: Math.ceil(n / 95) },
        (_, i) => `Oxycodone ${i + 1}mg every 4 hours: Upheld\n\nMAXIMUS guideline: Decision based on MTUS.\n\nDecision rationale: No.\n\n`,
      ).join(''),
      n,
    ),
  'plans naming no item, many items': (n) =>
    manyItems(inSummary(grow('On 10/19/2016, the patient was seen. The treatment plan included acupuncture. ', n / 2)), shortItem, n),
  'a title of pages, requests of the other side': (n) =>
    whole
      .replace(`${TITLE}: Upheld`, () => `${TITLE} ${grow('without contrast ', n / 2)}: Upheld`)
      .replace(
        'Decision rationale: ',
        () => `Decision rationale: ${grow('The request for an MRI of the left shoulder is not medically necessary. ', n / 2)}\n`,
      ),
  'denied requests, items of other names': (n) =>
    manyItems(
      inSummary(grow('Utilization review denied a request for Tramadol 50mg #90. ', n / 2)),
      Array.from(
        { length: Math.ceil(n / 180) },
        (_, i) => `Drug${i.toString(36)} 50mg #60: Upheld\n\nMAXIMUS guideline: Decision based on MTUS.\n\nDecision rationale: No.\n\n`,
      ).join(''),
      n,
    ),
};
const SIZES = [100_000, 400_000];
console.log(`\n${'grown to'.padEnd(42)} ${SIZES.map((n) => `${n / 1000} KB`.padStart(9)).join(' ')}  growth (4 is linear)`);
for (const [name, build] of Object.entries(GROWING)) {
  const times = SIZES.map((n) => {
    const text = build(n);
    const t0 = process.hrtime.bigint();
    check(parse(text), DEFAULT_SETTINGS, { today: TODAY });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  });
  console.log(
    `${name.padEnd(42)} ${times.map((t) => t.toFixed(0).padStart(9)).join(' ')}  ${(times[1] / times[0]).toFixed(1).padStart(6)}x`,
  );
}

// Sidecars of reviewed findings as `--baseline` writes them, sound or with an unknown key in every
// entry (a problem on each, told by its line): read in time and memory that grow with the file.
const sidecar = (entries, key) =>
  `${JSON.stringify(
    {
      version: 1,
      reviewed: Array.from({ length: entries }, (_, i) => ({
        letter: `CM16-${String(i).padStart(7, '0')}`,
        rule: 'injury-date-conflict',
        fingerprint: i.toString(16).padStart(16, '0'),
        [key]: 'Checked against the first report: the summary repeats an earlier date.',
      })),
    },
    null,
    2,
  )}\n`;
const ENTRIES = [25_000, 100_000];
console.log(
  `\n${'reviewed findings sidecar'.padEnd(42)} ${ENTRIES.map((n) => `${n / 1000}k`.padStart(9)).join(' ')}  growth (4 is linear)`,
);
for (const [name, key] of [
  ['sound', 'note'],
  ['an unknown key in every entry', 'remark'],
]) {
  const times = ENTRIES.map((n) => {
    const text = sidecar(n, key);
    const t0 = process.hrtime.bigint();
    parseSidecar(text);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  });
  console.log(
    `${name.padEnd(42)} ${times.map((t) => t.toFixed(0).padStart(9)).join(' ')}  ${(times[1] / times[0]).toFixed(1).padStart(6)}x`,
  );
}
