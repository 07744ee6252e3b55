// Hover on a term of the trade (MTUS, UR, RFA, functional improvement, ...): what it stands for,
// and where that is defined.

import { termAt } from '../../knowledge';
import type { Letter } from '../../letter';
import type { HoverResult } from './markdown';

export function termHover(letter: Letter, offset: number): HoverResult | undefined {
  const found = termAt(letter.text, offset);
  return (
    found && {
      span: { start: found.start, end: found.end },
      markdown: `**${found.term.title}**\n\n${found.term.text}\n\nSource: ${found.term.source}`,
    }
  );
}
