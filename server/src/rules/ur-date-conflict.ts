import { compareDates, daysBetween, formatDate, sameDate, type CalendarDate } from '../base/calendar';
import { planStatements, type DateFact, type Item, type Letter } from '../letter';
import { ItemIndex } from '../letter/item-phrases';
import { inSteps, pausesBefore, type Finding, type Rule } from './rule';

// A review the wording sets apart from the one under appeal.
const OTHER_UR = /\b(?:another|second|subsequent|later|additional|earlier|appeal|reconsideration)\b[^.;]{0,50}$/i;
// "Prior" and "previous" name the review under appeal in most letters ("A prior review dated ...
// non-certified the request"), and an older review only where the letter also gives the header's.
// A request the wording sets apart from the one reviewed: "a new (subsequent, revised) RFA".
const OTHER_RFA = /\b(?:new|another|second|subsequent|later|additional|updated|revised|resubmitted|appeal)\b[^.;]{0,50}$/i;
const PRIOR_UR = /\b(?:prior|previous)\b[^.;]{0,50}$/i;

/**
 * A utilization review date in the body disagrees with the header's UR Denial Date; a Request for
 * Authorization is dated after the review that answered it; or the treatment plan the request and
 * the review were about is given as made at a visit after both.
 */
export const urDateConflict: Rule = inSteps({
  id: 'ur-date-conflict',
  title: "UR date differs from the header's, or is out of order with the request",
  defaultSeverity: 'warning',
  // In steps: a letter may give thousands of dates.
  *steps(letter: Letter) {
    const header = letter.header.urDenialDate;
    if (!header?.date) return [];
    const urDate = header.date;
    const before = (date: DateFact): string => letter.text.slice(Math.max(0, date.span.start - 80), date.span.start);
    const body = letter.dates.filter((d) => !d.header && d.precision === 'day');
    const reviews: DateFact[] = [];
    for (const [i, d] of body.entries()) {
      if (pausesBefore(i)) yield;
      if (d.role === 'ur' && !OTHER_UR.test(before(d))) reviews.push(d);
    }
    const headerRestated = reviews.some((d) => sameDate(d.date, 'day', urDate, 'day'));
    const out: Finding[] = [];
    const headerRelated = { span: header.valueSpan, message: `UR Denial Date ${formatDate(urDate)}` };
    for (const [i, d] of reviews.entries()) {
      if (pausesBefore(i)) yield;
      const gap = daysBetween(d.date, urDate);
      if (gap === 0 || (headerRestated && PRIOR_UR.test(before(d)))) continue;
      out.push({
        span: d.span,
        message: `Utilization review dated ${d.text} here, but UR Denial Date ${header.value} in the header (${apart(d.date, urDate, gap)}).`,
        related: [headerRelated],
      });
    }
    for (const [i, d] of body.entries()) {
      if (pausesBefore(i)) yield;
      if (d.role !== 'rfa' || compareDates(d.date, urDate) <= 0 || OTHER_RFA.test(before(d))) continue;
      out.push({
        span: d.span,
        message: `Request for Authorization dated ${d.text}, after the utilization review of ${header.value} that decided on it: a review cannot answer a later request.`,
        related: [headerRelated],
      });
    }
    const rfas = body.filter((d) => d.role === 'rfa' && compareDates(d.date, urDate) <= 0);
    let namesAnItem: ((text: string) => boolean) | undefined; // read when a plan first needs it
    for (const [i, plan] of planStatements(letter).entries()) {
      if (pausesBefore(i)) yield;
      const { visit } = plan;
      const rfa = rfas.find((r) => compareDates(visit.date, r.date) > 0);
      if (!rfa || compareDates(visit.date, urDate) <= 0) continue;
      // The plan must be one the review decided: it names one of the items.
      namesAnItem ??= itemNamer(letter.items);
      if (!namesAnItem(letter.text.slice(plan.span.start, plan.span.end))) continue;
      out.push({
        span: visit.span,
        message: `The treatment plan is given as from the visit of ${visit.text}, after the Request for Authorization of ${rfa.text} and the utilization review of ${header.value}: a request cannot come from a later visit.`,
        related: [
          { span: plan.span, message: 'The treatment plan' },
          { span: rfa.span, message: `Request for Authorization ${rfa.text}` },
          headerRelated,
        ],
      });
    }
    return out;
  },
});

// Words too common in item titles to name one.
const COMMON_WORD =
  /^(?:request|retrospective|prospective|additional|quantity|sessions?|times|weeks?|months?|daily|unknown|original|portion|remaining|without|contrast|right|left|bilateral)$/;
// Longer words than this are looked for one by one; the others among the words of a text.
const MAX_LOOKED_UP = 40;

/**
 * Whether a text names one of the items: an item's first telling word (aboutItem), or any of its
 * longer words ("gloves"), without a plural s, anywhere in the text. The items are read once, and
 * each text is read once for all of them: a letter of thousands of plans and thousands of items is
 * not read pair by pair.
 */
function itemNamer(items: readonly Item[]): (text: string) => boolean {
  const index = new ItemIndex(items, (item) => item);
  const words = new Set<string>();
  const longer = new Set<string>();
  let longest = 0;
  for (const item of items)
    for (const word of item.title.toLowerCase().match(/[a-z]{5,}/g) ?? []) {
      if (COMMON_WORD.test(word)) continue;
      const w = word.replace(/s$/, '');
      if (w.length > MAX_LOOKED_UP) longer.add(w);
      else {
        words.add(w);
        longest = Math.max(longest, w.length);
      }
    }
  return (text) => {
    if (index.about(text).size) return true;
    const lower = text.toLowerCase();
    // A word of letters stands in the text within a run of letters: each run's pieces are looked up.
    for (const run of lower.match(/[a-z]{4,}/g) ?? [])
      for (let length = 4; length <= Math.min(longest, run.length); length++)
        for (let at = 0; at + length <= run.length; at++) if (words.has(run.slice(at, at + length))) return true;
    for (const w of longer) if (lower.includes(w)) return true;
    return false;
  };
}

/** How far apart two dates are, in words: "3 days earlier", or "the same day and month, the year 3026 for 2016" for a mistyped year. */
function apart(date: CalendarDate, header: CalendarDate, gap: number): string {
  if (date.month === header.month && date.day === header.day) return `the same day and month, but the year ${date.year} for ${header.year}`;
  return `${Math.abs(gap)} day${Math.abs(gap) === 1 ? '' : 's'} ${gap < 0 ? 'earlier' : 'later'}`;
}
