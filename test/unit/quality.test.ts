// The careful-reader labels are well formed, and the checks keep the recall and precision
// committed in test/fixtures/labels/floor.json (npm run quality prints the whole table).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';
import { LABEL_TYPES, LABELS, measure, readLabels, summaryLine, type Labels } from '../support/quality';

const TYPES = new Set<string>(LABEL_TYPES);

function letterText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, /^\d{3}_/.test(name) ? 'seeds' : 'real', `${name}.txt`), 'utf8');
}

describe('careful-reader labels', () => {
  const labels: Labels[] = readLabels();

  it('label every fixture letter', () => {
    const names = new Set(labels.map((l) => l.letter));
    const letters = ['real', 'seeds'].flatMap((d) =>
      fs
        .readdirSync(path.join(FIXTURES, d))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.replace(/\.txt$/, '')),
    );
    assert.deepEqual(
      letters.filter((l) => !names.has(l)),
      [],
    );
  });

  it('quote each statement from the line they name', () => {
    const wrong: string[] = [];
    for (const l of labels) {
      const lines = letterText(l.letter).split(/\r?\n/);
      for (const i of l.inconsistencies) {
        if (!TYPES.has(i.type) || !['high', 'medium', 'low'].includes(i.severity))
          wrong.push(`${l.letter}: type ${i.type} severity ${i.severity}`);
        for (const q of [i, ...(i.related ?? [])]) {
          if (!lines[q.line - 1]?.includes(q.evidence)) wrong.push(`${l.letter}:${q.line} "${q.evidence}"`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('name each file after its letter', () => {
    for (const f of fs.readdirSync(LABELS).filter((x) => x.endsWith('.json') && x !== 'floor.json')) {
      assert.equal(JSON.parse(fs.readFileSync(path.join(LABELS, f), 'utf8')).letter, f.replace(/\.json$/, ''));
    }
  });
});

describe('quality against the labels', function () {
  this.timeout(180_000);

  it('keeps recall and precision at or above the committed floor', () => {
    const floor = JSON.parse(fs.readFileSync(path.join(LABELS, 'floor.json'), 'utf8')) as { recall: number; precision: number };
    const q = measure();
    const line = summaryLine(q);
    assert.ok(q.labelled > 0, 'some high or medium inconsistency is labelled');
    assert.ok(q.recall >= floor.recall, `${line}: recall under the floor ${floor.recall}`);
    assert.ok(q.precision >= floor.precision, `${line}: precision under the floor ${floor.precision}`);
  });
});
