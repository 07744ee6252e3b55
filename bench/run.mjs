// The benchmark, in one run (`npm run bench`): builds dist/, then measures and prints
//
// 1. the engine on every fixture letter against the plain pass (bench/parse.mjs),
// 2. the cost of each rule (bench/rules.mjs), and the share of a typical letter's time spent inside
//    regular expressions (bench/patterns-share.mjs),
// 3. cost per KB from 5 KB to 5 MB letters (bench/size.mjs),
// 4. the language server's first diagnostics after it is initialised (bench/server.mjs), its
//    hovers while a 2 MB letter is edited (bench/hover.mjs), and its Check Folder's letters/s
//    (bench/folder.mjs),
// 5. imr-lint's letters/s and peak memory over 10,000 letters, and how this machine's cores scale
//    when several imr-lints run at once (bench/cli.mjs),
// 6. letters read from their PDFs: one PDF read warm, imr-lint's PDF letters/s (bench/pdf.mjs),
//
// each part in a process of its own (no part inherits another's heap or compiled code), then each budget of issue 10 beside its figure, as a ratio. `npm run bench -- --json` prints the
// same as one JSON object and nothing else on stdout (use `npm run -s bench -- --json`: npm itself
// prints its "> imr-letters bench" banner on stdout otherwise); progress goes to stderr.
// Figures are printed, not asserted: timings depend on the machine and are not tests.
//
//   npm run bench [-- --json] [-- --quick]      --quick: fewer runs and 2,000 letters, for a look

import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import * as cli from './cli.mjs';
import * as folder from './folder.mjs';
import { progress, root } from './engine.mjs';
import * as letters from './parse.mjs';
import * as patterns from './patterns-share.mjs';
import * as pdf from './pdf.mjs';
import * as rules from './rules.mjs';
import * as hover from './hover.mjs';
import * as server from './server.mjs';
import * as size from './size.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

progress('building dist/ ...');
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });

