// Reading fixture letters. Tests read only test/fixtures, never ../shared.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** The rules' test folders: each holds a rule's test and its fixture letters (`<rule id>/fixtures/`). */
export const RULES = path.resolve(__dirname, '../rules');

export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/** The folder of a rule's fixture letters. */
export const ruleFixtures = (rule: string): string => path.join(RULES, rule, 'fixtures');

/** A fixture letter of a rule, named `<rule id>/<file>`: test/rules/<rule id>/fixtures/<file>. */
export function ruleFixture(ruleAndFile: string): string {
  const [rule, ...file] = ruleAndFile.split('/');
  return fs.readFileSync(path.join(ruleFixtures(rule), ...file), 'utf8');
}

/** Letter files of a fixture folder, sorted: [name without extension, text]. */
export function fixtureLetters(dir: string): [string, string][] {
  return fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ''), fixture(path.join(dir, f))]);
}

export interface ExpectedItem {
  title: string;
  decision: 'Upheld' | 'Overturned';
  heading?: string;
}

export const expectedItems: Record<string, ExpectedItem[]> = JSON.parse(fixture('expected/items.json'));

/** Titles compare without white space: extractors disagree on stray spaces inside words. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
