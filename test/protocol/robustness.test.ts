// The server under load and under a slow or silent client: cancellation, a hover while a 2 MB
// letter is edited, findings capped per rule, settings that come late or never, and memory that
// stays flat while documents open and close, and the warm-up. Waits on messages, never on timers.

import { strict as assert } from 'node:assert';
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { fixture } from '../support/fixtures';
import { LspClient, type StartOptions } from './harness';

const SEED_000 = fixture('seeds/000_6475ff4f10510ca5.txt');
const SEED_002 = fixture('seeds/002_f4a3e060fe32e57b.txt');
const REAL = fixture('real/CM16-0230651.txt');

/** Seed 002 and about 50,000 item lines with no guideline or rationale: a 2 MB letter. */
function bigLetter(): string {
  const lines: string[] = [];
  for (let i = 0, length = SEED_002.length; length < 1_990_000; i++) {
    lines.push(`Physical therapy ${i} sessions: Upheld\n`);
    length += lines[i].length;
  }
  return SEED_002 + lines.join('');
}

/** Where the citation of seed 002 (and so of the big letter) is: its line and a character in it. */
const CITATION = (() => {
  const lines = SEED_002.split('\n');
  const line = lines.findIndex((l) => l.includes('74-95, page 124'));
  return { line, character: lines[line].indexOf('74-95') + 1 };
})();

// Every server a test starts is stopped after it, passed or failed (each describe below calls stopStarted).
let started: LspClient[] = [];
async function start(options: StartOptions): Promise<LspClient> {
  const client = await LspClient.start(options);
  started.push(client);
  return client;
}
async function stopStarted(): Promise<void> {
  const clients = started;
  started = [];
  await Promise.all(clients.map((c) => c.stop()));
}

async function rejection(p: Promise<unknown>, what = 'the request'): Promise<ResponseError<unknown>> {
  try {
    await p;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
  assert.fail(`${what} was answered, not refused with an error`);
}

/**
 * Sends a request and cancels it at once: the error code it is refused with. The server is held
 * while the request and its cancellation are written, so that it reads the cancellation before it
 * can answer, however the machine schedules the two processes (sent one after the other to a
 * running server, the cancellation could come after the answer).
 */
async function cancelledAtOnce(client: LspClient, method: string, params: unknown): Promise<number> {
  client.pause();
  const source = new CancellationTokenSource();
  const answer = client.connection.sendRequest(method, params, source.token);
  source.cancel();
  // Written after both (the client writes its messages in order).
  await client.connection.sendNotification('$/setTrace', { value: 'off' });
  client.resume();
  return (await rejection(answer, method)).code;
}

describe('protocol: cancellation', () => {
  afterEach(stopStarted);
  it('answers a request cancelled while it waits for settings with RequestCancelled (-32800)', async () => {
    const client = await start({ pull: false, settings: {}, configuration: 'when told' });
    const uri = 'file:///tmp/cancel-hover.imr';
    await client.openUntilConfigurationRequest(uri, SEED_002);
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: CITATION }, source.token);
    source.cancel();
    client.answerConfiguration();
    assert.equal((await rejection(hover)).code, LSPErrorCodes.RequestCancelled);
  });

  it('answers a pull for diagnostics cancelled while a 2 MB letter is parsed with RequestCancelled', async () => {
    const client = await start({ pull: true });
    const uri = 'file:///tmp/cancel-pull.imr';
    await client.open(uri, bigLetter());
    const source = new CancellationTokenSource();
    const report = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    assert.equal((await rejection(report)).code, LSPErrorCodes.RequestCancelled);
  });

  it('answers a timeline and a worksheet cancelled while worked out on a 2 MB letter with RequestCancelled, not their answer', async () => {
    const client = await start({ pull: true });
    const uri = 'file:///tmp/cancel-own.imr';
    await client.open(uri, bigLetter());
    // Parsed and checked once: what follows is each request's own work, done without a pause.
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const requests: [string, unknown][] = [
      ['imr/timeline', { uri }],
      ['imr/appealWorksheet', { uri }],
    ];
    for (const [method, params] of requests)
      assert.equal(await cancelledAtOnce(client, method, params), LSPErrorCodes.RequestCancelled, method);
  });

  it('answers requests cancelled before they are read with RequestCancelled, for an open document and for one that is not open', async () => {
    const client = await start({ pull: true });
    const open = 'file:///tmp/cancel-open.imr';
    await client.open(open, SEED_002);
    const range = { start: CITATION, end: CITATION };
    for (const uri of [open, 'file:///tmp/cancel-not-open.imr']) {
      const requests: [string, unknown][] = [
        ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
        ['textDocument/hover', { textDocument: { uri }, position: CITATION }],
        ['textDocument/documentSymbol', { textDocument: { uri } }],
      ];
      for (const [method, params] of requests)
        assert.equal(await cancelledAtOnce(client, method, params), LSPErrorCodes.RequestCancelled, `${method} on ${uri}`);
    }
  });

  it('answers a pull for diagnostics cancelled while it waits for typing to pause with RequestCancelled, at once', async () => {
    // Typing pauses only after the longest delay there is (10 s): a pull cancelled meanwhile must not wait for it.
    const client = await start({ pull: true, settings: { diagnosticsDelay: 10_000 } });
    const uri = 'file:///tmp/cancel-waiting-pull.imr';
    await client.open(uri, SEED_002);
    await client.replaceAll(uri, SEED_000);
    const source = new CancellationTokenSource();
    const report = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
    // Sent once the server has read the pull: its settings are asked by then, and answered.
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    source.cancel();
    // Answered before a hover sent after the cancellation, not once typing pauses.
    const events: string[] = [];
    const cancelled = rejection(report).then((e) => (events.push('cancelled'), e));
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    void hover.then(() => events.push('hover'));
    assert.equal((await cancelled).code, LSPErrorCodes.RequestCancelled);
    await hover;
    assert.deepEqual(events, ['cancelled', 'hover']);
  });
});

