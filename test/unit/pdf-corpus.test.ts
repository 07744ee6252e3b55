// All 150 DWC-published letters read from their PDFs (test/fixtures/real-pdf/) give what their
// text versions (test/fixtures/real/, extracted with pypdf) give: the same items with the same
// decisions, the same dates of injury, and the same findings, apart from those the text
// version's own extraction damage causes (listed below, each with what the damage is).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDate } from '../../server/src/base/calendar';
import { readPdf } from '../../server/src/base/pdf';
import { decisionLabel, parse, type Letter } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { firstLinesWithText, letterOpenings } from '../../client/src/detect';
import { TODAY } from '../support/findings';
import { FIXTURES, fixture, squash } from '../support/fixtures';

/** Findings of a text version that its PDF does not have, and why: damage done by pypdf's extraction. */
const TEXT_EXTRACTION_DAMAGE: Record<string, { onlyInText: string[]; why: string }> = {
  'CM16-0230548': {
    onlyInText: ['split-word hint', 'split-word hint', 'split-word hint'],
    why: 'pypdf split "strain", "days" and "syndrome" with a stray space; the PDF (and pdftotext) has the words whole',
  },
};

const items = (letter: Letter): string[] => letter.items.map((i) => `${squash(i.title)} -> ${decisionLabel(i)}`);
const injuryDates = (letter: Letter): string[] =>
  [...new Set(letter.dates.filter((d) => d.role === 'injury').map((d) => formatDate(d.date)))].sort();
const OPENINGS = letterOpenings(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')));
/** Whether the VS Code client offers to open the PDF as a letter: its text's first lines open like one. */
const offered = (text: string): boolean => {
  const head = text.split('\n', 60);
  return firstLinesWithText((i) => head[i], head.length).some((line) => OPENINGS.some((p) => p.test(line)));
};
const findings = (letter: Letter): string[] =>
  check(letter, undefined, TODAY)
    .map((f) => `${f.rule} ${f.severity}`)
    .sort();

/** What `a` has beyond `b`, as multisets. */
function beyond(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const at = left.indexOf(x);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

describe('letters read from their PDFs', function () {
  this.timeout(180_000);
  const names = fs
    .readdirSync(path.join(FIXTURES, 'real-pdf'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => f.replace(/\.pdf$/, ''));

  it('are all 150 letters of the text corpus', () => {
    assert.equal(names.length, 150);
    assert.deepEqual(
      names,
      fs
        .readdirSync(path.join(FIXTURES, 'real'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => f.replace(/\.txt$/, '')),
    );
  });

  it("open like letters (the client offers them), and give the items, decisions, dates of injury and findings of their text versions, but for the text versions' extraction damage", async () => {
    const differ: string[] = [];
    for (const name of names) {
      const read = await readPdf(fs.readFileSync(path.join(FIXTURES, 'real-pdf', `${name}.pdf`)));
      if ('problem' in read) {
        differ.push(`${name}: ${read.problem}`);
        continue;
      }
      if (!offered(read.text)) differ.push(`${name}: its first lines are not those of a letter`);
      const [fromPdf, fromText] = [parse(read.text), parse(fixture(`real/${name}.txt`))];
      if (items(fromPdf).join('\n') !== items(fromText).join('\n'))
        differ.push(`${name} items: ${items(fromPdf).join('; ')} (text: ${items(fromText).join('; ')})`);
      if (injuryDates(fromPdf).join() !== injuryDates(fromText).join())
        differ.push(`${name} injury: ${injuryDates(fromPdf)} (text: ${injuryDates(fromText)})`);
      const [pdfFindings, textFindings] = [findings(fromPdf), findings(fromText)];
      const onlyInPdf = beyond(pdfFindings, textFindings);
      const onlyInText = beyond(textFindings, pdfFindings);
      const damage = TEXT_EXTRACTION_DAMAGE[name]?.onlyInText ?? [];
      if (onlyInPdf.length || onlyInText.join() !== damage.join())
        differ.push(
          `${name} findings: only from the PDF ${onlyInPdf.join(', ') || '-'}; only from the text ${onlyInText.join(', ') || '-'}`,
        );
    }
    assert.deepEqual(differ, []);
  });
});
