// Quality against careful-reader labels: recall of the labelled high/medium inconsistencies and
// precision of the warning/error findings, over every labelled letter in both extractions.
// A finding matches a label when its rule can report the label's type and one of its lines (its
// own or a related statement's) lies within two lines of one of the label's lines.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/letter';
import { check, type CheckedFinding } from '../../server/src/service';
import { TODAY } from './findings';
import { FIXTURES } from './fixtures';

export const LABEL_TYPES = [
  'date_of_injury_conflict',
  'date_before_injury',
  'ur_date_conflict',
  'chronology',
  'birthdate_conflict',
  'age_conflict',
  'pronoun_sex_conflict',
  'laterality_conflict',
  'body_part_mismatch',
  'guideline_topic_mismatch',
  'quantity_mismatch',
  'internal_conflict',
  'decision_rationale_conflict',
  'duplicate_item',
  'spelling',
  'encoding_damage',
  'template_remnant',
  'other',
] as const;

export type LabelType = (typeof LABEL_TYPES)[number];

export interface Quote {
  line: number;
  evidence: string;
}

export interface Inconsistency extends Quote {
  type: LabelType;
  severity: 'high' | 'medium' | 'low';
  detail: string;
  related?: Quote[];
}

export interface Labels {
  letter: string;
  reader?: string;
  items: { title: string; decision: string }[];
  inconsistencies: Inconsistency[];
}

/** The label types each rule reports; a finding of the rule supports a label of these types. */
export const RULE_TYPES: Record<string, LabelType[]> = {
  'injury-date-conflict': ['date_of_injury_conflict'],
  'birthdate-conflict': ['birthdate_conflict'],
  'age-dob-conflict': ['age_conflict', 'birthdate_conflict'],
  'event-before-injury': ['date_before_injury', 'chronology'],
  'duration-exceeds-injury': ['date_before_injury', 'chronology', 'internal_conflict'],
  'time-since-injury': ['chronology', 'date_before_injury'],
  'date-after-decision': ['chronology', 'ur_date_conflict'],
  'header-chronology': ['chronology', 'ur_date_conflict', 'date_before_injury'],
  'ur-date-conflict': ['ur_date_conflict', 'chronology'],
  'pronoun-sex-conflict': ['pronoun_sex_conflict'],
  'laterality-mismatch': ['laterality_conflict'],
  'body-part-mismatch': ['body_part_mismatch', 'guideline_topic_mismatch'],
  'guideline-item-mismatch': ['guideline_topic_mismatch', 'body_part_mismatch'],
  'citation-page-mismatch': ['guideline_topic_mismatch'],
  'superseded-edition': ['guideline_topic_mismatch', 'other'],
  'quantity-mismatch': ['quantity_mismatch'],
  'supply-arithmetic': ['quantity_mismatch'],
  'partial-certification-arithmetic': ['quantity_mismatch'],
  'missing-strength-quantity': ['quantity_mismatch', 'other'],
  'statement-conflict': ['internal_conflict'],
  'decision-rationale-conflict': ['decision_rationale_conflict', 'internal_conflict'],
  'no-evidence-cited': ['internal_conflict', 'guideline_topic_mismatch', 'other'],
  'duplicate-item': ['duplicate_item'],
  'split-word': ['spelling'],
  'encoding-damage': ['encoding_damage'],
  'template-remnant': ['template_remnant'],
  'dated-without-date': ['template_remnant', 'other'],
  'opioid-dose-threshold': ['other'],
  'missing-age-sex': ['other'],
  'missing-section': ['other'],
  'item-incomplete': ['other'],
};

/** The two extractions of each labelled letter: the PDF's text by pypdf and by pdftotext (seeds: as extracted, and single-spaced with CRLF and a BOM). */
export const EXTRACTIONS: { name: string; real: string; seeds: string }[] = [
  { name: 'pypdf', real: 'real', seeds: 'seeds' },
  { name: 'pdftotext', real: 'real-pdftotext', seeds: 'seeds-crlf' },
];

export const LABELS = path.join(FIXTURES, 'labels');

export function readLabels(dir = LABELS): Labels[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'floor.json')
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Labels);
}

