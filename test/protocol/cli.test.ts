// The bundled imr-lint: formats, exit codes, folders, settings, the shell's conventions (version,
// colour, standard input), and files that are not letters (pipes, devices, unreadable, binary,
// PDF, empty, other encodings), each a real file.

import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PDF_PROBLEMS } from '../../server/src/base/pdf';
import { RULES } from '../../server/src/rules';
import { FIXTURES } from '../support/fixtures';
import { slowPdf } from '../support/pdfs';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function lintWith(options: SpawnSyncOptions, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { ...options, encoding: 'utf8' });
  return { code: r.status, out: r.stdout as string, err: r.stderr as string };
}

// One day for every run (not the day it runs), so that outputs compared are of one day whichever
// side of midnight their runs fall, and a worker thread that took the system's day would differ.
const AS_OF = ['--today', '2030-06-15'];
const lint = (...args: string[]) => lintWith({}, ...AS_OF, ...args);

const SEED_000 = path.join(FIXTURES, 'seeds/000_6475ff4f10510ca5.txt');

/** The OASIS schema of SARIF 2.1.0 (final, rtm.5), compiled: draft-04; one of its patterns is not valid in unicode mode. */
function sarifSchema() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return { valid: ajv.compile(schema), ajv };
}
const PACKAGE = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));

