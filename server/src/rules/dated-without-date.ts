import { parseDateText, type Letter } from '../letter';
import { matchesIn, matchSpan, type Finding, type Rule } from './rule';

const DATED_RE = /\bdated\b/gi;
// What may stand between "dated" and its date.
const LEAD_RE = /^[\s:]*(?:(?:on|of|from|as\s+of)\s+)?/i;

/** "dated" with no date after it: "a progress report dated indicated ...". */
export const datedWithoutDate: Rule = {
  id: 'dated-without-date',
  title: '"dated" without a date',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    const starts = new Set(letter.dates.map((d) => d.span.start));
    for (const m of matchesIn(DATED_RE, letter.text)) {
      const after = letter.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const lead = LEAD_RE.exec(after)![0].length;
      if (starts.has(m.index + m[0].length + lead)) continue;
      // A month and year, or a year ("dated 11/2016", "dated 2016"); "dated" as an adjective ("... are dated.").
      if (/^(?:\d{1,2}\/\d{4}|(?:19|20)\d\d)\b/.test(after.slice(lead)) || /^\s*(?:[.,;:)]|$)/.test(after)) continue;
      const next = after.slice(lead).split(/\s+/)[0] ?? '';
      if (hyphenLost(next.replace(/[.,;]$/, ''))) continue;
      // "dated XX/XX/XXXX" is a template's placeholder (template-remnant says so); "dated from the
      // first visit" dates a thing by an event, not by a day.
      if (/^X{1,4}\b/i.test(next) || (/^from\s/i.test(after.slice(after.search(/\S/))) && !/\d/.test(next))) continue;
      out.push({
        span: matchSpan(m),
        message: /\d/.test(next)
          ? `"dated" is followed by "${next.replace(/[.,;]$/, '')}", which is not a valid date.`
          : `"dated" is followed by "${next.replace(/[.,;]$/, '')}", not by a date: the date seems to be missing.`,
      });
    }
    return out;
  },
};

/**
 * A date whose line-end hyphen an extractor dropped when it joined the lines ("10-30-" and "2016"
 * become "10-302016"; "11-" and "16-2016" become "1116-2016"): one hyphen put back makes a date.
 */
function hyphenLost(word: string): boolean {
  if (!/^\d[\d-]{3,9}\d$/.test(word) || (word.match(/-/g) ?? []).length !== 1) return false;
  for (let i = 1; i < word.length; i++) {
    if (word[i] === '-' || word[i - 1] === '-') continue;
    const candidate = `${word.slice(0, i)}-${word.slice(i)}`;
    if (/^\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})$/.test(candidate) && parseDateText(candidate)) return true;
  }
  return false;
}
