// Shared by the e2e launchers: temporary folders, the workspace of fixture letters, the VSIX,
// and code-server started on loopback with a throwaway profile and stopped by process group.

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = path.join(ROOT, 'test/e2e/tools');
export const SUITE = path.join(ROOT, 'out/e2e/suite/index.js');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const CODE_SERVER = path.join(TOOLS, 'node_modules/.bin/code-server');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');

/**
 * The letters the tests open, copied so that no test can change the repository's fixtures: the
 * seeds, every corpus letter in both extractions with the items people read in them, the folder
 * with an .imr.json (config/), and the public sample letters (the only ones screenshots show).
 */
const LETTERS = ['seeds', 'real', 'real-pdftotext', 'expected/items.json', 'config'];

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function makeWorkspace(dir) {
  for (const rel of LETTERS) fs.cpSync(path.join(FIXTURES, rel), path.join(dir, rel), { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true });
  // The sample letter's PDF (DWC-published), to open as a letter.
  fs.mkdirSync(path.join(dir, 'pdfs'), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf'), path.join(dir, 'pdfs/CM16-0213037.pdf'));
  // A .txt that is no letter (a heading's words only after its first five lines with text), to show it stays Plain Text.
  fs.mkdirSync(path.join(dir, 'plain'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'plain', 'notes.txt'),
    '\n\nMeeting notes\nMonday\nBring the MRI report.\nCall the adjuster.\nFile the appeal.\nLunch\nCase Number: to be assigned\n',
  );
  return dir;
}

/** User settings for a quiet, offline, throwaway profile. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.colorTheme': 'Default Light Modern',
  'editor.hover.delay': 100,
  'editor.occurrencesHighlight': 'off',
  'editor.stickyScroll.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'imr.trace.server': 'messages',
};

/** A package of test/e2e/tools (see editors.mjs for whether it is there). */
export function requireTool(name) {
  return createRequire(path.join(TOOLS, 'package.json'))(name);
}

/** `npm run package` into `dir`; returns the .vsix, its size, the files vsce puts in it and what packaging printed. */
export function packageVsix(dir) {
  const out = path.join(dir, 'imr-letters.vsix');
  const run = spawnSync('npm', ['run', 'package', '--', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) throw new Error(`npm run package exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
  const files = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return { file: out, size: fs.statSync(out).size, files, printed: `${run.stdout}\n${run.stderr}` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A code-server with its profile, config, XDG folders and TMPDIR under `root`, bound to
 * 127.0.0.1, no auth, gallery pointed at a closed loopback port. Started in its own process group.
 */
export class CodeServer {
  constructor(root) {
    this.root = root;
    this.dirs = Object.fromEntries(
      ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state', 'tmp', 'home'].map((d) => [d, path.join(root, d)]),
    );
    for (const d of Object.values(this.dirs)) fs.mkdirSync(d, { recursive: true });
    fs.mkdirSync(path.join(this.dirs['user-data'], 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.dirs['user-data'], 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    this.config = path.join(root, 'config.yaml');
    this.log = path.join(root, 'code-server.log');
    this.env = {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: this.dirs.home,
      TMPDIR: this.dirs.tmp,
      XDG_CONFIG_HOME: this.dirs['xdg-config'],
      XDG_DATA_HOME: this.dirs['xdg-data'],
      XDG_CACHE_HOME: this.dirs['xdg-cache'],
      XDG_STATE_HOME: this.dirs['xdg-state'],
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    };
  }

  args() {
    return ['--config', this.config, '--user-data-dir', this.dirs['user-data'], '--extensions-dir', this.dirs.extensions];
  }

  installExtension(vsix) {
    fs.writeFileSync(this.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    return execFileSync(CODE_SERVER, [...this.args(), '--install-extension', vsix], {
      env: this.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
  }

  async start(timeoutMs = 60_000) {
    this.port = await freePort();
    this.host = `127.0.0.1:${this.port}`;
    this.url = `http://${this.host}`;
    fs.writeFileSync(this.config, `bind-addr: ${this.host}\nauth: none\ncert: false\n`);
    const log = fs.openSync(this.log, 'a');
    this.child = spawn(
      CODE_SERVER,
      [
        ...this.args(),
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--locale',
        'en',
      ],
      { env: this.env, detached: true, stdio: ['ignore', 'pipe', log] },
    );
    fs.closeSync(log);
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.once('exit', () => this.killGroup('SIGKILL'));
    // Ready when it says where it listens (an event on its output, not a poll).
    await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => done(new Error(`code-server did not start in ${timeoutMs} ms; log: ${this.log}`)), timeoutMs);
      const onData = (chunk) => {
        fs.appendFileSync(this.log, chunk);
        seen = (seen + chunk).slice(-4000);
        if (seen.includes(`HTTP server listening on ${this.url}`)) done();
      };
      const onExit = (code) => done(new Error(`code-server exited with ${code}; log: ${this.log}`));
      const done = (error) => {
        clearTimeout(timer);
        this.child.stdout.off('data', onData);
        this.child.off('exit', onExit);
        this.child.stdout.on('data', (chunk) => fs.appendFileSync(this.log, chunk));
        if (error) reject(error);
        else resolve();
      };
      this.child.stdout.on('data', onData);
      this.child.once('exit', onExit);
    });
    return this;
  }

  /** A workbench URL: the folder opened, plus entries for the workbench's `payload` parameter. */
  workbenchUrl(folder, payload = []) {
    const q = new URLSearchParams({ folder });
    if (payload.length) q.set('payload', JSON.stringify(payload));
    return `${this.url}/?${q}`;
  }

  remote(file) {
    return `vscode-remote://${this.host}${file}`;
  }

  killGroup(signal) {
    if (!this.child) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // the group is gone already
    }
  }

  /** Ends code-server and everything it started (extension hosts, language servers). */
  async stop() {
    if (!this.child) return;
    this.killGroup('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 5_000, 'timeout')));
    await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    this.killGroup('SIGKILL'); // stragglers in the group, or code-server itself after 5 s
  }
}

/** Runs `fn`; on failure saves a screenshot of `page` under `shotsDir`, prints its path and rethrows. */
export async function withScreenshot(page, shotsDir, name, fn) {
  try {
    return await fn();
  } catch (error) {
    const file = path.join(shotsDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    try {
      await page.screenshot({ path: file, timeout: 10_000 });
      console.log(`screenshot of the failure: ${file}`);
    } catch (e) {
      console.log(`no screenshot (${e.message})`);
    }
    throw error;
  }
}
