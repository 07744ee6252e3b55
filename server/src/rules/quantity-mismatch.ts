import type { Span } from '../base/span';
import { addTo, firstNotBefore } from '../base/sorted';
import { escapeRegExp, MAX_PHRASE_PATTERN } from '../base/text';
import {
  aboutItem,
  completedSessions,
  decidedCounts,
  itemName,
  parseRequest,
  plannedDrugs,
  requestCount,
  therapyOf,
  type Item,
  type Therapy,
  type Letter,
} from '../letter';
import { medicationsIn } from '../letter/medications';
import { ItemIndex, PhraseIndex } from '../letter/item-phrases';
import { deniedRequests, saysAtLeast, type CountStatement } from '../letter/quantities';
import { clipped, inSteps, matchSpan, pausesBefore, type Finding, type Rule } from './rule';

const normStrength = (strength: string): string =>
  strength
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(\d)-(\d)/g, '$1/$2')
    .replace(/grams?|gm/g, 'g')
    .replace(/mcg\/h(?:r|our)?/g, 'mcg/h');

/**
 * The rationale decides another count or strength than the item in dispute (for a partial
 * certification, its remaining portion), the original request or the treatment plan gives the drug
 * another strength than the item decided, or two counts of completed sessions cannot both hold.
 */
export const quantityMismatch: Rule = inSteps({
  id: 'quantity-mismatch',
  title: 'Quantity or strength differs between statements',
  defaultSeverity: 'warning',
  *steps(letter: Letter) {
    const out: Finding[] = [];
    const deniedFor = yield* deniedOf(letter);
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      out.push(
        ...decided(letter, item),
        ...denied(letter, item, deniedFor),
        ...originalStrength(letter, item),
        ...plannedStrength(letter, item),
      );
    }
    out.push(...completedCounts(letter));
    return out;
  },
});

/** The item line, or for a partial certification the remaining portion in it. */
function itemRelated(letter: Letter, item: Item): { span: Span; message: string } {
  if (!item.partial || item.partial.whole) return { span: item.titleSpan, message: `The item: ${clipped(item.title)}` };
  return {
    span: find(letter.text, item.titleSpan, item.title, 'last') ?? item.titleSpan,
    message: `The remaining portion in dispute: ${clipped(item.title)}`,
  };
}

/**
 * What the rationale decides against the item: a count ("the request for 8 chiropractic visits"
 * when 5 sessions are in dispute) or a strength ("the request for Norco 10/325mg" for 5/325mg).
 */
function decided(letter: Letter, item: Item): Finding[] {
  const partial = item.partial && !item.partial.whole;
  const where = partial ? 'in the remaining portion' : 'in the item';
  const differs = new Map<number, { span: Span; text: string; what: string[] }>();
  const add = (span: Span, text: string, what: string): void => {
    const d = differs.get(span.start) ?? { span, text, what: [] };
    d.what.push(what);
    differs.set(span.start, d);
  };
  const target = requestCount(item.title, item.request);
  if (target) {
    const sum = target.parts.length > 1 ? `${target.parts.join(' + ')} = ${target.n}` : `${target.n}`;
    for (const d of decidedCounts(letter, item)) {
      if (d.n !== target.n && (d.bare || aboutItem(item, d.text) || (d.therapy !== undefined && d.therapy === therapyOf(item.title))))
        add(d.span, d.text, `${d.n} here, ${sum} ${where}`);
    }
  }
  const strength = item.request.strength;
  if (strength) {
    for (const p of item.rationaleRequests) {
      const r = parseRequest(p.text);
      if (r.strength && normStrength(r.strength) !== normStrength(strength) && aboutItem(item, p.text))
        add(p.span, p.text, `${r.strength} here, ${strength} ${where}`);
    }
  }
  return [...differs.values()].map((d) => ({
    span: d.span,
    message: `The rationale's request "${d.text}" differs from ${partial ? 'the remaining portion in dispute' : 'the item'} "${clipped(item.title)}": ${d.what.join('; ')}.`,
    related: [itemRelated(letter, item)],
  }));
}

