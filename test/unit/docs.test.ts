// The README's rules table and docs/rules/ stay in step with the rules themselves.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/rules';

const ROOT = path.resolve(__dirname, '../..');

describe('rule documentation', () => {
  it('has a page per rule, and a rule per page', () => {
    const pages = fs
      .readdirSync(path.join(ROOT, 'docs/rules'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    assert.deepEqual(pages, RULES.map((r) => r.id).sort());
    for (const r of RULES) {
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules', `${r.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${r.id}\n`), `${r.id}.md starts with its id`);
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${r.defaultSeverity}\\b`), `${r.id}.md states its default severity`);
      assert.match(page, /## Turning it off/);
    }
  });

  it('lists every rule with its default severity in the README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = [...table.matchAll(/^\| \[`([\w-]+)`\]\(docs\/rules\/([\w-]+)\.md\) \| (\w+) \| (.+) \|$/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
      m[4],
    ]);
    assert.deepEqual(
      rows,
      RULES.map((r) => [r.id, r.id, r.defaultSeverity, r.title]),
    );
  });

  it('keeps one file per rule, named after its id, and its test and fixture letters together in test/rules/<id>/', () => {
    const rules = path.join(ROOT, 'server/src/rules');
    const files = fs
      .readdirSync(rules)
      .filter((name) => name !== 'index.ts' && name !== 'rule.ts')
      .sort();
    assert.deepEqual(files, RULES.map((r) => `${r.id}.ts`).sort());
    const tests = path.join(ROOT, 'test/rules');
    const missing = RULES.map((r) => `${r.id}/${r.id}.test.ts`).filter((file) => !fs.existsSync(path.join(tests, file)));
    assert.deepEqual(missing, []);
  });
});
