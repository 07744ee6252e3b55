// The bundled server over stdio: "Mark as reviewed" code actions, the commands that write
// .imr-reviewed.json (the letter's bytes unchanged), diagnostics without the reviewed finding (also
// after lines are inserted above it, not after its statement changes), a sidecar changed on disk,
// a broken sidecar named in a message, and the folder check with progress and cancellation.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  WorkDoneProgress,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import {
  CHECK_FOLDER,
  CHECK_FOLDER_COMMAND,
  LIST_REVIEWED,
  MARK_REVIEWED,
  PDF_TEXT,
  UNMARK_REVIEWED,
  type CheckFolderResult,
  type PdfTextResult,
  type ReviewedFinding,
} from '../../server/src/server/protocol';
import { PDF_BUDGET, PDF_PROBLEMS } from '../../server/src/base/pdf';
import { FIXTURES } from '../support/fixtures';
import { slowPdf } from '../support/pdfs';
import { fixtureUri, LspClient } from './harness';

const SAMPLE = path.resolve(__dirname, '../../samples/excerpt-000-injury-date-conflict.imr.txt');
const CLI = path.resolve(__dirname, '../../dist/cli.js');

function letterFolder(): { dir: string; file: string; uri: string; text: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-reviewed-lsp-'));
  const file = path.join(dir, 'letter.imr.txt');
  fs.copyFileSync(SAMPLE, file);
  return { dir, file, uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') };
}

async function pull(client: LspClient, uri: string): Promise<Diagnostic[]> {
  return ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport)
    .items;
}

const conflictIn = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'injury-date-conflict');

async function markAction(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  const mark = actions.find((a) => a.command?.command === MARK_REVIEWED && a.diagnostics?.[0].code === diagnostic.code);
  assert.ok(mark, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(mark.edit, undefined, 'the letter is not edited');
  return mark;
}

// A time zone whose day differs from UTC's at this hour: a mark's date is the user's day, not UTC's.
const ZONE = new Date().getUTCHours() >= 10 ? 'Etc/GMT-14' : 'Etc/GMT+11';
const dayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());