/** The summary's denied requests of an item's kind, with what they say of the other items. */
interface Denied {
  mine: CountStatement[];
  /** The counts they give. */
  counts: Set<number>;
  /** The items of one name and count (a group each) that one of them is about. */
  held: Set<Item[]>;
  /** The titles already answered with them: an item repeated word for word adds no finding. */
  told: Set<string>;
}

/**
 * The denied requests of each item's kind, read once for all the items of one name and therapy: a
 * letter may dispute many items of one drug, and its summary deny many requests. In steps, as the
 * rule: the items are grouped by count a few hundred at a time.
 */
function* deniedOf(letter: Letter): Generator<void, (item: Item) => Denied> {
  const all = deniedRequests(letter);
  const phrases = new PhraseIndex(all.map((d) => d.text));
  const byTherapy = new Map<Therapy, number[]>();
  all.forEach((d, i) => {
    if (d.therapy !== undefined) addTo(byTherapy, d.therapy, i);
  });
  // The items that ask for each count, grouped by name (`aboutItem` reads only the name), and
  // indexed by what a denied request about them would name.
  const asking = new Map<number, Map<string, Item[]>>();
  // Read only when the summary denies some request: only a denied request's count is looked up.
  for (const [k, i] of (all.length ? letter.items : []).entries()) {
    if (pausesBefore(k)) yield;
    const n = requestCount(i.title, i.request)?.n;
    if (n === undefined) continue;
    addTo(asking.get(n) ?? asking.set(n, new Map()).get(n)!, itemName(i), i);
  }
  // Indexed when a denied request first gives the count: a letter may dispute thousands of items.
  const askingIndex = new Map<number, ItemIndex<Item[]>>();
  const askingAbout = (count: number, text: string): Iterable<Item[]> => {
    const groups = asking.get(count);
    if (!groups) return [];
    const index = askingIndex.get(count) ?? askingIndex.set(count, new ItemIndex(groups.values(), (group) => group[0])).get(count)!;
    return index.about(text);
  };
  const known = new Map<string, Denied>();
  return (item) => {
    const therapy = therapyOf(item.title);
    const key = `${itemName(item)}\u0000${therapy ?? ''}`;
    let found = known.get(key);
    if (found) return found;
    // The denied requests about the item by name, or of its therapy, in order.
    const indices = new Set([...phrases.about(item), ...(therapy === undefined ? [] : (byTherapy.get(therapy) ?? []))]);
    const mine = [...indices].sort((a, b) => a - b).map((i) => all[i]);
    const held = new Set<Item[]>();
    for (const d of mine) for (const group of askingAbout(d.n, d.text)) held.add(group);
    known.set(key, (found = { mine, counts: new Set(mine.map((d) => d.n)), held, told: new Set() }));
    return found;
  };
}

/** The case summary says the review denied the item's request with another count ("UR denied a request for Tramadol 50mg #90" for "Tramadol 50mg #60"). */
function denied(letter: Letter, item: Item, deniedFor: (item: Item) => Denied): Finding[] {
  const target = item.partial ? undefined : requestCount(item.title, item.request);
  if (!target) return [];
  // Only when every denied request of the item's kind says another count, and no other item has
  // that count: two items of one drug are two requests.
  const { mine, counts, held, told } = deniedFor(item);
  if (!mine.length || counts.has(target.n) || [...held].some((group) => group.length > 1 || group[0] !== item)) return [];
  if (told.has(item.title)) return [];
  told.add(item.title);
  return mine.map((d) => ({
    span: d.span,
    message: `The case summary says the utilization review denied "${d.text}": ${d.n} there, ${target.n} in the item "${clipped(item.title)}".`,
    related: [itemRelated(letter, item)],
  }));
}