describe('protocol: a 2 MB letter', () => {
  afterEach(stopStarted);
  it('answers a hover sent while the letter is being edited at once, and pushes diagnostics for the last edit only', async () => {
    const client = await start({ pull: false });
    const uri = 'file:///tmp/big.imr';
    const big = bigLetter();
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, big);
    await opened;

    const events: string[] = [];
    const lastVersion = 7;
    const diagnostics = (async () => {
      for (;;) {
        const p = await client.nextDiagnostics(uri);
        events.push(`diagnostics v${p.version}`);
        if (p.version === lastVersion) return p;
      }
    })();
    const edit = (i: number) => client.replaceAll(uri, big.replace('Physical therapy 7 ', `Physical therapy 7${i} `));
    for (let i = 0; i < 3; i++) await edit(i);
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: CITATION });
    void hover.then(() => events.push('hover'));
    for (let i = 3; i < 6; i++) await edit(i);

    const [h, p] = await Promise.all([hover, diagnostics]);
    // The edits before the hover (v2 to v4) and after it (v5 to v7) come back to back: none but the
    // last of each run is checked. v4's pause for typing may end while the hover's parse holds the
    // server, and the 2 MB of v5 may still be on their way when its check ends: it may be pushed.
    assert.equal(events[0], 'hover');
    assert.deepEqual(
      events.slice(1).filter((e) => e !== 'diagnostics v4'),
      [`diagnostics v${lastVersion}`],
    );
    assert.match(JSON.stringify(h?.contents), /Chronic Pain Medical Treatment Guidelines/);
    // About 50,000 items without their parts: the first 100 findings and one that counts the rest.
    const incomplete = p.diagnostics.filter((d) => d.code === 'item-incomplete');
    assert.equal(incomplete.length, 101);
    assert.match(incomplete[100].message as string, /^\.\.\.and \d{5} more findings of this rule \(the first 100 are shown\)$/);
  });
});

