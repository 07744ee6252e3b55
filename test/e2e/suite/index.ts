// The entry VS Code's extension test runner calls: with @vscode/test-electron (extensionTestsPath)
// or, offline, in code-server through the workbench's `payload` URL parameter. Runs every
// *.test.js beside this file (bundled from test/e2e/suite/*.test.ts) with the extension's own mocha.
// After the run it logs one marker line with each test's result, which the code-server launcher
// turns into node:test results.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export const RESULTS_MARKER = 'IMR_E2E_RESULTS ';

interface Result {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(RESULTS_MARKER + JSON.stringify(results));
      if (failures) reject(new Error(`${failures} in-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
