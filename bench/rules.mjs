// Benchmark: where the checking time goes, rule by rule, on the typical letters (4-6 KB, every
// extraction). Each run parses the letter afresh and runs the rules in their order, so a reading
// shared by several rules is charged to the first rule that asks for it. Each figure is the median
// of the runs' means (the machine may be busy during some runs), in µs per letter and as a multiple
// of the plain pass over the same letters. Prints figures; asserts nothing.
//
//   node bench/rules.mjs [--runs 20] [--json]     (npm run bench runs it with the other figures)

import { engine, fixtureLetters, isMain, isTypical, median, plainPass } from './engine.mjs';

export async function measure({ runs = 20 } = {}) {
  const { parse, RULES } = await engine("export { parse } from './server/src/letter'; export { RULES } from './server/src/rules';");
  const texts = fixtureLetters()
    .map((l) => l.text)
    .filter(isTypical);
  const context = { today: { year: 2026, month: 12, day: 1 } };
  // Nanoseconds per run: the plain pass, parse, each rule.
  const ids = ['plain pass', 'parse', ...RULES.map((r) => r.id)];
  const perRun = new Map([...ids, 'all rules', 'parse + rules'].map((id) => [id, []]));
  for (let run = 0; run < runs + 2; run++) {
    const totals = new Map(ids.map((id) => [id, 0]));
    const add = (id, t0) => totals.set(id, totals.get(id) + Number(process.hrtime.bigint() - t0));
    for (const text of texts) {
      let t0 = process.hrtime.bigint();
      plainPass(text);
      add('plain pass', t0);
      t0 = process.hrtime.bigint();
      const letter = parse(text);
      add('parse', t0);
      for (const rule of RULES) {
        if (letter.layout === 'unknown' && !rule.anyText) continue;
        t0 = process.hrtime.bigint();
        try {
          rule.check(letter, context);
        } catch {
          /* counted as run */
        }
        add(rule.id, t0);
      }
    }
    if (run < 2) continue; // warm-up
    for (const [id, ns] of totals) perRun.get(id).push(ns);
    const rules = RULES.reduce((a, r) => a + totals.get(r.id), 0);
    perRun.get('all rules').push(rules);
    perRun.get('parse + rules').push(rules + totals.get('parse'));
  }
  const µs = (id) => median(perRun.get(id)) / texts.length / 1000;
  const plain = µs('plain pass');
  const cost = (id) => ({ id, µs: µs(id), ratio: µs(id) / plain });
  return {
    letters: texts.length,
    runs,
    plain: cost('plain pass'),
    parse: cost('parse'),
    rules: RULES.map((r) => cost(r.id)).sort((a, b) => b.µs - a.µs),
    allRules: cost('all rules'),
    total: cost('parse + rules'),
  };
}

export function report(r) {
  const row = (c) => `  ${c.id.padEnd(36)} ${c.µs.toFixed(1).padStart(7)} µs ${c.ratio.toFixed(1).padStart(6)}x`;
  return [
    `cost per rule: ${r.letters} typical letters, ${r.runs} rounds; µs per letter (median of the rounds' means) and x the plain pass`,
    row(r.plain),
    row(r.parse),
    ...r.rules.map(row),
    row(r.allRules),
    row(r.total),
  ];
}

if (isMain(import.meta.url)) {
  const runsArg = process.argv.indexOf('--runs');
  const r = await measure({ runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20 });
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
