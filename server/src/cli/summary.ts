// The run in a few lines, for stderr after the records: letters, items by decision, letters with
// errors, findings per rule (most first) and files not read. Counts only, never a letter's text.

import { RULES } from '../rules';
import type { Counts, Tally } from './report';
import { plural } from '../base/format';

export class RunTotals {
  /** Files read and checked, letters or not. */
  letters = 0;
  /** Of them, texts without the layout of a determination letter. */
  notLetters = 0;
  notRead = 0;
  items = 0;
  upheld = 0;
  overturned = 0;
  lettersWithErrors = 0;
  reviewed = 0;
  readonly severities: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  readonly rules = new Map<string, number>();

  add(counts: Counts, tally: Tally): void {
    this.letters++;
    if (tally.notALetter) this.notLetters++;
    for (const s of Object.keys(this.severities) as (keyof Counts)[]) this.severities[s] += counts[s];
    if (counts.error) this.lettersWithErrors++;
    this.items += tally.items;
    this.upheld += tally.upheld;
    this.overturned += tally.overturned;
    this.reviewed += tally.reviewed ?? 0;
    for (const [rule, n] of Object.entries(tally.rules)) this.rules.set(rule, (this.rules.get(rule) ?? 0) + n);
  }

  /** The closing summary, one line per fact, each starting "imr-lint:" or indented under it. */
  summary(): string {
    const undecided = this.items - this.upheld - this.overturned;
    const lines = [
      `imr-lint: ${plural(this.letters, 'letter')}, ${plural(this.items, 'item')}: ${this.upheld.toLocaleString('en-US')} Upheld, ${this.overturned.toLocaleString('en-US')} Overturned` +
        (undecided ? `, ${undecided.toLocaleString('en-US')} without a decision` : ''),
      `imr-lint: ${plural(this.lettersWithErrors, 'letter')} with errors; findings: ${plural(this.severities.error, 'error')}, ${plural(this.severities.warning, 'warning')}, ${this.severities.information.toLocaleString('en-US')} information, ${plural(this.severities.hint, 'hint')}` +
        (this.reviewed ? `; ${plural(this.reviewed, 'reviewed finding')} not shown` : ''),
    ];
    const byRule = [...this.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const width = Math.max(0, ...byRule.map(([rule]) => rule.length));
    for (const [rule, n] of byRule)
      lines.push(
        `  ${rule.padEnd(width)}  ${String(n.toLocaleString('en-US')).padStart(7)}  ${RULES.find((r) => r.id === rule)?.title ?? ''}`.trimEnd(),
      );
    if (this.notRead) lines.push(`imr-lint: ${plural(this.notRead, 'file')} not read`);
    return `${lines.join('\n')}\n`;
  }
}
