// The names of the clinical concepts a statement can be about (knowledge/concepts.ts), as one
// pattern, and where they stand in a letter's case summary and rationale sentences: each range is
// searched once, however many kinds of statement are read from it (./statements.ts).

import { CONCEPTS, type Concept } from '../knowledge/concepts';
import type { Span } from '../base/span';
import { oncePerLetter } from './text';
import type { Letter } from './types';

interface Alternative {
  concept: Concept;
  group: number;
  /** Words that state the finding normal: a denial, read in a rationale only. */
  normal?: boolean;
}

// Findings before records, and within a concept its members before its general names: the first
// alternative to match at a place wins ("radicular findings" is a sign, "radicular pain" a symptom).
const ORDER = [
  'neuroDeficit',
  'radicular',
  'spasm',
  'motionLimited',
  'painScore',
  'rfa',
  'medications',
  'therapyReceived',
  'partTreated',
  'examTest',
  'improvement',
  'exam',
];
const ALTERNATIVES: Alternative[] = [];
const SOURCES: string[] = [];
for (const id of ORDER) {
  const concept = CONCEPTS.find((c) => c.id === id)!;
  concept.members.forEach((members, group) => {
    for (const m of members) {
      ALTERNATIVES.push({ concept, group });
      SOURCES.push(m);
    }
  });
  for (const name of concept.names) {
    ALTERNATIVES.push({ concept, group: -1 });
    SOURCES.push(name);
  }
  concept.normals?.forEach((normals, group) => {
    for (const n of normals) {
      ALTERNATIVES.push({ concept, group, normal: true });
      SOURCES.push(n);
    }
  });
  for (const n of concept.normalNames ?? []) {
    ALTERNATIVES.push({ concept, group: -1, normal: true });
    SOURCES.push(n);
  }
}
// Every name begins with a letter or a digit: the lookahead spares the names a try at each word's
// end. A name is found without a group for each alternative (a hundred groups to clear at every
// word make the search twice as slow), then told by the same pattern with the groups, tried once
// where it was found.
const anyOf = (alternatives: string[]): string => `\\b(?=\\w)(?:${alternatives.join('|')})(?![\\w-])`;
const MENTION = new RegExp(anyOf(SOURCES), 'gi');
const WHICH = new RegExp(anyOf(SOURCES.map((source) => `(${source})`)), 'iy');

/** A concept's name where it stands, with what it names. */
export interface Name extends Alternative {
  start: number;
  end: number;
}

// The summary, and a rationale's sentences, are read for several kinds of statement: the names in
// each are found once.
const namesByRange: (letter: Letter) => Map<string, readonly Name[]> = oncePerLetter(() => new Map());

/** Every name of a concept in `range` of the letter, in text order. */
export function namesIn(letter: Letter, range: Span): readonly Name[] {
  const { text } = letter;
  const key = `${range.start}:${range.end}`;
  const found = namesByRange(letter);
  const known = found.get(key);
  if (known) return known;
  const names: Name[] = [];
  const body = text.slice(0, range.end);
  MENTION.lastIndex = range.start;
  for (let m = MENTION.exec(body); m; m = MENTION.exec(body)) {
    if (text[m.index - 1] === '-') continue; // "non-radicular"
    if (m[0].length === 2 && m[0] !== 'PT') continue; // "pt", "Pt": the patient, not physical therapy
    WHICH.lastIndex = m.index;
    const which = WHICH.exec(body);
    // The same pattern with groups matches where the one without did (no name holds a group of its own).
    if (!which) throw new Error('concept names: the grouped pattern missed a name the search found');
    let k = 1;
    while (which[k] === undefined) k++;
    const { concept, group, normal } = ALTERNATIVES[k - 1];
    names.push({ concept, group, normal, start: m.index, end: m.index + m[0].length });
  }
  found.set(key, names);
  return names;
}