// Each part runs in a process of its own, so that none inherits another's heap or compiled code.
const started = Date.now();
const part = (name, script, args) => {
  progress(`${name} ...`);
  const t0 = Date.now();
  const out = execFileSync(process.execPath, [path.join(root, 'bench', script), ...args, '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 2],
    maxBuffer: 1 << 26,
  });
  progress(`${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return JSON.parse(out.toString());
};
const result = {
  node: process.version,
  cores: os.availableParallelism(),
  loadAverage: os.loadavg()[0],
  engine: part('engine and plain pass', 'parse.mjs', ['--runs', quick ? '7' : '21']),
  rules: part('cost per rule', 'rules.mjs', ['--runs', quick ? '5' : '15']),
  patterns: part('time in patterns', 'patterns-share.mjs', ['--rounds', quick ? '8' : '20']),
  size: part('cost per KB', 'size.mjs', ['--runs', quick ? '3' : '9']),
  server: part('first diagnostics', 'server.mjs', ['--starts', quick ? '3' : '5']),
  hover: part('hover while a 2 MB letter is edited', 'hover.mjs', ['--hovers', quick ? '10' : '30']),
  folder: part('Check Folder in the server', 'folder.mjs', ['--letters', quick ? '500' : '2000', '--runs', quick ? '1' : '3']),
  cli: part('imr-lint', 'cli.mjs', ['--letters', quick ? '2000' : '10000', '--runs', quick ? '1' : '3']),
  pdf: part('PDF letters', 'pdf.mjs', ['--rounds', quick ? '2' : '5', '--copies', quick ? '1' : '4']),
};

// Each budget with its figure; ratio = figure / budget, so a ratio of 1 or less meets it (for
// letters/s, where more is better, budget / figure).
const ideal = (result.cores / result.engine.batched.all.meanEngineMs) * 1000;
const budgets = [
  { what: 'typical letter, x the plain pass (repeated)', figure: result.engine.repeated.typical.ratio, budget: 20, unit: 'x' },
  { what: 'typical letter, x the plain pass (streaming)', figure: result.engine.streaming.typical.ratio, budget: 20, unit: 'x' },
  { what: 'first diagnostics after initialise', figure: result.server.afterInitialiseMs, budget: 10, unit: 'ms' },
  { what: 'hover while a 2 MB letter is edited, slowest', figure: result.hover.maxMs, budget: 300, unit: 'ms' },
  { what: 'cost per KB, 5 MB letter / 5 KB letter', figure: result.size.ratio5MBto5KB, budget: 1.5, unit: 'x' },
  {
    what: `imr-lint letters/s over ${result.cli.letters} letters`,
    figure: result.cli.lettersPerSecond,
    budget: 3000,
    unit: '/s',
    more: true,
  },
  {
    what: 'imr-lint letters/s by CPU time, on free cores',
    figure: result.cli.cpuBoundLettersPerSecond,
    budget: 3000,
    unit: '/s',
    more: true,
  },
  { what: 'imr-lint peak RSS', figure: result.cli.peakRssMB, budget: 150, unit: 'MB' },
  // issue 13
  { what: "typical letter's PDF read, warm", figure: result.pdf.read.typicalMs, budget: 50, unit: 'ms' },
  { what: "typical letter's PDF read, warm, CPU time", figure: result.pdf.read.typicalCpuMs, budget: 50, unit: 'ms' },
  {
    what: `imr-lint PDF letters/s over ${result.pdf.cli.letters} PDFs`,
    figure: result.pdf.cli.lettersPerSecond,
    budget: 100,
    unit: '/s',
    more: true,
  },
  {
    what: 'imr-lint PDF letters/s by CPU time, free cores',
    figure: result.pdf.cli.cpuBoundLettersPerSecond,
    budget: 100,
    unit: '/s',
    more: true,
  },
];
for (const b of budgets) {
  b.ratio = b.more ? b.budget / b.figure : b.figure / b.budget;
  b.met = b.ratio <= 1;
}
result.budgets = budgets;
// What imr-lint could reach if nothing but the engine took time: cores / the engine's mean time per
// letter over the same letters (batched, as imr-lint checks them), and how much of that it gets.
result.cliIdealLettersPerSecond = ideal;
result.cliEfficiency = result.cli.lettersPerSecond / ideal;
// The same, with the cores slowing each other as much as separate imr-lint processes measured they do.
result.cliScaledLettersPerSecond = (ideal * result.cli.scaling.speedup) / result.cli.scaling.cores;
// A typical letter's cost, as a multiple of the plain pass, were every pattern's search free: the
// floor of an engine that reads letters with these patterns (bench/patterns-share.mjs).
result.typicalWithoutPatterns = result.rules.total.ratio * (1 - result.patterns.patterns);
result.seconds = (Date.now() - started) / 1000;

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const fig = (b) => `${b.figure.toFixed(b.unit === 'x' ? 2 : b.unit === 'ms' ? 1 : 0)} ${b.unit}`.replace(' /s', '/s');
  const out = [
    `node ${result.node}, ${result.cores} cores, load average ${result.loadAverage.toFixed(1)} at the start`,
    '',
    ...letters.report(result.engine),
    '',
    ...rules.report(result.rules),
    '',
    ...patterns.report(result.patterns, result.rules.total.ratio),
    '',
    ...size.report(result.size),
    '',
    ...server.report(result.server),
    '',
    ...hover.report(result.hover),
    '',
    ...folder.report(result.folder),
    '',
    ...cli.report(result.cli),
    `  the engine alone on ${result.cores} cores would check ${ideal.toFixed(0)} letters/s (cores / its mean batched time per letter); imr-lint gets ${(100 * result.cliEfficiency).toFixed(0)}% of that`,
    `  at this machine's measured scaling (${result.cli.scaling.speedup.toFixed(2)}x for ${result.cli.scaling.cores} processes) the engine alone would check ${result.cliScaledLettersPerSecond.toFixed(0)} letters/s`,
    '',
    ...pdf.report(result.pdf),
    '',
    'budgets (issues 10 and 13; ratio = figure / budget, 1 or less meets it)',
    ...budgets.map(
      (b) =>
        `  ${b.what.padEnd(46)} ${fig(b).padStart(11)}  budget ${String(b.budget).padStart(5)} ${b.unit === '/s' ? '/s' : b.unit.padEnd(2)}  ratio ${b.ratio.toFixed(2).padStart(5)}  ${b.met ? 'met' : 'MISSED'}`,
    ),
    '',
    `${result.seconds.toFixed(0)} s`,
  ];
  console.log(out.join('\n'));
}
