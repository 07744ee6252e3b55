// The appeal deadline of the letter's determination, as plain data: where the determination's date
// stands, the last day to appeal (Labor Code § 4610.6(h)), the rule and every assumption made,
// and their public sources. It never says that a letter is appealable: only the date the law
// names, from a date of mailing that is assumed unless the user gives it.

import { compareDates, daysBetween, formatDate, longDate, type CalendarDate } from '../base/calendar';
import type { Span } from '../base/span';
import {
  APPEAL_DAYS,
  APPEAL_LAW,
  FORMER_MAIL_SERVICE_RULE,
  CCP_12,
  CCP_135,
  GOV_6700,
  GOV_6701,
  HOLIDAY_YEARS,
  MAIL_DAYS,
  MATUTE,
  appealPeriod,
  type MailAddress,
} from '../knowledge';
import type { DateFact, Letter } from '../letter';

export interface AppealOptions {
  /** The date of mailing, when the user gave one; otherwise the letter's date is taken. */
  mailed?: CalendarDate;
  address?: MailAddress;
  /** Today, for the days left. */
  today: CalendarDate;
}

export interface AppealDeadline {
  /** The determination's date in the text (undefined when the user gave a date of mailing for a letter that states none). */
  span?: Span;
  /** The letter's date, as written. */
  letterDate?: CalendarDate;
  mailed: CalendarDate;
  /** True when the date of mailing is the user's, not the letter's date. */
  mailedGiven: boolean;
  address: MailAddress;
  /** The last day to file the appeal. */
  appealBy: CalendarDate;
  /** Days from today to appealBy: negative once it has passed. */
  daysLeft: number;
  /** The rule, in one sentence. */
  rule: string;
  /** Each assumption, in words. */
  assumptions: string[];
  /** The days the last day moved over, in words ("Sunday, December 25, 2016"). */
  movedOver: string[];
  sources: string[];
}

/** The header date a determination is dated by: the Decision Date, or an L0 notice's "Dated:". */
export function determinationDate(letter: Letter): DateFact | undefined {
  const header = letter.dates.filter((d) => d.header && d.precision === 'day');
  return header.find((d) => d.role === 'decision') ?? header.find((d) => d.role === 'letter');
}

/** Why a date of mailing the user gives cannot be the determination's: it is before the letter's own date. */
export function mailingProblem(letter: Letter, mailed: CalendarDate): string | undefined {
  const dated = determinationDate(letter);
  if (!dated || compareDates(mailed, dated.date) >= 0) return undefined;
  return `The date of mailing, ${formatDate(mailed)}, is before the determination's date, ${formatDate(dated.date)}: a determination is mailed on or after its date.`;
}

export function appealDeadline(letter: Letter, options: AppealOptions): AppealDeadline | undefined {
  const dated = determinationDate(letter);
  const mailed = options.mailed ?? dated?.date;
  if (!mailed) return undefined;
  const address = options.address ?? 'california';
  const period = appealPeriod(mailed, address);
  const mail = MAIL_DAYS[address];
  const assumptions = [
    options.mailed
      ? `The determination was mailed on ${longDate(mailed)}, the date you gave.`
      : `The determination was mailed on its date, ${longDate(mailed)}: give the postmark or proof-of-service date if it differs.`,
    `It was served by mail on ${mail.words} (${mail.days} days added, ${mail.rule}, ${FORMER_MAIL_SERVICE_RULE}; ${MATUTE}).`,
    `Saturdays, Sundays and California's judicial holidays are skipped (${CCP_135}; ${GOV_6700}, ${GOV_6701}).`,
  ];
  const unverified = period.skipped.filter((s) => !s.verified);
  if (unverified.length)
    assumptions.push(
      `The courts observe ${unverified.map((s) => `${s.reason}`).join(', ')} on that day, as the Judicial Council designates under ${CCP_135}; its calendar for the year was not checked.`,
    );
  if (period.beyondTable)
    assumptions.push(
      `The holiday table was checked for ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to}; holidays of other years follow the same rules, which the Legislature may have changed.`,
    );
  return {
    span: dated?.span,
    letterDate: dated?.date,
    mailed,
    mailedGiven: !!options.mailed,
    address,
    appealBy: period.last,
    daysLeft: daysBetween(period.last, options.today),
    rule: `An appeal to the Workers' Compensation Appeals Board is to be filed within ${APPEAL_DAYS} days of the date the determination was mailed (${APPEAL_LAW}), ${mail.days} days more for service by mail (${mail.rule}); a last day on a Saturday, Sunday or judicial holiday moves to the next business day (${CCP_12}).`,
    assumptions,
    movedOver: period.skipped.map((s) => `${s.reason}, ${longDate(s.date)}`),
    sources: [APPEAL_LAW, mail.rule, FORMER_MAIL_SERVICE_RULE, MATUTE, CCP_12, CCP_135, GOV_6700, GOV_6701],
  };
}

/** "12 days left", "the last day is today", "passed 3 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'the last day is today';
  if (days < 0) return `passed ${-days} day${days === -1 ? '' : 's'} ago`;
  return `${days} day${days === 1 ? '' : 's'} left`;
}

/** The code lens's title: "Appeal by 12/27/2016 (passed 3,600 days ago)". */
export function appealLensTitle(deadline: AppealDeadline): string {
  return `Appeal by ${formatDate(deadline.appealBy)} (${daysLeftText(deadline.daysLeft)})${deadline.mailedGiven ? ` · mailed ${formatDate(deadline.mailed)}` : ''}`;
}

/** The hover's Markdown: the date, the rule, the assumptions and the grounds the law names. */
export function appealMarkdown(deadline: AppealDeadline): string {
  return [
    ...appealSummary(deadline),
    '',
    `The grounds of appeal are only those ${APPEAL_LAW} names (among them a plainly erroneous finding of fact that is a matter of ordinary knowledge); whether any applies is for you to judge. Command **IMR: Set Mailing Date** gives another date of mailing.`,
  ].join('\n');
}

/** The deadline as Markdown for a document (the worksheet): the date, the rule and what is assumed. */
export function appealSummary(deadline: AppealDeadline): string[] {
  return [
    `**Appeal by ${longDate(deadline.appealBy)}** (${daysLeftText(deadline.daysLeft)}).`,
    '',
    deadline.rule,
    ...(deadline.movedOver.length
      ? ['', `The days counted end on a day the courts are closed: moved over ${deadline.movedOver.join('; ')}.`]
      : []),
    '',
    'Assumed:',
    '',
    ...deadline.assumptions.map((a) => `- ${a}`),
  ];
}

/** The code lens's tooltip, in plain text: the rule, what is assumed, and what a click does. */
export function appealLensTooltip(deadline: AppealDeadline): string {
  return [
    deadline.rule,
    ...(deadline.movedOver.length ? [`Moved over ${deadline.movedOver.join('; ')}.`] : []),
    'Assumed:',
    ...deadline.assumptions.map((a) => `• ${a}`),
    'Click to give another date of mailing.',
  ].join('\n');
}