describe('protocol: reviewed findings', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true, env: { TZ: ZONE } });
  });
  after(() => client.stop());

  it('marks a finding reviewed through a command: it disappears, stays hidden after lines are inserted above it, and comes back when its statement changes or it is unmarked', async () => {
    const { dir, file, uri, text } = letterFolder();
    await client.open(uri, text);
    const conflict = conflictIn(await pull(client, uri))!;
    assert.ok(conflict);
    const mark = await markAction(client, uri, conflict);
    assert.match(mark.title, /^Mark as reviewed/);
    const markedOn = dayIn(ZONE);
    const written = await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: MARK_REVIEWED,
      arguments: mark.command!.arguments,
    });
    assert.equal(written, true);
    assert.equal(conflictIn(await pull(client, uri)), undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), text, 'the letter is byte-identical');
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, '.imr-reviewed.json'), 'utf8'));
    assert.deepEqual(Object.keys(sidecar.reviewed[0]).sort(), ['fingerprint', 'letter', 'reviewed', 'rule']);
    assert.ok([markedOn, dayIn(ZONE)].includes(sidecar.reviewed[0].reviewed), `${sidecar.reviewed[0].reviewed}, not ${markedOn} (${ZONE})`);
    assert.equal(sidecar.reviewed[0].letter, 'letter.imr.txt');

    await client.replaceAll(uri, `\n\n\n${text.replace(/\n/, '\n\n\n')}`);
    assert.equal(conflictIn(await pull(client, uri)), undefined, 'still hidden after lines were inserted above it');
    await client.replaceAll(uri, text.replace('2/8/98', '2/9/98'));
    assert.ok(conflictIn(await pull(client, uri)), 'shown again once its statement changed');

    await client.replaceAll(uri, text);
    const listed = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: LIST_REVIEWED,
      arguments: [{ uri }],
    })) as ReviewedFinding[];
    assert.deepEqual(
      listed.map((f) => f.rule),
      ['injury-date-conflict'],
    );
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: UNMARK_REVIEWED, arguments: [listed[0]] });
    assert.ok(conflictIn(await pull(client, uri)), 'shown again once unmarked');
    await client.close(uri);
  });

  it('caps a rule once its reviewed findings are left out, and offers no "Mark as reviewed" for the finding that counts the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-reviewed-lsp-'));
    fs.writeFileSync(path.join(dir, '.imr.json'), '{ "limits": { "maxFindingsPerRule": 1 } }');
    const file = path.join(dir, 'letter.imr.txt');
    fs.copyFileSync(path.resolve(__dirname, '../../samples/excerpt-003-opioid-dose-mojibake.imr.txt'), file);
    const uri = pathToFileURL(file).href;
    await client.open(uri, fs.readFileSync(file, 'utf8'));
    const quantities = async () => (await pull(client, uri)).filter((d) => d.code === 'missing-strength-quantity');
    const [first, closing] = await quantities();
    assert.match(closing.message as string, /^\.\.\.and 2 more findings of this rule/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: closing.range,
      context: { diagnostics: [closing] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.filter((a) => a.command?.command === MARK_REVIEWED && a.diagnostics?.[0].message === closing.message),
      [],
      'the closing finding is no statement to review',
    );
    const mark = await markAction(client, uri, first);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: MARK_REVIEWED, arguments: mark.command!.arguments });
    const after = await quantities();
    assert.equal(after.length, 2);
    assert.notDeepEqual(after[0].range, first.range, 'the next finding of the rule is shown in its place');
    assert.match(after[1].message as string, /^\.\.\.and 1 more finding of this rule/);
    await client.close(uri);
  });

  it('reads a sidecar changed on disk again when told, and names a broken one with its line', async () => {
    const { dir, uri, text } = letterFolder();
    await client.open(uri, text);
    assert.ok(conflictIn(await pull(client, uri)));
    assert.equal(spawnSync(process.execPath, [CLI, '--baseline', dir]).status, 0);
    const sidecarUri = pathToFileURL(path.join(dir, '.imr-reviewed.json')).href;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: sidecarUri, type: FileChangeType.Created }],
    });
    assert.deepEqual(await pull(client, uri), []);

    const shown = new Promise<string>((resolve) =>
      client.connection.onNotification('window/showMessage', (p: { message: string }) => resolve(p.message)),
    );
    fs.writeFileSync(path.join(dir, '.imr-reviewed.json'), '{\n  "version": 1,\n  "reviewed": [,]\n}\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: sidecarUri, type: FileChangeType.Changed }],
    });
    assert.ok(conflictIn(await pull(client, uri)), 'a broken sidecar hides nothing');
    assert.match(await shown, new RegExp(`${path.join(dir, '.imr-reviewed.json').replace(/[.\\]/g, '\\$&')}:3: not valid JSON`));
    await client.close(uri);
  });
});

describe('protocol: a sidecar read for a letter closed meanwhile', () => {
  it('is not kept: the letter opened again reads the sidecar written since', async () => {
    const client = await LspClient.start({ pull: true });
    try {
      const { dir, file, uri } = letterFolder();
      // Long enough that its rules let the close in while they run.
      const real = fs.readdirSync(path.join(FIXTURES, 'real')).slice(0, 40);
      const text = [fs.readFileSync(SAMPLE, 'utf8'), ...real.map((f) => fs.readFileSync(path.join(FIXTURES, 'real', f), 'utf8'))].join(
        '\n',
      );
      fs.writeFileSync(file, text);
      await client.open(uri, text);
      client.pause();
      const pulled = pull(client, uri);
      await client.close(uri);
      client.resume();
      await pulled;
      assert.equal(spawnSync(process.execPath, [CLI, '--baseline', dir]).status, 0);
      await client.open(uri, text);
      assert.deepEqual(await pull(client, uri), []);
    } finally {
      await client.stop();
    }
  });
});

