// The engine's first run costs a hundred times a warm one (code compiled and optimised, patterns
// built), so after initialize it runs on the sample letters rather than on the first letter the user
// opens: one stage at a time, each only after QUIET ms without work for the editor, so that a letter
// opened meanwhile is checked first.

import type { RemoteConsole } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { folding, outline, warmUp } from '../service';
import { toDiagnostic, toFoldingRange, toSymbol } from './conversions';
import { quietFor, sleep } from './pacing';

// The sample letters (samples/*.imr.txt), put in the bundle by esbuild.mjs; none when the server
// runs from source.
declare const IMR_WARM_UP_LETTERS: readonly string[] | undefined;
const WARM_UP_LETTERS = typeof IMR_WARM_UP_LETTERS === 'undefined' ? [] : IMR_WARM_UP_LETTERS;

/** Times the engine runs over the sample letters: enough for a new letter to take milliseconds. */
const WARM_UP_PASSES = 4;

/** Milliseconds without work for the editor before the warm-up takes its next stage. */
const QUIET = 50;

export async function warmUpWhenQuiet(log: RemoteConsole): Promise<void> {
  if (!WARM_UP_LETTERS.length) return;
  const started = performance.now();
  let working = 0;
  // The editor's requests in LSP's shapes too, as far as the message sent: the first letter opened
  // then finds that code compiled as well.
  const stages = warmUp(WARM_UP_LETTERS, WARM_UP_PASSES, (letter, findings) => {
    const doc = TextDocument.create('untitled:warm-up', 'imr', 1, letter.text);
    JSON.stringify({
      diagnostics: findings.map((finding) => toDiagnostic(doc, finding)),
      symbols: outline(letter).map((node) => toSymbol(doc, node)),
      folds: folding(letter).map((fold) => toFoldingRange(doc, fold)),
    });
  });
  for (;;) {
    for (let quiet = quietFor(); quiet < QUIET; quiet = quietFor()) await sleep(QUIET - quiet);
    const t0 = performance.now();
    if (stages.next().done) break;
    working += performance.now() - t0;
    await new Promise((resolve) => setImmediate(resolve));
  }
  log.log(`warm-up done in ${Math.round(performance.now() - started)} ms (${Math.round(working)} ms of work)`);
}
