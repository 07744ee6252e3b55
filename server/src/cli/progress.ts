// A progress line on stderr for long runs, when a person is watching it: stderr is a terminal and
// the output goes elsewhere (a file, a pipe). Rewritten in place at most a few times a second,
// from the first second on; cleared before any other line goes to stderr, and at the end.

const CLEAR = '\r\x1b[K';
const FIRST_AFTER_MS = 1000;
const EVERY_MS = 200;

export class Progress {
  private shown = false;
  private lastAt: number;
  private readonly enabled: boolean;

  constructor(
    private readonly err: NodeJS.WritableStream & { isTTY?: boolean },
    outIsTerminal: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = err.isTTY === true && !outIsTerminal;
    this.lastAt = now() + FIRST_AFTER_MS - EVERY_MS;
  }

  /** Shows how many letters are done, if it is time to. */
  update(letters: number, notRead: number): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.lastAt < EVERY_MS) return;
    this.lastAt = now;
    this.shown = true;
    const skipped = notRead ? `, ${notRead.toLocaleString('en-US')} not read` : '';
    this.err.write(`${CLEAR}imr-lint: ${letters.toLocaleString('en-US')} letters checked${skipped}…`);
  }

  /** Takes the line away, so that what is written next starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.err.write(CLEAR);
  }
}