/** "Trezix 320.5/30/16mg was the original request ... The original request, Trezix 30.5/30/16mg". */
function originalStrength(letter: Letter, item: Item): Finding[] {
  const original = item.partial?.original;
  const mine = item.request.strength;
  const theirs = original && parseRequest(original).strength;
  if (!mine || !theirs || normStrength(mine) === normStrength(theirs)) return [];
  // Both must name the same thing before the strength ("Trezix capsule 320.5..." / "... capsule 30.5...").
  const word = wordBefore(item.title, mine);
  if (!word || word !== wordBefore(original, theirs)) return [];
  const theirsAt = find(letter.text, item.titleSpan, theirs, 'first');
  return [
    {
      span: find(letter.text, item.titleSpan, mine, 'last') ?? item.titleSpan,
      message: `The item decided gives the strength ${mine}, but the original request it is part of gives ${theirs}.`,
      related: [{ span: theirsAt ?? item.titleSpan, message: `The original request: ${original}` }],
    },
  ];
}

/** The last word (of three letters or more) before a strength's numbers: "capsule" in "Trezix capsule 30.5/30/16mg". */
function wordBefore(text: string, strength: string): string | undefined {
  const at = text.indexOf(strength.replace(/(?<![a-z%])[a-z%]+$/i, ''));
  return at < 0
    ? undefined
    : text
        .slice(0, at)
        .match(/(?<![A-Za-z])[A-Za-z]{3,}(?=[^A-Za-z]*$)/)?.[0]
        .toLowerCase();
}

/** "The treatment plan included ... Flexeril 10 mg #60" for the item "Cyclobenzaprine 7.5mg #60". */
function plannedStrength(letter: Letter, item: Item): Finding[] {
  const mine = medicationsIn(letter.text, item.titleSpan)[0];
  if (!mine?.strength) return [];
  const out: Finding[] = [];
  for (const p of plannedDrugs(letter)) {
    const planned = p.strength;
    if (!planned || p.entry !== mine.entry || planned.values.join('/') === mine.strength.values.join('/')) continue;
    out.push({
      span: planned.span,
      message: `The treatment plan gives ${p.name} the strength ${planned.text}, but the item decided is ${mine.name} ${mine.strength.text}: "${clipped(item.title)}".`,
      related: [{ span: mine.strength.span, message: `The item: ${clipped(item.title)}` }],
    });
  }
  return out;
}

/** Where `needle` stands in the span (white space may break it), its first or last occurrence. */
function find(text: string, span: Span, needle: string, which: 'first' | 'last'): Span | undefined {
  if (needle.length > MAX_PHRASE_PATTERN) return undefined;
  const re = new RegExp(`(?<![\\d.])${Array.from(needle.replace(/\s/g, ''), escapeRegExp).join('\\s*')}`, 'gi');
  const hits = [...text.slice(span.start, span.end).matchAll(re)];
  const m = which === 'first' ? hits[0] : hits[hits.length - 1];
  return m ? matchSpan(m, span.start) : undefined;
}

/**
 * Two counts of the sessions already completed that cannot both hold: "At least five (5) physical
 * therapy sessions" and "four (4) physical therapy sessions completed"; or, in one rationale, "8
 * previous physical therapy sessions" and "the prior six physical therapy sessions" (a rationale
 * speaks at one time; a summary's counts may be of different visits).
 */
function completedCounts(letter: Letter): Finding[] {
  const all = completedSessions(letter);
  const floors = saysAtLeast(letter);
  const out: Finding[] = [];
  const reported = new Set<CountStatement>();
  const above = floors ? firstAbove(all) : () => undefined;
  const otherIn = otherCount(letter.text, all, reported);
  for (const exact of all) {
    if (exact.atLeast || !exact.therapy || reported.has(exact)) continue;
    const other = above(exact) ?? (exact.item !== undefined ? otherIn(exact) : undefined);
    if (!other) continue;
    reported.add(exact).add(other);
    const [first, second] = other.span.start < exact.span.start ? [other, exact] : [exact, other];
    out.push({
      span: second.span,
      message: `The ${exact.therapy} sessions already completed are counted two ways that cannot both hold: "${second.text}" here, "${first.text}" earlier.`,
      related: [{ span: first.span, message: `The other count of ${exact.therapy} sessions completed: "${first.text}"` }],
    });
  }
  out.push(...summaryAgainstRationale(letter, all, reported));
  return out;
}

/**
 * The first count "at least" of a count's therapy that is greater than it. Each therapy's counts
 * "at least" are kept in text order with the greatest so far, and the first greater is found by
 * halving: a letter may give thousands.
 */
