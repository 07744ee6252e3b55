// Which real editors this machine has for the end-to-end tests, shared by the setup
// (tools/setup.mjs) and the suites: code-server with playwright-core (from tools/), a Chromium or
// Chrome for playwright to drive, and Neovim 0.7.2 or later. A suite whose editor is missing is
// skipped with a line that says what is missing and how to get it, except where the real-editor
// suites are required (CI set, as CI services do, or IMR_E2E_REQUIRED=1, as .ci/run does): there
// a missing editor fails the suite.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tools');
const WINDOWS = process.platform === 'win32';

/** True where a missing editor must fail the tests rather than skip them. */
export const REQUIRED = process.env.IMR_E2E_REQUIRED === '1' || !['', '0', 'false', undefined].includes(process.env.CI?.toLowerCase());

/** How to get each editor, by platform. */
const HOW = {
  'code-server':
    'run `node test/e2e/tools/setup.mjs` (npm; on Linux it builds native modules and needs the Kerberos headers, Debian package libkrb5-dev; code-server does not run on Windows)',
  chromium:
    process.platform === 'darwin'
      ? 'install Google Chrome or Chromium, or set IMR_CHROMIUM to a Chromium-based browser'
      : WINDOWS
        ? 'install Google Chrome or Microsoft Edge, or set IMR_CHROMIUM to a Chromium-based browser'
        : 'as root: apt-get install chromium (Debian), or set IMR_CHROMIUM to a Chromium-based browser',
  neovim:
    process.platform === 'darwin'
      ? 'brew install neovim'
      : WINDOWS
        ? 'winget install Neovim.Neovim'
        : 'as root: apt-get install neovim (Debian), or put an nvim 0.7.2 or later on PATH',
};

/** code-server and playwright-core installed in test/e2e/tools. */
export function findCodeServer() {
  const bin = path.join(TOOLS, 'node_modules/.bin', WINDOWS ? 'code-server.cmd' : 'code-server');
  const playwright = path.join(TOOLS, 'node_modules/playwright-core/package.json');
  if (!fs.existsSync(bin)) return { missing: `code-server is not installed in test/e2e/tools: ${HOW['code-server']}` };
  // Written by the setup once npm ci has finished: a bin without it is a broken install.
  if (!fs.existsSync(path.join(TOOLS, 'node_modules/.imr-e2e-stamp')))
    return { missing: `code-server's install in test/e2e/tools did not finish: ${HOW['code-server']}` };
  if (!fs.existsSync(playwright)) return { missing: `playwright-core is not installed in test/e2e/tools: ${HOW['code-server']}` };
  return { path: bin };
}

/** A Chromium-based browser for playwright: IMR_CHROMIUM, else the usual places. */
export function findChromium() {
  if (process.env.IMR_CHROMIUM) {
    return fs.existsSync(process.env.IMR_CHROMIUM)
      ? { path: process.env.IMR_CHROMIUM }
      : { missing: `IMR_CHROMIUM=${process.env.IMR_CHROMIUM} does not exist` };
  }
  const env = (name) => process.env[name] ?? '';
  const places =
    {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ],
      darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
      win32: [
        path.join(env('PROGRAMFILES'), 'Google/Chrome/Application/chrome.exe'),
        path.join(env('PROGRAMFILES(X86)'), 'Google/Chrome/Application/chrome.exe'),
        path.join(env('LOCALAPPDATA'), 'Google/Chrome/Application/chrome.exe'),
        path.join(env('PROGRAMFILES(X86)'), 'Microsoft/Edge/Application/msedge.exe'),
      ],
    }[process.platform] ?? [];
  const found = places.find((p) => fs.existsSync(p));
  return found ? { path: found } : { missing: `no Chromium or Chrome found: ${HOW.chromium}` };
}

/** Neovim 0.7.2 or later on PATH (or IMR_NVIM). */
export function findNeovim() {
  const bin = process.env.IMR_NVIM || 'nvim';
  const run = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const m = run.error ? null : /^NVIM v(\d+)\.(\d+)\.(\d+)/.exec(run.stdout ?? '');
  if (!m) return { missing: `${process.env.IMR_NVIM ? `IMR_NVIM=${bin} does not run` : 'no nvim on PATH'}: ${HOW.neovim}` };
  const version = m.slice(1).map(Number);
  const atLeast = version[0] > 0 || version[1] > 7 || (version[1] === 7 && version[2] >= 2);
  return atLeast ? { path: bin, version: version.join('.') } : { missing: `nvim ${version.join('.')} is older than 0.7.2: ${HOW.neovim}` };
}

/**
 * What node:test should do with a test that needs `found` editors: skip it with the reason, or,
 * where the suites are required, run it so that `check()` fails it.
 */
export function gate(...found) {
  const missing = found.filter((f) => f.missing).map((f) => f.missing);
  const reason = missing.join('; ');
  return {
    missing: missing.length > 0,
    skip: missing.length && !REQUIRED ? reason : false,
    check() {
      if (missing.length) throw new Error(`${reason} (a real-editor suite may not be skipped here: CI or IMR_E2E_REQUIRED is set)`);
    },
  };
}
