import { compareDates } from '../base/calendar';
import type { HeaderField, HeaderKey } from '../letter';
import type { Finding, Rule } from './rule';

// Date of Injury < UR Denial Date <= Application Received <= Date Assigned < Decision Date:
// the fields in order, and whether each must be strictly later than the one before.
const ORDER: { key: HeaderKey; strictlyAfterPrevious: boolean }[] = [
  { key: 'dateOfInjury', strictlyAfterPrevious: false },
  { key: 'urDenialDate', strictlyAfterPrevious: true },
  { key: 'applicationReceived', strictlyAfterPrevious: false },
  { key: 'dateAssigned', strictlyAfterPrevious: false },
  { key: 'decisionDate', strictlyAfterPrevious: true },
];

type Dated = HeaderField & { date: NonNullable<HeaderField['date']> };

/** The header's dates out of their necessary order. */
export const headerChronology: Rule = {
  id: 'header-chronology',
  title: 'Header dates out of order',
  defaultSeverity: 'error',
  check(letter) {
    const out: Finding[] = [];
    let previous: { field: Dated; index: number } | undefined;
    ORDER.forEach((o, index) => {
      const field = letter.header[o.key];
      if (!field?.date) return;
      if (previous) {
        // Strict when any step between the two fields is strict (a missing field in between).
        const strict = ORDER.slice(previous.index + 1, index + 1).some((x) => x.strictlyAfterPrevious);
        const c = compareDates(previous.field.date, field.date);
        if (c > 0 || (c === 0 && strict)) {
          out.push({
            span: field.valueSpan,
            message: `${field.label} ${field.value} is ${c === 0 ? 'the same day as' : 'before'} ${previous.field.label} ${previous.field.value}; the header's dates must run Date of Injury < UR Denial Date <= Application Received <= Date Assigned < Decision Date.`,
            related: [{ span: previous.field.valueSpan, message: `${previous.field.label} ${previous.field.value}` }],
          });
        }
      }
      previous = { field: field as Dated, index };
    });
    return out;
  },
};
