// The letter's outline: sections; under them the header fields and the disputed items, and each
// item's three parts below it. An item's name starts with its decision ("Upheld · Norco 10/325mg
// #120"), so that an editor cutting a long name short never cuts the decision off; the detail
// says what a partial certification had already certified.

import type { Span } from '../base/span';
import { decisionLabel, partNames, type HeaderField, type Item, type Letter, type PartKind, type Section } from '../letter';

export type OutlineKind = 'section' | 'field' | 'item' | 'part';

/** What an item's icon tells: its decision, or that it decides the rest of a partial certification. */
export type OutlineDecision = 'upheld' | 'overturned' | 'partial' | 'none';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** Items only. */
  decision?: OutlineDecision;
  span: Span;
  selectionSpan: Span;
  children: OutlineNode[];
}

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** "Upheld", "Overturned (partial)" or "No decision found": the words an item's outline name starts with. */
export function decisionHeadline(item: Item): string {
  const label = decisionLabel(item);
  if (!label) return 'No decision found';
  return item.partial ? `${label} (partial)` : label;
}

function partialDetail(item: Item): string | undefined {
  if (!item.partial) return undefined;
  return item.partial.authorized ? `partly certified before IMR: ${item.partial.authorized}` : 'partly certified before IMR';
}

function itemNode(item: Item, names: Record<PartKind, string>): OutlineNode {
  return {
    name: `${decisionHeadline(item)} · ${item.title || `Item ${item.index + 1}`}`,
    detail: partialDetail(item),
    kind: 'item',
    decision: !item.decision ? 'none' : item.partial ? 'partial' : item.decision.outcome,
    span: item.span,
    selectionSpan: item.titleSpan,
    children: item.parts.map((p) => ({
      name: names[p.kind],
      kind: 'part' as const,
      span: p.span,
      selectionSpan: p.labelSpan,
      children: [],
    })),
  };
}

function fieldNode(field: HeaderField): OutlineNode {
  const span = { start: Math.min(field.labelSpan.start, field.valueSpan.start), end: Math.max(field.labelSpan.end, field.valueSpan.end) };
  return { name: field.label, detail: field.value, kind: 'field', span, selectionSpan: field.labelSpan, children: [] };
}

function sectionNode(letter: Letter, section: Section): OutlineNode {
  const children: OutlineNode[] = [];
  if (section.id === 'header' || section.id === 'title') {
    for (const f of Object.values(letter.header))
      if (f && inside(f.labelSpan, section.span) && inside(f.valueSpan, section.span)) children.push(fieldNode(f));
    children.sort((a, b) => a.span.start - b.span.start);
  }
  return {
    name: section.title,
    kind: 'section',
    span: section.span,
    selectionSpan:
      section.headingSpan.end > section.headingSpan.start ? section.headingSpan : { start: section.span.start, end: section.span.start },
    children,
  };
}

/** Editors reject a selection outside its node: keep it inside, however the letter is cut. */
function clamp(node: OutlineNode): OutlineNode {
  const start = Math.min(Math.max(node.selectionSpan.start, node.span.start), node.span.end);
  const end = Math.max(Math.min(node.selectionSpan.end, node.span.end), start);
  return { ...node, selectionSpan: { start, end }, children: node.children.map(clamp) };
}

export function outline(letter: Letter): OutlineNode[] {
  const nodes = letter.sections.map((s) => sectionNode(letter, s));
  const names = partNames(letter.layout);
  for (const item of letter.items) {
    const node = itemNode(item, names);
    // The innermost section that holds the whole item; items stand after the header's fields.
    const parent = [...nodes].reverse().find((n) => inside(item.span, n.span));
    (parent ? parent.children : nodes).push(node);
  }
  return nodes.map(clamp);
}

/** Where an item's decision is written, for an editor to colour: its outcome and whether it decides the rest of a partial certification. */
export interface DecisionMark {
  span: Span;
  outcome: 'upheld' | 'overturned';
  partial: boolean;
}

export function decisionMarks(letter: Letter): DecisionMark[] {
  return letter.items.flatMap((item) =>
    item.decision ? [{ span: item.decision.span, outcome: item.decision.outcome, partial: !!item.partial }] : [],
  );
}
