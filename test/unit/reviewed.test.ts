// Reviewed findings, the pure part: fingerprints that survive moved lines and another PDF
// extraction but not a changed statement, the sidecar's format read and merged, and the split of
// a letter's findings into those shown and those hidden.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from '../../server/src/letter';
import {
  check,
  fingerprint,
  letterKey,
  mergeSidecar,
  parseSidecar,
  reviewedKeys,
  reviewedPartition,
  SidecarError,
} from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture, fixtureLetters } from '../support/fixtures';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../samples/excerpt-000-injury-date-conflict.imr.txt'), 'utf8');
const SCHEMA = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../docs/schema/imr-reviewed.schema.json'), 'utf8'));

const findingsOf = (text: string) => check(parse(text), undefined, TODAY);
const conflictOf = (text: string) => findingsOf(text).find((f) => f.rule === 'injury-date-conflict')!;

describe('reviewed findings', () => {
  it('fingerprints a finding the same after lines are inserted above it and its lines re-wrapped', () => {
    const before = conflictOf(SAMPLE);
    const moved = `\n\nA note typed above the letter.\n${SAMPLE.replace(/ /g, '  ')}`;
    assert.equal(fingerprint(moved, conflictOf(moved)), fingerprint(SAMPLE, before));
  });

  it('fingerprints a finding differently once one of its statements changes', () => {
    const before = conflictOf(SAMPLE);
    const changed = SAMPLE.replace('2/8/98', '2/9/98');
    assert.ok(conflictOf(changed), 'the conflict is still found');
    assert.notEqual(fingerprint(changed, conflictOf(changed)), fingerprint(SAMPLE, before));
  });

  it('gives every warning and error of the real letters the same fingerprint in the pdftotext and layout extractions', function () {
    this.timeout(60_000);
    const prints = (text: string) =>
      new Set(
        findingsOf(text)
          .filter((f) => f.severity !== 'hint')
          .map((f) => `${f.rule} ${fingerprint(text, f)}`),
      );
    let total = 0;
    const lost: string[] = [];
    for (const [name, text] of fixtureLetters('real')) {
      const want = prints(text);
      total += want.size;
      for (const dir of ['real-pdftotext', 'real-layout']) {
        const got = prints(fixture(`${dir}/${name}.txt`));
        for (const p of want) if (!got.has(p)) lost.push(`${dir}/${name}: ${p}`);
      }
    }
    assert.ok(total > 50, `${total} findings fingerprinted`);
    assert.deepEqual(lost, []);
  });

  it('hides a reviewed finding and counts it, and keys a letter without a case number by its file name', () => {
    const findings = findingsOf(SAMPLE);
    const key = letterKey(parse(SAMPLE).header.caseNumber?.value, 'excerpt.imr.txt');
    assert.equal(key, 'excerpt.imr.txt');
    const conflict = findings.find((f) => f.rule === 'injury-date-conflict')!;
    const reviewed = reviewedKeys([{ letter: key, rule: conflict.rule, fingerprint: fingerprint(SAMPLE, conflict) }]);
    const { kept, hidden } = reviewedPartition(findings, SAMPLE, key, reviewed);
    assert.equal(hidden, 1);
    assert.deepEqual(
      kept,
      findings.filter((f) => f !== conflict),
    );
    assert.equal(reviewedPartition(findings, SAMPLE, 'another letter', reviewed).hidden, 0);
    assert.equal(letterKey(' CM16-0213037 ', 'x.txt'), 'CM16-0213037');
  });

  it('merges new entries into what is on disk, keeps notes, removes what is unmarked, and writes what the schema accepts', () => {
    const a = { letter: 'CM1', rule: 'r', fingerprint: '0123456789abcdef', note: 'checked with the adjuster' };
    const b = { letter: 'CM2', rule: 'r', fingerprint: 'fedcba9876543210' };
    const once = mergeSidecar(undefined, [a]);
    const twice = mergeSidecar(once, [b, { ...a, note: undefined }]);
    const read = parseSidecar(twice);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.entries, [a, b]);
    assert.deepEqual(parseSidecar(mergeSidecar(twice, [], [a])).entries, [b]);
    const validate = new Ajv({ strict: true }).compile(SCHEMA);
    assert.ok(validate(JSON.parse(twice)), JSON.stringify(validate.errors));
    assert.ok(!validate({ version: 1, reviewed: [{ ...a, quote: 'text of the letter' }] }), 'the schema refuses unknown keys');
    // The schema a user named stays, for the editor to check the file by.
    const named = mergeSidecar('{"$schema": "./imr-reviewed.schema.json", "version": 1, "reviewed": []}', [b]);
    assert.equal(JSON.parse(named).$schema, './imr-reviewed.schema.json');
    assert.deepEqual(parseSidecar(named).entries, [b]);
  });

  it('says a file nested too deeply to be read is so, rather than failing with the parser', () => {
    assert.deepEqual(parseSidecar('['.repeat(100_000)), { entries: [], problems: [{ line: 1, message: 'nested too deeply to be read' }] });
  });

  it('names the line of a syntax error or an unknown key, applies nothing, and refuses to write over such a file', () => {
    const broken = '{\n  "version": 1,\n  "reviewed": [\n    { "letter": "CM1", "rule": "r" "fingerprint": "00" }\n  ]\n}\n';
    const syntax = parseSidecar(broken);
    assert.deepEqual(syntax.entries, []);
    assert.equal(syntax.problems[0].line, 4);
    assert.match(syntax.problems[0].message, /not valid JSON: a comma expected/);
    const unknown = parseSidecar('{\n  "version": 1,\n  "reviewd": []\n}\n');
    assert.deepEqual(unknown.problems, [
      { line: 3, message: 'unknown key "reviewd" (known: version, reviewed)' },
      { line: 1, message: '"reviewed" is missing: a list of reviewed findings, [] for none' },
    ]);
    // A fingerprint IMR Letters cannot have written would never hide a finding: said, not ignored.
    const upper = parseSidecar('{"version": 1, "reviewed": [\n{"letter": "a", "rule": "r", "fingerprint": "71E5A513F7319555"}]}');
    assert.deepEqual(upper.problems, [
      { line: 2, message: '"fingerprint" must be 16 lower-case hexadecimal digits, as IMR Letters writes it' },
    ]);
    const entryKey = parseSidecar('{"version": 1, "reviewed": [\n{"letter": "a", "rule": "r", "fingerprint": "f", "quote": "x"}]}');
    assert.equal(entryKey.problems[0].line, 2);
    assert.match(entryKey.problems[0].message, /unknown key "quote"/);
    assert.match(parseSidecar('{"version": 2, "reviewed": []}').problems[0].message, /newer/);
    assert.throws(
      () => mergeSidecar(broken, [{ letter: 'a', rule: 'r', fingerprint: 'f' }]),
      (e: unknown) => e instanceof SidecarError && /line 4/.test(e.message),
    );
    assert.deepEqual(parseSidecar('').problems.length, 1, 'an empty file is reported');
    assert.deepEqual(parseSidecar('\uFEFF{"version": 1, "reviewed": []}').problems, [], 'a BOM is read past');
    // After a BOM, a problem at the start of a line is on that line, not the one before.
    const bom = parseSidecar('\uFEFF{\n"version": 1,\n"reviewed": [\n{"letter": "a"}\n]}');
    assert.deepEqual(bom.problems, [{ line: 4, message: 'a reviewed finding needs "rule", "fingerprint"' }]);
    // Names every object has are no keys of an entry.
    const inherited = parseSidecar(
      '{"version": 1, "reviewed": [\n{"letter": "a", "rule": "r", "fingerprint": "0123456789abcdef", "constructor": "x"}]}',
    );
    assert.deepEqual(inherited.problems.length, 1);
    assert.match(inherited.problems[0].message, /unknown key "constructor"/);
  });
});
