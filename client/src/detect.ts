// Which lines of a Plain Text document the manifest's `firstLine` patterns are tried on: its first
// few lines with text, since text extracted from a PDF starts with blank lines (or a byte order
// mark, or form feeds). Pure: no VS Code API, so the unit tests try it on every corpus letter.

/** How many lines with text a letter's heading may come after, and how far down to look for them. */
const LINES_WITH_TEXT = 5;
const LINES_LOOKED_AT = 60;

/** The first few lines that hold more than white space, a byte order mark or a form feed, without them. */
export function firstLinesWithText(lineAt: (i: number) => string, lineCount: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(lineCount, LINES_LOOKED_AT) && out.length < LINES_WITH_TEXT; i++) {
    const line = lineAt(i).replace(/^[\uFEFF\f\s]+/, '');
    if (line) out.push(line);
  }
  return out;
}

/** The `firstLine` patterns of the languages a manifest (package.json) contributes. */
export function letterOpenings(manifest: unknown): RegExp[] {
  const languages = (manifest as { contributes?: { languages?: { firstLine?: string }[] } } | undefined)?.contributes?.languages ?? [];
  return languages.flatMap((l) => (l.firstLine ? [new RegExp(l.firstLine)] : []));
}
