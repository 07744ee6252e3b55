// Folding: every section, every item and every part of an item.

import type { Span } from '../base/span';
import type { Letter } from '../letter';

export interface Fold {
  span: Span;
  kind: 'section' | 'item' | 'part';
}

export function folding(letter: Letter): Fold[] {
  const folds: Fold[] = letter.sections.map((s) => ({ span: s.span, kind: 'section' }));
  for (const item of letter.items) {
    folds.push({ span: item.span, kind: 'item' });
    for (const p of item.parts) folds.push({ span: p.span, kind: 'part' });
  }
  return folds;
}
