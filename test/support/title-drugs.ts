// The drugs named in the corpus letters' item titles (test/fixtures/expected/title-drugs.json, read
// by hand) and the hover each gets: on the middle of the name, through hover() as an editor asks.

import { hover, type HoverResult } from '../../server/src/features/hover';
import { parse, type Letter } from '../../server/src/letter';
import { fixture, fixtureLetters } from './fixtures';

export const TITLE_DRUGS: Record<string, string[]> = Object.fromEntries(
  Object.entries(JSON.parse(fixture('expected/title-drugs.json')) as Record<string, string[] | string>).filter(([k]) => k !== 'README'),
) as Record<string, string[]>;

export interface TitleDrug {
  caseNumber: string;
  word: string;
  title: string;
  /** Offset of the name in the letter. */
  at: number;
  letter: Letter;
  hover?: HoverResult;
}

/** Every listed drug's occurrences in the item titles of each letter of a folder, hovered; `missing` lists names not found in any title. */
export function titleDrugs(dir: string): { drugs: TitleDrug[]; missing: string[] } {
  const drugs: TitleDrug[] = [];
  const missing: string[] = [];
  for (const [caseNumber, text] of fixtureLetters(dir)) {
    const listed = TITLE_DRUGS[caseNumber];
    if (!listed) continue;
    const letter = parse(text);
    const seen = new Set<number>();
    for (const word of listed) {
      const at = firstUnseen(letter, word, seen);
      if (at === undefined) {
        missing.push(`${caseNumber}: ${word}`);
        continue;
      }
      seen.add(at);
      const item = letter.items.find((i) => i.titleSpan.start <= at && at < i.titleSpan.end)!;
      drugs.push({ caseNumber, word, title: item.title, at, letter, hover: hover(letter, at + Math.floor(word.length / 2)) });
    }
  }
  return { drugs, missing };
}

function firstUnseen(letter: Letter, word: string, seen: Set<number>): number | undefined {
  const re = new RegExp(`(?<![A-Za-z])${word.replace(/ /g, '\\s+')}(?![A-Za-z])`, 'gi');
  for (const item of letter.items) {
    const t = letter.text.slice(item.titleSpan.start, item.titleSpan.end);
    for (const m of t.matchAll(re)) if (!seen.has(item.titleSpan.start + m.index)) return item.titleSpan.start + m.index;
  }
  return undefined;
}

/** The name a drug hover is about: its first line's bold words. */
export const hoveredName = (h: HoverResult | undefined): string | undefined => /^\*\*([^*]+)\*\*/.exec(h?.markdown ?? '')?.[1];

/** Whether a hover is about this word: its bold name is the word (case and spaces aside). */
export const namesWord = (h: HoverResult | undefined, word: string): boolean =>
  hoveredName(h)?.replace(/\s+/g, ' ').toLowerCase() === word.toLowerCase();
