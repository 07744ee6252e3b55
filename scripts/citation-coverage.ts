// Coverage of guideline citations by hovers, over the corpus letters of both extractions: each
// guideline line (Claims Administrator and MAXIMUS) and each page or table the prose cites, counted
// as hovered (a citation hover with a source) and as hovered with a specific topic (a bullet that
// says what the cited page, section, chapter or work is, beyond the words cited).
//   npx tsx scripts/citation-coverage.ts [folder ...]   (default: test/fixtures/real and real-pdftotext)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { hover } from '../server/src/features/hover';
import * as model from '../server/src/letter';
import { bullets, guidelineLines, isSpecific, proseReferences } from '../test/support/guideline-references';

type Citation = model.Letter['citations'][number];
const textReferences: ((l: model.Letter) => Citation[]) | undefined = (model as { textReferences?: (l: model.Letter) => Citation[] })
  .textReferences;

interface Counts {
  lines: number;
  noEvidence: number;
  linesHovered: number;
  linesSpecific: number;
  refs: number;
  refsHovered: number;
  refsSpecific: number;
}

function judge(letter: model.Letter, cites: Citation[]): { hovered: boolean; specific: boolean } {
  let hovered = false;
  let specific = false;
  for (const c of cites) {
    const h = hover(letter, c.span.start);
    if (!h || !/^Source: \S/m.test(h.markdown)) continue;
    hovered = true;
    if (bullets(h.markdown).some((b) => isSpecific(b, c.name))) specific = true;
  }
  return { hovered, specific };
}

function count(dir: string): Counts {
  const n: Counts = { lines: 0, noEvidence: 0, linesHovered: 0, linesSpecific: 0, refs: 0, refsHovered: 0, refsSpecific: 0 };
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const letter = model.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const line of guidelineLines(letter)) {
      const cites = letter.citations.filter((c) => c.item === line.item && c.source === line.kind);
      n.lines++;
      if (cites.length && cites.every((c) => c.guideline === 'no-evidence')) n.noEvidence++;
      const j = judge(letter, cites);
      if (j.hovered) n.linesHovered++;
      if (j.specific) n.linesSpecific++;
    }
    const prose = textReferences ? textReferences(letter) : [];
    for (const r of proseReferences(letter)) {
      n.refs++;
      const j = judge(
        letter,
        prose.filter((c) => c.span.start <= r.at && r.at < c.span.end),
      );
      if (j.hovered) n.refsHovered++;
      if (j.specific) n.refsSpecific++;
    }
  }
  return n;
}

const pct = (a: number, b: number): string => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '0.0'} %)`;
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/fixtures/real', 'test/fixtures/real-pdftotext'];
for (const dir of dirs) {
  const c = count(dir);
  console.log(`${dir}:`);
  console.log(`  guideline lines hovered:                 ${pct(c.linesHovered, c.lines)}`);
  console.log(
    `  guideline lines with a specific topic:   ${pct(c.linesSpecific, c.lines)} (of the lines citing evidence: ${pct(c.linesSpecific, c.lines - c.noEvidence)})`,
  );
  console.log(
    `  page/table references in the prose hovered: ${pct(c.refsHovered, c.refs)}, with a specific topic: ${pct(c.refsSpecific, c.refs)}`,
  );
  console.log(`  all citation lines and references with a specific topic: ${pct(c.linesSpecific + c.refsSpecific, c.lines + c.refs)}`);
}