describe('protocol: a hover while a long letter is edited', () => {
  afterEach(stopStarted);
  // A hover reads more than the words under the pointer: the header's dates (the appeal deadline,
  // the time since the injury, a citation's edition), the rest of an item's title, the headings.
  // So a hover sent right after an edit of a long letter (before the diagnostics that parse the new
  // text) must be the one given once they are pushed, wherever the edit is. An answer from the last
  // parse, the edit mapped around, gave each of the far edits below a stale hover.
  it('gives the same hover right after an edit as once the new text is checked, near the place or far from it', async () => {
    const client = await start({ pull: false });
    const filler = Array.from({ length: 3000 }, (_, i) => `Physical therapy ${i} sessions: Upheld\n`).join('');
    const real = REAL + filler;
    const seed = REAL.slice(0, REAL.indexOf('HOW THE IMR')) + SEED_002 + filler;
    const cases: { name: string; before: string; after: string; at: string; plus: number; nth?: number }[] = [
      {
        name: 'a line added above a citation',
        before: seed,
        after: seed.replace(
          'Claims Administrator guideline: Decision based on MTUS Chronic',
          'An added line.\nClaims Administrator guideline: Decision based on MTUS Chronic',
        ),
        at: 'Opioids for chronic pain',
        plus: 2,
      },
      {
        name: "the citation's page",
        before: seed,
        after: seed.replace('chronic pain Page(s): 80.', 'chronic pain Page(s): 74-95.'),
        at: 'Opioids for chronic pain',
        plus: 2,
      },
      {
        name: 'a drug named in full',
        before: seed.replace('Norco 5/325mg #20', 'Norc #20'),
        after: seed.replace('Norco 5/325mg #20', 'Norco #20'),
        at: 'Norco #20',
        plus: 1,
      },
      {
        name: 'the date of injury, for a date of the summary',
        before: real,
        after: real.replace('Date of Injury:  10/13/2016', 'Date of Injury:  10/13/2014'),
        at: 'dated 10/28/2016',
        plus: 7,
      },
      {
        name: 'the UR denial date, for the edition of a citation that names none',
        before: seed,
        after: seed.replace('UR Denial Date:  11/22/2016', 'UR Denial Date:  11/22/2015'),
        at: 'Opioids for chronic pain',
        plus: 2,
      },
      {
        name: 'the label of the decision date, for its appeal deadline',
        before: real,
        after: real.replace('Decision Date: 01/09/2017', 'Decision Made: 01/09/2017'),
        at: '01/09/2017',
        plus: 3,
      },
      {
        name: "the quantity in an item's title, for its drug",
        before: real,
        after: real.replace('Ultram 50mg #30: Upheld', 'Ultram 50mg #90: Upheld'),
        at: 'Ultram 50mg #90',
        plus: 2,
      },
      {
        name: "the items' heading, for a decision far below",
        before: real,
        after: real.replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND RATIONALE'),
        at: 'Upheld',
        plus: 2,
        nth: 5,
      },
    ];
    let hovered = 0;
    for (const [k, { name, before, after, at, plus, nth = 0 }] of cases.entries()) {
      assert.ok(after.length > 100_000 && after !== before, name);
      const uri = `file:///tmp/long-edited-${k}.imr`;
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, before);
      await opened;
      let offset = -1;
      for (let i = 0; i <= nth; i++) offset = after.indexOf(at, offset + 1);
      assert.ok(offset >= 0, `${name}: "${at}"`);
      const lines = after.slice(0, offset + plus).split('\n');
      const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
      const hover = () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      const checked = client.nextDiagnostics(uri);
      await client.replaceAll(uri, after);
      const quick = await hover();
      await checked;
      assert.deepEqual(quick, await hover(), name);
      if (quick) hovered++;
    }
    assert.ok(hovered >= 6, `${hovered} of the places have a hover`);
  });
});

describe('protocol: a client that sends a malformed document', () => {
  afterEach(stopStarted);
  for (const pull of [false, true])
    it(`opens a document without text as an empty one and serves the next letter (${pull ? 'pull' : 'push'})`, async () => {
      const client = await start({ pull, settings: {} });
      const broken = 'file:///tmp/broken.imr';
      if (!pull) {
        const cleared = client.nextDiagnostics(broken);
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'imr', version: 1 } });
        assert.deepEqual(
          (await cleared).diagnostics.map((d) => d.code),
          ['not-a-letter'],
          'read as an empty document',
        );
      } else
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: broken, languageId: 'imr', version: 1, text: null },
        });
      const uri = 'file:///tmp/after-broken.imr';
      await client.open(uri, SEED_002);
      const codes = pull
        ? (
            (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as {
              items: { code?: unknown }[];
            }
          ).items.map((d) => d.code)
        : (await client.nextDiagnostics(uri)).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('missing-section'), codes.join());
    });
});

