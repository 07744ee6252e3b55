import type { Concept } from '../knowledge/concepts';
import { firstNotBefore } from '../base/sorted';
import type { Span } from '../base/span';
import type { Letter } from '../letter';
import {
  conceptMentions,
  rationaleDocuments,
  rationaleReceived,
  readItemStatements,
  summaryNormals,
  summaryTreatmentLists,
  type ConceptMention,
} from '../letter/statements';
import { mentionClause, mentionPlace } from '../letter/mention-quotes';
import { disputedApprovals } from '../letter/approvals';
import { unseenResults } from '../letter/study-results';
import { clipped, inSteps, matchesIn, matchSpan, pausesBefore, type Finding, type Related, type Rule } from './rule';

// Words between a denial and a report in one sentence that make them two observations: another
// date or visit, another side ("without spasms on 11-15-16 ... spasms on 11-22-16").
// The report must stand in a clause of its own: "did not note what medications this patient was
// prescribed" denies a list, it does not report one.
const NEW_CLAUSE = /[,;:]|\b(?:but|however|although|though|yet|and|while|whereas)\b/gi;
const ANOTHER_TIME_OR_SIDE =
  /\d|\b(?:left|right|bilateral(?:ly)?|prior|previous(?:ly)?|now|currently|today|later|subsequent(?:ly)?|since|after|before|then|initially|earlier|visit|follow-?up)\b/gi;
/** Statements of the summary a finding points at; the message counts them all. */
const MAX_RELATED = 10;

/**
 * "There is no documentation of radicular symptoms" in a rationale whose case summary reports
 * "pain radiating down the left leg": the rationale denies what the summary reports. Also a
 * sentence that denies a finding and then reports it.
 */
export const statementConflict: Rule = inSteps({
  id: 'statement-conflict',
  title: 'Rationale denies what the case summary reports',
  defaultSeverity: 'warning',
  *steps(letter: Letter) {
    // The rationales are read item by item (the letter's readings then take what was read).
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      readItemStatements(letter, item);
    }
    const { text } = letter;
    const mentions = conceptMentions(letter);
    const denials = mentions.filter((m) => m.negation && !m.qualifier);
    const documents = rationaleDocuments(letter);
    const received = rationaleReceived(letter);
    const studyConflicts = [...approvedYetDisputed(letter), ...resultsOnlyRequested(letter)];
    if (!denials.length && !documents.length && !received.length) return studyConflicts;
    const { summary, sentences } = reportsOf(text, mentions, denials);
    const summaryDenials = denials.filter((m) => m.item === undefined);
    const out: Finding[] = [
      ...againstSummary(
        letter,
        documents,
        [...summaryDenials, ...summaryNormals(letter).filter((m) => !m.qualifier)],
        summary,
        documentedMessage,
      ),
      // A named treatment ("despite physical therapy") against a denial or a list that leaves it
      // out; therapy in general ("despite therapy") against a denial of any ("has not done any therapy").
      ...againstSummary(
        letter,
        received.filter((m) => m.group >= 0),
        [...summaryDenials, ...summaryTreatmentLists(letter)],
        summary,
        receivedMessage,
      ),
      ...againstSummary(
        letter,
        received.filter((m) => m.group < 0),
        summaryDenials.filter((m) => m.concept.id === 'therapyReceived' && m.group < 0),
        summary,
        receivedMessage,
      ),
    ];
    out.push(...studyConflicts);
    if (!denials.length) return out;
    const seen = new Set<string>();
    const related = new Map<ConceptMention[], { related: Related[]; count: number; quoted: string }>();
    for (const [i, denial] of denials.entries()) {
      if (pausesBefore(i)) yield;
      const key = `${denial.sentence.start} ${denial.concept.id}`;
      if (seen.has(key)) continue;
      const later = sentences.get(denial.sentence.start)?.laterThan(denial);
      const support =
        denial.item !== undefined
          ? summary.answering(denial)
          : aboutTheRecords(text, denial)
            ? summary.answering(denial).filter((a) => a.sentence.start !== denial.sentence.start)
            : undefined;
      if (!later && !support?.length) continue;
      seen.add(key);
      const denied = `"${fold(text, denial.phrase)}" (no ${denial.concept.label})`;
      if (later) {
        out.push({
          span: denial.phrase,
          message: `This sentence says ${denied}, then reports "${fold(text, later.span)}".`,
          related: [{ span: later.span, message: `The same sentence reports "${fold(text, later.span)}"` }],
        });
        continue;
      }
      let r = related.get(support!);
      if (!r) related.set(support!, (r = relatedOf(text, support!)));
      out.push({
        span: denial.phrase,
        message: `${denial.item === undefined ? 'The case summary says' : 'The rationale says'} ${denied}, but ${denial.item === undefined ? 'it also' : 'the case summary'} reports ${r.quoted}${r.count > 2 ? ` and ${r.count - 2} more` : ''}.`,
        related: r.related.slice(),
      });
    }
    return out;
  },
});

