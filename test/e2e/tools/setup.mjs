// Installs what the end-to-end tests need, as far as this machine allows, then says what it has and
// what is missing. On Debian as root: chromium, neovim, ripgrep and libkrb5-dev with apt-get.
// Anywhere: code-server and playwright-core from this folder's package-lock.json with npm (no root
// needed). What cannot be installed here is listed with how to get it; the suites that need it
// are then skipped, or fail where they are required (CI, IMR_E2E_REQUIRED=1). Idempotent: a
// second run checks and returns in about a second. Offline but for the npm and Debian registries.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, findCodeServer, findNeovim, REQUIRED } from '../editors.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const say = (s) => console.log(`e2e setup: ${s}`);
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: 'utf8', shell: process.platform === 'win32', ...options });
const has = (cmd) => !run(process.platform === 'win32' ? 'where' : 'which', [cmd]).status;

// 1. Debian packages: installed where we are root, else named.
const DEBIAN = ['libkrb5-dev', 'ripgrep', 'chromium', 'neovim'];
if (process.platform === 'linux' && has('dpkg') && has('apt-get')) {
  const need = DEBIAN.filter((p) => run('dpkg', ['-s', p]).status !== 0);
  if (need.length && process.getuid?.() === 0) {
    say(`apt-get install ${need.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = run('apt-get', ['update', '-qq'], { env, stdio: 'inherit' }).status === 0 && run('apt-get', ['install', '-y', '-qq', ...need], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
    if (!ok) say(`apt-get could not install ${need.join(' ')}`);
  } else if (need.length) {
    say(`not installed, and installing them needs root: ${need.join(' ')} (sudo apt-get install ${need.join(' ')})`);
  }
}

// 2. code-server and playwright-core from the lock file, unless this lock and Node installed them already.
const stamp = path.join(HERE, 'node_modules/.imr-e2e-stamp');
const lock = fs.readFileSync(path.join(HERE, 'package-lock.json'));
const want = `${createHash('sha256').update(lock).digest('hex')} ${process.version}`;
const current = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === want && !findCodeServer().missing;
if (current) {
  say('code-server and playwright-core already installed');
} else {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-setup-'));
  const env = { ...process.env, TMPDIR: work, npm_config_yes: 'true' }; // node-pty's postinstall runs `npx node-gyp`, which must not ask
  // @vscode/ripgrep (inside code-server) downloads rg from GitHub unless its cache has the tarball:
  // give it the local rg (Debian's is the same ripgrep 13.0.0) where there is one.
  const rg = process.platform === 'linux' && process.arch === 'x64' && run('which', ['rg']).stdout.trim();
  if (rg) {
    const cache = path.join(work, 'vscode-ripgrep-cache-1.15.11');
    fs.mkdirSync(cache, { recursive: true });
    run('tar', ['-C', path.dirname(rg), '-czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), 'rg']);
  }
  say('npm ci (code-server, playwright-core)');
  // --unsafe-perm: code-server's postinstall checks it when run as root.
  const npm = run('npm', ['ci', '--unsafe-perm', '--no-fund', '--no-audit', '--loglevel=error'], { cwd: HERE, env, stdio: ['ignore', 'inherit', 'pipe'] });
  fs.rmSync(work, { recursive: true, force: true });
  if (npm.status === 0) {
    fs.writeFileSync(stamp, `${want}\n`);
  } else {
    const tail = (npm.stderr ?? '').trim().split('\n').filter((l) => !l.startsWith('npm notice')).slice(-8).join('\n');
    say(`npm ci failed (exit ${npm.status}); its last lines:\n${tail}`);
  }
}

// 3. What the suites will find.
const editors = { 'code-server and playwright-core': findCodeServer(), 'Chromium (for playwright)': findChromium(), 'Neovim 0.7.2 or later': findNeovim() };
const missing = Object.entries(editors).filter(([, e]) => e.missing);
for (const [name, e] of Object.entries(editors)) say(e.missing ? `MISSING ${name}: ${e.missing}` : `found ${name}: ${e.path}${e.version ? ` (${e.version})` : ''}`);
if (missing.length && REQUIRED) {
  say('a real-editor suite may not be skipped here (CI or IMR_E2E_REQUIRED is set): failing');
  process.exit(1);
}
say(missing.length ? `the suites that need ${missing.map(([n]) => n).join(', ')} will be skipped, each with a line saying why` : 'every real-editor suite can run');
