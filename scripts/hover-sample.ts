// A deterministic sample of hover places over the corpus letters, for a careful reader's audit
// (docs/hover-audit.md): citation lines, page and table references in the prose, drug names in item
// titles and in the text, dates, decision words and terms of the trade. Each place is ranked by a
// hash of a fixed seed and its letter and offset, so the same code gives the same sample. For each
// it prints the letter, the line, the words hovered, the line's text and the hover's Markdown, and
// splits the hover into its facts (one claim each), numbered for the audit table.
//   npx tsx scripts/hover-sample.ts [--seed S] [--per N] [--dirs real,real-pdftotext] [--facts]
// --facts prints only the numbered facts, one a line (letter:line, words, fact).

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hover } from '../server/src/features/hover';
import { TERMS } from '../server/src/knowledge';
import { parse, textReferences, type Letter } from '../server/src/letter';
import { drugNamesIn } from '../server/src/letter/ingredients';

type Kind = 'citation line' | 'prose reference' | 'title drug' | 'text drug' | 'date' | 'decision' | 'term';
interface Place {
  kind: Kind;
  file: string;
  letter: Letter;
  offset: number;
}

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const SEED = arg('seed', 'imr-hover-audit-1');
const QUOTA: Record<Kind, number> = {
  'citation line': 10,
  'prose reference': 7,
  'title drug': 10,
  'text drug': 5,
  date: 4,
  decision: 2,
  term: 4,
};
const per = Number(arg('per', '1'));
const dirs = arg('dirs', 'real,real-pdftotext')
  .split(',')
  .map((d) => path.join('test/fixtures', d));

const rank = (p: Place): string => createHash('sha256').update(`${SEED}:${p.kind}:${p.file}:${p.offset}`).digest('hex');

/** Every place of each kind in a letter, at the middle of the words a reader would point at. */
function places(file: string, letter: Letter): Place[] {
  const out: Place[] = [];
  const add = (kind: Kind, start: number, end: number): void =>
    void out.push({ kind, file, letter, offset: Math.floor((start + end) / 2) });
  for (const c of letter.citations) add('citation line', c.span.start, c.span.end);
  for (const r of textReferences(letter)) add('prose reference', r.span.start, r.span.end);
  for (const item of letter.items) {
    for (const n of drugNamesIn(letter.text, item.titleSpan, true)) add('title drug', n.span.start, n.span.end);
    if (item.decision) add('decision', item.decision.span.start, item.decision.span.end);
  }
  const titles = letter.items.map((i) => i.titleSpan);
  for (const n of drugNamesIn(letter.text, { start: 0, end: letter.text.length })) {
    if (!titles.some((t) => t.start <= n.span.start && n.span.start < t.end)) add('text drug', n.span.start, n.span.end);
  }
  for (const d of letter.dates) add('date', d.span.start, d.span.end);
  for (const t of TERMS) {
    const re = new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`);
    for (const m of letter.text.matchAll(re)) add('term', m.index, m.index + m[0].length);
  }
  return out;
}

/** A hover's claims, one a line: the headline split at its parts, each bullet, note and source; the letter's own words left out. */
export function facts(markdown: string): string[] {
  const out: string[] = [];
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line || /^The letter (?:cites|says):/.test(line)) continue;
    const source = /^Source: (.*)$/.exec(line);
    if (source) {
      out.push(...splitOutside(source[1]).map((s) => `Source: ${s}`));
      continue;
    }
    const head = /^\*\*(.+?)\*\*(?:: | — )(.*)$/.exec(line);
    if (head && !line.startsWith('- ')) {
      const [what, ...rest] = head[2].split(' · ');
      out.push(`${head[1]}: ${what}`, ...rest.map((r) => `${head[1]} (class): ${r}`));
      continue;
    }
    out.push(line.replace(/^- /, ''));
  }
  return out;
}

/** A source line's documents: split at "; " outside parentheses ("(DWC, 2016; 8 CCR § 9792.24.2)" is one). */
function splitOutside(line: string): string[] {
  const out = [''];
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    depth += line[i] === '(' ? 1 : line[i] === ')' ? -1 : 0;
    if (depth === 0 && line.startsWith('; ', i)) {
      out.push('');
      i++;
    } else out[out.length - 1] += line[i];
  }
  return out;
}

function lineOf(text: string, offset: number): { no: number; text: string } {
  const before = text.slice(0, offset);
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', offset);
  return { no: before.split('\n').length, text: text.slice(start, end < 0 ? text.length : end).trim() };
}

const all: Place[] = [];
for (const dir of dirs) {
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    all.push(...places(path.join(path.basename(dir), f.replace(/\.txt$/, '')), parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  }
}
const onlyFacts = process.argv.includes('--facts');
let n = 0;
for (const kind of Object.keys(QUOTA) as Kind[]) {
  const chosen: Place[] = [];
  const letters = new Set<string>();
  for (const p of all.filter((x) => x.kind === kind).sort((a, b) => (rank(a) < rank(b) ? -1 : 1))) {
    const name = path.basename(p.file);
    if (letters.has(name) || !hover(p.letter, p.offset)) continue; // one place of a kind a letter, whichever extraction
    letters.add(name);
    chosen.push(p);
    if (chosen.length >= QUOTA[kind] * per) break;
  }
  if (!onlyFacts) console.log(`\n=== ${kind} (${chosen.length}) ===`);
  for (const p of chosen) {
    const h = hover(p.letter, p.offset)!;
    const line = lineOf(p.letter.text, p.offset);
    const words = p.letter.text.slice(h.span.start, h.span.end).replace(/\s+/g, ' ').trim();
    const where = `${p.file}:${line.no}`;
    if (!onlyFacts)
      console.log(`\n--- ${where} [${kind}] hovered "${words.slice(0, 100)}"\nline: ${line.text}\n${h.markdown.replace(/^/gm, '  | ')}`);
    for (const f of facts(h.markdown)) console.log(onlyFacts ? `F${++n}\t${where}\t${words.slice(0, 60)}\t${f}` : `  F${++n}: ${f}`);
  }
}
