// Which phrases each item is about, and which items each phrase is about, as `aboutItem` decides
// (./rationale.ts: the item's first telling word among the phrase's words, or the same drug), for
// many items and many phrases at once: indexed by word and by drug, so that a summary of thousands
// of statements and a letter of thousands of items are matched in linear time, not each with each.

import { drugIngredientIn, namingOf } from './rationale';
import { addTo } from '../base/sorted';
import type { Item } from './types';

// A word as `\bword\b` reads it: a run of word characters, whole.
const WORD = /\w+/g;

/** The words of a text, in lower case (`aboutItem`'s words hold letters only, which fold alike either way). */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.add(m[0].toLowerCase());
  return words;
}

/** Phrases, read once: which of them an item is about. */
export class PhraseIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byIngredient = new Map<string, number[]>();

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, i) => {
      for (const word of wordsOf(phrase)) addTo(this.byWord, word, i);
      const ingredient = drugIngredientIn(phrase);
      if (ingredient !== undefined) addTo(this.byIngredient, ingredient, i);
    });
  }

  /** The indices of the phrases the item is about, in order. */
  about(item: Item): number[] {
    const naming = namingOf(item);
    if (!naming) return [];
    const byWord = this.byWord.get(naming.word) ?? [];
    const byDrug = naming.ingredient === undefined ? [] : (this.byIngredient.get(naming.ingredient) ?? []);
    return byDrug.length ? [...new Set([...byWord, ...byDrug])].sort((a, b) => a - b) : byWord;
  }
}

/** Items, read once: which of them a phrase is about. */
export class ItemIndex<T> {
  private readonly byWord = new Map<string, T[]>();
  private readonly byIngredient = new Map<string, T[]>();

  /** Each entry stands for items of one naming: `itemOf` gives one of them. */
  constructor(entries: Iterable<T>, itemOf: (entry: T) => Item) {
    for (const entry of entries) {
      const naming = namingOf(itemOf(entry));
      if (!naming) continue;
      addTo(this.byWord, naming.word, entry);
      if (naming.ingredient !== undefined) addTo(this.byIngredient, naming.ingredient, entry);
    }
  }

  /** The entries whose items the phrase is about (each once, in no set order). */
  about(phrase: string): Set<T> {
    const out = new Set<T>();
    for (const word of wordsOf(phrase)) for (const entry of this.byWord.get(word) ?? []) out.add(entry);
    const ingredient = drugIngredientIn(phrase);
    if (ingredient !== undefined) for (const entry of this.byIngredient.get(ingredient) ?? []) out.add(entry);
    return out;
  }
}
