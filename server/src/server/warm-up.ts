// The engine's first run costs a hundred times a warm one (code compiled and optimised, patterns
// built), so after initialize it runs on the sample and warm-up letters rather than on the first
// letter the user opens: one stage at a time, each only after QUIET ms without work for the editor,
// so that a letter opened meanwhile is checked first. Then the same letters go through an editor's
// session rehearsed in memory (./rehearsal.ts), for the protocol's code.

import type { RemoteConsole } from 'vscode-languageserver/node';
import { folding, outline, warmUp } from '../service';
import { quietFor, sleep } from './pacing';

// The sample letters (samples/*.imr.txt) and the warm-up letters (warm-up/*.txt), put in the
// bundle by esbuild.mjs; none when the server runs from source.
declare const IMR_WARM_UP_LETTERS: readonly string[] | undefined;
const WARM_UP_LETTERS = typeof IMR_WARM_UP_LETTERS === 'undefined' ? [] : IMR_WARM_UP_LETTERS;

/** Times the engine runs over the sample letters: enough for a new letter to take milliseconds. */
const WARM_UP_PASSES = 4;

/** Milliseconds without work for the editor before the warm-up takes its next stage. */
const QUIET = 50;

/**
 * Runs the engine over the warm-up letters while the editor is quiet, then `rehearse` (./rehearsal.ts:
 * an editor's session played on a second server), and logs "warm-up done". Never rejects: a
 * warm-up or rehearsal that fails is logged (its error's kind only) and the server serves on.
 */
export async function warmUpWhenQuiet(
  log: RemoteConsole,
  rehearse: (letters: readonly string[], quiet: () => Promise<void>) => Promise<void>,
): Promise<void> {
  if (!WARM_UP_LETTERS.length) return;
  const started = performance.now();
  let working = 0;
  const stages = warmUp(WARM_UP_LETTERS, WARM_UP_PASSES, (letter) => {
    outline(letter);
    folding(letter);
  });
  try {
    for (;;) {
      await whenQuiet();
      const t0 = performance.now();
      if (stages.next().done) break;
      working += performance.now() - t0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    log.log(`warm-up stopped (${error instanceof Error ? error.name : 'error'})`);
    return;
  }
  const rehearsal = await rehearse(WARM_UP_LETTERS, whenQuiet).then(
    () => 'then a rehearsal',
    (error: unknown) => `the rehearsal given up (${error instanceof Error ? error.name : 'error'})`,
  );
  log.log(`warm-up done in ${Math.round(performance.now() - started)} ms (${Math.round(working)} ms of engine work, ${rehearsal})`);
}

/** Once QUIET ms have passed without work for the editor. */
async function whenQuiet(): Promise<void> {
  for (let quiet = quietFor(); quiet < QUIET; quiet = quietFor()) await sleep(QUIET - quiet);
}