describe('protocol: a client that sends malformed parameters', () => {
  afterEach(stopStarted);
  it('answers each request whose parameters lack what the protocol says with InvalidParams (-32602), then serves the letter', async () => {
    const client = await start({ pull: true });
    const uri = 'file:///tmp/malformed-params.imr';
    await client.open(uri, SEED_002);
    const malformed: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri: 5 }, position: CITATION }],
      ['textDocument/hover', { textDocument: { uri }, position: 'on the citation' }],
      ['textDocument/completion', { textDocument: { uri } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 1.5, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 3, character: -1 } }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/foldingRange', {}],
      ['textDocument/codeLens', { textDocument: { uri: null } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: CITATION, end: CITATION } }],
      ['textDocument/diagnostic', {}],
      [
        'textDocument/codeAction',
        { textDocument: { uri }, range: { start: CITATION, end: CITATION }, context: { diagnostics: [], only: 'quickfix' } },
      ],
      ['workspace/executeCommand', { command: 'imr.checkFolder.server', arguments: {} }],
      ['imr/letterSummary', { url: uri }],
      ['imr/decisions', {}],
      ['imr/setMailing', { uri }],
      ['imr/appealWorksheet', {}],
      ['imr/timeline', { uri: 5 }],
    ];
    for (const [method, params] of malformed) {
      const error = await rejection(client.connection.sendRequest(method, params));
      assert.equal(error.code, ErrorCodes.InvalidParams, `${method} ${JSON.stringify(params)}: ${error.message}`);
    }
    // What LSP leaves optional may be left out or given: served.
    const served: [string, unknown][] = [
      ['textDocument/diagnostic', { textDocument: { uri }, identifier: 'imr', previousResultId: 'none' }],
      ['textDocument/completion', { textDocument: { uri }, position: CITATION }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: CITATION, end: CITATION }, context: { diagnostics: [] } }],
      ['imr/setMailing', { uri, mailed: null }],
    ];
    for (const [method, params] of served) await client.connection.sendRequest(method, params);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: CITATION });
    assert.match(JSON.stringify(hover?.contents), /Chronic Pain Medical Treatment Guidelines/);
  });

  it('refuses every request after shutdown with InvalidRequest (-32600), as LSP says, and then exits', async () => {
    const client = await LspClient.start({ pull: true });
    const uri = 'file:///tmp/after-shutdown.imr';
    await client.open(uri, SEED_002);
    await client.connection.sendRequest('shutdown');
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: CITATION }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['imr/checkFolder', { uri: 'file:///tmp/no-such-folder-for-imr-letters' }],
    ] as const) {
      const error = await rejection(client.connection.sendRequest(method, params));
      assert.equal(error.code, ErrorCodes.InvalidRequest, method);
    }
    await client.stop();
  });

  it('makes an edit past the end of the document an edit at the end: every range it returns afterwards is as for the same text opened fresh', async () => {
    const client = await start({ pull: true });
    const edited = 'file:///tmp/edited-past-the-end.imr';
    await client.open(edited, REAL);
    const lines = REAL.split('\n').length;
    const added = '\nFollow-up visit: Upheld';
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: edited, version: 2 },
      contentChanges: [{ range: { start: { line: lines + 1, character: 0 }, end: { line: lines + 2, character: 0 } }, text: added }],
    });
    const fresh = 'file:///tmp/opened-with-the-edit.imr';
    await client.open(fresh, REAL + added);
    const ranges = async (uri: string) => ({
      symbols: JSON.stringify(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })),
      diagnostics: JSON.stringify(
        (
          (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport
        ).items.map((d) => [d.code, d.range]),
      ),
    });
    assert.deepEqual(await ranges(edited), await ranges(fresh));
  });
});

describe('protocol: no letter text in the log', () => {
  afterEach(stopStarted);
  it('logs what a message it cannot handle was, not the message: a didOpen sent with an id', async () => {
    const client = await start({ pull: false });
    const text = SEED_002.replace('Case Number', 'Case Number (a phrase to look for in the log)');
    client.sendRaw({
      jsonrpc: '2.0',
      id: null,
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///tmp/with-id.imr', languageId: 'imr', version: 1, text } },
    });
    assert.match(await client.loggedMessage(/neither a response nor a notification/), /message: \(the rest is not logged\)$/);
    assert.deepEqual(
      client.logged.filter((m) => m.includes('a phrase to look for')),
      [],
    );
  });
});

