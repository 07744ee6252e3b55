// The citation audit: over all 150 corpus letters in both extractions, every guideline line and
// every page or table the prose cites has a hover, and no hover contradicts its own citation: no
// edition the citation does not state (unless the hover says how it was read), none other than the
// one it states, no page, section or table left out, no page topic taken from other pages, no
// 2009 hover sourced to the 2016 edition (or the reverse), and a source on every hover.

import { strict as assert } from 'node:assert';
import { citationContext } from '../../server/src/features/hover/citation';
import { hover } from '../../server/src/features/hover';
import { explainCitation } from '../../server/src/knowledge';
import { parse, textReferences, type Citation, type Letter } from '../../server/src/letter';
import { fixture, fixtureLetters } from '../support/fixtures';
import { edit } from '../support/findings';
import { bullets, guidelineLines, proseReferences } from '../support/guideline-references';

const EVIDENCE = '8 CCR § 9792.21.1 (MTUS evidence search sequence)';

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What is wrong with one citation's hover, as sentences (none when it is right). */
function problems(letter: Letter, c: Citation): string[] {
  const out: string[] = [];
  const h = hover(letter, c.span.start);
  if (!h) return ['no hover'];
  const md = h.markdown;
  const words = fold(letter.text.slice(c.span.start, c.span.end));
  const source = /^Source: (.*)$/m.exec(md)?.[1] ?? '';
  if (!source.trim()) out.push('no source line');
  if (c.guideline === 'non-mtus' && !source.replace(EVIDENCE, '').replace(/[;\s]/g, ''))
    out.push('the source names only the evidence sequence, not the work cited');
  const edition = /^\*\*.*?\*\* — (.*)$/m.exec(md)?.[1] ?? '';
  const read = /Edition not named/.test(md);
  // Text references take their edition from the words before them (the guideline's name): the reading is checked on the lines.
  if (c.guideline === 'cpmtg' && !c.inText) {
    const stated = [...new Set(words.match(/\b(?:2009|2016)\b/g) ?? [])];
    const shown = /^(2009|2016)\b/.exec(edition)?.[1];
    if (stated.length === 1 && (shown !== stated[0] || read))
      out.push(`the line states ${stated[0]}, the hover ${shown ?? 'no edition'}${read ? ' and "Edition not named"' : ''}`);
    if (shown && !stated.includes(shown) && !read)
      out.push(`the hover states ${shown}, which the line does not, without saying how it was read`);
  }
  if (c.guideline === 'acoem' && /^2nd edition/.test(edition) && c.nonMtus && !/\b(?:2nd|second|2004)\b/i.test(words))
    out.push('a Non-MTUS ACOEM citation given the 2nd edition as fact');
  if (/^2009/.test(edition) && /DWC, 2016/.test(source)) out.push('a 2009 hover sourced to the 2016 edition');
  if (/^2016/.test(edition) && /DWC, 2009/.test(source)) out.push('a 2016 hover sourced to the 2009 edition');
  const labels = bullets(md).map((b) => b.label);
  for (const p of c.pages) {
    const label = p.from === p.to ? `p. ${p.from}` : `pp. ${p.from}–${p.to}`;
    if (!labels.some((l) => l === label || l.endsWith(`, ${label}`))) out.push(`page ${label} left out`);
  }
  for (const s of c.sections)
    if (!labels.some((l) => fold(s.name).startsWith(l) || l === fold(s.name))) out.push(`section "${s.name}" left out`);
  for (const t of c.tables ?? []) if (!labels.some((l) => l.startsWith(`Table ${t.name}`))) out.push(`table ${t.name} left out`);
  // A page's topic comes from rows that hold the page.
  for (const part of explainCitation(c, citationContext(letter)).parts) {
    const cited = /^(?:Table \S+, )?pp?\. (\d+)(?:–(\d+))?$/.exec(part.label);
    if (!cited || !part.covers || !part.at) continue;
    const [from, to] = [Number(cited[1]), Number(cited[2] ?? cited[1])];
    const rows = [...part.at.matchAll(/(\d+)(?:–(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
    if (!rows.some(([a, b]) => a <= to && b >= from)) out.push(`${part.label} explained from ${part.at}`);
  }
  return out;
}

describe('citation audit: every citation hovered, none contradicting its line', () => {
  for (const dir of ['real', 'real-pdftotext']) {
    it(`holds over the ${dir} corpus letters`, () => {
      const letters = fixtureLetters(dir);
      assert.equal(letters.length, 150);
      const wrong: string[] = [];
      let lines = 0;
      let references = 0;
      for (const [name, text] of letters) {
        const letter = parse(text);
        const inText = textReferences(letter);
        for (const line of guidelineLines(letter)) {
          lines++;
          const cites = letter.citations.filter((c) => c.item === line.item && c.source === line.kind);
          if (!cites.length) wrong.push(`${name}: ${fold(text.slice(line.start, line.end)).slice(0, 80)}: no citation read`);
          for (const c of cites)
            for (const p of problems(letter, c)) wrong.push(`${name}: ${fold(text.slice(c.span.start, c.span.end)).slice(0, 80)}: ${p}`);
        }
        for (const r of proseReferences(letter)) {
          references++;
          const c = [...letter.citations, ...inText].find((x) => x.span.start <= r.at && r.at < x.span.end);
          if (!c) {
            wrong.push(`${name}: "${r.text}" in the prose: no hover`);
            continue;
          }
          for (const p of problems(letter, c)) wrong.push(`${name}: "${fold(text.slice(c.span.start, c.span.end))}": ${p}`);
        }
      }
      assert.ok(lines > 600 && references > 20, `${lines} lines, ${references} references`);
      assert.deepEqual(wrong, []);
    });
  }
});

describe('citation hovers: the cases of the audit', () => {
  const md = (text: string, at: string, nth = 0): string => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(at, i + 1);
    assert.ok(i >= 0, `the text contains ${at}`);
    return hover(parse(text), i + 1)?.markdown ?? '';
  };

  it('CM17-0012593: a 2009 section title resolves to its pages, sourced to the 2009 edition', () => {
    const h = md(fixture('real/CM17-0012593.txt'), 'Chronic Pain Medical Treatment');
    assert.match(h, /^- \*\*Opioids, criteria for use\*\*: In the 2009 edition on pp\. 76–80/m);
    assert.doesNotMatch(h, /not in the catalogue|DWC, 2016/);
  });

  it('CM16-0249735: "pages 89-90 under Home health care services" in the summary', () => {
    const h = md(fixture('real/CM16-0249735.txt'), 'pages 89-90');
    assert.match(h, /— 2016/);
    assert.match(h, /^- \*\*pp\. 89–90\*\*: Home health services/m);
  });

  it('"Table 9-6, page 214" and "Table 12-7" in rationales', () => {
    assert.match(
      md(fixture('real/CM16-0238352.txt'), 'page 214'),
      /^- \*\*Table 9-6, p\. 214\*\*: A table in chapter 9 \(Shoulder Complaints\)/m,
    );
    assert.match(
      md(fixture('real/CM16-0236134.txt'), 'Table 12-7'),
      /^- \*\*Table 12-7\*\*: A table in chapter 12 \(Low Back Complaints\)/m,
    );
  });

  it('"(Effective July 18, 2009)" is the 2009 edition, said as the citation says it', () => {
    const text = edit(
      fixture('real/CM17-0012593.txt'),
      /Chronic Pain Medical Treatment\s+2009,/,
      'Chronic Pain Medical Treatment Guidelines (Effective July 18, 2009),',
    );
    const h = md(text, 'Chronic Pain Medical Treatment');
    assert.match(h, /— 2009 \(effective July 18, 2009\)/);
    assert.doesNotMatch(h, /Edition not named|DWC, 2016/);
  });

  it('"page 82 of the MTUS" and "Table 3-1 p. 49" in a rationale', () => {
    const base = fixture('real/CM17-0012593.txt');
    const text = edit(
      base,
      'Decision rationale:',
      'Decision rationale: Per page 82 of the MTUS, and per ACOEM Table 3-1 p. 49, the request is reviewed.',
    );
    const h82 = md(text, 'page 82');
    assert.match(h82, /— 2016.*\n\n- \*\*p\. 82\*\*: Facet blocks, therapeutic/s);
    assert.match(h82, /without saying which part/);
    assert.match(md(text, 'p. 49'), /^- \*\*Table 3-1, p\. 49\*\*: A table in chapter 3 \(Initial Approaches to Treatment\)/m);
  });

  it('an ACOEM chapter cited with no edition is not given one as fact', () => {
    const text = edit(
      fixture('real/CM17-0012593.txt'),
      /Decision based on MTUS General Approaches 2004, Section\(s\): Initial\s+Approaches to Treatment\./,
      'Decision based on Non-MTUS Citation ACOEM, Chapter 7, page 127.',
    );
    const h = md(text, 'ACOEM, Chapter 7');
    assert.match(h, /— edition not named/);
    assert.match(h, /Edition not named in the citation: chapter 7 is read in the 2nd edition/);
  });

  it('free-text works name their source: UpToDate, a slideshow, a textbook, a bare guideline, an ODG topic', () => {
    const base = fixture('real/CM17-0012593.txt');
    for (const [cited, expected] of [
      ['UpToDate, Opioid use disorder: Pharmacotherapy, accessed 1/2/2017', /^Source: UpToDate \(Wolters Kluwer\); 8 CCR/m],
      ['http://www.slideshare.net/someone/inpatient-rehabilitation', /^Source: SlideShare; 8 CCR/m],
      ["Green's Operative Hand Surgery, 6th ed Chapter 17", /^Source: Green's Operative Hand Surgery \(Elsevier\); 8 CCR/m],
      ['Official Disability Guidelines (ODG) Head, Physical therapy', /^Source: Official Disability Guidelines \(ODG\)/m],
    ] as const) {
      const text = edit(base, /Official Disability Guidelines\s+\(ODG\)\s+Head,\s+Physical therapy/, cited);
      const h = md(text, cited.slice(0, 12));
      assert.match(h, expected, h);
      assert.match(h, /The letter cites: "/);
    }
    const bare = edit(
      base,
      /Decision based on MTUS Opioid Treatment 2016, Section\(s\):[^]*?Chronic Opioid\s+Treatment\./,
      'Decision based on MTUS Opioid Treatment 2016.',
    );
    const h = md(bare, 'Opioid Treatment 2016');
    assert.match(h, /^- \*\*Opioids Treatment Guidelines\*\*: The MTUS guideline for opioids/m);
    assert.match(h, /^Source: MTUS Opioids Treatment Guidelines/m);
  });
});