/** Only letters and digits, lower-cased, with the offset in the text of each kept character. */
function skeleton(text: string): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[A-Za-z0-9]/.test(c)) {
      chars += c.toLowerCase();
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

/** 1-based line starts of a text (CRLF, LF and CR all end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Where a labelled quote stands in one extraction: the line of the occurrence nearest the labelled line, by position in the letter. */
export class Locator {
  private readonly sk: { chars: string; offsets: number[] };
  private readonly starts: number[];

  constructor(
    readonly text: string,
    private readonly labelledLines: number,
  ) {
    this.sk = skeleton(text);
    this.starts = lineStarts(text);
  }

  line(offset: number): number {
    return lineOf(this.starts, offset);
  }

  locate(quote: Quote): number | undefined {
    const needle = skeleton(quote.evidence).chars;
    if (!needle) return undefined;
    const hits: number[] = [];
    for (let at = this.sk.chars.indexOf(needle); at >= 0; at = this.sk.chars.indexOf(needle, at + 1)) hits.push(at);
    if (!hits.length) return undefined;
    const want = (quote.line / Math.max(1, this.labelledLines)) * this.starts.length;
    const lines = hits.map((h) => this.line(this.sk.offsets[h]));
    return lines.reduce((best, l) => (Math.abs(l - want) < Math.abs(best - want) ? l : best));
  }
}

export interface Outcome {
  letter: string;
  extraction: string;
  label: Inconsistency;
  found: boolean;
}

export interface TypeRow {
  labelled: number;
  found: number;
  missed: number;
  unlabelled: number;
}

export interface Quality {
  recall: number;
  precision: number;
  found: number;
  labelled: number;
  supported: number;
  findings: number;
  letters: number;
  perType: Record<string, TypeRow>;
  missed: { letter: string; extraction: string; type: string; line: number; detail: string }[];
  unsupported: { letter: string; extraction: string; rule: string; line: number; message: string }[];
  unlocated: { letter: string; extraction: string; evidence: string }[];
}

const NEAR = 2;

function letterFile(name: string, ex: (typeof EXTRACTIONS)[number]): string {
  const seed = /^\d{3}_/.test(name);
  return path.join(FIXTURES, seed ? ex.seeds : ex.real, `${name}.txt`);
}

export function measure(labels: Labels[] = readLabels()): Quality {
  const perType: Record<string, TypeRow> = {};
  const row = (t: string): TypeRow => (perType[t] ??= { labelled: 0, found: 0, missed: 0, unlabelled: 0 });
  const q: Quality = {
    recall: 0,
    precision: 0,
    found: 0,
    labelled: 0,
    supported: 0,
    findings: 0,
    letters: 0,
    perType,
    missed: [],
    unsupported: [],
    unlocated: [],
  };
  for (const l of labels) {
    const pypdfLines = lineStarts(fs.readFileSync(letterFile(l.letter, EXTRACTIONS[0]), 'utf8')).length;
    for (const ex of EXTRACTIONS) {
      const file = letterFile(l.letter, ex);
      if (!fs.existsSync(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      q.letters++;
      const at = new Locator(text, pypdfLines);
      const findings = check(parse(text), undefined, TODAY).filter((f) => f.severity !== 'hint');
      const findingLines = (f: CheckedFinding): number[] => [f.span, ...(f.related ?? []).map((r) => r.span)].map((s) => at.line(s.start));
      const labelLines = (i: Inconsistency): number[] => {
        const out: number[] = [];
        for (const quote of [i, ...(i.related ?? [])]) {
          const line = at.locate(quote);
          if (line !== undefined) out.push(line);
          else if (quote === i) q.unlocated.push({ letter: l.letter, extraction: ex.name, evidence: quote.evidence });
        }
        return out;
      };
      const located = l.inconsistencies.map((i) => ({ label: i, lines: labelLines(i) }));
      const matches = (f: CheckedFinding, label: Inconsistency, lines: number[]): boolean =>
        (RULE_TYPES[f.rule] ?? []).includes(label.type) && findingLines(f).some((fl) => lines.some((ll) => Math.abs(fl - ll) <= NEAR));
      for (const { label, lines } of located) {
        if (label.severity === 'low') continue;
        const found = findings.some((f) => matches(f, label, lines));
        q.labelled++;
        row(label.type).labelled++;
        if (found) {
          q.found++;
          row(label.type).found++;
        } else {
          row(label.type).missed++;
          q.missed.push({ letter: l.letter, extraction: ex.name, type: label.type, line: lines[0] ?? label.line, detail: label.detail });
        }
      }
      for (const f of findings) {
        if (f.severity !== 'warning' && f.severity !== 'error') continue;
        q.findings++;
        if (located.some(({ label, lines }) => matches(f, label, lines))) q.supported++;
        else {
          row((RULE_TYPES[f.rule] ?? ['other'])[0]).unlabelled++;
          q.unsupported.push({ letter: l.letter, extraction: ex.name, rule: f.rule, line: at.line(f.span.start), message: f.message });
        }
      }
    }
  }
  q.recall = q.labelled ? q.found / q.labelled : 1;
  q.precision = q.findings ? q.supported / q.findings : 1;
  return q;
}

export function summaryLine(q: Quality): string {
  const pct = (x: number): string => x.toFixed(3);
  return `quality: recall ${pct(q.recall)} (${q.found}/${q.labelled}) precision ${pct(q.precision)} (${q.supported}/${q.findings})`;
}