describe('protocol: no letter text in the log, when a handler fails', () => {
  afterEach(stopStarted);
  it("logs that a notification's handler failed, not the error's message that quotes the letter: text sent where an edit belongs", async () => {
    const client = await start({ pull: false });
    const uri = 'file:///tmp/edited.imr';
    await client.open(uri, SEED_002);
    client.sendRaw({
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version: 2 }, contentChanges: ['Mr. Worker (a phrase to look for in the log) has low back pain.'] },
    });
    assert.match(await client.loggedMessage(/textDocument\/didChange/), /failed \(its message is not logged\)$/);
    assert.deepEqual(
      client.logged.filter((m) => m.includes('a phrase to look for')),
      [],
    );
  });
});

/** The codes of the diagnostics a push client is sent for a letter it opens. */
async function codesOnOpen(client: LspClient, uri: string, text: string): Promise<unknown[]> {
  const published = client.nextDiagnostics(uri);
  await client.open(uri, text);
  return (await published).diagnostics.map((d) => d.code);
}

describe('protocol: settings that come late or never', () => {
  afterEach(stopStarted);
  it('checks with the default settings when the client never answers workspace/configuration', async () => {
    const client = await start({ pull: false, settings: { rules: { 'missing-section': 'off' } }, configuration: 'never' });
    assert.deepEqual(await codesOnOpen(client, 'file:///tmp/never-configured.imr', SEED_002), ['missing-section']);
  });

  it('cancels the registration of file watchers when the client does not answer it, and serves letters all the same', async () => {
    const client = await start({ pull: false, settings: {}, watchFiles: true, neverAnswers: ['client/registerCapability'] });
    assert.deepEqual(await codesOnOpen(client, 'file:///tmp/unregistered.imr', SEED_002), ['missing-section']);
    await client.requestCancelled('client/registerCapability', 2);
    assert.deepEqual(
      client.registrations.map((r) => r.registerOptions),
      [{ watchers: [{ globPattern: '**/.imr.json' }] }, { watchers: [{ globPattern: '**/.imr-reviewed.json' }] }],
    );
  });

  it('drops a check begun before the settings changed: the letter is pushed once, as the new settings give it', async () => {
    const settings = { rules: {} as Record<string, string> };
    const client = await start({ pull: false, settings, configuration: 'when told' });
    const uri = 'file:///tmp/settings-changed.imr';
    const letter = fixture('real/CM16-0213037.txt').repeat(40);
    const ruleIn = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.some((d) => d.code === 'body-part-mismatch');
    // The letter is checked with the rule on; while it is, the rule is turned off.
    await client.openUntilConfigurationRequest(uri, letter);
    client.answerConfiguration();
    settings.rules = { 'body-part-mismatch': 'off' };
    const asked = client.nextConfigurationRequest();
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { imr: settings } });
    await asked;
    client.answerConfiguration();
    for (let p = await client.nextDiagnostics(uri); ruleIn(p); p = await client.nextDiagnostics(uri));
    // A new version: what was pushed for the first is all in by the time its diagnostics come.
    await client.replaceAll(uri, `${letter} `);
    for (let p = await client.nextDiagnostics(uri); p.version !== 2; p = await client.nextDiagnostics(uri));
    // The check begun with the rule on is dropped (it could otherwise be pushed last, with the rule on).
    const first = client.published.filter((p) => p.uri === uri && p.version === 1);
    assert.deepEqual(
      first.map((p) => (ruleIn(p) ? 'with the rule' : 'without')),
      ['without'],
    );
  });

  it("answers a burst of settings changes with one request for each letter's settings, and checks each letter again as the last change says", async () => {
    const settings = { rules: {} as Record<string, string> };
    const client = await start({ pull: false, settings });
    const uris = ['a', 'b', 'c'].map((name) => `file:///tmp/settings-burst-${name}.imr`);
    for (const uri of uris) assert.ok((await codesOnOpen(client, uri, SEED_002)).includes('missing-section'));
    const before = client.configurationRequests;
    const pushed = uris.map((uri) => client.nextDiagnostics(uri));
    client.pause();
    const sent: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      settings.rules = { 'missing-section': i % 2 ? 'off' : 'warning' };
      sent.push(client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { imr: { ...settings } } }));
    }
    client.resume();
    await Promise.all(sent);
    // The last change turned the rule off: each letter is pushed without it.
    for (const p of await Promise.all(pushed)) assert.ok(!p.diagnostics.some((d) => d.code === 'missing-section'), p.uri);
    // One request per letter once the burst is over (twice if the server read the burst in two
    // parts, on a slow machine); one per letter and change before: 600.
    const asked = client.configurationRequests - before;
    assert.ok(asked >= uris.length && asked <= 2 * uris.length, `${asked} requests`);
  });

  it('forgets a letter closed while its settings were on their way: reopened with other text, it is checked anew', async () => {
    const client = await start({ pull: false, settings: {}, configuration: 'when told' });
    const uri = 'file:///tmp/reopened.imr';
    await client.openUntilConfigurationRequest(uri, SEED_000);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    await cleared;
    client.answerConfiguration();

    const published = client.nextDiagnostics(uri);
    await client.openUntilConfigurationRequest(uri, SEED_002);
    client.answerConfiguration();
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['missing-section'],
    );
  });
});

