// npm run agreement: how far two independent readings of the same letters agree.
// Compares test/fixtures/labels/second/*.json (reader B) with the main labels (reader A): an
// inconsistency of one reader agrees with one of the other when some line of the two (their own
// or a related statement's) is within two lines. Prints positive specific agreement
// (2 × agreed / (A + B)) over all severities and over high and medium only.

import * as path from 'node:path';
import { LABELS, readLabels, type Inconsistency } from '../test/support/quality';

const main = new Map(readLabels().map((l) => [l.letter, l]));
const second = readLabels(path.join(LABELS, 'second'));
const lines = (i: Inconsistency): number[] => [i.line, ...(i.related ?? []).map((r) => r.line)];
const near = (a: Inconsistency, b: Inconsistency): boolean => lines(a).some((x) => lines(b).some((y) => Math.abs(x - y) <= 2));

function agreement(keep: (i: Inconsistency) => boolean, verbose: boolean): string {
  let a = 0;
  let b = 0;
  let agreed = 0;
  for (const lb of second) {
    const la = main.get(lb.letter);
    if (!la) continue;
    const xs = la.inconsistencies.filter(keep);
    const ys = lb.inconsistencies.filter(keep);
    a += xs.length;
    b += ys.length;
    const used = new Set<Inconsistency>();
    for (const x of xs) {
      const y = ys.find((c) => !used.has(c) && near(x, c));
      if (y) {
        used.add(y);
        agreed++;
      } else if (verbose) console.log(`only A  ${la.letter}:${x.line} ${x.type}/${x.severity}: ${x.detail}`);
    }
    if (verbose)
      for (const y of ys.filter((c) => !used.has(c))) console.log(`only B  ${lb.letter}:${y.line} ${y.type}/${y.severity}: ${y.detail}`);
  }
  return `${second.length} letters read twice: A ${a}, B ${b}, agreed ${agreed}, positive agreement ${((2 * agreed) / Math.max(1, a + b)).toFixed(2)}`;
}

const verbose = process.argv.includes('--list');
console.log(`high and medium: ${agreement((i) => i.severity !== 'low', verbose)}`);
console.log(`all severities:  ${agreement(() => true, false)}`);
