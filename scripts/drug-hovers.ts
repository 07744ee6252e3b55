// npx tsx scripts/drug-hovers.ts: how many drugs named in the corpus letters' item titles get a
// hover about them (test/fixtures/expected/title-drugs.json, both text extractions), how many a
// hover about another drug, and how many none. `--list` prints each one that is not right.

import { hoveredName, namesWord, titleDrugs } from '../test/support/title-drugs';

const list = process.argv.includes('--list');
for (const dir of ['real', 'real-pdftotext']) {
  const { drugs, missing } = titleDrugs(dir);
  const right = drugs.filter((d) => namesWord(d.hover, d.word));
  const other = drugs.filter((d) => d.hover && !namesWord(d.hover, d.word) && hoveredName(d.hover));
  const none = drugs.filter((d) => !hoveredName(d.hover));
  const total = drugs.length + missing.length;
  console.log(
    `${dir}: drugs in item titles with a hover about them ${right.length}/${total}; about another drug ${other.length}; none ${none.length}${missing.length ? `; not found in a title ${missing.length}` : ''}`,
  );
  if (!list) continue;
  for (const d of [...other, ...none]) console.log(`  ${d.caseNumber} ${d.word}: ${hoveredName(d.hover) ?? 'no hover'}  ("${d.title}")`);
  for (const m of missing) console.log(`  not found: ${m}`);
}