describe('imr-lint', () => {
  it('prints layout, items with decisions and findings, and exits 1 on an error', () => {
    const r = lint(SEED_000);
    assert.equal(r.code, 1);
    assert.match(r.out, /IMR Final Determination \(Case Number header\) \(excerpt, no header\) · 1 item/);
    assert.match(r.out, /1\. NORCO QUANTITY 100 {2}→ {2}Upheld/);
    assert.match(
      r.out,
      /79:15 +error +Date of injury 2005 in the rationale of "NORCO QUANTITY 100", but 2\/8\/98 in the case summary\. {2}injury-date-conflict/,
    );
  });

  it('exits 0 with --exit-zero or when the rule is lowered', () => {
    assert.equal(lint('--exit-zero', SEED_000).code, 0);
    assert.equal(lint('--rule', 'injury-date-conflict=warning', SEED_000).code, 0);
  });

  it('reads a folder and prints JSON', () => {
    const r = lint('--format', 'json', path.join(FIXTURES, 'seeds'));
    const letters = JSON.parse(r.out);
    assert.equal(letters.length, 5);
    assert.deepEqual(
      letters[2].items.map((i: { title: string; decision: string }) => [i.title, i.decision]),
      [
        ['Norco 5/325mg #20', 'Upheld'],
        ['Consultation and treatment', 'Upheld'],
        ['Psychotherapy 12 sessions', 'Overturned'],
      ],
    );
  });

  it('prints SARIF 2.1.0 that the schema accepts: version, rules with their docs, file URIs, columns', () => {
    const { valid, ajv } = sarifSchema();
    const fromFiles = JSON.parse(lint('--format', 'sarif', SEED_000, path.join(FIXTURES, 'seeds')).out);
    const fromStdin = JSON.parse(lintWith({ input: fs.readFileSync(SEED_000) }, '--format', 'sarif', '-').out);
    const empty = JSON.parse(lint('--format', 'sarif', path.join(FIXTURES, 'no-such-folder')).out);
    for (const log of [fromFiles, fromStdin, empty]) assert.ok(valid(log), ajv.errorsText(valid.errors));

    const driver = fromFiles.runs[0].tool.driver;
    assert.equal(driver.version, PACKAGE.version);
    assert.equal(driver.informationUri, 'https://example.invalid/imr-letters');
    assert.deepEqual(
      driver.rules.map((r: { id: string }) => r.id),
      RULES.map((r) => r.id),
    );
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, `https://example.invalid/imr-letters/blob/main/docs/rules/${rule.id}.md`);
      assert.ok(fs.existsSync(path.join(__dirname, '../../docs/rules', `${rule.id}.md`)), rule.id);
      assert.match(rule.defaultConfiguration.level, /^(?:error|warning|note)$/);
    }
    const result = fromFiles.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'injury-date-conflict');
    assert.equal(result.level, 'error');
    const location = result.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, pathToFileURL(SEED_000).href);
    assert.deepEqual(location.region, { startLine: 79, startColumn: 15, endLine: 79, endColumn: 19 });
    assert.deepEqual(fromStdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { description: { text: '<stdin>' } });
  });

  it('prints one JSON letter per line with --format jsonl, the same letters as --format json', () => {
    const seeds = path.join(FIXTURES, 'seeds');
    const lines = lint('--format', 'jsonl', seeds).out.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 5);
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      JSON.parse(lint('--format', 'json', seeds).out),
    );
  });

  it('exits 2 on bad usage and on a missing file', () => {
    assert.equal(lint('--format', 'xml', SEED_000).code, 2);
    assert.equal(lint('/no/such/file.txt').code, 2);
    assert.equal(lint('--rule', 'split-word=loud', SEED_000).code, 2);
    assert.equal(lint('--rule', 'split-word=error=junk', SEED_000).code, 2);
    for (const size of ['lots', '0.5', '0x10', '1e400', '0'])
      assert.match(lint('--max-file-size', size, SEED_000).err, /--max-file-size takes a whole number of characters, 1 or more/, size);
    assert.equal(lint().code, 2);
    const help = lint('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: imr-lint/);
    assert.match(help.out, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  it('goes on when its messages cannot be written: stderr closed by the reader', async () => {
    const child = spawn(process.execPath, [CLI, ...AS_OF, '--format', 'jsonl', SEED_000, '/no/such/file.txt'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.destroy();
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const [code] = await once(child, 'exit');
    assert.equal(code, 2, 'the exit code of a file not read, not of a crash');
    assert.equal(out.trim().split('\n').length, 1, 'the letter is printed');
  });

  it('shows no terminal control of a letter or its name: in the worksheet, the stylish output and the messages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-controls-'));
    try {
      const letter = fs.readFileSync(SEED_000, 'utf8').replace('Case Number', 'Case \x1b[2J\x1b[31mNumber\u202e');
      fs.writeFileSync(path.join(dir, 'two\nlines\x1b[31m.txt'), letter);
      fs.writeFileSync(path.join(dir, 'empty\x1b]0;title\x07.txt'), '');
      for (const args of [['--worksheet'], ['--format', 'stylish']]) {
        const r = lint(...args, dir);
        for (const [stream, text] of [
          ['stdout', r.out],
          ['stderr', r.err],
        ])
          assert.doesNotMatch(text, /[\x1b\x07\u202e]/, `${args.join(' ')}: ${stream}`);
        assert.match(r.err, /empty\\x1b\]0;title\\x07\.txt: empty file/);
      }
      assert.match(lint('--format', 'stylish', dir).out, /two\\nlines\\x1b\[31m\.txt/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads every argument after -- as a file or folder, one named with a leading dash too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-dash-'));
    try {
      fs.copyFileSync(SEED_000, path.join(dir, '-letter.txt'));
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...AS_OF, '--', '-letter.txt', '--format'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(r.status, 2, 'a file named --format is not there');
      const [letter] = JSON.parse(r.stdout);
      assert.equal(letter.file, '-letter.txt');
      assert.match(r.stderr, /--format: no such file/);
      assert.match(lint('-letter.txt').err, /unknown option "-letter\.txt"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks as of the day --today names, or else the day the run starts', () => {
    // The letter dates its request "December 9, 3026".
    const letter = path.join(FIXTURES, 'real/CM16-0248655.txt');
    const future = (...args: string[]) => lintWith({}, '--format', 'jsonl', ...args, letter).out.match(/"[^"]* is in the future[^"]*"/g);
    assert.deepEqual(future('--today', '2026-12-01'), ['"December 9, 3026 is in the future (today is 12/1/2026)."']);
    assert.equal(future('--today', '3026-12-10'), null);
    const before = new Date();
    const [message = ''] = future() ?? [];
    const days = [before, new Date()].map((d) => `(today is ${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}).`);
    assert.ok(
      days.some((d) => message.endsWith(`${d}"`)),
      message,
    );
    for (const wrong of ['2017-02-30', '12/1/2026', '1899-12-31', ''])
      assert.match(lint('--today', wrong, letter).err, /^imr-lint: --today takes a day as YYYY-MM-DD, from 1900 to 3999$/m);
  });

  it('prints its version', () => {
    for (const flag of ['--version', '-v']) assert.deepEqual(lint(flag), { code: 0, out: `${PACKAGE.version}\n`, err: '' });
  });

  it('says in one line that it cannot write to a full disk, for its usage and version too', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    for (const args of [['--help'], ['--version'], [SEED_000]]) {
      const full = fs.openSync('/dev/full', 'w');
      try {
        const r = lintWith({ stdio: ['ignore', full, 'pipe'] }, ...AS_OF, ...args);
        assert.deepEqual([r.code, r.err], [2, 'imr-lint: cannot write the output (ENOSPC)\n'], args.join(' '));
      } finally {
        fs.closeSync(full);
      }
    }
  });

  it('takes no --format but stylish with --worksheet, which prints Markdown', () => {
    const r = lint('--worksheet', '--format', 'json', SEED_000);
    assert.equal(r.code, 2);
    assert.match(r.err, /^imr-lint: --worksheet prints Markdown; it takes no --format json$/m);
    assert.match(lint('--worksheet', '--format', 'stylish', SEED_000).out, /^# IMR appeal worksheet/);
  });
});

describe('imr-lint in the shell', () => {
  const SEED = fs.readFileSync(SEED_000);
  const ESC = /\x1b\[/;

  it('reads one letter from the standard input with -, named <stdin>', () => {
    const r = lintWith({ input: SEED }, ...AS_OF, '-');
    assert.equal(r.code, 1);
    assert.equal(r.out, lint(SEED_000).out.replace(SEED_000, '<stdin>'));
    const [letter] = JSON.parse(lintWith({ input: SEED }, '--format', 'json', '-').out);
    assert.equal(letter.file, '<stdin>');
  });

  it('waits for a standard input left non-blocking by the process that gave it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-stdin-'));
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const input = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const writer = fs.openSync(fifo, fs.constants.O_WRONLY);
    try {
      // A Node.js parent that looked at its own standard input (made it non-blocking) and then ran
      // imr-lint in its place: the input stays non-blocking.
      const run = `process.stdin; process.argv.splice(1, 0, ${JSON.stringify(CLI)}); require('node:module').runMain();`;
      const child = spawn(process.execPath, ['-e', run, '--', ...AS_OF, '-'], { stdio: [input, 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (err += d));
      // The letter comes a while after the run starts (it found no data at first, and read again).
      setTimeout(() => {
        try {
          fs.writeSync(writer, SEED);
        } catch {
          // (no reader left: the run ended without its input)
        }
        fs.closeSync(writer);
      }, 1000);
      const [code] = await once(child, 'close');
      assert.deepEqual([code, err], [1, '']);
      assert.equal(out, lint(SEED_000).out.replace(SEED_000, '<stdin>'));
    } finally {
      fs.closeSync(input);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the standard input is empty, and exits 2', () => {
    assert.deepEqual(lintWith({ input: '' }, '-'), {
      code: 2,
      out: '0 letters: 0 errors, 0 warnings, 0 information, 0 hints; 1 file not read\n',
      err: 'imr-lint: <stdin>: empty input\n',
    });
  });

  it('colours the stylish output with --color only, when its output is not a terminal', () => {
    assert.match(lint('--color', SEED_000).out, ESC);
    assert.match(lintWith({ env: { ...process.env, NO_COLOR: '1' } }, '--color', SEED_000).out, ESC);
    assert.doesNotMatch(lint(SEED_000).out, ESC);
    assert.doesNotMatch(lint('--no-color', SEED_000).out, ESC);
    assert.doesNotMatch(lint('--color', '--format', 'json', SEED_000).out, ESC);
    // Without colour the text is the same, byte for byte.
    assert.equal(lint('--color', SEED_000).out.replace(/\x1b\[\d+m/g, ''), lint(SEED_000).out);
  });

  it('colours on a terminal unless NO_COLOR is set (not empty) or --no-color is given', function () {
    // A terminal for the CLI's output: util-linux `script` runs it on a pseudo-terminal.
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const onTerminal = (noColor: string | undefined, ...args: string[]): string => {
      const env = { ...process.env, NO_COLOR: noColor };
      if (noColor === undefined) delete env.NO_COLOR;
      const command = [process.execPath, CLI, ...args, SEED_000].map((a) => `'${a}'`).join(' ');
      return spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8' }).stdout;
    };
    assert.match(onTerminal(undefined), ESC);
    assert.match(onTerminal(''), ESC);
    assert.doesNotMatch(onTerminal('1'), ESC);
    assert.doesNotMatch(onTerminal(undefined, '--no-color'), ESC);
  });
});

describe('imr-lint on files that are not letters', () => {
  let dir: string;
  const SEED = fs.readFileSync(SEED_000);
  const write = (name: string, bytes: Buffer | string): string => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };
  const json = (...args: string[]) => JSON.parse(lint('--format', 'json', ...args).out);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names each file it cannot read on stderr, prints the good letters, and exits 2', () => {
    write('a-good.txt', SEED);
    execFileSync('mkfifo', [path.join(dir, 'b-fifo.txt')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'c-zero.txt'));
    write('d-empty.txt', '');
    write('e-scan.txt', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
    write('f-binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    write('g-latin1.txt', Buffer.from('Case Number: CM16-0001\nDate of injury: 1/2/2015, Se\xf1ora\n', 'latin1'));
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'h-dangling.txt'));
    const chars = Array.from(SEED.toString('utf8'));
    const utf32 = Buffer.alloc(4 * (chars.length + 1));
    utf32.writeUInt32LE(0xfeff, 0);
    chars.forEach((ch, i) => utf32.writeUInt32LE(ch.codePointAt(0)!, 4 * (i + 1)));
    write('i-utf32.txt', utf32);
    const r = lint(dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /a-good\.txt\n {2}IMR Final Determination \(Case Number header\)/);
    assert.match(r.out, /^1 letter: .*; 8 files not read$/m);
    const problems = r.err.trim().split('\n');
    assert.deepEqual(problems, [
      `imr-lint: ${path.join(dir, 'b-fifo.txt')}: not a regular file (a named pipe)`,
      `imr-lint: ${path.join(dir, 'c-zero.txt')}: not a regular file (a link to a character device)`,
      `imr-lint: ${path.join(dir, 'd-empty.txt')}: empty file`,
      `imr-lint: ${path.join(dir, 'e-scan.txt')}: damaged PDF, or not a PDF; not read`,
      `imr-lint: ${path.join(dir, 'f-binary.txt')}: binary file, not text (or UTF-16 without a byte order mark)`,
      `imr-lint: ${path.join(dir, 'g-latin1.txt')}: not UTF-8 or UTF-16 text; save it as UTF-8`,
      `imr-lint: ${path.join(dir, 'h-dangling.txt')}: no such file (or a link to nothing)`,
      `imr-lint: ${path.join(dir, 'i-utf32.txt')}: UTF-32 text, not read; save it as UTF-8`,
    ]);
    assert.doesNotMatch(r.err, /Case Number|Se.ora/);
  });

  it('says a file or folder whose name is not UTF-8 must be renamed, in a folder and given by name', function () {
    // "Peña.txt" in Latin-1, as an old archive may name it; a folder "Peñas" with a letter; a name of
    // 100 such bytes, too long once each is read as U+FFFD. A file system that takes only UTF-8 names refuses them.
    const latin1 = (name: string) =>
      Buffer.concat(name.split('\xf1').flatMap((part, i) => [...(i ? [Buffer.from([0xf1])] : []), Buffer.from(part)]));
    try {
      fs.writeFileSync(latin1(path.join(dir, 'Pe\xf1a.txt')), SEED);
      fs.mkdirSync(latin1(path.join(dir, 'Pe\xf1as')));
      fs.writeFileSync(latin1(path.join(dir, 'Pe\xf1as', 'letter.txt')), SEED);
      fs.writeFileSync(latin1(path.join(dir, `${'\xf1'.repeat(100)}.txt`)), SEED);
    } catch {
      this.skip();
    }
    write('ok.txt', SEED);
    // A file named as the Latin-1 one reads (U+FFFD for its byte): it is checked once, the other not at all.
    write('Pe\uFFFDa.txt', SEED);
    const advice = 'its name is not UTF-8 and cannot be opened as written; rename it';
    const inFolder = lint(dir);
    assert.equal(inFolder.code, 2);
    assert.deepEqual(inFolder.err.trim().split('\n').sort(), [
      `imr-lint: ${path.join(dir, 'Pe\uFFFDa.txt')}: ${advice}`,
      `imr-lint: ${path.join(dir, 'Pe\uFFFDas')}: folder not read: ${advice}`,
      `imr-lint: ${path.join(dir, `${'\uFFFD'.repeat(100)}.txt`)}: ${advice}`,
    ]);
    assert.match(inFolder.out, /^2 letters: .*; 3 files not read$/m);
    assert.equal(inFolder.out.split('\n').filter((line) => line === path.join(dir, 'Pe\uFFFDa.txt')).length, 1, inFolder.out);
    // Given by name: the shell passes the name's bytes as they are (Node.js would encode a string as
    // UTF-8). Node.js reads its arguments as UTF-8 too: with a file named as it reads, that one is meant.
    fs.rmSync(path.join(dir, 'Pe\uFFFDa.txt'));
    const script = `exec "$0" "$1" ${AS_OF.join(' ')} "$(printf '%s/Pe\\361a.txt' "$2")"`;
    const named = spawnSync('sh', ['-c', script, process.execPath, CLI, dir], { encoding: 'utf8' });
    assert.equal(named.status, 2);
    assert.equal(named.stderr, `imr-lint: ${path.join(dir, 'Pe\uFFFDa.txt')}: ${advice}\n`);
  });

  it('passes by hidden folders and node_modules inside a folder, and reads one named on the command line', () => {
    write('letter.txt', SEED);
    for (const folder of ['.git', '.history', 'node_modules/pkg']) {
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
      write(`${folder}/LICENSE.txt`, 'MIT License\n');
      write(`${folder}/copy.txt`, SEED);
    }
    const files = (...args: string[]) => json(...args).map((letter: { file: string }) => path.relative(dir, letter.file));
    assert.deepEqual(files(dir), ['letter.txt']);
    assert.deepEqual(files(path.join(dir, 'node_modules')), ['node_modules/pkg/LICENSE.txt', 'node_modules/pkg/copy.txt']);
    assert.deepEqual(files(path.join(dir, '.git')), ['.git/LICENSE.txt', '.git/copy.txt']);
  });

  it('reads UTF-16 (LE and BE) and UTF-8 with a byte order mark like UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED.toString('utf8'), 'utf16le')]);
    const be = Buffer.from(le).swap16();
    write('le.txt', le);
    write('be.txt', be);
    write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SEED]));
    const [plain] = json(SEED_000);
    for (const letter of json(dir)) assert.deepEqual({ ...letter, file: '' }, { ...plain, file: '' }, letter.file);
  });

  it('gives the same findings, lines and columns for CRLF and CR line ends as for LF', () => {
    const text = SEED.toString('utf8');
    write('crlf.txt', text.replace(/\n/g, '\r\n'));
    write('cr.txt', text.replace(/\n/g, '\r'));
    // Offsets count the line ends' characters: lines and columns are what must agree.
    const withoutOffsets = (letter: object) =>
      JSON.parse(JSON.stringify({ ...letter, file: '' }), (key, value) => (key === 'offset' ? undefined : value));
    const [plain] = json(SEED_000);
    for (const letter of json(dir)) assert.deepEqual(withoutOffsets(letter), withoutOffsets(plain), letter.file);
  });

  it('does not read a file that cannot be a letter of the maximum size', () => {
    const r = lint('--max-file-size', '100', write('long.txt', SEED));
    assert.equal(r.code, 2);
    assert.match(r.err, /long\.txt: 3,032 bytes, too large to be a letter of at most 100 characters \(--max-file-size\); not read/);
  });

  it('names the .imr.json whose limit a file is over, and the option when the option set it', () => {
    const config = write('.imr.json', JSON.stringify({ limits: { maxFileSize: 100 } }));
    const long = write('long.txt', SEED);
    const byConfig = lint(long);
    assert.equal(byConfig.code, 2);
    assert.ok(
      byConfig.err.includes(
        `long.txt: 3,032 bytes, too large to be a letter of at most 100 characters ("limits": { "maxFileSize" } in ${config}); not read`,
      ),
      byConfig.err,
    );
    assert.match(lint('--max-file-size', '200', long).err, /at most 200 characters \(--max-file-size\); not read/);
  });

  it('says a file is unreadable (permission denied)', function () {
    fs.chmodSync(dir, 0o755);
    const locked = write('locked.txt', SEED);
    fs.chmodSync(locked, 0o000);
    // root reads any file: run the CLI as nobody then
    const r = process.getuid?.() === 0 ? lintWith({ uid: 65534, gid: 65534 }, locked) : lint(locked);
    assert.equal(r.code, 2);
    assert.equal(r.err, `imr-lint: ${locked}: permission denied\n`);
  });

  it('exits 2 when no letter is found', () => {
    write('notes.md', 'not a letter');
    const r = lint(dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /no letters found/);
    assert.equal(json(dir).length, 0);
  });

  it('exits 2 when no file read is a determination letter, and says so', () => {
    write('minutes.txt', 'Meeting notes: the printer on the third floor is out of toner.\n');
    write('draft.txt', 'Dear colleague, please find the reports attached.\n');
    const r = lint(dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^imr-lint: no letters found: none of the 2 files read has the layout of an IMR determination$/m);
    assert.match(r.out, /not-a-letter/, 'each file still gets its note');
    write('seed.txt', SEED);
    assert.equal(lint(dir).code, 1, 'with one letter among them, the letter decides');
    // A letter too large to be checked is still a letter: its note says why, and no "no letters".
    const large = lint('--max-file-size', '2000', path.join(dir, 'seed.txt'));
    assert.doesNotMatch(large.err, /no letters found/);
    assert.equal(large.code, 0);
  });

  it('escapes control characters in the stylish output', () => {
    write('seed\x1b[2J.txt', SEED.toString('utf8').replace('NORCO QUANTITY 100', 'NORCO\x1b]0;owned\x07 QUANTITY\x9b31m 100'));
    const r = lint(dir);
    assert.match(r.out, /seed\\x1b\[2J\.txt\n/);
    assert.match(r.out, /1\. NORCO\\x1b\]0;owned\\x07 QUANTITY\\x9b31m 100 {2}→ {2}Upheld/);
    assert.doesNotMatch(r.out, /[\x1b\x07\x9b]/);
    // In colour too, the only escape sequences are the colours' own.
    assert.doesNotMatch(lint('--color', dir).out.replace(/\x1b\[\d+m/g, ''), /[\x1b\x07\x9b]/);
  });

  it('prints letters in the order given, whatever the number of worker threads', () => {
    const folders = [path.join(FIXTURES, 'seeds'), path.join(FIXTURES, 'real')];
    const one = lint('--jobs', '1', '--format', 'sarif', ...folders);
    const three = lint('--jobs', '3', '--format', 'sarif', ...folders);
    assert.equal(three.out, one.out);
    assert.equal(three.code, one.code);
    assert.equal(lint('--jobs', '0', SEED_000).code, 2);
  });

  it('gives the same output on worker threads as in this thread when unreadable files are among many letters', () => {
    // More than a batch of files, so that worker threads check them; every fifth is empty.
    const real = fs.readdirSync(path.join(FIXTURES, 'real')).slice(0, 40);
    real.forEach((f, i) => write(`${String(i).padStart(2, '0')}.txt`, i % 5 === 4 ? '' : fs.readFileSync(path.join(FIXTURES, 'real', f))));
    const one = lint('--jobs', '1', dir);
    const two = lint('--jobs', '2', dir);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    assert.equal(two.err.trim().split('\n').length, 8);
    assert.match(two.out, /^32 letters: .*; 8 files not read$/m);
    assert.equal(two.code, 2);
  });

  it("gives the same output on worker threads as in one thread when a letter is too big for a worker's heap", () => {
    // A batch of real letters, and a 2 MB letter of 50,000 items (just under the size limit), which
    // needs some 200 MB of heap: its batch is checked in the main thread.
    const real = fs.readdirSync(path.join(FIXTURES, 'real')).slice(0, 16);
    for (const f of real) write(f, fs.readFileSync(path.join(FIXTURES, 'real', f)));
    const seed = fs.readFileSync(path.join(FIXTURES, 'seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
    const items = Array.from({ length: 50_000 }, (_, i) => `Physical therapy ${i} sessions: Upheld\n`).join('');
    write('zz-2mb.txt', seed + items);
    // Its 50,000 incomplete items: the first 10,000 listed (some 2 MB of output), and one that counts the rest.
    const one = lintWith({ maxBuffer: 64 << 20 }, ...AS_OF, '--jobs', '1', dir);
    const two = lintWith({ maxBuffer: 64 << 20 }, ...AS_OF, '--jobs', '2', dir);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    assert.match(two.out, /^17 letters: 10,001 errors/m);
    assert.match(two.out, /\.\.\.and 40000 more findings of this rule \(the first 10000 are shown\)/);
    assert.equal(two.code, one.code);
  }).timeout(60_000); // two runs of 4 s each on a free machine

  it('lists at most 10,000 findings of a rule in a letter, and one that counts the rest, so that a damaged letter leaves the others whole', () => {
    // 120,000 damaged characters: each a finding with its fix, too many to print (one SARIF document
    // of them all was longer than a string may be, and the whole run's output was lost).
    const seed = fs.readFileSync(path.join(FIXTURES, 'seeds/003_fc99783cdfd818d2.txt'), 'utf8');
    write(
      'damaged.txt',
      seed.replace('Decision rationale: ', () => `Decision rationale: ${'Â®'.repeat(120_000)}`),
    );
    for (const f of fs.readdirSync(path.join(FIXTURES, 'seeds'))) write(f, fs.readFileSync(path.join(FIXTURES, 'seeds', f)));
    const r = lintWith({ maxBuffer: 64 << 20 }, ...AS_OF, '--format', 'sarif', dir);
    type Result = { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
    const results: Result[] = JSON.parse(r.out).runs[0].results;
    const inDamaged = (x: Result) => x.locations[0].physicalLocation.artifactLocation.uri.endsWith('damaged.txt');
    const damage = results.filter((x) => inDamaged(x) && x.ruleId === 'encoding-damage');
    assert.equal(damage.length, 10_001);
    assert.match(damage[10_000].message.text, /^\.\.\.and 110001 more findings of this rule \(the first 10000 are shown\)$/);
    const seeds = lint('--format', 'sarif', path.join(FIXTURES, 'seeds'));
    assert.equal(
      results.filter((x) => !inDamaged(x)).length,
      JSON.parse(seeds.out).runs[0].results.length,
      'the other letters: all their findings',
    );
  }).timeout(60_000);

  it('runs its worker threads from a copy of the bundle alone, with no node_modules', () => {
    const alone = path.join(dir, 'cli.js');
    fs.copyFileSync(CLI, alone);
    const real = path.join(FIXTURES, 'real');
    const r = spawnSync(process.execPath, [alone, ...AS_OF, '--jobs', '2', '--format', 'json', real], { cwd: dir, encoding: 'utf8' });
    const inThisThread = lint('--jobs', '1', '--format', 'json', real);
    assert.match(r.stderr, /^imr-lint: 150 letters/); // the closing summary, and nothing else
    assert.equal(r.stderr, inThisThread.err);
    assert.equal(r.stdout, inThisThread.out);
  });

  /** Runs imr-lint, closes its output once the first bytes come, and gives its exit code and stderr. */
  async function closedEarly(...args: string[]): Promise<{ code: number; err: string }> {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = await once(child, 'close');
    return { code, err };
  }

  it('ends quietly when its reader closes the pipe early', async () => {
    assert.deepEqual(await closedEarly(path.join(FIXTURES, 'real')), { code: 0, err: '' });
  });

  it('records no baseline when its reader closes the pipe early, says so and exits 2', async () => {
    // Far more output than a pipe holds: the run is still writing when the reader goes.
    for (const f of fs.readdirSync(path.join(FIXTURES, 'real'))) write(f, fs.readFileSync(path.join(FIXTURES, 'real', f)));
    const { code, err } = await closedEarly('--baseline', '--format', 'json', dir);
    assert.equal(err, 'imr-lint: the output was closed before the run ended; no finding recorded as reviewed\n');
    assert.equal(code, 2);
    assert.equal(fs.existsSync(path.join(dir, '.imr-reviewed.json')), false);
  });

  /**
   * Runs imr-lint, sends it Ctrl-C once its first output comes, and gives how it ended (`code`: its
   * exit code, or the signal that ended it), its stdout and stderr.
   */
  async function interrupted(...args: string[]): Promise<{ code: number | NodeJS.Signals; out: string; err: string }> {
    const child = spawn(process.execPath, [CLI, ...AS_OF, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let [out, err] = ['', ''];
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    await once(child.stdout, 'data');
    child.kill('SIGINT');
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    return { code: code ?? signal!, out, err };
  }

  it('stops the shell loop that runs it at Ctrl-C: it ends as SIGINT ends a process, once its output is written', async () => {
    const real = path.join(FIXTURES, 'real');
    for (const f of fs.readdirSync(real)) for (let k = 0; k < 10; k++) write(`${k}-${f}`, fs.readFileSync(path.join(real, f)));
    // A loop in a shell of its own process group, as a terminal runs it: Ctrl-C goes to the whole group.
    const loop = `for round in 1 2; do "$0" ${[CLI, ...AS_OF, '--format', 'jsonl', dir].map((a) => `'${a}'`).join(' ')}; echo "status $?, round $round over"; done`;
    const shell = spawn('bash', ['-c', loop, process.execPath], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let [out, err] = ['', ''];
    shell.stdout.on('data', (d) => (out += d));
    shell.stderr.on('data', (d) => (err += d));
    await once(shell.stdout, 'data');
    process.kill(-shell.pid!, 'SIGINT');
    const [, signal] = await once(shell, 'close');
    assert.equal(
      signal,
      'SIGINT',
      `the shell went on: ${out
        .split('\n')
        .filter((l) => l.startsWith('status'))
        .join('; ')}`,
    );
    assert.doesNotMatch(out, /round 1 over/);
    // What was printed before is whole: each line a letter's JSON.
    for (const line of out.trim().split('\n')) JSON.parse(line);
    assert.match(err, /imr-lint: interrupted after [\d,]+ letters; the others were not checked\n$/);
  });

  for (const [jobs, baseline] of [
    ['1', false],
    ['2', true],
  ] as const)
    it(`stops reading the PDFs being read at Ctrl-C, names them as not read, and ends as SIGINT ends a process (--jobs ${jobs}${baseline ? ', --baseline: nothing recorded' : ''})`, async () => {
      // A first batch of letters, then PDFs built to take the reader's whole time budget (15 s)
      // each: the Ctrl-C comes once the first batch is printed, with every file handed out.
      const real = path.join(FIXTURES, 'real');
      for (const f of fs.readdirSync(real).slice(0, 16)) write(`a-${f}`, fs.readFileSync(path.join(real, f)));
      const slow = ['z1-slow.pdf', 'z2-slow.pdf', 'z3-slow.pdf'].map((name) => write(name, slowPdf()));
      const { code, out, err } = await interrupted('--jobs', jobs, '--format', 'jsonl', ...(baseline ? ['--baseline'] : []), dir);
      assert.equal(out.trim().split('\n').length, 16);
      for (const file of slow) assert.ok(err.includes(`imr-lint: ${file}: ${PDF_PROBLEMS.cancelled}\n`), err);
      // No file was left unchecked: only the PDFs were stopped.
      const recorded = baseline ? '; no finding recorded as reviewed' : '';
      assert.ok(err.endsWith(`imr-lint: interrupted after 16 letters${recorded}\n`), err);
      assert.equal(fs.existsSync(path.join(dir, '.imr-reviewed.json')), false);
      assert.doesNotMatch(err, /Warning/);
      assert.equal(code, 'SIGINT');
    });

  it('says in SARIF that a run stopped by Ctrl-C did not end: an invocation not successful, exit code 130', async () => {
    const real = path.join(FIXTURES, 'real');
    for (const f of fs.readdirSync(real)) for (let k = 0; k < 10; k++) write(`${k}-${f}`, fs.readFileSync(path.join(real, f)));
    const { code, out } = await interrupted('--format', 'sarif', dir);
    const { valid, ajv } = sarifSchema();
    assert.ok(valid(JSON.parse(out)), ajv.errorsText(valid.errors));
    const log = JSON.parse(out);
    assert.ok(log.runs[0].results.length > 0);
    assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: false, exitCode: 130, exitSignalName: 'SIGINT' }]);
    assert.equal(code, 'SIGINT');
    // A run to its end says nothing of its invocation.
    assert.equal(JSON.parse(lint('--format', 'sarif', SEED_000).out).runs[0].invocations, undefined);
  });

  for (const [jobs, baseline] of [
    ['1', false],
    ['2', true],
  ] as const)
    it(`stops at Ctrl-C, closing its JSON and saying how far it got, and ends as SIGINT ends a process (--jobs ${jobs}${baseline ? ', --baseline: nothing recorded' : ''})`, async () => {
      // Ten copies of each real letter: the run is far from its end when the first letters are printed.
      const real = path.join(FIXTURES, 'real');
      for (const f of fs.readdirSync(real)) for (let k = 0; k < 10; k++) write(`${k}-${f}`, fs.readFileSync(path.join(real, f)));
      const total = fs.readdirSync(dir).length;
      const { code, out, err } = await interrupted('--jobs', jobs, '--format', 'json', ...(baseline ? ['--baseline'] : []), dir);
      const letters = JSON.parse(out);
      assert.ok(letters.length > 0 && letters.length < total, `${letters.length} of ${total} letters`);
      const recorded = baseline ? '; no finding recorded as reviewed' : '';
      const checked = letters.length.toLocaleString('en-US');
      assert.match(err, new RegExp(`imr-lint: interrupted after ${checked} letters; the others were not checked${recorded}\\n$`));
      assert.equal(fs.existsSync(path.join(dir, '.imr-reviewed.json')), false);
      assert.doesNotMatch(err, /Warning/);
      assert.equal(code, 'SIGINT');
    });
});
