// Fixture letters that mark their expected findings inline, the markdownlint way: a line that
// must carry a finding of a rule ends with "{rule-id}" (several may follow each other). The
// markers are taken out before the letter is checked; the test compares the lines found with the
// lines marked, for the rules the fixture names.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseOptions } from '../../server/src/letter';
import { check, type CheckedFinding } from '../../server/src/service';
import { ruleFixtures } from './fixtures';
import { TODAY } from './findings';

const MARKER = /[ \t]*\{([a-z][a-z0-9-]*)\}/g;

export interface Marked {
  text: string;
  /** "line rule" for each marker, 1-based lines. */
  expected: string[];
}

export function readMarked(source: string): Marked {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, i) =>
    line.replace(MARKER, (_, rule: string) => {
      expected.push(`${i + 1} ${rule}`);
      return '';
    }),
  );
  return { text: lines.join('\n'), expected: expected.sort() };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The findings of `rules` on a marked letter, as "line rule" strings, with the findings themselves. */
export function foundLines(text: string, rules: string[], options?: ParseOptions): { lines: string[]; findings: CheckedFinding[] } {
  const findings = check(parse(text, options), undefined, TODAY).filter((f) => rules.includes(f.rule));
  return { lines: findings.map((f) => `${lineOf(text, f.span.start)} ${f.rule}`).sort(), findings };
}

export interface MarkedOptions {
  /** How the fixtures are parsed (a small `maxLength` makes a short letter too large). */
  parse?: ParseOptions;
  /** Whether each finding must point at the statement in conflict; false for a rule whose findings stand alone (a missing section, a damaged character). Default true. */
  related?: boolean;
}

/** One mocha test per fixture file of `test/rules/<rule>/fixtures/`: the marked lines and no others. */
export function markedFixtures(rule: string, options: MarkedOptions = {}): void {
  const dir = ruleFixtures(rule);
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(`finds what ${file} marks, and nothing else`, () => {
      const { text, expected } = readMarked(fs.readFileSync(path.join(dir, file), 'utf8'));
      const { lines, findings } = foundLines(text, [rule], options.parse);
      assert.deepEqual(lines, expected, findings.map((f) => f.message).join('\n'));
      if (options.related !== false) for (const f of findings) assert.ok(f.related?.length, `${rule} points at the statement in conflict`);
    });
  }
}