describe('protocol: checking a folder', function () {
  this.timeout(60_000);
  let client: LspClient;
  let dir: string;
  before(async () => {
    client = await LspClient.start({ pull: false });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-'));
    for (const f of fs.readdirSync(path.join(FIXTURES, 'real')).slice(0, 12))
      fs.copyFileSync(path.join(FIXTURES, 'real', f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, 'more'));
    fs.copyFileSync(SAMPLE, path.join(dir, 'more', 'excerpt.imr.txt'));
    fs.writeFileSync(path.join(dir, 'more', 'notes.txt'), 'Lunch at noon.\n');
  });
  after(() => client.stop());

  it('checks every letter under a folder (workspace/executeCommand), pushes their diagnostics and answers the counts', async () => {
    const excerpt = pathToFileURL(path.join(dir, 'more', 'excerpt.imr.txt')).href;
    const pushed = client.nextDiagnostics(excerpt);
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: CHECK_FOLDER_COMMAND,
      arguments: [pathToFileURL(dir).href],
    })) as CheckFolderResult;
    assert.equal(result.letters, 13);
    assert.equal(result.notLetters, 1);
    assert.equal(result.cancelled, false);
    assert.ok(conflictIn((await pushed).diagnostics));
    const published = new Set(client.published.map((p) => p.uri));
    assert.equal(published.size, 13);
    const sum = Object.values(result.byRule).reduce((a, b) => a + b, 0);
    assert.equal(sum, result.findings);
    assert.equal(
      result.findings,
      client.published.reduce((n, p) => n + p.diagnostics.length, 0),
    );
    assert.ok(result.byRule['injury-date-conflict'] >= 1);
  });

  it('pushes for each letter of a folder of more than one batch what the server finds when the letter is opened alone', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-batches-'));
    try {
      // 20 letters: a batch of 16 checked together, then one of 4.
      const files = fs.readdirSync(path.join(FIXTURES, 'real')).slice(12, 32);
      for (const f of files) fs.copyFileSync(path.join(FIXTURES, 'real', f), path.join(folder, f));
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href })) as CheckFolderResult;
      assert.equal(result.letters, files.length);
      const seen = (d: Diagnostic) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message });
      let withFindings = 0;
      for (const f of files) {
        const uri = pathToFileURL(path.join(folder, f)).href;
        const pushed = client.published.filter((p) => p.uri === uri).at(-1);
        assert.ok(pushed, f);
        const alone = client.nextDiagnostics(uri);
        await client.open(uri, fs.readFileSync(path.join(folder, f), 'utf8'));
        assert.deepEqual(pushed.diagnostics.map(seen), (await alone).diagnostics.map(seen), f);
        if (pushed.diagnostics.length) withFindings++;
        await client.close(uri);
      }
      // Not a comparison of empty lists only.
      assert.ok(withFindings >= 3, `${withFindings} letters with findings`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("checks each letter under the .imr.json nearest it, as when the letter is open, not the checked folder's parent's", async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'config/letters/seed-000.imr.txt'), 'utf8');
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-config-'));
    const file = (name: string) => path.join(ws, name);
    fs.mkdirSync(file('letters/sub'), { recursive: true });
    fs.mkdirSync(file('other'));
    fs.writeFileSync(file('letters/.imr.json'), '{ "rules": { "injury-date-conflict": "off" } }');
    for (const name of ['letters/a.imr.txt', 'letters/sub/b.imr.txt', 'other/c.imr.txt']) fs.writeFileSync(file(name), text);
    const own = await LspClient.start({ pull: false, workspaceFolder: ws });
    const conflicts = (uri: string) =>
      own.published
        .filter((p) => p.uri === uri)
        .at(-1)!
        .diagnostics.filter((d) => d.code === 'injury-date-conflict').length;
    try {
      for (const checked of [ws, file('letters')]) {
        const result = (await own.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(checked).href })) as CheckFolderResult;
        assert.equal(result.letters, checked === ws ? 3 : 2);
        assert.equal(conflicts(pathToFileURL(file('letters/a.imr.txt')).href), 0, checked);
        assert.equal(conflicts(pathToFileURL(file('letters/sub/b.imr.txt')).href), 0, checked);
        // Only the letter without the file has the rule on.
        assert.equal(
          result.byRule['injury-date-conflict'] ?? 0,
          checked === ws ? conflicts(pathToFileURL(file('other/c.imr.txt')).href) : 0,
        );
      }
      assert.ok(conflicts(pathToFileURL(file('other/c.imr.txt')).href) >= 1);
      const uri = pathToFileURL(file('letters/a.imr.txt')).href;
      const opened = own.nextDiagnostics(uri);
      await own.open(uri, text);
      assert.equal((await opened).diagnostics.filter((d) => d.code === 'injury-date-conflict').length, 0);
    } finally {
      await own.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  it('reports progress on the work-done token and stops when cancelled, answering what it checked, as request and as command', async () => {
    for (const asCommand of [false, true]) {
      const token = `check-folder-${asCommand}`;
      const source = new CancellationTokenSource();
      const reports: string[] = [];
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        reports.push(value.kind);
        if (value.kind === 'report' && reports.length === 3) source.cancel();
      });
      const uri = pathToFileURL(dir).href;
      const result = (
        asCommand
          ? await client.connection.sendRequest(
              ExecuteCommandRequest.type,
              { command: CHECK_FOLDER_COMMAND, arguments: [uri], workDoneToken: token },
              source.token,
            )
          : await client.connection.sendRequest(CHECK_FOLDER, { uri, workDoneToken: token }, source.token)
      ) as CheckFolderResult;
      assert.equal(result.cancelled, true, `as command: ${asCommand}`);
      assert.ok(result.letters >= 2 && result.letters < 13, `${result.letters} letters checked`);
      assert.equal(reports[0], 'begin');
      assert.equal(reports.at(-1), 'end');
    }
  });

  it('stops reading a PDF when cancelled, and does not count it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-slow-'));
    try {
      // A PDF built to take the reader's whole time budget (15 s), the folder's last letter.
      fs.writeFileSync(path.join(folder, 'slow.pdf'), slowPdf());
      const token = 'check-folder-slow';
      const source = new CancellationTokenSource();
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'report') source.cancel(); // as the first PDF is read
      });
      const uri = pathToFileURL(folder).href;
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri, workDoneToken: token }, source.token)) as CheckFolderResult;
      // Not "PDF not read within 15 s": its reading was stopped, and it is neither checked nor named.
      assert.deepEqual([result.cancelled, result.letters, result.notRead], [true, 0, []]);
      // The reader reads again after the one stopped.
      const read = (await client.connection.sendRequest(PDF_TEXT, { uri: fixtureUri('real-pdf/CM16-0213037.pdf') })) as PdfTextResult;
      assert.ok('text' in read);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers a cancellation at once while its PDF waits for another being read', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-queued-'));
    try {
      fs.writeFileSync(path.join(folder, 'slow.pdf'), slowPdf());
      // A PDF opened as a letter meanwhile, read to the end of its time budget.
      const order: string[] = [];
      const opened = client.connection
        .sendRequest(PDF_TEXT, { uri: pathToFileURL(path.join(folder, 'slow.pdf')).href })
        .then(() => order.push('pdfText'));
      const token = 'check-folder-queued';
      const source = new CancellationTokenSource();
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'report') source.cancel();
      });
      const uri = pathToFileURL(folder).href;
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri, workDoneToken: token }, source.token)) as CheckFolderResult;
      order.push('checkFolder');
      assert.equal(result.cancelled, true);
      await opened;
      assert.deepEqual(order, ['checkFolder', 'pdfText']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says a letter or a folder whose name is not UTF-8 must be renamed', async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-latin1-'));
    // "Peña.txt" and a folder "Peñas" in Latin-1; a file system that takes only UTF-8 names refuses them.
    const latin1 = (name: string) => Buffer.concat([Buffer.from(path.join(folder, 'Pe')), Buffer.from([0xf1]), Buffer.from(name)]);
    try {
      try {
        fs.copyFileSync(SAMPLE, latin1('a.txt'));
        fs.mkdirSync(latin1('as'));
        fs.copyFileSync(SAMPLE, Buffer.concat([latin1('as'), Buffer.from('/letter.txt')]));
      } catch {
        this.skip();
      }
      // A file named as the Latin-1 one reads (U+FFFD for its byte): it is checked, once.
      fs.copyFileSync(SAMPLE, path.join(folder, 'Pe\uFFFDa.txt'));
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href })) as CheckFolderResult;
      assert.equal(result.letters, 1);
      const advice = 'its name is not UTF-8 and cannot be opened as written; rename it';
      // Names are looked at as the folders are listed, before any letter is read.
      assert.deepEqual(result.notRead, [
        { uri: pathToFileURL(path.join(folder, 'Pe\uFFFDa.txt')).href, reason: advice },
        { uri: pathToFileURL(path.join(folder, 'Pe\uFFFDas')).href, reason: `folder not read: ${advice}` },
      ]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('clears what it pushed for a letter since deleted, or no longer a letter, when a folder is checked again', async () => {
    const [first, other] = ['gone', 'other'].map((name) => fs.mkdtempSync(path.join(os.tmpdir(), `imr-folder-${name}-`)));
    // changed.txt is read as a letter by its text alone (a .imr.txt name would make any text one).
    const [deleted, changed, kept] = ['deleted.imr.txt', 'changed.txt', 'kept.imr.txt'].map((name) => path.join(first, name));
    const uri = (file: string) => pathToFileURL(file).href;
    const check = (folder: string) => client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href });
    try {
      for (const file of [deleted, changed, kept]) fs.copyFileSync(SAMPLE, file);
      fs.copyFileSync(SAMPLE, path.join(other, 'letter.imr.txt'));
      const pushed = [deleted, changed, kept].map((file) => client.nextDiagnostics(uri(file)));
      await check(first);
      for (const p of await Promise.all(pushed)) assert.ok(conflictIn(p.diagnostics), p.uri);
      fs.rmSync(deleted);
      fs.writeFileSync(changed, 'Lunch at noon.\n');
      // Another folder checked: the deleted letter's findings go.
      const cleared = client.nextDiagnostics(uri(deleted));
      await check(other);
      assert.deepEqual((await cleared).diagnostics, []);
      // Its own folder checked again: the file that is no letter now has none, the letter its own.
      const [none, again] = [changed, kept].map((file) => client.nextDiagnostics(uri(file)));
      await check(first);
      assert.deepEqual((await none).diagnostics, []);
      assert.ok(conflictIn((await again).diagnostics));
    } finally {
      for (const folder of [first, other]) fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the files imr-lint reads, as it decodes them, and passes by the folders it passes by', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-reading-'));
    const write = (name: string, bytes: Buffer | string) => {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), bytes);
    };
    const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
    try {
      const seed = fs.readFileSync(SAMPLE);
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.toString('utf8'), 'utf16le')]);
      write('a-utf8.imr.txt', seed);
      write('b-utf16le.imr.txt', le);
      write('c-utf16be.imr.txt', Buffer.from(le).swap16());
      write('d-bom.imr.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]));
      write('e-empty.txt', '');
      write('f-latin1.txt', Buffer.from('Case Number: CM16-0001\nDate of injury: 1/2/2015, Se\xf1ora\n', 'latin1'));
      write('g-binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      write('h-scan.txt', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
      for (const passed of ['.git', 'node_modules/pkg', 'drafts']) write(`${passed}/copy.imr.txt`, seed);
      // Skipped by the .imr.json where it is found, whatever its own .imr.json says.
      write('.imr.json', JSON.stringify({ skip: ['drafts'] }));
      write('drafts/.imr.json', '{}');
      // A link named like a letter is read, as imr-lint reads it.
      fs.symlinkSync(path.join(folder, 'a-utf8.imr.txt'), path.join(folder, 'e-link.imr.txt'));
      const letters = ['a-utf8', 'b-utf16le', 'c-utf16be', 'd-bom', 'e-link'];
      const pushed = letters.map((name) => client.nextDiagnostics(uri(`${name}.imr.txt`)));
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href })) as CheckFolderResult;
      assert.equal(result.letters, letters.length);
      assert.deepEqual(result.notRead, [
        { uri: uri('e-empty.txt'), reason: 'empty file' },
        { uri: uri('f-latin1.txt'), reason: 'not UTF-8 or UTF-16 text; save it as UTF-8' },
        { uri: uri('g-binary.txt'), reason: 'binary file, not text (or UTF-16 without a byte order mark)' },
        { uri: uri('h-scan.txt'), reason: 'damaged PDF, or not a PDF; not read' },
      ]);
      // Each encoding's letter has the findings of the UTF-8 one, where they stand.
      const seen = (d: Diagnostic) => ({ range: d.range, code: d.code, message: d.message });
      const [utf8, ...others] = (await Promise.all(pushed)).map((p) => p.diagnostics.map(seen));
      assert.ok(utf8.length > 0);
      for (const other of others) assert.deepEqual(other, utf8);
      // The letters in the folders passed by were not checked.
      for (const passed of ['.git', 'node_modules/pkg', 'drafts'])
        assert.ok(!client.published.some((p) => p.uri === uri(`${passed}/copy.imr.txt`)), passed);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("checks a folder's PDFs, pushing for each PDF the findings of its text as imr/pdfText gives it", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-pdfs-'));
    try {
      const names = ['CM16-0213037.pdf', 'CM16-0224814.pdf', 'CM16-0228949.pdf'];
      for (const name of names) fs.copyFileSync(path.join(FIXTURES, 'real-pdf', name), path.join(folder, name));
      fs.writeFileSync(path.join(folder, 'damaged.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
      // The folder's settings apply to its PDFs, checked in the folder or opened as letters.
      fs.writeFileSync(path.join(folder, '.imr.json'), JSON.stringify({ rules: { 'body-part-mismatch': 'error' } }));
      const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;
      const pushed = names.map((name) => client.nextDiagnostics(uri(name)));
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href })) as CheckFolderResult;
      assert.equal(result.letters, names.length);
      assert.deepEqual(result.notRead, [{ uri: uri('damaged.pdf'), reason: 'damaged PDF, or not a PDF; not read' }]);
      const seen = (d: Diagnostic) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message });
      let findings = 0;
      for (const [k, name] of names.entries()) {
        const read = (await client.connection.sendRequest(PDF_TEXT, { uri: uri(name) })) as PdfTextResult;
        assert.ok('text' in read, name);
        // Its text opened as its letter view (as the VS Code client names it): the same findings,
        // where they stand in that text, and what was pushed for the PDF cleared.
        const view = `imr-pdf:${new URL(uri(name)).pathname}.imr`;
        const alone = client.nextDiagnostics(view);
        const cleared = client.nextDiagnostics(uri(name));
        await client.open(view, read.text);
        const own = (await alone).diagnostics.map(seen);
        assert.deepEqual((await pushed[k]).diagnostics.map(seen), own, name);
        assert.deepEqual((await cleared).diagnostics, [], name);
        findings += own.length;
        await client.close(view);
      }
      assert.ok(findings > 0, 'not a comparison of empty lists only');
      assert.equal(result.findings, findings);
      const errors = client.published.filter((p) => p.uri.startsWith('imr-pdf:')).flatMap((p) => p.diagnostics);
      assert.ok(
        errors.some((d) => d.code === 'body-part-mismatch' && d.severity === 1),
        "the folder's .imr.json applies to a letter view",
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('pushes nothing for a letter open under another spelling of its URI', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-spelling-'));
    try {
      const file = path.join(folder, 'letter (1).imr.txt');
      fs.copyFileSync(SAMPLE, file);
      const ours = pathToFileURL(file).href; // "letter%20(1).imr.txt"
      const theirs = ours.replace('(', '%28').replace(')', '%29'); // as VS Code spells it
      assert.notEqual(theirs, ours);
      await client.open(theirs, fs.readFileSync(file, 'utf8'));
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(folder).href })) as CheckFolderResult;
      assert.equal(result.letters, 1);
      assert.ok(result.findings > 0);
      assert.ok(!client.published.some((p) => p.uri === ours), 'no second set of diagnostics for the open letter');
      await client.close(theirs);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('passes over a file too large to be a letter without reading it', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-folder-big-'));
    try {
      fs.copyFileSync(path.join(FIXTURES, 'real', fs.readdirSync(path.join(FIXTURES, 'real'))[0]), path.join(big, 'letter.txt'));
      // 1.5 GB that take no room on disk: reading it would take as much memory.
      fs.writeFileSync(path.join(big, 'huge.txt'), '');
      fs.truncateSync(path.join(big, 'huge.txt'), 1536 * 1024 * 1024);
      // A PDF past the PDF reader's budget: said as imr-lint and the PDF view say it.
      fs.writeFileSync(path.join(big, 'huge.pdf'), '%PDF-1.7\n');
      fs.truncateSync(path.join(big, 'huge.pdf'), 25 << 20);
      const before = client.peakRssMb();
      const result = (await client.connection.sendRequest(CHECK_FOLDER, { uri: pathToFileURL(big).href })) as CheckFolderResult;
      assert.equal(result.letters, 1);
      assert.deepEqual(result.notRead, [
        { uri: pathToFileURL(path.join(big, 'huge.pdf')).href, reason: PDF_PROBLEMS.tooLarge(25 << 20, PDF_BUDGET.maxBytes) },
        { uri: pathToFileURL(path.join(big, 'huge.txt')).href, reason: 'too large to be a letter' },
      ]);
      const after = client.peakRssMb();
      if (before !== undefined && after !== undefined) assert.ok(after - before < 200, `peak memory ${before} -> ${after} MB`);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });
});
