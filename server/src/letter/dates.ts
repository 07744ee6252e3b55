// Dates in the text: their calendar value and, where the wording says, what they are dates of.

import { isValidDate, type CalendarDate, type Precision } from '../base/calendar';
import { firstNotBefore } from '../base/sorted';
import type { Edit } from '../base/text';
import type { Span } from '../base/span';
import type { DateFact, DateRole } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

// Every date form has digits, so one scan visits each run of digits and asks what it starts or
// ends: a numeric date (10/18/2016, 10-18-2016, 11/18/ 2016, 11 -01-2016, 12/1/16), the year of a
// named date (October 10, 2015; October 2015), or a year alone where the words make it a date of
// injury ("a 2005 date of injury", "injured in 2016").
const DIGITS_RE = /\d+/g;
// A stray space, or a line break, may stand on either side of a separator ("10-30-\n2016").
const NUMERIC_RE = /(\d{1,2})(?:[ \t]|\r?\n)?([/-])(?:[ \t]|\r?\n)?(\d{1,2})(?:[ \t]|\r?\n)?\2(?:[ \t]|\r?\n)?(\d{4}|\d{2})(?![\d/]|-\d)/y;
const MONTH_BEFORE_RE = new RegExp(`\\b(${MONTH_NAME})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+$`);
const INJURY_AFTER_RE = /^\s+(?:date\s+of\s+injury|industrial\s+injury|injury\s+date)\b/;
const INJURY_BEFORE_RE = /\b(?:injur(?:ed|y)|DOI)\s{1,4}(?:in|of|from)\s{1,4}$/;
const BORN_IN_RE = /\bborn\s+in\s+$/i;
const RELATIVE_BEFORE =
  /\b(?:sons?|daughters?|child|children|kids?|baby|wife|husband|spouse|partner|mother|father|parents?|brother|sister|siblings?|grand(?:child|son|daughter)(?:ren)?)(?:'s)?\b[^.;]{0,40}$/i;
const NOT_BEFORE_NUMERIC = /[\d/.-]/;
const WORD_CHAR = /\w/;

interface Found {
  start: number;
  end: number;
  date: CalendarDate;
  precision: Precision;
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Every date in the text, in order, without overlaps. */
function scanDates(text: string): Found[] {
  return scanOn(text, 0, undefined);
}

/**
 * The scan of scanDates taken up at `at`, where it stood after finding `last` (the whole of its
 * state): the dates from there on. After each date found, `stop` may end it.
 */
function scanOn(text: string, at: number, last: Found | undefined, stop?: (date: Found) => boolean): Found[] {
  const found: Found[] = [];
  let stopped = false;
  const push = (candidate: Found): void => {
    if (!isValidDate(candidate.date) || (last && candidate.start < last.end)) return;
    found.push(candidate);
    last = candidate;
    stopped = stop?.(candidate) ?? false;
  };
  DIGITS_RE.lastIndex = at;
  for (let m = DIGITS_RE.exec(text); m && !stopped; m = DIGITS_RE.exec(text)) {
    const i = m.index;
    const end = i + m[0].length;
    if (m[0].length <= 2 && (i === 0 || !NOT_BEFORE_NUMERIC.test(text[i - 1]))) {
      NUMERIC_RE.lastIndex = i;
      const n = NUMERIC_RE.exec(text);
      if (n) {
        push({ start: i, end: i + n[0].length, date: { year: fullYear(n[4]), month: Number(n[1]), day: Number(n[3]) }, precision: 'day' });
        DIGITS_RE.lastIndex = i + n[0].length;
        continue;
      }
    }
    if (m[0].length !== 4 || !/^[123]/.test(m[0]) || (i > 0 && WORD_CHAR.test(text[i - 1])) || WORD_CHAR.test(text[end] ?? '')) continue;
    const year = Number(m[0]);
    const windowStart = Math.max(0, i - 30);
    const before = text.slice(windowStart, i);
    const named = MONTH_BEFORE_RE.exec(before);
    // A year alone is one of this or the last century; after a month name, any year is read.
    if (!named && !/^(?:19|20)/.test(m[0])) continue;
    if (named) {
      const day = named[2] ? Number(named[2]) : 0;
      push({ start: windowStart + named.index, end, date: { year, month: monthIndex(named[1]), day }, precision: day ? 'day' : 'month' });
    } else if (
      !/^[/-]\d/.test(text.slice(end, end + 2)) &&
      (INJURY_AFTER_RE.test(text.slice(end, end + 30)) || INJURY_BEFORE_RE.test(before) || BORN_IN_RE.test(before))
    ) {
      push({ start: i, end, date: { year, month: 0, day: 0 }, precision: 'year' });
    }
  }
  return found;
}

/** Parses one date as written ("11/09/2016", "October 10, 2015"); undefined if it is none. */
export function parseDateText(text: string): { date: CalendarDate; precision: Precision } | undefined {
  const t = text.trim();
  const [f] = scanDates(t);
  return f && f.start === 0 ? { date: f.date, precision: f.precision } : undefined;
}

// What a date is a date of, from the words just before it ("... injury on 10-13-16") or just
// after it ("2/8/98 date of injury"). Order matters: the first rule that matches wins.
const AT_WORK =
  '(?:at work|on the job|while (?:working|at work|on duty)|at (?:his|her|their) (?:job|workplace|place of (?:work|employment)))';
const ROLE_BEFORE: [string, RegExp][] = [
  ['birth', /\b(?:date of birth(?: (?:is|was|of))?|DOB|D\.O\.B\.|born(?: on| in)?)\W*$/i],
  [
    'injury',
    new RegExp(
      '\\b(?:' +
        [
          '(?:date of (?:the )?(?:industrial )?injury|injury date)(?: (?:is|was|of|on))?(?: (?:documented|listed|noted|reported|given|recorded|stated) as)?',
          // "was injured while lifting boxes on": what the worker was doing, then the date (not "injured worker").
          'injured(?<!\\bthe injured) (?:while|when) (?:[\\w,-]+ ){0,6}?(?:on|in)',
          '(?:industrial|work[- ]related|specific|continuous trauma|cumulative trauma|occupational|work) injur(?:y|ies)(?: claim)?(?: \\(DOI\\))?(?: (?:on|of|dated|from|in))?',
          '(?:reported|sustained|suffered)(?: an?)? (?:[\\w-]+ ){0,3}injur(?:y|ies)(?: (?:that|which) (?:occurred|happened))?(?: (?:on|of|in))?',
          'injur(?:ed|y)(?<!\\b(?:after|since|following|before|post|from) (?:the |this |that |his |her )?injur(?:ed|y)) (?:on|in|of|dated|date(?: of| is)?)',
          'injury(?<!\\b(?:after|since|following|before|post|from) (?:the |this |that |his |her )?injury) (?:that|which) (?:occurred|happened) (?:on|in)',
          // "was hurt at work on", "injured his back lifting boxes at work on", and what the worker
          // "who slipped and fell at work on" did: the claim's opening words. (A later "He fell at
          // work on ..." may be another incident.)
          // "... fell while working and broke his ribs on": what the fall did, then the date.
          `(?:hurt|injured|who) (?:[\\w,-]+ ){0,8}?${AT_WORK}(?:,? and (?:broke|fractured|injured|hurt|strained|sprained|twisted|struck|hit|cut|lacerated|felt|developed)(?: [\\w-]+){0,4}?)? (?:on|in)`,
          'injured(?<!\\bthe injured)',
          'injur(?:ed|y) on or about',
          'injured (?:her|his|their|the) [\\w-]+(?: [\\w-]+){0,3} (?:on|in)',
          'D\\.?O\\.?I\\.?(?: (?:of|is|on))?',
          // "The mechanism of injury is detailed as a slip and fall on": what happened, then the date.
          'mechanism of (?:the )?injury (?:is |was )?(?:described |detailed |documented |reported |noted |listed |given )?as (?:[\\w,-]+ ){1,8}?(?:on|in)',
          '(?:occupational|industrial) claim from',
          'history of an? (?:[\\w-]+ )?claim from',
          '(?:cumulative|continuous) trauma(?: (?:injury|claim|period))?(?: (?:from|of|dated|on))?',
        ].join('|') +
        ')[\\s:]*$',
      'i',
    ),
  ],
  // The review under appeal, however named: "utilization review letter is dated", "the UR was
  // dated", "prior review dated", "a prior denial was made on", "the original determination of".
  [
    'ur',
    /\b(?:(?:utilization review(?: \(UR\))?|UR|U\.R\.)(?: (?:decision|determination|denial|report|letter|review|non-?certification|physician|reviewer|doctor|advisor|form))?|(?:prior|previous|original) (?:review|denial|determination|non-?certification|UR decision)(?: letter)?)(?: (?:is|was))?(?: (?:made|issued|rendered))?(?:,?(?: (?:dated|on|of|from))[\s:]*| ?\(\s*)$/i,
  ],
  // "The UR (utilization review board) denied certification on": the review's act, then its date.
  [
    'ur',
    /\b(?:utilization review|UR|U\.R\.)(?: (?:decision|determination|physician|reviewer|board|doctor|advisor))?(?: \([^()]{1,60}\))? (?:denied|non-?certified|modified)(?: (?:certification|authorization|the requests?|it|them))? (?:on|dated)[\s:]*$/i,
  ],
  // "The utilization review date was", "UR decision date:".
  [
    'ur',
    /\b(?:utilization review(?: \(UR\))?|UR|U\.R\.)(?: (?:decision|determination|denial|non-?certification))? date(?: (?:is|was|of))?[\s:]*$/i,
  ],
  // A list entry: "Utilization Review Determination, 7/16/2013" (not "According to the UR, ...").
  ['ur', /\b(?:utilization review|UR) (?:decision|determination|denial|letter|report|non-?certification)\s*[,:]\s*$/i],
  // "previously non-certified on 11/15/2016": only a utilization review non-certifies.
  ['ur non-certified', /\bnon-?\s?certified(?: by (?:utilization review|UR))?(?: (?:on|dated))[\s:]*$/i],
  [
    'rfa',
    /\b(?:request for authori[sz]ation(?: \(RFA\))?|RFA)(?: form)?(?: date)?(?: (?:is|was))?(?: noted to (?:be|have been))?(?: (?:dated|on|of|from|(?:received|submitted|signed|completed)(?: (?:on|dated))?))?[\s:]*$/i,
  ],
  // "was approved for 6 sessions on 10/1/2016", "certified on", "authorized on".
  [
    'approval',
    /\b(?:approval|certification|authori[sz]ation)(?<!non-?\s?(?:approval|certification)|request for authori[sz]ation)(?: (?:of|for) (?!\s)[^.;:]{1,40}?)?(?: (?:was|is))? (?:on|dated)[\s:]*$/i,
  ],
  [
    'approval',
    /(?<!non-?\s?)\b(?:approved|certified|authori[sz]ed)(?: for (?!\s)[^.;:]{1,40}?)?(?: by (?:the )?(?:claims administrator|utilization review|UR|carrier|insurer|adjuster|employer))?(?: (?:on|dated))[\s:]*$/i,
  ],
  ['service', /\b(?:DOS|date of service|dates? of service)[\s:]*$/i],
  [
    'surgery',
    /\b(?:surgery|fusion|arthroscopy|repair|replacement|decompression|release|laminectomy|discectomy|operation|procedure)(?: (?:performed|done))?(?: (?:on|dated|of))[\s:]*$/i,
  ],
  [
    'imaging',
    /\b(?:MRI|x-?rays?|radiographs?|CT(?: scan)?|EMG(?:\/NC[SV])?|NCV|NCS|ultrasound|imaging|bone scan|scan)\b[^.;]{0,40}\b(?:dated|on|of|from|performed on|done on)[\s:]*$/i,
  ],
  ['request', /\b(?:request(?:ed)?|prescribed|ordered)(?: (?:dated|on|of))[\s:]*$/i],
  [
    'visit',
    /\b(?:seen|evaluated|examined|presented|visit(?:ed)?|evaluation|examination|exam|report|note|notes|PR-?2|progress report|follow[- ]up|consultation|re-?evaluation|assessment|appointment|office visit|encounter)(?: (?:dated|on|of|from))[\s:]*$/i,
  ],
];

const ROLE_AFTER: [DateRole, RegExp][] = [
  ['injury', /^\s*(?:\(?date of injury\)?|industrial injury|injury date|DOI)\b/i],
  // On the same line, or after a comma: in a list of documents, the next line's "Utilization Review
  // Determination" is another entry.
  ['ur', /^(?:,\s*|[\t\x20]+)(?:the\s+)?(?:utilization review|UR)\b/i],
  ['visit', /^,?\s*(?:progress (?:note|report)|PR-?2|office visit|visit|evaluation|examination)\b/i],
  ['request', /^,?\s*(?:an? |the )?(?:request|RFA)\b/i],
];

// Words one of which each pattern needs, tested on the lower-cased window first: a cheap test
// that skips most patterns (most dates follow "on" in a window that says "injured worker").
const ROLE_GATE: Record<string, RegExp> = {
  birth: /birth|dob|d\.o\.b|born/,
  injury: /injur|doi|d\.o\.i|claim|trauma|hurt|who/,
  ur: /utilization|\bur\b|u\.r\.|prior|previous|original/,
  'ur non-certified': /certified/,
  rfa: /rfa|authori[sz]ation/,
  approval: /approv|certifi|authori[sz]/,
  service: /dos|service/,
  surgery: /surgery|fusion|arthroscopy|repair|replacement|decompression|release|laminectomy|discectomy|operation|procedure/,
  imaging: /mri|x-?ray|radiograph|ct|emg|ncv|ncs|ultrasound|imaging|scan/,
  request: /request|prescribed|ordered/,
  visit: /seen|evaluat|examin|present|visit|report|note|pr-?2|follow|consult|assess|appointment|encounter/,
};

// The patterns above are written with single spaces; the text may have any white space there.
const spaced = (pattern: RegExp): RegExp => new RegExp(pattern.source.replace(/ /g, '\\s+'), pattern.flags);
// The rest of a clause that a UR decision ends: "... was non-certified by utilization review".
// The clause's subject must be the request, not a visit or a provider's act that a relative clause
// then says was denied ("On 10/19/2016, the provider requested an MRI, which was denied by UR").
const UR_CLAUSE =
  /^(?:(?!\b(?:which|that|who|requested|recommended|prescribed|ordered|presented|seen|evaluated|examined|submitted)\b)[^.;]){0,160}?\b(?:was|were)\s+(?:non-?certified|denied|modified)\s+(?:by|in|per)\s+(?:the\s+)?(?:utilization\s+review|UR)\b/i;
// The claims administrator's answer to the request is its utilization review.
const CLAIMS_ADMINISTRATOR_CLAUSE =
  /^\s*(?:,\s*)?(?:the\s+)?claims\s+administrator\s+(?:failed\s+to\s+approve|denied|non-?certified|partially\s+approved|modified)\b/i;
// Each pattern with its gate and the role it gives ("ur non-certified" gives "ur").
const BEFORE = ROLE_BEFORE.map(([name, re]) => ({ gate: ROLE_GATE[name], re: spaced(re), role: name.split(' ')[0] as DateRole }));
const AFTER = ROLE_AFTER.map(([role, re]) => [role, spaced(re)] as const);

function roleAt(text: string, span: Span): DateRole {
  const before = text.slice(Math.max(0, span.start - 70), span.start);
  const lower = before.toLowerCase();
  for (const { gate, re, role } of BEFORE) {
    if (!gate.test(lower) || !re.test(before)) continue;
    // "has a son born on", "his daughter (DOB ...": a relative's birth is not the worker's.
    return role === 'birth' && RELATIVE_BEFORE.test(before) ? 'other' : role;
  }
  const after = text.slice(span.end, span.end + 40);
  // "On 11-04-2016, the request for X was non-certified by utilization review", "On December 30,
  // 2016, the claims administrator failed to approve a request for ...": the clause's verb (read
  // before "the request" after the date makes it the request's date).
  if (/^[\s,]/.test(after) && /\bon\s*$/i.test(before)) {
    const clause = text.slice(span.end, span.end + 200);
    if (UR_CLAUSE.test(clause) || CLAIMS_ADMINISTRATOR_CLAUSE.test(clause)) return 'ur';
  }
  for (const [role, re] of AFTER) if (re.test(after)) return role;
  return 'other';
}

/**
 * A date as the scan found it, with the role its words give. Shared by the versions of a document
 * (and its calendar date with their dates): never changed in place.
 */
interface Scanned extends Found {
  role: DateRole;
}

// The dates found in a document's text, by the list findDates gave for it: the next version's
// reads again only the dates near what an edit changed (a letter of 60,000 dates is edited as fast
// as one of a few). Kept while that list lives.
const SCANS = new WeakMap<readonly DateFact[], Scanned[]>();
// The farthest the words that find a date and give its role stand from it (roleAt reads 70
// characters before it and 200 after): a date this far from every change reads as it did.
const REACH = 256;

/**
 * Every date in `text`, with its role. `previous`: the dates found in an earlier version of the
 * same document, whose reading is taken up where the edit that made `text` of it left it as it was.
 */
export function findDates(text: string, previous?: { dates: readonly DateFact[]; edit: Edit }): DateFact[] {
  const earlier = previous && SCANS.get(previous.dates);
  const scanned = earlier ? scanAgain(text, previous.edit, earlier) : scanDates(text).map((f) => withRole(text, f));
  const dates: DateFact[] = scanned.map((f) => ({
    span: { start: f.start, end: f.end },
    text: text.slice(f.start, f.end),
    date: f.date,
    precision: f.precision,
    role: f.role,
  }));
  SCANS.set(dates, scanned);
  // A date of birth with a two-digit year is of the last century when the other makes the worker
  // a child at the letter's latest date ("DOB 3/14/45" in a 2016 letter is 1945, not 2045).
  let latest = 0;
  for (const d of dates) if (d.role !== 'birth' && d.date.year > latest) latest = d.date.year;
  for (const d of dates) {
    if (d.role === 'birth' && /[/-]\s*\d{2}$/.test(d.text) && d.date.year >= 2000 && latest - d.date.year < 14)
      d.date = { ...d.date, year: d.date.year - 100 };
  }
  return dates;
}

const withRole = (text: string, date: Found): Scanned => scanned(date, date.start, date.end, roleAt(text, date));
// A date as scanned, made in one place: each is built with the same fields in the same order.
const scanned = (found: Found, start: number, end: number, role: DateRole): Scanned => ({
  start,
  end,
  date: found.date,
  precision: found.precision,
  role,
});

/**
 * The dates of `text`, as a scan of the whole would find them, from those found in its earlier
 * version (`edit` made `text` of it): those well before the first change are kept, the scan is
 * taken up after them and ends at the first date it finds, well after the last change, that the
 * old scan found there too (from there on, each scan's state and text are the other's); the old
 * dates after it are moved.
 */
function scanAgain(text: string, { prefix, suffix, moved }: Edit, prior: readonly Scanned[]): Scanned[] {
  const kept = firstNotBefore(prior, (f) => f.end <= prefix - REACH);
  const last = kept ? prior[kept - 1] : undefined;
  const settled = text.length - suffix + REACH;
  let resumed = prior.length;
  const found = scanOn(text, last?.end ?? 0, last, (f) => {
    if (f.start < settled) return false;
    const i = firstNotBefore(prior, (p) => p.start < f.start - moved);
    if (prior[i]?.start !== f.start - moved || prior[i].end !== f.end - moved) return false;
    resumed = i + 1;
    return true;
  });
  const out = prior.slice(0, kept);
  for (const f of found) out.push(withRole(text, f));
  for (let i = resumed; i < prior.length; i++) {
    const p = prior[i];
    out.push(scanned(p, p.start + moved, p.end + moved, p.role));
  }
  return out;
}
