// `npm run test:electron`: the in-host suite (test/e2e/suite, bundled to out/e2e/suite) in desktop
// VS Code through @vscode/test-electron, for machines that can download VS Code. Offline,
// `npm run test:e2e` runs the same suite in code-server instead.
//   IMR_VSCODE_VERSION=stable npm run test:electron     (default: 1.100.3, the engines minimum)
//   xvfb-run -a npm run test:electron                   (headless Linux)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { makeWorkspace, ROOT, SUITE, tempDir } from './harness.mjs';

const root = tempDir('imr-electron-');
const workspace = makeWorkspace(path.join(root, 'workspace'));
let code = 1;
try {
  code = await runTests({
    version: process.env.IMR_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(root, 'user-data')}`,
      `--extensions-dir=${path.join(root, 'extensions')}`,
    ],
  });
} catch (error) {
  console.error(`test:electron: ${error instanceof Error ? error.message : error}`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
process.exit(code);