/** The statements that report a finding, grouped once: the summary's, and those of each sentence that denies one (by the sentence's start). */
function reportsOf(
  text: string,
  mentions: ConceptMention[],
  denials: ConceptMention[],
): { summary: Reports; sentences: Map<number, Reports> } {
  const denying = new Set(denials.map((m) => m.sentence.start));
  const summary = new Reports(text);
  const sentences = new Map<number, Reports>();
  for (const m of mentions) {
    if (m.negation || m.qualifier || (m.group < 0 && !m.concept.namesAffirm)) continue;
    if (m.item === undefined) summary.add(m);
    if (!denying.has(m.sentence.start)) continue;
    let own = sentences.get(m.sentence.start);
    if (!own) sentences.set(m.sentence.start, (own = new Reports(text)));
    own.add(m);
  }
  return { summary, sentences };
}

// A case summary's denial that speaks for the whole record ("The medical records do not reveal any
// neurological deficits", "There is no documentation of radicular symptoms"), not for one visit
// or one day: its sentence names the records and no date, visit or time.
const THE_RECORDS = /\b(?:records?|documentation|documents|file|chart)\b/i;
const ONE_TIME =
  /\d{1,2}[/-]\d{1,2}|\b(?:19|20)\d\d\b|\b(?:visit|exam(?:ination)?|evaluation|consultation|follow-?up|report|note|progress|time|day|today|currently|initially|previously|prior|later|subsequent\w*|since|after|before|when|then|at\s+that)\b/i;

/** Whether a case summary's denial speaks for the whole record. */
function aboutTheRecords(text: string, denial: ConceptMention): boolean {
  const sentence = text.slice(denial.sentence.start, denial.sentence.end);
  return (
    !denial.negation?.findingOnly && THE_RECORDS.test(text.slice(denial.sentence.start, denial.phrase.end)) && !ONE_TIME.test(sentence)
  );
}

/**
 * The reverse: a rationale says the records document a finding ("there is indication of neurologic
 * dysfunction") that the case summary finds normal or denies ("intact C5 and C6 dermatome
 * sensation"), or says a treatment was given ("has completed a full course of physical therapy")
 * that the summary says was not ("has not done any therapy") or leaves out of its list of the
 * treatment to date; and the summary reports it nowhere (`reported`: the summary's reports, as the
 * main check groups them).
 */
function againstSummary(
  letter: Letter,
  statements: ConceptMention[],
  denying: ConceptMention[],
  reported: Reports,
  message: (said: string, d: ConceptMention, quoted: string) => string,
): Finding[] {
  if (!statements.length || !denying.length) return [];
  const { text } = letter;
  const against = new Reports(text);
  for (const d of denying) against.add(d);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const d of statements) {
    const key = `${d.sentence.start} ${d.concept.id}`;
    if (seen.has(key) || reported.answering(d).length) continue;
    const denied = against.answering(d);
    if (!denied.length) continue;
    seen.add(key);
    out.push({
      span: d.span,
      message: message(fold(text, d.span), d, fold(text, mentionClause(text, denied[0]))),
      related: denied
        .slice(0, MAX_RELATED)
        .map((x) => ({ span: mentionClause(text, x), message: `The case summary reports "${fold(text, mentionClause(text, x))}"` })),
    });
  }
  return out;
}

/** The case summary says a study was approved that the letter decides as a disputed item. */
function approvedYetDisputed(letter: Letter): Finding[] {
  return disputedApprovals(letter).map(({ span, item, denials }) => ({
    span,
    message: `The case summary says "${fold(letter.text, span)}", but "${clipped(item.title)}" is a disputed item: the utilization review did not certify it${denials.length ? ', as the summary also says' : ''}.`,
    related: [
      { span: item.titleSpan, message: `The disputed item: ${clipped(item.title)}` },
      ...denials.slice(0, MAX_RELATED).map((d) => ({ span: d, message: `The case summary says "${fold(letter.text, d)}"` })),
    ],
  }));
}

/** A rationale relies on a study's result that the case summary gives only as requested. */
function resultsOnlyRequested(letter: Letter): Finding[] {
  const { text } = letter;
  return unseenResults(letter).map(({ span, study, requests }) => ({
    span,
    message: `The rationale relies on the ${study}'s result ("${fold(text, span)}"), but the case summary gives the ${study} only as requested ("${fold(text, requests[0])}").`,
    related: requests.slice(0, MAX_RELATED).map((r) => ({ span: r, message: `The case summary says "${fold(text, r)}"` })),
  }));
}

const documentedMessage = (said: string, mention: ConceptMention, quoted: string): string =>
  `The rationale says the records show "${said}" (${mention.concept.label}), but the case summary reports "${quoted}" and nothing of the kind.`;
const receivedMessage = (said: string, mention: ConceptMention, quoted: string): string =>
  `The rationale says ${said} was already given, but the case summary reports "${quoted}" and no ${said} received.`;

/**
 * The statements of one part of a letter (the case summary, a sentence) that report a finding, in
 * text order, grouped by concept and by synonym group, with the answers to each kind of denial
 * found once: a letter with thousands of denials and reports is read in n log n.
 */
