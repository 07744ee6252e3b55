// The appeal worksheet: a Markdown document a reader fills in when deciding whether to appeal a
// determination: the caption facts from the letter's header, the deadline, and each finding that
// may be a factual error under Labor Code § 4610.6(h)(5), its statements quoted with their lines.
// It never says that a letter is appealable: whether a mistake is a matter of ordinary knowledge
// is the reader's judgement, and the other grounds cannot be read from a letter.

import { lineEnd, lineStart } from '../base/lines';
import { markdownText, withoutLinks } from '../base/markdown';
import type { Span } from '../base/span';
import { APPEAL_GROUNDS, APPEAL_LAW } from '../knowledge';
import { HEADER_FIELDS, sentenceAt, type Letter } from '../letter';

/** A finding as the worksheet needs it (the rules' findings have this shape). */
export interface WorksheetFinding {
  rule: string;
  span: Span;
  message: string;
  related?: { span: Span; message: string }[];
}

/**
 * The rules whose findings may be a plainly erroneous finding of fact (§ 4610.6(h)(5)): facts a
 * reader can check against the letter itself, with what kind of fact each is about. The one list.
 */
export const FACTUAL_ERROR_RULES: Readonly<Record<string, string>> = {
  'injury-date-conflict': 'the date of injury',
  'birthdate-conflict': 'the date of birth',
  'ur-date-conflict': 'the date of the utilization review',
  'header-chronology': 'the order of the dates in the header',
  'event-before-injury': 'a date before the injury',
  'date-after-decision': 'a date after the decision',
  'duration-exceeds-injury': 'a length of time since the injury',
  'time-since-injury': 'the time since the injury',
  'age-dob-conflict': "the worker's age",
  'pronoun-sex-conflict': "the worker's sex",
  'laterality-mismatch': 'the side of the body',
  'body-part-mismatch': 'the body part',
  'quantity-mismatch': 'a quantity or strength',
  'supply-arithmetic': 'a quantity, dose or supply',
  'partial-certification-arithmetic': 'the quantity certified',
  'statement-conflict': 'what the records report',
  'decision-rationale-conflict': "the decision and the rationale's conclusion",
};

const JUDGE =
  'You must judge whether this is a mistake of fact that is a matter of ordinary knowledge, based on the information submitted for review, and not a matter subject to expert opinion; this worksheet does not decide it.';

