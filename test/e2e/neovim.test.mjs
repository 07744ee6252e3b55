// A second, independent LSP client: Neovim (Debian's 0.7.2, or any later one) headless, configured
// by exactly the Lua the README shows (test/e2e/neovim/imr.lua), runs `node dist/server.js
// --stdio`, and gets the outline, the pushed diagnostics and a hover. Without an nvim the tests
// that need it are skipped, saying why (editors.mjs).

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { findNeovim, gate } from './editors.mjs';
import { makeWorkspace, ROOT, tempDir } from './harness.mjs';

const CONFIG = path.join(ROOT, 'test/e2e/neovim/imr.lua');
const CHECK = path.join(ROOT, 'test/e2e/neovim/check.lua');
const SERVER = path.join(ROOT, 'dist/server.js');

const neovim = findNeovim();
const needs = gate(neovim);

const root = tempDir('imr-nvim-');
const workspace = makeWorkspace(path.join(root, 'workspace'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** Position (0-based line, UTF-16 column) of `needle` in a workspace letter, as LSP counts. */
function position(rel, needle) {
  const text = fs.readFileSync(path.join(workspace, rel), 'utf8');
  assert.ok(text.includes(needle), `"${needle}" in ${rel}`);
  const lines = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: lines.length - 1, character: lines.at(-1).length };
}

/** Runs Neovim headless on one letter; resolves with its output lines. */
function nvim(letter, hover, extra = {}) {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      IMR_SERVER: SERVER,
      IMR_NVIM_CONFIG: CONFIG,
      IMR_LETTER: letter,
      XDG_CONFIG_HOME: path.join(root, 'config'),
      XDG_DATA_HOME: path.join(root, 'data'),
      XDG_STATE_HOME: path.join(root, 'state'),
      XDG_CACHE_HOME: path.join(root, 'cache'),
      TMPDIR: root,
      ...(hover ? { IMR_HOVER: `${hover.line}:${hover.character}` } : {}),
      ...extra,
    };
    const child = spawn(neovim.path, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${CHECK}`], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const lines = out.split(/\r?\n/).filter(Boolean);
      if (code !== 0 || !lines.includes('DONE')) reject(new Error(`nvim exited ${code ?? signal}:\n${out}\n${err}`));
      else resolve(lines);
    });
  });
}

const symbols = (lines) => lines.filter((l) => l.startsWith('SYMBOL ')).map((l) => l.slice(7));

test('Neovim 0.7.2 or later is the client under test', { skip: needs.skip }, (t) => {
  needs.check();
  t.diagnostic(`nvim ${neovim.version} (${neovim.path})`);
  const [major, minor, patch] = neovim.version.split('.').map(Number);
  assert.ok(major > 0 || minor > 7 || (minor === 7 && patch >= 2), neovim.version);
});

test('the README shows the Neovim configuration that this test uses, verbatim', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.ok(readme.includes(fs.readFileSync(CONFIG, 'utf8').trim()), 'README.md contains test/e2e/neovim/imr.lua');
});

test(
  'seed 000 (.txt, found by its first line): pushed injury-date conflict with its related date, and the outline',
  { skip: needs.skip },
  async () => {
    needs.check();
    const lines = await nvim(path.join(workspace, 'seeds/000_6475ff4f10510ca5.txt'));
    assert.ok(lines.includes('FILETYPE imr'), lines.join('\n'));
    assert.ok(lines.includes('SERVER symbols'));
    const at = position('seeds/000_6475ff4f10510ca5.txt', '2005 date of injury');
    const related = position('seeds/000_6475ff4f10510ca5.txt', '2/8/98');
    const conflict = lines.filter((l) => l.includes('code=injury-date-conflict'));
    assert.deepEqual(conflict, [
      `DIAGNOSTIC ${at.line}:${at.character} severity=1 code=injury-date-conflict related=${related.line}:${related.character}`,
    ]);
    const outline = symbols(lines);
    assert.ok(
      outline.some((s) => s.startsWith('0 IMR ISSUES, DECISIONS AND RATIONALES |')),
      outline.join('\n'),
    );
    assert.ok(
      outline.some((s) => /^1 Upheld · NORCO QUANTITY 100 \| {2}\| line=\d+$/.test(s)),
      outline.join('\n'),
    );
  },
);

test('seed 002: three items with their decisions, and a hover on the page citation', { skip: needs.skip }, async () => {
  needs.check();
  const rel = 'seeds/002_f4a3e060fe32e57b.txt';
  const hover = position(rel, '74-95, page 124');
  const lines = await nvim(path.join(workspace, rel), { ...hover, character: hover.character + 1 });
  const items = symbols(lines)
    .filter((s) => s.startsWith('1 '))
    .map((s) => s.replace(/ \| line=\d+$/, '').slice(2));
  assert.deepEqual(items, [
    'Upheld · Norco 5/325mg #20 | ',
    'Upheld · Consultation and treatment | ',
    'Overturned · Psychotherapy 12 sessions | ',
  ]);
  const text = lines.filter((l) => l.startsWith('HOVER ')).join(' ');
  assert.match(text, /Chronic Pain Medical Treatment Guidelines/);
  assert.match(text, /[Ww]eaning/);
});

test('a letter named *.imr.txt is imr by its name, and a .txt that is no letter stays text', { skip: needs.skip }, async () => {
  needs.check();
  const named = path.join(workspace, 'CM16-0213037.imr.txt');
  fs.copyFileSync(path.join(workspace, 'real/CM16-0213037.txt'), named);
  const lines = await nvim(named);
  assert.ok(lines.includes('FILETYPE imr'));
  assert.ok(
    symbols(lines).some((s) => s.startsWith('1 Case Number | CM16-0213037 |')),
    symbols(lines).join('\n'),
  );

  const other = path.join(workspace, 'notes.txt');
  fs.writeFileSync(other, 'Shopping list\neggs\n');
  assert.deepEqual(await nvim(other), ['FILETYPE text', 'DONE']);
});

test(
  '.imr.json (config/): a rule off and a severity changed, as in imr-lint, the server over stdio and VS Code',
  { skip: needs.skip },
  async () => {
    needs.check();
    const rel = 'config/letters/seed-000.imr.txt';
    const lines = await nvim(path.join(workspace, rel));
    assert.ok(lines.includes('FILETYPE imr'), lines.join('\n'));
    const at = position(rel, '2005 date of injury');
    const related = position(rel, '2/8/98');
    assert.deepEqual(
      lines.filter((l) => l.includes('code=injury-date-conflict')),
      [`DIAGNOSTIC ${at.line}:${at.character} severity=2 code=injury-date-conflict related=${related.line}:${related.character}`],
    );
    assert.deepEqual(
      lines.filter((l) => l.includes('code=missing-strength-quantity')),
      [],
    );
    assert.ok(
      lines.some((l) => l.includes('code=no-evidence-cited')),
      lines.join('\n'),
    );
  },
);

test(
  'checking a folder through workspace/executeCommand: the 150 corpus letters, their findings pushed for closed files',
  { skip: needs.skip },
  async () => {
    needs.check();
    const lines = await nvim(path.join(workspace, 'seeds/000_6475ff4f10510ca5.txt'), undefined, {
      IMR_CHECK_FOLDER: path.join(workspace, 'real'),
    });
    const folder = /^FOLDER letters=(\d+) findings=(\d+) cancelled=false$/.exec(lines.find((l) => l.startsWith('FOLDER ')) ?? '');
    assert.ok(folder, lines.join('\n'));
    assert.equal(Number(folder[1]), 150);
    const other = /^OTHER_DIAGNOSTICS (\d+) in (\d+) buffers$/.exec(lines.find((l) => l.startsWith('OTHER_DIAGNOSTICS')) ?? '');
    assert.ok(other, lines.join('\n'));
    assert.equal(Number(other[1]), Number(folder[2]), 'every finding of the folder is a diagnostic in Neovim');
    assert.ok(Number(other[2]) >= 20, `${other[2]} letters with findings`);
  },
);