function firstAbove(all: CountStatement[]): (count: CountStatement) => CountStatement | undefined {
  const floors = new Map<Therapy, { counts: CountStatement[]; most: number[] }>();
  for (const s of all) {
    if (!s.atLeast || !s.therapy) continue;
    const f = floors.get(s.therapy) ?? floors.set(s.therapy, { counts: [], most: [] }).get(s.therapy)!;
    f.most.push(Math.max(f.most[f.most.length - 1] ?? -Infinity, s.n));
    f.counts.push(s);
  }
  return (count) => {
    const f = floors.get(count.therapy!);
    return f && f.counts[firstNotBefore(f.most, (most) => most <= count.n)];
  };
}

/**
 * The first other exact count of a rationale count's therapy, in the same rationale, undated like
 * it, not yet reported, that differs from it. Read in the counts of its rationale and therapy
 * only; a number found without one stays so, since the reported only grow.
 */
function otherCount(
  text: string,
  all: CountStatement[],
  reported: Set<CountStatement>,
): (count: CountStatement) => CountStatement | undefined {
  const groups = new Map<string, CountStatement[]>();
  for (const s of all) if (!s.atLeast && s.item !== undefined) addTo(groups, `${s.item} ${s.therapy}`, s);
  const dated = new Map<CountStatement, boolean>();
  const isUndated = (count: CountStatement): boolean => {
    let known = dated.get(count);
    if (known === undefined) dated.set(count, (known = undated(text, count)));
    return known;
  };
  const none = new Set<string>();
  return (count) => {
    const key = `${count.item} ${count.therapy}`;
    if (!isUndated(count) || none.has(`${key} ${count.n}`)) return undefined;
    const found = groups.get(key)?.find((s) => s.n !== count.n && !reported.has(s) && isUndated(s));
    if (!found) none.add(`${key} ${count.n}`);
    return found;
  };
}

/**
 * The case summary's one exact count of a therapy's completed sessions against a lower count in a
 * rationale that names no date ("8 chiropractic therapy visits have helped" in a progress note of
 * 12/02/2016, "the patient did receive 6 visits of chiropractic therapy"): the rationale speaks at
 * the time of the review, after every record, and sessions had do not grow fewer. Reported once
 * for each such count of the rationales.
 */
function summaryAgainstRationale(letter: Letter, all: CountStatement[], reported: Set<CountStatement>): Finding[] {
  const out: Finding[] = [];
  const exact = all.filter((s) => !s.atLeast && s.therapy && (s.item === undefined || undated(letter.text, s)));
  // How many counts of each therapy the summary gives.
  const inSummary = new Map<Therapy | undefined, number>();
  for (const s of all) if (s.item === undefined) inSummary.set(s.therapy, (inSummary.get(s.therapy) ?? 0) + 1);
  for (const theirs of exact) {
    if (theirs.item !== undefined || inSummary.get(theirs.therapy) !== 1) continue;
    const told = new Set<number>([theirs.n]);
    for (const mine of exact) {
      if (mine.item === undefined || mine.therapy !== theirs.therapy || mine.n >= theirs.n || told.has(mine.n) || reported.has(mine))
        continue;
      told.add(mine.n);
      out.push({
        span: mine.span,
        message: `The ${mine.therapy} sessions already completed are counted two ways that cannot both hold: "${mine.text}" here, "${theirs.text}" in the case summary.`,
        related: [{ span: theirs.span, message: `The case summary's count of ${mine.therapy} sessions completed: "${theirs.text}"` }],
      });
    }
  }
  return out;
}

// A date or a year in a count's sentence ties it to its time: "6 sessions in 2015".
const DATED = /\d{1,2}[-/]\d{1,2}|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** Whether the sentence of a count names no date. */
function undated(text: string, count: CountStatement): boolean {
  const sentence = count.sentence ?? count.span;
  // A source in brackets is no time: "(per December 13, 2016 escalation notes)".
  return !DATED.test(text.slice(sentence.start, sentence.end).replace(/\([^()]*\)/g, ''));
}
