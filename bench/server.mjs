// Benchmark: how soon the language server shows a letter's first diagnostics. Starts the bundled
// dist/server.js --stdio as an editor does (push diagnostics, settings asked through
// workspace/configuration and answered at once), initialises it, opens a letter and times the
// didOpen notification to the publishDiagnostics for it, three ways:
//
// - at once: the letter is opened right after `initialized` (an editor that starts the server
//   because a letter was opened): nothing has run yet, the letter pays for the engine's first run;
// - after initialise: the server has finished its warm-up (it logs "warm-up done"; a server
//   without one is given 5 s), then a letter it has never seen is opened;
// - next letter: then another new letter.
//
// Each way is repeated on fresh servers with different letters; the medians are printed. Needs
// `npm run build` first.
//
//   node bench/server.mjs [--starts 5] [--server other/server.js] [--json]
//                                      (npm run bench runs it with the other figures)

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node';
import { fixtureLetters, isMain, isTypical, median, root } from './engine.mjs';

const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
} = lsp;

const WARM_UP_WAIT = 5000;

/** Starts `bundle` --stdio and initialises it as an editor does (push diagnostics, settings answered at once). */
export async function startServer(bundle = path.join(root, 'dist/server.js')) {
  const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const w = waiting.get(p.uri);
    if (w && (w.version === undefined || w.version === p.version)) {
      waiting.delete(p.uri);
      w.resolve(process.hrtime.bigint());
    }
  });
  let warmedUp;
  const warm = new Promise((resolve) => (warmedUp = resolve));
  connection.onNotification('window/logMessage', (p) => {
    if (/warm-up done/.test(p.message)) warmedUp(p.message);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const started = process.hrtime.bigint();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        hover: { contentFormat: ['markdown'] },
      },
      workspace: { configuration: true },
    },
  });
  const initialised = process.hrtime.bigint();
  await connection.sendNotification(InitializedNotification.type, {});
  let n = 0;
  return {
    connection,
    /** When the next diagnostics for `uri` (of that `version`, if given) are published (a hrtime). Ask before what causes them. */
    published: (uri, version) => new Promise((resolve) => waiting.set(uri, { resolve, version })),
    startMs: Number(initialised - started) / 1e6,
    /** Milliseconds from `initialized` to the server's "warm-up done", or undefined when it says none within the wait. */
    warmUp: () =>
      Promise.race([
        warm.then(() => Number(process.hrtime.bigint() - initialised) / 1e6),
        new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT)),
      ]),
    /** Milliseconds from didOpen to the letter's diagnostics. */
    async open(text) {
      const uri = pathToFileURL(path.join(root, `bench-letter-${++n}.imr`)).href;
      const published = new Promise((resolve) => waiting.set(uri, { resolve }));
      const t0 = process.hrtime.bigint();
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'imr', version: 1, text },
      });
      return Number((await published) - t0) / 1e6;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await exited;
      connection.dispose();
    },
  };
}

export async function measure({ starts = 5, bundle = path.join(root, 'dist/server.js') } = {}) {
  // Letters from the two pdftotext extractions, none of which the server could have seen: no case
  // of the letters it warms up on (samples/, warm-up/) in any extraction.
  const seen = new Set(
    ['samples', 'warm-up'].flatMap((dir) => fs.readdirSync(path.join(root, dir)).flatMap((f) => f.match(/CM\d\d-\d{7}/) ?? [])),
  );
  const letters = fixtureLetters().filter(
    (l) => l.dir !== 'real' && l.dir !== 'seeds' && isTypical(l.text) && !seen.has(l.file.match(/CM\d\d-\d{7}/)?.[0]),
  );
  const pick = (i) => letters[(i * 37) % letters.length].text;
  const atOnce = [];
  const afterInit = [];
  const next = [];
  const warmUp = [];
  const start = [];
  for (let i = 0; i < starts; i++) {
    let server = await startServer(bundle);
    start.push(server.startMs);
    atOnce.push(await server.open(pick(3 * i)));
    await server.stop();
    server = await startServer(bundle);
    const w = await server.warmUp();
    if (w !== undefined) warmUp.push(w);
    afterInit.push(await server.open(pick(3 * i + 1)));
    next.push(await server.open(pick(3 * i + 2)));
    await server.stop();
  }
  return {
    starts,
    initializeMs: median(start),
    warmUpMs: warmUp.length ? median(warmUp) : null,
    atOnceMs: median(atOnce),
    afterInitialiseMs: median(afterInit),
    nextLetterMs: median(next),
    samples: { atOnce, afterInit, next },
  };
}

export function report(r) {
  const f = (ms) => `${ms.toFixed(1)} ms`;
  return [
    `first diagnostics (dist/server.js, push; ${r.starts} fresh servers, medians; didOpen to publishDiagnostics)`,
    `  initialize answered after spawn     ${f(r.initializeMs).padStart(9)}`,
    `  warm-up after initialized           ${r.warmUpMs === null ? '     none' : f(r.warmUpMs).padStart(9)}`,
    `  letter opened at once               ${f(r.atOnceMs).padStart(9)}`,
    `  letter opened after initialise      ${f(r.afterInitialiseMs).padStart(9)}   (${r.samples.afterInit.map((x) => x.toFixed(1)).join(', ')})`,
    `  next new letter                     ${f(r.nextLetterMs).padStart(9)}`,
  ];
}

if (isMain(import.meta.url)) {
  const startsArg = process.argv.indexOf('--starts');
  const serverArg = process.argv.indexOf('--server');
  const r = await measure({
    starts: startsArg > 0 ? Number(process.argv[startsArg + 1]) : 5,
    bundle: serverArg > 0 ? path.resolve(process.argv[serverArg + 1]) : undefined,
  });
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