const lineNumber = (text: string, offset: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** The sentence that holds a span (the line, for a header value), white space collapsed, at most 300 characters. */
function quote(letter: Letter, span: Span): string {
  const section = letter.sections.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  const inHeader = !section || section.id === 'header' || section.id === 'title';
  const around = inHeader
    ? { start: lineStart(letter.text, span.start), end: lineEnd(letter.text, span.start) }
    : sentenceAt(letter.text, { start: Math.min(section.headingSpan.end, span.start), end: section.span.end }, span.start);
  const s = foldedPrefix(letter.text, Math.min(around.start, span.start), Math.max(around.end, span.end), 300);
  return markdownText((s.length > 300 ? `${s.slice(0, 297)}...` : s).replace(/"/g, '\u201d'));
}

/**
 * The text from `start` to `end` with its white space folded and trimmed, whole when that is at
 * most `max` characters long, else some prefix of it longer than `max` (so that a long line
 * quoted for each of many findings is not folded whole each time).
 */
function foldedPrefix(text: string, start: number, end: number, max: number): string {
  for (let length = 4 * max; ; length *= 2) {
    const stop = Math.min(end, start + length);
    const folded = text.slice(start, stop).replace(/\s+/g, ' ').trim();
    if (stop === end || folded.length > max) return folded;
  }
}

/** "Line 79: "…"" or, with what the statement says, "Line 12, the case summary's: "…"". */
function statement(letter: Letter, span: Span, what?: string): string {
  return `Line ${lineNumber(letter.text, span.start)}${what ? ` (${markdownText(what.replace(/\.$/, ''))})` : ''}: "${quote(letter, span)}"`;
}

function caption(letter: Letter): string[] {
  const rows = HEADER_FIELDS.flatMap(({ key, label }) => {
    const f = letter.header[key];
    return f ? [`| ${label} | ${markdownText(f.value)} |`] : [];
  });
  const letterDate = letter.header.letterDate;
  if (letterDate) rows.push(`| Dated | ${markdownText(letterDate.value)} |`);
  const { age, sex } = letter.patient;
  if (age || sex)
    rows.push(
      `| Worker | ${markdownText([age && `${age.value} years old`, sex?.value].filter(Boolean).join(', '))} (as the case summary states) |`,
    );
  const r = letter.reviewer;
  if (r?.specialty || r?.licensure)
    rows.push(
      `| Expert reviewer | ${markdownText([r.specialty?.value, r.licensure && `licensed in ${r.licensure.value}`].filter(Boolean).join(', '))} |`,
    );
  const table = rows.length ? ['| | |', '| --- | --- |', ...rows, ''] : [];
  const noHeader = letter.header.caseNumber || letterDate ? [] : ['The letter has no header with a case number or dates.', ''];
  return [
    ...noHeader,
    ...table,
    'The parties (the worker, the employer, the claims administrator) are not named in the letter: add them from the case file.',
  ];
}

function findingBlock(letter: Letter, finding: WorksheetFinding, position: number): string[] {
  const related = finding.related ?? [];
  return [
    `### ${position}. ${FACTUAL_ERROR_RULES[finding.rule][0].toUpperCase()}${FACTUAL_ERROR_RULES[finding.rule].slice(1)} (\`${finding.rule}\`)`,
    '',
    markdownText(finding.message),
    '',
    `- ${statement(letter, finding.span)}`,
    ...related.map((r) => `- ${statement(letter, r.span, r.message)}`),
    '',
    `_${JUDGE}_`,
  ];
}

/** The worksheet as Markdown: caption, deadline (the lines given, or why there is none) and the (h)(5) findings. */
export function worksheet(letter: Letter, findings: readonly WorksheetFinding[], deadline: string[] | undefined): string {
  const factual = findings.filter((f) => f.rule in FACTUAL_ERROR_RULES).sort((a, b) => a.span.start - b.span.start);
  const title = letter.header.caseNumber ? `IMR appeal worksheet: ${markdownText(letter.header.caseNumber.value)}` : 'IMR appeal worksheet';
  const out = [
    `# ${title}`,
    '',
    `_Made by IMR Letters from the letter's text, for you to check and complete. It names the dates and the grounds the law gives; it does not say whether this determination can or should be appealed. It is not legal advice._`,
    '',
    '## Caption',
    '',
    ...caption(letter),
    '',
    '## Deadline',
    '',
    ...(deadline ?? [
      'The letter states no date of the determination: the deadline cannot be counted. It runs from the date the determination was mailed (' +
        APPEAL_LAW +
        ').',
    ]),
    '',
    `## Findings that may be a factual error (${APPEAL_LAW}(5))`,
    '',
    `The ground: ${APPEAL_GROUNDS[4]}`,
    '',
  ];
  if (factual.length === 0) {
    out.push(
      'The checks found no conflicting or suspicious fact of these kinds in this letter: ' +
        `${[...new Set(Object.values(FACTUAL_ERROR_RULES))].join('; ')}. That does not mean the letter has none: read it against the records.`,
    );
  } else {
    factual.forEach((f, i) => out.push(...findingBlock(letter, f, i + 1), ''));
  }
  out.push(
    '',
    `## The other grounds (${APPEAL_LAW}(1)–(4))`,
    '',
    'These cannot be read from the letter:',
    '',
    ...APPEAL_GROUNDS.slice(0, 4).map((g, i) => `${i + 1}. ${g}`),
    '',
  );
  return withoutLinks(out.join('\n'));
}
