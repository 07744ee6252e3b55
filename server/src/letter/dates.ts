// Dates in the text: their calendar value and, where the wording says, what they are dates of.

import type { CalendarDate, DateFact, DateRole, Precision, Span } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

// 10/18/2016, 10-18-2016, 11/18/ 2016, 11 -01-2016, 12/1/16; October 10, 2015; October 2015.
const DATE_RE = new RegExp(
  [
    '(?<![\\d/.-])(?<m>\\d{1,2}) ?(?<sep>[/-]) ?(?<d>\\d{1,2}) ?\\k<sep> ?(?<y>\\d{4}|\\d{2})(?![\\d/]|-\\d)',
    `\\b(?<mn>${MONTH_NAME})\\s+(?<dn>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<yn>\\d{4})\\b`,
    `\\b(?<mo>${MONTH_NAME}),?\\s+(?<yo>(?:19|20)\\d{2})\\b`,
    // A year alone counts only where the words make it a date of injury.
    '\\b(?<yi>(?:19|20)\\d{2})(?=\\s+(?:date\\s+of\\s+injury|industrial\\s+injury|injury\\s+date)\\b)',
    '(?<=\\b(?:injur(?:ed|y)|DOI)\\s{1,4}(?:in|of|from)\\s{1,4})(?<yj>(?:19|20)\\d{2})\\b(?![/-]\\d)',
  ].join('|'),
  'g',
);

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function isValidDate(d: CalendarDate): boolean {
  if (d.year < 1900 || d.year > 2100) return false;
  if (d.month === 0) return d.day === 0;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === 0) return true;
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day >= 1 && d.day <= days;
}

function fromGroups(g: Record<string, string | undefined>): { date: CalendarDate; precision: Precision } | undefined {
  let date: CalendarDate;
  let precision: Precision = 'day';
  if (g.m) date = { year: fullYear(g.y!), month: Number(g.m), day: Number(g.d) };
  else if (g.mn) date = { year: Number(g.yn), month: monthIndex(g.mn), day: Number(g.dn) };
  else if (g.mo) {
    date = { year: Number(g.yo), month: monthIndex(g.mo), day: 0 };
    precision = 'month';
  } else {
    date = { year: Number(g.yi ?? g.yj), month: 0, day: 0 };
    precision = 'year';
  }
  return isValidDate(date) ? { date, precision } : undefined;
}

/** Parses one date as written ("11/09/2016", "October 10, 2015"); undefined if it is none. */
export function parseDateText(s: string): { date: CalendarDate; precision: Precision } | undefined {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(s.trim());
  return m && m.index === 0 ? fromGroups(m.groups ?? {}) : undefined;
}

// What a date is a date of, from the words just before it ("... injury on 10-13-16") or just
// after it ("2/8/98 date of injury"). Order matters: the first rule that matches wins.
const ROLE_BEFORE: [DateRole, RegExp][] = [
  ['birth', /\b(?:date of birth|DOB|born(?: on)?)\W*$/i],
  [
    'injury',
    new RegExp(
      '\\b(?:' +
        [
          'date of (?:the )?(?:industrial )?injury(?: (?:is|was|of|on))?',
          '(?:industrial|work[- ]related|specific|continuous trauma|cumulative trauma|occupational|work) injur(?:y|ies)(?: claim)?(?: (?:on|of|dated|from|in))?',
          '(?:reported|sustained|suffered) an? (?:[\\w-]+ ){0,3}injury(?: (?:on|of|in))?',
          '(?<!\\b(?:after|since|following|before|post|from) (?:the |this |that |his |her )?)injur(?:ed|y) (?:on|in|dated|date(?: of| is)?)',
          'injured (?:her|his|their|the) [\\w ]{2,30} (?:on|in)',
          'D\\.?O\\.?I\\.?(?: (?:of|is|on))?',
          '(?:occupational )?claim from',
        ].join('|') +
        ')[\\s:]*$',
      'i',
    ),
  ],
  ['ur', /\b(?:utilization review(?: \(UR\))?|UR|U\.R\.)(?: (?:decision|determination|denial|report|letter|review|non-?certification))?(?: (?:dated|on|of|from))[\s:]*$/i],
  ['rfa', /\b(?:request for authori[sz]ation(?: \(RFA\))?|RFA)(?: form)?(?: (?:dated|on|of|from|received on|submitted on))?[\s:]*$/i],
  ['service', /\b(?:DOS|date of service|dates? of service)[\s:]*$/i],
  ['surgery', /\b(?:surgery|fusion|arthroscopy|repair|replacement|decompression|release|laminectomy|discectomy|operation|procedure)(?: (?:performed|done))?(?: (?:on|dated|of))[\s:]*$/i],
  ['imaging', /\b(?:MRI|x-?rays?|radiographs?|CT(?: scan)?|EMG(?:\/NC[SV])?|NCV|NCS|ultrasound|imaging|bone scan|scan)\b[^.;]{0,40}\b(?:dated|on|of|from|performed on|done on)[\s:]*$/i],
  ['request', /\b(?:request(?:ed)?|prescribed|ordered)(?: (?:dated|on|of))[\s:]*$/i],
  [
    'visit',
    /\b(?:seen|evaluated|examined|presented|visit(?:ed)?|evaluation|examination|exam|report|note|notes|PR-?2|progress report|follow[- ]up|consultation|re-?evaluation|assessment|appointment|office visit|encounter)(?: (?:dated|on|of|from))[\s:]*$/i,
  ],
];

const ROLE_AFTER: [DateRole, RegExp][] = [
  ['injury', /^\s*(?:\(?date of injury\)?|industrial injury|injury date|DOI)\b/i],
  ['ur', /^,?\s*(?:the\s+)?(?:utilization review|UR)\b/i],
  ['visit', /^,?\s*(?:progress (?:note|report)|PR-?2|office visit|visit|evaluation|examination)\b/i],
];

function roleAt(text: string, span: Span): DateRole {
  const before = text.slice(Math.max(0, span.start - 80), span.start).replace(/\s+/g, ' ');
  for (const [role, re] of ROLE_BEFORE) if (re.test(before)) return role;
  const after = text.slice(span.end, span.end + 40).replace(/\s+/g, ' ');
  for (const [role, re] of ROLE_AFTER) if (re.test(after)) return role;
  // "On 11-3-16, utilization review determined ..." reads the role after a leading "On".
  return 'other';
}

/** Every date in `text` between `from` and `to`, with its role. */
export function findDates(text: string, from = 0, to = text.length): DateFact[] {
  const out: DateFact[] = [];
  const slice = to < text.length ? text.slice(0, to) : text;
  DATE_RE.lastIndex = from;
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    const parsed = fromGroups(m.groups ?? {});
    if (!parsed) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({ span, text: m[0], date: parsed.date, precision: parsed.precision, role: roleAt(text, span) });
  }
  return out;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether two dates can be the same day, given what each one states. */
export function sameDate(a: CalendarDate, pa: Precision, b: CalendarDate, pb: Precision): boolean {
  if (a.year !== b.year) return false;
  if (pa === 'year' || pb === 'year') return true;
  if (a.month !== b.month) return false;
  if (pa === 'month' || pb === 'month') return true;
  return a.day === b.day;
}

export function formatDate(d: CalendarDate): string {
  if (d.month === 0) return String(d.year);
  if (d.day === 0) return `${d.month}/${d.year}`;
  return `${d.month}/${d.day}/${d.year}`;
}
