// The bundled server and .imr.json, over stdio: the letter's nearest file applies for an editor
// that sends no settings (as Neovim) and under what the user set (as VS Code sends it); files
// above the workspace folder are not read; a change to a watched file re-checks the open letters;
// a file with mistakes is shown to the user with its file and line, and the defaults apply.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { FIXTURES } from '../support/fixtures';
import { LspClient } from './harness';

const CONFIGURED = path.join(FIXTURES, 'config');
const LETTER = path.join(CONFIGURED, 'letters/seed-000.imr.txt');
const TEXT = fs.readFileSync(LETTER, 'utf8');

/** The rule's diagnostics as "line:character severity" (0-based, LSP severities: 1 error ... 4 hint). */
const ofRule = (ds: Diagnostic[], rule: string) =>
  ds.filter((d) => d.code === rule).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity}`);

async function pushed(client: LspClient, file: string, text = TEXT): Promise<Diagnostic[]> {
  const uri = pathToFileURL(file).toString();
  const next = client.nextDiagnostics(uri);
  await client.open(uri, text);
  return (await next).diagnostics;
}

describe('protocol: .imr.json', () => {
  let dir: string;
  let client: LspClient | undefined;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-config-server-'))));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('turns a rule off and changes a severity for a client that sends no settings (as Neovim)', async () => {
    client = await LspClient.start({ pull: false, workspaceFolder: CONFIGURED });
    const ds = await pushed(client, LETTER);
    assert.deepEqual(ofRule(ds, 'missing-strength-quantity'), []);
    assert.deepEqual(ofRule(ds, 'injury-date-conflict'), ['78:14 2']);
    assert.ok(
      ds.some((d) => d.code === 'no-evidence-cited'),
      'the other rules still run',
    );
  });

  it('lays what the user set over the file, for a client that pulls and sends settings (as VS Code)', async () => {
    client = await LspClient.start({ pull: true, workspaceFolder: CONFIGURED, settings: { rules: { 'no-evidence-cited': 'off' } } });
    const uri = pathToFileURL(LETTER).toString();
    await client.open(uri, TEXT);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as FullDocumentDiagnosticReport;
    assert.deepEqual(ofRule(report.items, 'missing-strength-quantity'), []);
    assert.deepEqual(ofRule(report.items, 'injury-date-conflict'), ['78:14 2']);
    assert.deepEqual(ofRule(report.items, 'no-evidence-cited'), []);
  });

  it('reads no file above the workspace folder', async () => {
    fs.writeFileSync(path.join(dir, '.imr.json'), '{ "rules": { "injury-date-conflict": "off" } }');
    fs.mkdirSync(path.join(dir, 'ws/letters'), { recursive: true });
    client = await LspClient.start({ pull: false, workspaceFolder: path.join(dir, 'ws') });
    assert.deepEqual(ofRule(await pushed(client, path.join(dir, 'ws/letters/a.imr.txt')), 'injury-date-conflict'), ['78:14 1']);
    // A letter outside the workspace folder looks up to the root of the file system.
    assert.deepEqual(ofRule(await pushed(client, path.join(dir, 'b.imr.txt')), 'injury-date-conflict'), []);
  });

  it('watches .imr.json files and checks the open letters again when one changes', async () => {
    const config = path.join(dir, '.imr.json');
    fs.writeFileSync(config, '{ "rules": { "injury-date-conflict": "warning" } }');
    client = await LspClient.start({ pull: false, workspaceFolder: dir, watchFiles: true });
    const letter = path.join(dir, 'a.imr.txt');
    assert.deepEqual(ofRule(await pushed(client, letter), 'injury-date-conflict'), ['78:14 2']);
    assert.deepEqual(
      client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').map((r) => r.registerOptions),
      [{ watchers: [{ globPattern: '**/.imr.json' }] }, { watchers: [{ globPattern: '**/.imr-reviewed.json' }] }],
      'configuration files, and the reviewed findings beside the letters',
    );
    fs.writeFileSync(config, '{ "rules": { "injury-date-conflict": "off", "missing-strength-quantity": "error" } }');
    const uri = pathToFileURL(letter).toString();
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(config).toString(), type: FileChangeType.Changed }],
    });
    const ds = (await next).diagnostics;
    assert.deepEqual(ofRule(ds, 'injury-date-conflict'), []);
    assert.deepEqual(ofRule(ds, 'missing-strength-quantity'), ['54:0 1']);
  });

  it('shows the user each mistake with its file and line, and applies the defaults there', async () => {
    const config = path.join(dir, '.imr.json');
    fs.writeFileSync(config, '{\n  "rules": {\n    "injury-date-conflict": "loud"\n  }\n}\n');
    client = await LspClient.start({ pull: false, workspaceFolder: dir });
    const shown = client.nextShownMessage();
    const ds = await pushed(client, path.join(dir, 'a.imr.txt'));
    const message = await shown;
    assert.equal(message.type, 2, 'a warning');
    assert.equal(
      message.message,
      `IMR Letters: ${config}:3:29: "injury-date-conflict" takes one of off, hint, information, warning, error (or info, warn, none, ignore); the rule keeps its default`,
    );
    assert.deepEqual(ofRule(ds, 'injury-date-conflict'), ['78:14 1']);
  });

  it('says a file nested too deeply cannot be read, and checks with the defaults, pushed and pulled', async () => {
    const config = path.join(dir, '.imr.json');
    // 20 KB of brackets, far under the size limit, and deeper than the JSON parser's stack allows.
    fs.writeFileSync(config, '['.repeat(10_000) + ']'.repeat(10_000));
    client = await LspClient.start({ pull: false, workspaceFolder: dir });
    const shown = client.nextShownMessage();
    assert.deepEqual(ofRule(await pushed(client, path.join(dir, 'a.imr.txt')), 'injury-date-conflict'), ['78:14 1']);
    assert.equal(
      (await shown).message,
      `IMR Letters: ${config}:1:1: nested too deeply to be read; the file is not read, the defaults apply`,
    );
    await client.stop();

    client = await LspClient.start({ pull: true, workspaceFolder: dir, settings: {} });
    const uri = pathToFileURL(path.join(dir, 'b.imr.txt')).toString();
    await client.open(uri, TEXT);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as FullDocumentDiagnosticReport;
    assert.deepEqual(ofRule(report.items, 'injury-date-conflict'), ['78:14 1']);
  });

  it("reads a letter's .imr.json anew when it opens again, for a client that watches no files (nothing read outlives the letters)", async () => {
    client = await LspClient.start({ pull: true, settings: {} });
    const uri = pathToFileURL(path.join(dir, 'letter.imr.txt')).toString();
    const pulled = async () => {
      await client!.open(uri, TEXT);
      const report = (await client!.connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri },
      })) as FullDocumentDiagnosticReport;
      await client!.close(uri);
      return ofRule(report.items, 'injury-date-conflict');
    };
    assert.deepEqual(await pulled(), ['78:14 1']);
    fs.writeFileSync(path.join(dir, '.imr.json'), '{ "rules": { "injury-date-conflict": "off" } }');
    assert.deepEqual(await pulled(), []);
  });
});
