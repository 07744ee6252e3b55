import { milestone } from '../knowledge';
import { compareDates, formatDate, longDate, type CalendarDate } from '../base/calendar';
import type { Citation, Letter } from '../letter';
import type { Finding, Rule } from './rule';

// A UR decision follows its request by up to 14 days, so a UR this long after a guideline's
// replacement took effect decided a request made under the new guideline.
const UR_WINDOW_DAYS = 14;

function plusDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

// Page numbers without an edition are not enough: 2016-17 letters cite 2016 page numbers too.
const cpmtg2009 = (citation: Citation): boolean => citation.guideline === 'cpmtg' && citation.edition === 2009;

// Cited as MTUS before December 1, 2017: the 2004/2007/2009 clinical topics, CPMTG, Opioids 2016.
const PRE_2017_MTUS = new Set<Citation['guideline']>(['mtus-topic', 'cpmtg', 'opioids2016']);

/** A guideline edition cited after it was replaced in the MTUS. */
export const supersededEdition: Rule = {
  id: 'superseded-edition',
  title: 'Superseded guideline edition cited',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    // The UR decision dates the request best; the decision date stands in when it is missing.
    const field = letter.header.urDenialDate ?? letter.header.decisionDate;
    if (!field?.date) return [];
    const when = field.date;
    const cpmtg2016From = milestone('cpmtg2016-applies');
    const acoemFrom = milestone('mtus-acoem');
    const out: Finding[] = [];
    for (const c of letter.citations) {
      if (c.nonMtus) continue;
      const related = [{ span: field.valueSpan, message: `${field.label} ${field.value}` }];
      // The Claims Administrator's citation is reported as the letter found it: only a note.
      const who = c.source === 'claimsAdministrator' ? 'The Claims Administrator cited' : 'The decision cites';
      const severity = c.source === 'claimsAdministrator' ? ('information' as const) : undefined;
      if (PRE_2017_MTUS.has(c.guideline) && compareDates(when, plusDays(acoemFrom, UR_WINDOW_DAYS)) >= 0) {
        out.push({
          span: c.nameSpan,
          severity,
          message: `${who} "${c.name}" for a request decided by UR on ${formatDate(when)}, but from ${longDate(acoemFrom)} the MTUS incorporates ACOEM's guidelines instead of the 2004–2016 MTUS chapters.`,
          related,
        });
      } else if (cpmtg2009(c) && compareDates(when, plusDays(cpmtg2016From, UR_WINDOW_DAYS)) >= 0) {
        out.push({
          span: c.nameSpan,
          severity,
          message: `${who} the 2009 Chronic Pain Medical Treatment Guidelines for a request decided by UR on ${formatDate(when)}, but the 2016 edition applies to requests from ${longDate(cpmtg2016From)}.`,
          related,
        });
      }
    }
    return out;
  },
};
