// npm run quality [-- --json] [-- --missed] [-- --unsupported]
// Recall and precision of the checks against the careful-reader labels in test/fixtures/labels,
// over both extractions of every labelled letter. The last line is the summary.

import { measure, summaryLine } from '../test/support/quality';

const args = new Set(process.argv.slice(2));
const q = measure();

if (args.has('--json')) {
  const { missed, unsupported, unlocated, ...figures } = q;
  process.stdout.write(`${JSON.stringify(args.has('--details') ? { ...figures, missed, unsupported, unlocated } : figures)}\n`);
} else {
  if (args.has('--missed')) for (const m of q.missed) console.log(`missed  ${m.letter} ${m.extraction}:${m.line} ${m.type}: ${m.detail}`);
  if (args.has('--unsupported'))
    for (const u of q.unsupported) console.log(`unlabelled ${u.letter} ${u.extraction}:${u.line} ${u.rule}: ${u.message}`);
  for (const u of q.unlocated) console.log(`evidence not found: ${u.letter} ${u.extraction}: "${u.evidence}"`);
  const head = ['type', 'labelled', 'found', 'missed', 'unlabelled findings'];
  const rows = Object.entries(q.perType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, r]) => [t, r.labelled, r.found, r.missed, r.unlabelled].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`${q.letters} letter texts (labelled letters × extractions); labelled = high and medium\n`);
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  console.log('');
  console.log(summaryLine(q));
}
