// Recall on blind variants: real letters, each copied with one inconsistency written in by a reader
// who had not seen the checks (test/fixtures/variants/<set>/, labels.json beside the letters). A
// variant counts as found when a warning or error that the unchanged letter does not have stands
// within two lines of the changed line (or points there as a related statement).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/letter';
import { check, type CheckedFinding } from '../../server/src/service';
import { FIXTURES } from './fixtures';
import { TODAY } from './findings';

export interface VariantLabel {
  file: string;
  category: string;
  line: number;
  evidence: string;
  conflicts_with: string;
  detail: string;
}

export interface VariantResult {
  label: VariantLabel;
  found: boolean;
  /** The new findings, as "rule@line". */
  findings: string[];
}

export const VARIANTS = path.join(FIXTURES, 'variants');

export function variantSets(): string[] {
  return fs
    .readdirSync(VARIANTS)
    .filter((d) => fs.existsSync(path.join(VARIANTS, d, 'labels.json')))
    .sort();
}

export function readVariantLabels(set: string): VariantLabel[] {
  return JSON.parse(fs.readFileSync(path.join(VARIANTS, set, 'labels.json'), 'utf8'));
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};
const serious = (f: CheckedFinding): boolean => f.severity === 'error' || f.severity === 'warning';
const key = (text: string, f: CheckedFinding): string => `${f.rule}:${text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')}`;

export function measureVariants(set: string): VariantResult[] {
  return readVariantLabels(set).map((label) => {
    const text = fs.readFileSync(path.join(VARIANTS, set, label.file), 'utf8');
    const original = fs.readFileSync(path.join(FIXTURES, 'real', `${/CM\d\d-\d+/.exec(label.file)![0]}.txt`), 'utf8');
    const before = new Set(
      check(parse(original), undefined, TODAY)
        .filter(serious)
        .map((f) => key(original, f)),
    );
    const added = check(parse(text), undefined, TODAY).filter((f) => serious(f) && !before.has(key(text, f)));
    const near = (offset: number): boolean => Math.abs(lineAt(text, offset) - label.line) <= 2;
    const found = added.some((f) => near(f.span.start) || (f.related ?? []).some((r) => near(r.span.start)));
    return { label, found, findings: added.map((f) => `${f.rule}@${lineAt(text, f.span.start)}`) };
  });
}
