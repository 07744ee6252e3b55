// The header block: "Case Number: CM16-0213037  Date Assigned: 11/09/2016 ...".
//
// PDF extractors disagree on where a value lands: right after its label (pypdf), after all the
// labels of its column (pdftotext), or with the label split around it ("Application 11/03/2016
// Received:"). Values have types, and every extractor keeps the labels of one type and their
// values in the same relative order, so a label takes the value right after it when there is
// one, and otherwise the next unclaimed value of its type, in order.

import { parseDateText } from './dates';
import { flexible } from '../base/text';
import type { Span } from '../base/span';
import type { HeaderField, HeaderKey } from './types';

type ValueType = 'case' | 'date' | 'priority';

interface LabelDef {
  key: HeaderKey;
  label: string;
  type: ValueType;
  /** Alternative spellings of the label. */
  also?: string[];
}

const LABELS: LabelDef[] = [
  { key: 'caseNumber', label: 'Case Number:', type: 'case', also: ['IMR Case Number:'] },
  { key: 'dateAssigned', label: 'Date Assigned:', type: 'date' },
  { key: 'dateOfInjury', label: 'Date of Injury:', type: 'date' },
  { key: 'decisionDate', label: 'Decision Date:', type: 'date' },
  { key: 'urDenialDate', label: 'UR Denial Date:', type: 'date', also: ['Date of UR Decision:'] },
  { key: 'priority', label: 'Priority:', type: 'priority' },
  // "Application" and "Received:" are often torn apart; the first word is enough here.
  { key: 'applicationReceived', label: 'Application Received:', type: 'date', also: ['Application'] },
  { key: 'letterDate', label: 'Dated:', type: 'date' },
];

/** The L1 header's fields in their printed order (the L0 notice's "Dated:" is not one of them). */
export const HEADER_FIELDS: { key: HeaderKey; label: string }[] = LABELS.filter((d) => d.key !== 'letterDate').map((d) => ({
  key: d.key,
  label: d.label.replace(/:$/, ''),
}));

// Each label as printed, and as extraction may have split it (" Applicati on", "Date of\nInjury:").
const LABEL_FORMS = LABELS.map((d) => {
  const forms = [d.label, ...(d.also ?? [])].sort((a, b) => b.length - a.length);
  return { def: d, forms, re: new RegExp(forms.map((f) => `\\b${flexible(f)}`).join('|'), 'g') };
});

/** The first occurrence of a label in the region: as printed if it is there, else as extracted. */
function findLabel(head: string, from: number, label: (typeof LABEL_FORMS)[number]): Span | undefined {
  let best: Span | undefined;
  for (const form of label.forms) {
    const at = head.indexOf(form, from);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + form.length };
  }
  if (best) return best;
  label.re.lastIndex = from;
  const m = label.re.exec(head);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const VALUE_RE: Record<ValueType, RegExp> = {
  case: /\bC ?M ?\d ?\d ?- ?\d[\d ]{5,9}\d\b/y,
  date: /\b\d{1,2} ?[/-] ?\d{1,2} ?[/-] ?\d{2,4}\b/y,
  priority: /\b(?:Standard|Expedited)\b/y,
};

const SKIP_BETWEEN = /[ \t]*(?:\r?\n[ \t]*)?/y;

interface Value {
  type: ValueType;
  span: Span;
  text: string;
  taken: boolean;
}

export function parseHeader(text: string, region: Span): Partial<Record<HeaderKey, HeaderField>> {
  const out: Partial<Record<HeaderKey, HeaderField>> = {};
  const head = text.slice(0, region.end);
  const labels: { def: LabelDef; span: Span }[] = [];
  for (const l of LABEL_FORMS) {
    const found = findLabel(head, region.start, l);
    if (found) labels.push({ def: l.def, span: found });
  }
  labels.sort((a, b) => a.span.start - b.span.start);
  if (labels.length === 0) return out;

  const values = findValues(head, region);
  const pending: { def: LabelDef; span: Span }[] = [];
  for (const l of labels) {
    // A value right after the label (same line, or the next line when nothing else is there).
    SKIP_BETWEEN.lastIndex = l.span.end;
    SKIP_BETWEEN.exec(head);
    const at = SKIP_BETWEEN.lastIndex;
    const direct = values.find((v) => !v.taken && v.type === l.def.type && v.span.start === at);
    if (direct) assign(out, l, direct);
    else pending.push(l);
  }
  for (const l of pending) {
    const next = values.find((v) => !v.taken && v.type === l.def.type);
    if (next) assign(out, l, next);
  }
  return out;
}

function findValues(head: string, region: Span): Value[] {
  const values: Value[] = [];
  // One scan: at each word start, try each value type.
  const wordStart = /\b[\dCSE]/g;
  wordStart.lastIndex = region.start;
  for (let m = wordStart.exec(head); m; m = wordStart.exec(head)) {
    for (const type of ['case', 'date', 'priority'] as const) {
      const re = VALUE_RE[type];
      re.lastIndex = m.index;
      const v = re.exec(head);
      if (v) {
        values.push({ type, span: { start: m.index, end: m.index + v[0].length }, text: v[0], taken: false });
        wordStart.lastIndex = m.index + v[0].length;
        break;
      }
    }
  }
  return values;
}

function assign(out: Partial<Record<HeaderKey, HeaderField>>, label: { def: LabelDef; span: Span }, value: Value): void {
  value.taken = true;
  const field: HeaderField = {
    key: label.def.key,
    label: label.def.label.replace(/:$/, ''),
    labelSpan: label.span,
    value: value.text.replace(/\s+/g, ''),
    valueSpan: value.span,
  };
  if (value.type === 'date') {
    const d = parseDateText(value.text);
    if (d) field.date = d.date;
  }
  out[label.def.key] = field;
}