class Reports {
  /** By concept: every report of it, then those of each synonym group (index group + 1). */
  private readonly byConcept = new Map<Concept, ConceptMention[][]>();
  private readonly answers = new Map<string, ConceptMention[]>();
  private clauses?: Span[];
  private others?: Span[];

  constructor(private readonly text: string) {}

  add(mention: ConceptMention): void {
    let lists = this.byConcept.get(mention.concept);
    if (!lists) this.byConcept.set(mention.concept, (lists = [[]]));
    insert(lists[0], mention);
    if (mention.group >= 0) insert((lists[mention.group + 1] ??= []), mention);
  }

  /** The reports of the finding a denial denies: of its concept, or of its synonym group for a member's denial. */
  private of(denial: ConceptMention): ConceptMention[] | undefined {
    return this.byConcept.get(denial.concept)?.[denial.group + 1];
  }

  /**
   * The reports that answer a denial, in text order: of its concept (of its synonym group, for a
   * member's denial), and, when the denial names a body region, of that region (by part or by
   * limb, as the concept's scope says); when it names a side, not of the other side only.
   */
  answering(denial: ConceptMention): ConceptMention[] {
    const candidates = this.of(denial);
    if (!candidates?.length) return [];
    const place = mentionPlace(this.text, denial);
    const part = denial.concept.scope === 'part';
    const regions: readonly string[] = part ? place.regions : place.limbs;
    if (!regions.length && !place.sides.length) return candidates;
    const memo = `${denial.concept.id} ${denial.group} ${part}|${[...regions].sort().join(',')}|${[...place.sides].sort().join(',')}`;
    let found = this.answers.get(memo);
    if (!found) {
      found = candidates.filter((a) => {
        const theirs = mentionPlace(this.text, a);
        const their: readonly string[] = part ? theirs.regions : theirs.limbs;
        // A report of no side may be of either; one of the other side only is another finding.
        return (
          (!regions.length || regions.some((r) => their.includes(r))) &&
          (!place.sides.length || !theirs.sides.length || place.sides.some((s) => theirs.sides.includes(s)))
        );
      });
      this.answers.set(memo, found);
    }
    return found;
  }

  /**
   * The first report of the denial's own sentence, after it, that answers it in a clause of its
   * own, with no other date, visit or side between them: "She denies numbness, but reports
   * numbness of the left foot".
   */
  laterThan(denial: ConceptMention): ConceptMention | undefined {
    const { sentence, phrase } = denial;
    const candidates = this.of(denial);
    if (!candidates || firstAt(candidates, phrase.end) === candidates.length) return undefined;
    this.clauses ??= matches(NEW_CLAUSE, this.text, sentence);
    this.others ??= matches(ANOTHER_TIME_OR_SIDE, this.text, sentence);
    // Between the denial and the report: a new clause, and no other time or side.
    const from = firstEnd(this.clauses, phrase.end);
    if (from === undefined) return undefined;
    const until = firstEnd(this.others, phrase.end) ?? Infinity;
    const answers = this.answering(denial);
    const a = answers[firstAt(answers, Math.max(from, phrase.end))];
    return a && a.span.start < until ? a : undefined;
  }
}

/** Adds a mention to a list in text order (the mentions come in text order: at its end). */
function insert(list: ConceptMention[], mention: ConceptMention): void {
  if (!list.length || list[list.length - 1].span.start <= mention.span.start) list.push(mention);
  else list.splice(firstAt(list, mention.span.start), 0, mention);
}

/** Every match of a global pattern in a span of the text, in order. */
function matches(pattern: RegExp, text: string, span: Span): Span[] {
  return Array.from(matchesIn(pattern, text, span), (match) => matchSpan(match));
}

/** Where the first match that starts at or after `pos` ends. */
const firstEnd = (spans: Span[], pos: number): number | undefined => spans[firstNotBefore(spans, (s) => s.start < pos)]?.end;

/** The index of the first mention that starts at or after `pos`. */
const firstAt = (list: ConceptMention[], pos: number): number => firstNotBefore(list, (m) => m.span.start < pos);

function fold(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/**
 * Each affirming statement's clause, once (the first few), how many there are, and the first two
 * quoted. The statements come in text order, and so do their clauses: one that overlaps an earlier
 * clause overlaps the last.
 */
function relatedOf(text: string, support: ConceptMention[]): { related: Related[]; count: number; quoted: string } {
  const related: Related[] = [];
  const quotes: string[] = [];
  let count = 0;
  let last: Span | undefined;
  for (const a of support) {
    const clause = mentionClause(text, a);
    if (last && last.start < clause.end && clause.start < last.end) continue;
    last = clause;
    count++;
    if (count <= 2) quotes.push(`"${fold(text, clause)}"`);
    if (count <= MAX_RELATED) related.push({ span: clause, message: `The case summary reports "${fold(text, clause)}"` });
  }
  return { related, count, quoted: quotes.join(' and ') };
}
