// One letter as a record: the facts a reader tabulates (case number, dates, the worker, the
// reviewer, every item with its decision and citations) and every finding with where it stands.
// Plain data for JSON, JSON lines and CSV; its shape is docs/schema/letter-record.v1.json, and the
// record says which version of that shape it is. Built here only: the command line serialises it.

import { isoDate } from '../base/calendar';
import type { Span } from '../base/span';
import { categoriesOf } from '../knowledge';
import {
  decisionLabel,
  layoutName,
  requestCount,
  type Citation,
  type DateRole,
  type HeaderKey,
  type Item,
  type Layout,
  type Letter,
} from '../letter';

/** The version of docs/schema/letter-record.v1.json; a record carries it as `schemaVersion`. */
export const RECORD_SCHEMA_VERSION = 1;

type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding with its rule and the severity it was given (what the service's check returns). */
export interface RecordFinding {
  rule: string;
  severity: Severity;
  span: Span;
  message: string;
  related?: { span: Span; message: string }[];
}

/** A 0-based line and UTF-16 character (as LSP counts them) and the UTF-16 offset into the text. */
export interface RecordPosition {
  line: number;
  character: number;
  offset: number;
}

export interface RecordRange {
  start: RecordPosition;
  end: RecordPosition;
}

/** An ISO 8601 date as precise as the letter states it: 2016-05-03, 2016-05 or 2016. */
type IsoDate = string;

export interface RecordCitation {
  guideline: string;
  name: string;
  edition: number | null;
  nonMtus: boolean;
  topic: string | null;
  sections: string[];
  pages: { from: number; to: number }[];
  chapter: number | null;
}

export interface RecordItem {
  /** 1-based, in the order of the letter. */
  number: number;
  title: string;
  /** A broad kind of treatment ("opioid", "imaging", "physical therapy"), or null when the title names none. */
  kind: string | null;
  quantity: number | null;
  decision: 'Upheld' | 'Overturned' | null;
  /** The item decides the rest of a request the claims administrator partly certified. */
  partial: boolean;
  /** 1-based line of the item's title. */
  line: number;
  citations: RecordCitation[];
}

export interface RecordFindingOut {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based line and column of the finding's start (as the stylish output prints them). */
  line: number;
  column: number;
  range: RecordRange;
  related: { message: string; range: RecordRange }[];
}

export interface LetterRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  file: string;
  layout: Layout;
  layoutName: string | null;
  excerpt: boolean;
  caseNumber: string | null;
  letterDate: IsoDate | null;
  reviewDate: IsoDate | null;
  dateAssigned: IsoDate | null;
  applicationReceived: IsoDate | null;
  urDenialDate: IsoDate | null;
  dateOfInjury: IsoDate | null;
  dateOfBirth: IsoDate | null;
  /** The last day to appeal, when it is known (optional in version 1). */
  appealBy?: IsoDate | null;
  age: number | null;
  sex: 'male' | 'female' | null;
  reviewer: { specialty: string | null; licensure: string | null };
  items: RecordItem[];
  findings: RecordFindingOut[];
  counts: Record<Severity, number>;
}

/** Where an offset stands, 0-based, as the caller's document counts lines (LF, CRLF and CR). */
export type PositionAt = (offset: number) => { line: number; character: number };

/** The record of a letter and its checked findings; `file` is the name the letter is shown by. */
export function letterRecord(file: string, letter: Letter, findings: readonly RecordFinding[], positionAt: PositionAt): LetterRecord {
  const range = rangeIn(positionAt);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    file,
    layout: letter.layout,
    layoutName: layoutName(letter.layout) ?? null,
    excerpt: letter.excerpt,
    caseNumber: letter.header.caseNumber?.value ?? null,
    letterDate: headerDate(letter, 'letterDate'),
    reviewDate: headerDate(letter, 'decisionDate'),
    dateAssigned: headerDate(letter, 'dateAssigned'),
    applicationReceived: headerDate(letter, 'applicationReceived'),
    urDenialDate: headerDate(letter, 'urDenialDate'),
    dateOfInjury: headerDate(letter, 'dateOfInjury') ?? firstDate(letter, 'injury'),
    dateOfBirth: firstDate(letter, 'birth'),
    age: letter.patient.age?.value ?? null,
    sex: letter.patient.sex?.value ?? null,
    reviewer: { specialty: letter.reviewer?.specialty?.value ?? null, licensure: letter.reviewer?.licensure?.value ?? null },
    items: letter.items.map((item) => itemRecord(letter, item, positionAt)),
    findings: findings.map((f) => {
      const r = range(f.span);
      return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: r.start.line + 1,
        column: r.start.character + 1,
        range: r,
        related: (f.related ?? []).map((x) => ({ message: x.message, range: range(x.span) })),
      };
    }),
    counts,
  };
}

function itemRecord(letter: Letter, item: Item, positionAt: PositionAt): RecordItem {
  const [kind] = categoriesOf(item.title);
  return {
    number: item.index + 1,
    title: item.title,
    kind: kind ?? null,
    quantity: requestCount(item.title, item.request)?.n ?? null,
    decision: (decisionLabel(item) as RecordItem['decision']) ?? null,
    partial: item.partial !== undefined,
    line: positionAt(item.titleSpan.start).line + 1,
    citations: letter.citations.filter((c) => c.item === item.index).map(citationRecord),
  };
}

function citationRecord(citation: Citation): RecordCitation {
  return {
    guideline: citation.guideline,
    name: citation.name,
    edition: citation.edition ?? null,
    nonMtus: citation.nonMtus,
    topic: citation.topic?.name ?? null,
    sections: citation.sections.map((s) => s.name),
    pages: citation.pages.map((p) => ({ from: p.from, to: p.to })),
    chapter: citation.chapter?.number ?? null,
  };
}

function rangeIn(positionAt: PositionAt): (span: Span) => RecordRange {
  const at = (offset: number): RecordPosition => ({ ...positionAt(offset), offset });
  return (span) => ({ start: at(span.start), end: at(span.end) });
}

function headerDate(letter: Letter, key: HeaderKey): IsoDate | null {
  const date = letter.header[key]?.date;
  return date ? isoDate(date) : null;
}

function firstDate(letter: Letter, role: DateRole): IsoDate | null {
  const found = letter.dates.find((d) => d.role === role);
  return found ? isoDate(found.date) : null;
}
