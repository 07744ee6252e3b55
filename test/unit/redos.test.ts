// No regular expression of the server backtracks super-linearly (issue 10, point 1).
//
// Every pattern is collected by test/support/regexps.ts (regex literals and `RegExp` constructions
// found by an AST walk, every module's exports, and every pattern built at run time while the
// engine reads the fixture letters), and checked by scslre, the static analysis behind
// eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move rules: it finds
// nested or adjacent quantifiers that trade characters (exponential or polynomial backtracking)
// and quantifiers that make the search quadratic as it moves the start of the match along the
// text. It takes about a second for all of them. Its one limit is that its attack strings repeat
// a single character; `node bench/redos.mjs` runs every pattern on 64 KB inputs built from the
// pattern's own parts (several characters long: "x-x-x-", "Section(s):Section(s):") and
// measures the time.
//
// recheck, the most complete detector on npm, was tried first: it works offline under Node 20
// (its native binary), but takes about ten minutes over these patterns (its fuzzer for look-arounds,
// and automata of the large case-insensitive alternations that time out), too slow for a unit test.

import { strict as assert } from 'node:assert';
import { analyse, type Report } from 'scslre';
import { allPatterns, type DynamicSite, type Pattern } from '../support/regexps';

/**
 * Reports of scslre that are false (the pattern is linear), each with why: a place of the pattern
 * (`file:line`) and its source, so that an edit to the pattern takes it off the list (and this test
 * says so). Add one only when `node bench/redos.mjs --only <file>` shows the pattern within its
 * budget on 64 KB inputs built from scslre's attack. Empty: every pattern scslre reported was
 * rewritten to be linear.
 */
const ALLOWED: { where: string; source: string; reason: string }[] = [];

const describeReport = (r: Report): string => {
  const quants =
    r.type === 'Trade'
      ? `${r.startQuant.raw} and ${r.endQuant.raw} trade`
      : r.type === 'Self'
        ? `${r.quant.raw} inside ${r.parentQuant.raw}`
        : `${r.quant.raw} moves`;
  return `${r.exponential ? 'exponential' : 'polynomial'} (${r.type}: ${quants}; attack ${JSON.stringify(r.character.pick)}.repeat(n))`;
};

describe('ReDoS: every pattern of the server is linear', function () {
  this.timeout(120_000);
  let patterns: Pattern[] = [];
  let unseen: DynamicSite[] = [];

  before(function () {
    ({ patterns, unseen } = allPatterns());
  });

  it('collects the patterns of every module: literals, constructions and exports', function () {
    const origins = new Set(patterns.flatMap((p) => p.sites.map((s) => s.origin)));
    for (const origin of ['literal', 'constructed', 'export'] as const) assert.ok(origins.has(origin), `no pattern found as ${origin}`);
    assert.ok(patterns.length > 400, `only ${patterns.length} patterns found`);
    // A `new RegExp(` of data that no fixture letter reaches would be unchecked: give a fixture
    // that reaches it, or build it from a literal.
    assert.deepEqual(
      unseen.map((d) => `${d.where}: ${d.text}`),
      [],
      'RegExp constructions never run while reading the fixture letters',
    );
  });

  it('scslre finds no super-linear backtracking', function () {
    const failures: string[] = [];
    const used = new Set<(typeof ALLOWED)[number]>();
    for (const p of patterns) {
      let reports: Report[];
      try {
        reports = analyse({ source: p.source, flags: p.flags }).reports;
      } catch (e) {
        failures.push(`${p.sites[0].where}  /${p.source}/${p.flags}\n    could not be analysed: ${(e as Error).message}`);
        continue;
      }
      if (reports.length === 0) continue;
      const allowed = ALLOWED.find((a) => a.source === p.source && p.sites.some((s) => s.where === a.where));
      if (allowed) {
        used.add(allowed);
        continue;
      }
      const fix = reports.map((r) => r.fix()).find((f) => f !== undefined);
      failures.push(
        `${p.sites.map((s) => s.where).join(', ')}  /${p.source}/${p.flags}\n` +
          reports.map((r) => `    ${describeReport(r)}`).join('\n') +
          (fix ? `\n    scslre suggests /${fix.source}/${fix.flags}` : ''),
      );
    }
    const stale = ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.where} /${a.source}/`);
    assert.deepEqual(stale, [], 'allow-listed patterns no longer reported (or no longer at that place): remove them from ALLOWED');
    assert.ok(
      failures.length === 0,
      `${failures.length} of ${patterns.length} patterns can backtrack super-linearly:\n\n${failures.join('\n\n')}\n`,
    );
  });
});
