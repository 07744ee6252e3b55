// What users read speaks their language: hovers, finding messages, rule docs, the README and
// completions name public sources (regulations, guideline documents, CDC) and never the project's
// internal vocabulary (its notes file, sample-letter nicknames, layout ids, "believed").

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completions } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import * as knowledge from '../../server/src/knowledge';
import { parse, type Letter } from '../../server/src/letter';
import { medicationsIn } from '../../server/src/letter/medications';
import { check } from '../../server/src/service';
import { fixtureLetters } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '../..');

/** Internal words: the notes file, the sample letters' nickname, the corpus nickname, layout ids, hedges. */
const INTERNAL = /\bseeds?\b|domain reference|REAL letter|\bL[0-3]\b|believed|recalled|re-read/i;

/** Public documents a source line may name. */
const PUBLIC =
  /\b(?:CCR|Labor Code|MTUS|ACOEM|Official Disability Guidelines|ODG|CDC|DWC)\b|Chronic Pain Medical Treatment Guidelines|Opioids Treatment Guidelines/;

function offending(texts: [where: string, text: string][]): string[] {
  return texts
    .filter(([, t]) => INTERNAL.test(t))
    .map(([where, t]) => `${where}: ${INTERNAL.exec(t)![0]} in ${JSON.stringify(t.slice(0, 400))}`);
}

const LETTERS: [string, Letter][] = ['real', 'seeds'].flatMap((dir) =>
  fixtureLetters(dir).map(([name, text]): [string, Letter] => [`${dir}/${name}`, parse(text)]),
);

describe('user-facing wording', () => {
  it('has the fixture letters to read', () => {
    assert.ok(LETTERS.length >= 155, `${LETTERS.length} letters`);
  });

  it('names a public source in every hover on a citation, and no internal word', () => {
    const texts: [string, string][] = [];
    let count = 0;
    for (const [name, letter] of LETTERS) {
      for (const c of letter.citations) {
        const h = hover(letter, c.span.start);
        assert.ok(h, `${name}: no hover on ${JSON.stringify(c.name)}`);
        count++;
        const where = `${name} citation ${JSON.stringify(letter.text.slice(c.span.start, c.span.end).slice(0, 80))}`;
        const source = /^Source: (.*)$/m.exec(h.markdown);
        assert.ok(source && source[1].trim(), `${where}: no Source line in\n${h.markdown}`);
        assert.match(source[1], PUBLIC, `${where}: the Source line names no public document`);
        texts.push([where, h.markdown]);
      }
    }
    assert.ok(count > 300, `${count} citations`);
    assert.deepEqual(offending(texts), []);
  });

  it('uses no internal word in the hovers on drugs and terms', () => {
    const texts: [string, string][] = [];
    for (const [name, letter] of LETTERS) {
      for (const m of medicationsIn(letter.text, { start: 0, end: letter.text.length })) {
        const h = hover(letter, m.span.start);
        if (h) texts.push([`${name} drug ${m.name}`, h.markdown]);
      }
      for (const t of knowledge.TERMS) {
        const re = new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`);
        const m = re.exec(letter.text);
        const h = m && hover(letter, m.index);
        if (h) texts.push([`${name} term ${t.title}`, h.markdown]);
      }
    }
    assert.ok(texts.length > 500, `${texts.length} hovers`);
    assert.deepEqual(offending(texts), []);
  });

  it('uses no internal word in the finding messages, related messages and fix titles', () => {
    const texts: [string, string][] = [];
    for (const [name, letter] of LETTERS) {
      for (const f of check(letter, undefined, { today: { year: 2017, month: 12, day: 31 } })) {
        texts.push([`${name} ${f.rule}`, f.message]);
        for (const r of f.related ?? []) texts.push([`${name} ${f.rule} related`, r.message]);
        for (const x of f.fixes ?? []) texts.push([`${name} ${f.rule} fix`, x.title]);
      }
    }
    assert.ok(texts.length > 100, `${texts.length} messages`);
    assert.deepEqual(offending(texts), []);
  });

  it('uses no internal word in the sources and notes of the knowledge tables', () => {
    const texts: [string, string][] = [];
    const walk = (where: string, v: unknown): void => {
      if (typeof v === 'string') texts.push([where, v]);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(`${where}[${i}]`, x));
      else if (v && typeof v === 'object' && !(v instanceof RegExp)) for (const [k, x] of Object.entries(v)) walk(`${where}.${k}`, x);
    };
    for (const [name, value] of Object.entries(knowledge)) if (typeof value !== 'function' && name !== 'LEXICON') walk(name, value);
    assert.ok(texts.length > 500, `${texts.length} strings`);
    assert.deepEqual(offending(texts), []);
  });

  it('uses no internal word in the rule docs and the README', () => {
    const docs = path.join(ROOT, 'docs/rules');
    const files = [...fs.readdirSync(docs).map((f) => path.join(docs, f)), path.join(ROOT, 'README.md')];
    const texts: [string, string][] = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i): [string, string] => [`${path.relative(ROOT, f)}:${i + 1}`, line]),
    );
    assert.deepEqual(offending(texts), []);
  });

  it('uses no internal word in the completions', () => {
    const texts: [string, string][] = [];
    const collect = (where: string, text: string, offset: number): void => {
      for (const c of completions(parse(text), offset)) texts.push([`${where} ${c.label}`, [c.label, c.detail ?? ''].join(' · ')]);
    };
    collect('empty document', '', 0);
    const layouts = path.join(ROOT, 'test/fixtures/layouts');
    const samples: [string, string][] = [
      ...fs.readdirSync(layouts).map((f): [string, string] => [f, fs.readFileSync(path.join(layouts, f), 'utf8')]),
      ...LETTERS.slice(0, 3).map(([name, l]): [string, string] => [name, l.text]),
    ];
    for (const [name, text] of samples) {
      // At the start of every line, and after a guideline label and its "Section(s):".
      for (let i = 0; i <= text.length; i = text.indexOf('\n', i) + 1 || text.length + 1) collect(`${name}@${i}`, text, i);
      for (const insert of [
        'MAXIMUS guideline: ',
        'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): ',
        'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): ',
        'Norco 10/325mg #90: ',
      ]) {
        const at = text.lastIndexOf('\n') + 1;
        collect(`${name} ${insert}`, `${text.slice(0, at)}\n${insert}`, at + 1 + insert.length);
      }
    }
    assert.ok(texts.length > 50, `${texts.length} completions`);
    assert.deepEqual(offending(texts), []);
  });
});
