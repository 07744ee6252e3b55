// The item lines of a decisions section ("<request>: Upheld"), found by one scan from the
// section's start. An edit of a letter of thousands of items scans again only around the change:
// the lines well before it are kept, and the scan stops at the first line after it that the
// earlier scan found too, from the same state; the earlier lines after that are moved.

import { firstNotBefore } from '../base/sorted';
import type { Edit } from '../base/text';

export type DecisionWord = 'Upheld' | 'Overturned';

/**
 * The item lines found, as parallel lists (a letter may have tens of thousands): where each line's
 * title starts and ends, where its decision word starts and which it is, and where its match ends
 * (the scan goes on from there).
 */
export interface ItemLines {
  starts: number[];
  titleEnds: number[];
  wordStarts: number[];
  words: DecisionWord[];
  ends: number[];
}

/** Where a scan stands: the search goes on at `from`; a title starts no earlier than `floor` (the last decision word's end). */
export interface ScanState {
  from: number;
  floor: number;
}

/**
 * One step of the scan: the next match from `state` in `body` (the text up to the section's end),
 * or undefined; `line` is the line it makes, or undefined when the match makes none. What scanAgain
 * relies on: a step reads no further than AFTER characters past its match's end, and nothing
 * before `state.floor` that could change its result (./items.ts reads back from a title only to
 * the line start, which holds the last decision word when it lies before the floor).
 */
export type NextLine = (
  body: string,
  state: ScanState,
) => { line?: { start: number; titleEnd: number; wordStart: number; word: DecisionWord }; end: number } | undefined;

/** An earlier scan: its start and end, and what it found. */
export interface Scan {
  start: number;
  end: number;
  /** A setting of the whole text that the lines depend on (./items.ts: whether the text is double-spaced). */
  spacing: boolean;
  lines: ItemLines;
}

/** What a scan again found, and for each line whose block is unchanged, the earlier scan's line. */
export interface Rescan {
  lines: ItemLines;
  /**
   * The earlier scan's line whose block (the text from the line to the next line or the section's
   * end) is the same text as line `index`'s, and how many characters later it now stands.
   */
  earlier(index: number): { index: number; by: number } | undefined;
}

// The farthest a line's match reads past its end (./items.ts DECISION_RE: the line break after the decision word), with room to spare.
const AFTER = 2;

function emptyLines(): ItemLines {
  return { starts: [], titleEnds: [], wordStarts: [], words: [], ends: [] };
}

/** Scans `body` from `state`, adding each line to `lines`; stops early when `stop` (given the line's index and the state after it) says so. */
export function scanLines(
  body: string,
  state: ScanState,
  next: NextLine,
  lines: ItemLines = emptyLines(),
  stop: (index: number, after: ScanState) => boolean = () => false,
): ItemLines {
  let at = { ...state };
  for (let m = next(body, at); m; m = next(body, at)) {
    if (!m.line) {
      at = { from: m.end, floor: at.floor };
      continue;
    }
    const { start, titleEnd, wordStart, word } = m.line;
    lines.starts.push(start);
    lines.titleEnds.push(titleEnd);
    lines.wordStarts.push(wordStart);
    lines.words.push(word);
    lines.ends.push(m.end);
    at = { from: m.end, floor: wordStart + word.length };
    if (stop(lines.starts.length - 1, at)) break;
  }
  return lines;
}

/**
 * The lines of `text` between `start` and `end`, as a scan of the whole would find them, from the
 * earlier scan `old` of the text's earlier version (`edit` made `text` of it); undefined when it
 * cannot tell (another start, another spacing, a section end that did not move with the edit: the
 * caller scans the whole).
 */
export function scanAgain(
  text: string,
  start: number,
  end: number,
  spacing: boolean,
  old: Scan,
  edit: Edit,
  next: NextLine,
): Rescan | undefined {
  if (old.start !== start || old.spacing !== spacing) return undefined;
  const { prefix, suffix, moved: by } = edit;
  const changedEnd = text.length - suffix;
  // The section ends where it did, with the change after it, or as far after it as the change moved it.
  if (!((end === old.end && prefix >= old.end) || (end - by === old.end && changedEnd <= end))) return undefined;
  const prior = old.lines;
  const count = prior.starts.length;
  // A line is found as before when its match and what the match reads after it end before the change.
  const kept = firstNotBefore(prior.ends, (e) => e + AFTER <= prefix);
  const lines: ItemLines = {
    starts: prior.starts.slice(0, kept),
    titleEnds: prior.titleEnds.slice(0, kept),
    wordStarts: prior.wordStarts.slice(0, kept),
    words: prior.words.slice(0, kept),
    ends: prior.ends.slice(0, kept),
  };
  const state = kept
    ? { from: prior.ends[kept - 1], floor: prior.wordStarts[kept - 1] + prior.words[kept - 1].length }
    : { from: start, floor: start };
  let resumed = count;
  let shift = 0;
  scanLines(text.slice(0, end), state, next, lines, (index, after) => {
    // From a state wholly in the unchanged end of the text, the scan goes on as the earlier one did from the same state.
    if (after.floor < changedEnd) return false;
    const j = firstNotBefore(prior.ends, (e) => e < after.from - by);
    if (j >= count || prior.ends[j] !== after.from - by || prior.wordStarts[j] + prior.words[j].length !== after.floor - by) return false;
    resumed = j + 1;
    shift = j - index;
    return true;
  });
  // Lines [moved, …) are the earlier lines [moved + shift, …), `by` characters later.
  const moved = lines.starts.length;
  for (let j = resumed; j < count; j++) {
    lines.starts.push(prior.starts[j] + by);
    lines.titleEnds.push(prior.titleEnds[j] + by);
    lines.wordStarts.push(prior.wordStarts[j] + by);
    lines.words.push(prior.words[j]);
    lines.ends.push(prior.ends[j] + by);
  }
  const blockEnd = (list: ItemLines, index: number, sectionEnd: number): number => list.starts[index + 1] ?? sectionEnd;
  const earlier = (index: number): { index: number; by: number } | undefined => {
    if (index >= moved) return { index: index + shift, by };
    const last = blockEnd(lines, index, end);
    // A kept line whose block ends before the change, where it ended before.
    return index < kept && last <= prefix && last === blockEnd(prior, index, old.end) ? { index, by: 0 } : undefined;
  };
  return { lines, earlier };
}