describe('protocol: memory stays flat', function () {
  afterEach(stopStarted);
  this.timeout(120_000);
  const CYCLES = 1000;
  /** Generous: V8 keeps garbage until it needs the room. A cached letter per cycle would be several times this. */
  const MARGIN = 64 * 1024 * 1024;

  async function growth(client: LspClient, cycle: (i: number) => Promise<void>): Promise<number | undefined> {
    for (let i = 0; i < 100; i++) await cycle(-1 - i);
    const before = client.residentMemory();
    for (let i = 0; i < CYCLES; i++) await cycle(i);
    const after = client.residentMemory();
    return before === undefined || after === undefined ? undefined : after - before;
  }

  it(`over ${CYCLES} letters closed while their settings are on their way`, async function () {
    const client = await start({ pull: false, settings: {}, configuration: 'when told' });
    const grown = await growth(client, async (i) => {
      const uri = `file:///tmp/configuring-${i}.imr`;
      await client.openUntilConfigurationRequest(uri, REAL);
      await client.close(uri);
      client.answerConfiguration();
    });
    if (grown === undefined) this.skip();
    assert.ok(grown < MARGIN, `resident memory grew by ${(grown / 2 ** 20).toFixed(0)} MiB`);
  });

  it(`over ${CYCLES} open, edit and close cycles`, async function () {
    const client = await start({ pull: false, settings: { diagnosticsDelay: 0 } });
    const grown = await growth(client, async (i) => {
      const uri = `file:///tmp/cycle-${i}.imr`;
      let published = client.nextDiagnostics(uri);
      await client.open(uri, REAL);
      await published;
      published = client.nextDiagnostics(uri);
      await client.replaceAll(uri, REAL.replace('Upheld', 'Overturned'));
      await published;
      published = client.nextDiagnostics(uri);
      await client.close(uri);
      await published;
    });
    if (grown === undefined) this.skip();
    assert.ok(grown < MARGIN, `resident memory grew by ${(grown / 2 ** 20).toFixed(0)} MiB`);
  });
});

describe('protocol: warm-up', () => {
  afterEach(stopStarted);

  it('warms up after initialize with a rehearsal the editor never sees, then serves the first letter', async () => {
    // A client that answers settings requests: the rehearsal's must not reach it.
    const client = await start({ pull: false, settings: {} });
    assert.match(await client.loggedMessage(/warm-up done/), /then a rehearsal\)$/);
    // The rehearsal's documents, settings requests and diagnostics stayed on its own in-memory connection.
    assert.deepEqual(client.published, []);
    assert.equal(client.configurationRequests, 0);
    // Nor did a message of its settings files reach the user.
    assert.deepEqual(client.shown, []);
    const uri = 'file:///warm-up/letter.imr';
    const diagnostics = client.nextDiagnostics(uri);
    await client.open(uri, SEED_000);
    assert.ok((await diagnostics).diagnostics.some((d) => d.code === 'injury-date-conflict'));
    assert.equal(client.configurationRequests, 1);
  }).timeout(60_000); // the warm-up takes about 2 s of a free machine's time
});
