// The letter model's types. Pure data: no LSP, no I/O. Every span is a pair of UTF-16 offsets
// into the original text, end exclusive.

import type { CalendarDate, Precision } from '../base/calendar';
import type { Span } from '../base/span';
import type { GuidelineReference, PageRange } from '../knowledge/types';

export type Layout = 'L0' | 'L1' | 'L2' | 'L3' | 'unknown';

/** What the wording around a date says it is a date of. */
export type DateRole =
  | 'injury'
  | 'ur'
  | 'visit'
  | 'request'
  | 'rfa'
  | 'approval'
  | 'birth'
  | 'surgery'
  | 'imaging'
  | 'service'
  | 'assigned'
  | 'decision'
  | 'application'
  | 'letter'
  | 'other';

export interface DateFact {
  span: Span;
  text: string;
  date: CalendarDate;
  precision: Precision;
  role: DateRole;
  /** The section the date stands in, if any. */
  section?: SectionId;
  /** Index of the item whose block holds the date, if any. */
  item?: number;
  /** True for the header block's own field values. */
  header?: boolean;
}

export type SectionId =
  | 'header'
  | 'title'
  | 'determinations'
  | 'how'
  | 'credentials'
  | 'documents'
  | 'summary'
  | 'issue'
  | 'guidelines'
  | 'rationale'
  | 'qualifications'
  | 'decisions'
  | 'items';

export interface Section {
  id: SectionId;
  /** The heading as the layout table names it. */
  title: string;
  /** From the heading's first character to the end of the section's content. */
  span: Span;
  headingSpan: Span;
}

export type Outcome = 'upheld' | 'overturned';

export interface Decision {
  outcome: Outcome;
  /** The words as written: "Upheld", "Overturned", "is not medically necessary and appropriate". */
  text: string;
  span: Span;
}

export type PartKind = 'claimsAdministrator' | 'maximus' | 'rationale';

export interface ItemPart {
  kind: PartKind;
  /** The label, e.g. "MAXIMUS guideline:". */
  labelSpan: Span;
  /** Label and content, up to the next part or item. */
  span: Span;
  /** The content after the label. */
  contentSpan: Span;
}

export interface PartialCertification {
  /** True when the whole original request stays eligible ("..., leaving the original request IMR eligible"). */
  whole: boolean;
  original?: string;
  authorized?: string;
  remainder: string;
  span: Span;
}

export interface Request {
  drug?: string;
  strength?: string;
  quantity?: number;
  sessions?: number;
  refills?: number;
  frequency?: string;
  bodyPart?: string;
  side?: 'left' | 'right' | 'bilateral';
  retrospective?: boolean;
}

export interface Item {
  index: number;
  /** The request text: for a partial certification, the request the decision is about. */
  title: string;
  /** The whole item line(s) up to the decision word, whitespace collapsed. */
  heading: string;
  titleSpan: Span;
  /** The item line(s) from their first character to the end of the decision word. */
  headingSpan: Span;
  decision?: Decision;
  /** From the item line to the end of its block. */
  span: Span;
  parts: ItemPart[];
  partial?: PartialCertification;
  request: Request;
  /** What the decision rationale concludes, when it says so in so many words. */
  conclusion?: { outcome: Outcome; span: Span; sentence: Span };
  /** The requests the rationale's necessity statements name ("the request for X is not ..."). */
  rationaleRequests: { text: string; span: Span; sentence: Span }[];
}

export type HeaderKey =
  'caseNumber' | 'dateAssigned' | 'dateOfInjury' | 'decisionDate' | 'urDenialDate' | 'priority' | 'applicationReceived' | 'letterDate';

export interface HeaderField {
  key: HeaderKey;
  label: string;
  labelSpan: Span;
  value: string;
  valueSpan: Span;
  date?: CalendarDate;
}

export interface TextFact<T> {
  value: T;
  span: Span;
}

export interface Reviewer {
  form: 'inline' | 'block';
  licensure?: TextFact<string>;
  specialty?: TextFact<string>;
}

export interface Patient {
  age?: TextFact<number>;
  sex?: TextFact<'male' | 'female'>;
}

export type CitationSource = 'claimsAdministrator' | 'maximus' | 'text';

export interface PageRef extends PageRange {
  span: Span;
}

export interface NamedRef {
  name: string;
  span: Span;
}

/** A guideline citation as the letter writes it: what it names (see GuidelineReference) and where each part stands. */
export interface Citation extends GuidelineReference {
  span: Span;
  /** Which guideline line (or free text) the citation stands in. */
  source: CitationSource;
  item?: number;
  nameSpan: Span;
  topic?: NamedRef;
  sections: NamedRef[];
  pages: PageRef[];
  chapter?: { number: number; span: Span };
}

export interface Letter {
  text: string;
  layout: Layout;
  /** True when the text starts at HOW THE IMR... without the header block (the seeds' form). */
  excerpt: boolean;
  sections: Section[];
  items: Item[];
  header: Partial<Record<HeaderKey, HeaderField>>;
  reviewer?: Reviewer;
  patient: Patient;
  dates: DateFact[];
  citations: Citation[];
  /** Set when the text was too large to analyse; nothing else is filled in. */
  oversize?: boolean;
}
