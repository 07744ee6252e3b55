// Adversarial inputs for one regular expression, and the time it takes on them: the empirical half
// of the ReDoS check (test/unit/redos.test.ts is the static half). Used by bench/redos.mjs.
//
// An attack string has the shape x + y.repeat(n) + z: a prefix x that leads the pattern to an
// unbounded (or long) quantifier, a pump y that the quantifier (and, in a vulnerable pattern,
// something else too) can consume, and a suffix z that makes the match fail so every way of
// splitting the pump is tried. The inputs here are built from the pattern's own AST:
//
// - for every quantifier with a maximum of 20 or more, x is a string that matches what comes before
//   it (with every quantifier once, and at its minimum) and y a few characters (a space, a letter, a
//   digit, a sign) its element matches: x + y^n + z, and (x + y)^n + z, which makes the engine start
//   a match at every repetition; z is '\x00', a line break or a character a negated class leaves
//   out, so that the match fails at the end;
// - for every alternative (the whole pattern's and each group's), a string it matches, repeated,
//   alone and followed by a space;
// - the characters scslre names in its reports, and a few single characters, repeated.

import type { AST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

export interface Attack {
  /** How the input was built, e.g. `'for ' + ' '.repeat(n) + '\x00'`. */
  label: string;
  text: string;
}

// Characters tried, in order of preference, when a string matching a class is needed.
const CANDIDATES = [
  ' ',
  'a',
  'x',
  'e',
  'A',
  'X',
  '0',
  '1',
  '\t',
  '-',
  '.',
  ',',
  '/',
  ':',
  ';',
  '(',
  ')',
  '#',
  '%',
  "'",
  '_',
  '\n',
  '\r',
  '{',
  '}',
  '<',
  '>',
  '[',
  ']',
  '|',
  '$',
  '*',
  '+',
  '=',
  '"',
  '&',
  '@',
  '!',
  '?',
  '\\',
  '\x00',
  '\u00a0',
  '\u00c2',
  '\u00e9',
  '\ufffd',
  '\u2028',
];
// The picks for a pump: one character of each kind the element matches, at most this many.
const PUMP_KINDS = [/\s/, /[a-z]/i, /\d/, /[^\s\w]/];

type Flags = string;

const matcherFlags = (flags: Flags): string => flags.replace(/[gyd]/g, '');

function charsOf(raw: string, flags: Flags): string[] {
  const re = new RegExp(`^(?:${raw})$`, matcherFlags(flags));
  const found = CANDIDATES.filter((c) => re.test(c));
  if (found.length === 0) {
    for (let cp = 0; cp < 0x3000; cp++) {
      const c = String.fromCharCode(cp);
      if (re.test(c)) return [c];
    }
  }
  return found;
}

/**
 * One string that `node` matches (assertions and back-references give ''): each quantifier's
 * element once (or its minimum, up to 4), or, `minimal`, exactly its minimum.
 */
function sample(node: AST.Node, flags: Flags, prefer?: RegExp, minimal = false): string {
  switch (node.type) {
    case 'Character':
      return String.fromCodePoint(node.value);
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass': {
      const chars = charsOf(node.raw, flags);
      return (prefer && chars.find((c) => prefer.test(c))) ?? chars[0] ?? '';
    }
    case 'Alternative':
      return node.elements.map((e) => sample(e, flags, prefer, minimal)).join('');
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return sample(node.alternatives[0], flags, prefer, minimal);
    case 'Quantifier':
      return sample(node.element, flags, prefer, minimal).repeat(Math.min(minimal ? node.min : Math.max(node.min, 1), 4));
    default:
      return '';
  }
}

/** A string matching everything the pattern reads before `node`, along the path from the root. */
function prefixOf(node: AST.Node, flags: Flags, minimal = false): string {
  let out = '';
  let child: AST.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'Alternative') {
      const before = parent.elements.slice(0, parent.elements.indexOf(child as AST.Element));
      out = before.map((e) => sample(e, flags, undefined, minimal)).join('') + out;
    }
  }
  return out;
}

/** Characters that end a match: '\x00', a line break, and those a negated class leaves out ([^.;]). */
function suffixesOf(pattern: AST.Pattern): string[] {
  const out = new Set(['\x00', '\n']);
  visit(pattern, (node) => {
    if (node.type === 'CharacterClass' && node.negate)
      for (const e of node.elements) if (e.type === 'Character') out.add(String.fromCodePoint(e.value));
  });
  return [...out].slice(0, 5);
}

function visit(node: AST.Node, f: (n: AST.Node) => void): void {
  f(node);
  const n = node as unknown as Record<string, unknown>;
  for (const key of ['alternatives', 'elements']) if (Array.isArray(n[key])) for (const c of n[key] as AST.Node[]) visit(c, f);
  if (node.type === 'Quantifier') visit(node.element, f);
}

const show = (s: string): string => JSON.stringify(s).replace(/^"|"$/g, "'");

/** Adversarial inputs of `size` characters for the pattern, labelled by how they were built. */
export function attacks(source: string, flags: Flags, size: number): Attack[] {
  const out = new Map<string, Attack>();
  const fill = (x: string, y: string, z: string): void => {
    if (!y) return;
    const n = Math.max(1, Math.ceil((size - x.length - z.length) / y.length));
    const text = (x + y.repeat(n)).slice(0, size - z.length) + z;
    if (!out.has(text)) out.set(text, { label: `${show(x)} + ${show(y)}.repeat(n) + ${show(z)}`, text });
  };
  const { parsed, reports } = analyse({ source, flags });
  const pattern = parsed.pattern as AST.Pattern;
  const suffixes = suffixesOf(pattern);
  for (const r of reports) {
    fill('', r.character.pick, '\x00');
    const q = r.type === 'Trade' ? r.startQuant : r.quant;
    fill(prefixOf(q, flags), r.character.pick, '\x00');
  }
  visit(pattern, (node) => {
    if (node.type === 'Quantifier' && node.max >= 20) {
      const ys = new Set(PUMP_KINDS.map((kind) => sample(node.element, flags, kind)));
      for (const x of new Set([prefixOf(node, flags), prefixOf(node, flags, true)])) {
        for (const y of ys) {
          fill(x, y, '\x00');
          for (const z of suffixes) fill('', x + y, z);
        }
      }
    }
    if (node.type === 'Alternative') {
      const s = sample(node, flags);
      for (const z of suffixes) fill('', s, z);
      fill('', `${s} `, '\x00');
      const spaced = sample(node, flags, /\s/);
      if (spaced !== s) fill('', spaced, '\x00');
    }
  });
  for (const c of [' ', '\t', 'a', '0', '-', '.', '\n']) fill('', c, '\x00');
  return [...out.values()];
}

/**
 * Milliseconds to run the pattern over `text` as the engine uses it: every match for a global
 * pattern, one match at the start for a sticky one, the first match otherwise.
 */
export function timeOn(re: RegExp, text: string): number {
  const r = new RegExp(re.source, re.flags);
  const t0 = process.hrtime.bigint();
  if (r.global) {
    for (let m = r.exec(text); m; m = r.exec(text)) if (m[0] === '') r.lastIndex++;
  } else {
    r.lastIndex = 0;
    r.exec(text);
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
