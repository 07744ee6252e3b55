// Completion: the layout's headings at the start of a line, the decision words after an item
// title's colon, guideline names and their sections on a guideline line, and a new letter's
// skeleton in an empty document.

import {
  CPMTG_2016_SECTIONS,
  GENERAL_APPROACHES_SECTIONS,
  MTUS_PARTS,
  ODG_CHAPTERS,
  OPIOIDS_2016_SECTIONS,
  POSTSURGICAL_SECTIONS,
  TOPIC_SECTIONS,
} from '../knowledge';
import type { Span } from '../base/span';
import { LAYOUTS, PART_ORDER, partNames, partPattern, type Letter } from '../letter';

export type CompletionKind = 'heading' | 'label' | 'decision' | 'guideline' | 'section' | 'snippet';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Text to insert; a snippet with $1 tab stops when `snippet` is set. */
  insert: string;
  snippet?: boolean;
  /** What the insert replaces: the word typed so far. */
  replace: Span;
}

// A letter in the DWC form with the Case Number header (used from 2014; layout id L1), with tab
// stops for what changes.
const SKELETON = [
  'Case Number: ${1:CM17-0000000}',
  'Date Assigned: ${2:mm/dd/yyyy} Date of Injury: ${3:mm/dd/yyyy}',
  'Decision Date: ${4:mm/dd/yyyy} UR Denial Date: ${5:mm/dd/yyyy}',
  'Priority: Standard Application Received: ${6:mm/dd/yyyy}',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. ${7}',
  '',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: ${8:California}',
  'Certification(s)/Specialty: ${9:Family Practice}',
  '',
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  '',
  'The injured worker is a ${10:48} year old ${11:male} who sustained an industrial injury on ${12:mm/dd/yyyy}. ${13}',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  '',
  '${14:Requested item}: ${15|Upheld,Overturned|}',
  '',
  'Claims Administrator guideline: ${16}',
  '',
  'MAXIMUS guideline: ${17}',
  '',
  'Decision rationale: ${18}',
  '',
].join('\n');

/** The word being typed before `offset` (letters, digits and a few joiners). */
function typedWord(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && /[\w().&/-]/.test(text[start - 1])) start--;
  return { start, end: offset };
}

function guidelineNames(replace: Span): Completion[] {
  const out: Completion[] = MTUS_PARTS.filter((p) => p.key !== 'acoem').map((p) => {
    const name = `${p.names[0]}${p.key === 'cpmtg' ? ' 2016' : p.year ? ` ${p.year}` : ''}`;
    return {
      label: `Decision based on MTUS ${name}`,
      kind: 'guideline',
      detail: p.title,
      insert: `Decision based on MTUS ${name}, Section(s): $1.`,
      snippet: true,
      replace,
    };
  });
  out.push(
    {
      label: 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)',
      kind: 'guideline',
      detail: 'ODG, outside the MTUS',
      insert:
        'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ${1|' +
        ODG_CHAPTERS.map((c) => c.name.replace(/[,|]/g, '\\$&')).join(',') +
        '|}',
      snippet: true,
      replace,
    },
    {
      label: 'The Expert Reviewer did not cite any medical evidence for its decision.',
      kind: 'guideline',
      insert: 'The Expert Reviewer did not cite any medical evidence for its decision.',
      replace,
    },
    {
      label: 'The Claims Administrator did not cite any medical evidence for its decision.',
      kind: 'guideline',
      insert: 'The Claims Administrator did not cite any medical evidence for its decision.',
      replace,
    },
  );
  return out;
}

/** Section names of the guideline named last before "Section(s):" on the line. */
function sectionNames(line: string, replace: Span): Completion[] {
  const before = line.slice(0, line.lastIndexOf('Section')).toLowerCase();
  const where = (candidate: (typeof MTUS_PARTS)[number]) => Math.max(...candidate.names.map((n) => before.lastIndexOf(n.toLowerCase())));
  const part = MTUS_PARTS.filter((p) => where(p) >= 0).sort((a, b) => where(b) - where(a))[0];
  const named = (names: string[], detail: string): Completion[] =>
    names.map((n) => ({ label: n, kind: 'section', detail, insert: n, replace }));
  if (part?.key === 'opioids2016')
    return OPIOIDS_2016_SECTIONS.map((s) => ({
      label: `${s.number} ${s.title}`,
      kind: 'section',
      detail: part.title,
      insert: `${s.number} ${s.title}`,
      replace,
    }));
  if (part?.key === 'general')
    return named(
      GENERAL_APPROACHES_SECTIONS.map((s) => s.name),
      part.title,
    );
  if (part?.key === 'postsurgical')
    return named(
      POSTSURGICAL_SECTIONS.map((s) => s.name),
      part.title,
    );
  if (part && part.guideline === 'mtus-topic')
    return named(
      TOPIC_SECTIONS.map((s) => s.name),
      part.title,
    );
  return named(
    CPMTG_2016_SECTIONS.map((s) => s.name),
    'MTUS Chronic Pain Medical Treatment Guidelines 2016',
  );
}

export function completions(letter: Letter, offset: number): Completion[] {
  const { text } = letter;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const replace = typedWord(text, offset);

  const layout = LAYOUTS.find((l) => l.id === letter.layout) ?? LAYOUTS.find((l) => l.id === 'L1')!;
  if (!text.trim()) {
    return [
      {
        label: 'IMR letter (Case Number header)',
        kind: 'snippet',
        detail: 'A new final determination letter in the DWC form used since 2014',
        insert: SKELETON,
        snippet: true,
        replace,
      },
    ];
  }
  // A guideline line: the first or second of the layout's part labels opens it.
  const label = partPattern(layout.parts ?? LAYOUTS.find((l) => l.id === 'L1')!.parts!, '').exec(line);
  if (label && !label[3]) {
    return /Section\s*\(s\)\s*:(?:(?!Section\s*\(s\)\s*:)[^.])*$/.test(line) ? sectionNames(line, replace) : guidelineNames(replace);
  }
  const section = [...letter.sections].reverse().find((s) => s.span.start <= offset);
  // An item line's colon: the decision words.
  if (section?.id === 'decisions' && /\S[ \t]*:[ \t]*\w*$/.test(line) && !/guideline\s*:|rationale\s*:/i.test(line)) {
    return ['Upheld', 'Overturned'].map((w) => ({
      label: w,
      kind: 'decision',
      detail: w === 'Upheld' ? 'not medically necessary: the UR decision stands' : 'medically necessary: the UR decision is reversed',
      insert: w,
      replace,
    }));
  }
  // At the start of a line, or while typing an upper-case heading or a part label: the layout's
  // headings, and in the decisions section the item parts.
  const typed = line.trimStart();
  const labels = section?.id === 'decisions' ? PART_ORDER.map((k) => `${partNames(letter.layout)[k]}: `) : [];
  const startsLabel = typed.length > 0 && labels.some((l) => l.toLowerCase().startsWith(typed.toLowerCase()));
  if (typed === '' || /^[A-Z][A-Z ,()/]*$/.test(typed) || startsLabel) {
    const at = { start: offset - typed.length, end: offset };
    return [
      ...layout.headings.map((h) => ({
        label: h.text,
        kind: 'heading' as const,
        detail: `section of the ${layout.name} letter`,
        insert: h.text,
        replace: at,
      })),
      ...labels.map((l) => ({ label: l.trim(), kind: 'label' as const, detail: 'item part', insert: l, replace: at })),
    ];
  }
  return [];
}
