// The drug hovers audited as a careful reader would, over every item title of the 150 corpus
// letters in both text extractions: each drug named gets a hover about that drug (not a neighbour
// of it), with a source; a strength the title writes is never called unknown; an amount the title
// carries is never called missing, by the hover or by missing-strength-quantity.

import { strict as assert } from 'node:assert';
import { hover } from '../../server/src/features/hover';
import { parse } from '../../server/src/letter';
import { missingStrengthQuantity } from '../../server/src/rules/missing-strength-quantity';
import { fixtureLetters } from '../support/fixtures';
import { TITLE_DRUGS, hoveredName, namesWord, titleDrugs } from '../support/title-drugs';

// Read here on their own, not with the server's patterns: a name a strength follows ("Bupivacaine 5%",
// "lidocaine hcl 1percent", "Trezix capsule 30.5/30/16mg"), and an amount ("#60", "240 grams", "250ml").
const FORM = /^(?:hcl|sodium|er|cream|gel|ointment|patch|capsule|tablet|oral|suspension|solution|topical)$/i;
const NAMED_STRENGTH =
  /(?<![A-Za-z])([A-Za-z][A-Za-z-]{3,})((?:\s+(?:hcl|HCL|sodium|ER|cream|gel|ointment|patch|capsule|tablet|oral|suspension))*\s*\(?\s*\d+(?:\.\d+)?(?:\s?[/-]\s?\d+(?:\.\d+)?)*\s?(?:mg|mcg|%|percent))/g;
const AMOUNT =
  /#\s?\d|\b\d+(?:\.\d+)?\s?(?:g|gm|grams?|ml|cc|oz)\b|\b(?:one|two|three|\d+)\s+(?:patch(?:es)?|box(?:es)?|kits?|tubes?|containers?|bottles?)\b|\bsupply\b|\bqty\b|\bquantity\b/i;

for (const dir of ['real', 'real-pdftotext']) {
  describe(`drug hovers audited over every corpus letter (${dir})`, () => {
    const { drugs, missing } = titleDrugs(dir);

    it('lists only names that stand in an item title', () => {
      assert.deepEqual(missing, []);
      assert.equal(drugs.length, Object.values(TITLE_DRUGS).flat().length);
    });

    it('gives every drug of an item title a hover about that drug, with a source', () => {
      const wrong = drugs.filter((d) => !namesWord(d.hover, d.word) || !/\nSource: \S/.test(d.hover!.markdown));
      assert.deepEqual(
        wrong.map((d) => `${d.caseNumber} ${d.word}: ${hoveredName(d.hover) ?? 'no hover'}`),
        [],
      );
    });

    it('hovers every name a strength follows in a title, never calls its strength unknown, never calls an amount missing', () => {
      const problems: string[] = [];
      for (const [caseNumber, text] of fixtureLetters(dir)) {
        const letter = parse(text);
        for (const item of letter.items) {
          const title = text.slice(item.titleSpan.start, item.titleSpan.end);
          for (const m of title.matchAll(NAMED_STRENGTH)) {
            if (FORM.test(m[1])) continue;
            const h = hover(letter, item.titleSpan.start + m.index + 1);
            // (A brand of two words is one name: "Ultram ER 100mg" is about Ultram ER.)
            if (!namesWord(h, m[1]) && !hoveredName(h)?.toLowerCase().startsWith(`${m[1].toLowerCase()} `))
              problems.push(`${caseNumber} ${m[1]}: ${hoveredName(h) ?? 'no hover'}`);
            else if (/Strength: (?:unknown|not)/.test(h!.markdown))
              problems.push(`${caseNumber} ${m[1]}: strength called unknown in "${title}"`);
            if (h && AMOUNT.test(title) && /Quantity: none/.test(h.markdown))
              problems.push(`${caseNumber} ${m[1]}: quantity called missing in "${title}"`);
          }
        }
        for (const f of missingStrengthQuantity.check(letter, {} as never)) {
          const title = text.slice(f.span.start, f.span.end);
          if (/no quantity/.test(f.message) && AMOUNT.test(title)) problems.push(`${caseNumber}: "${f.message}"`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}

describe('drug hovers: the cases issue 16 names', () => {
  const at = (text: string, word: string): string => {
    const letter = parse(text);
    const item = letter.items.find((i) => letter.text.slice(i.titleSpan.start, i.titleSpan.end).includes(word));
    const offset = letter.text.indexOf(word, item ? item.titleSpan.start : 0);
    return hover(letter, offset + 1)?.markdown ?? '';
  };
  const letters = new Map(fixtureLetters('real'));

  it('describes bupivacaine on Bupivacaine and misoprostol on misoprostol, each with its own strength', () => {
    const bupivacaine = at(letters.get('CM16-0249536')!, 'Bupivacaine').split('\n');
    assert.equal(bupivacaine[0], '**Bupivacaine**: bupivacaine (brands: Marcaine, Sensorcaine) · local anesthetic (amide)');
    assert.ok(
      bupivacaine.includes('- Strength: 5% (as written)') && bupivacaine.includes('- Route: on the skin ("cream")'),
      bupivacaine.join('\n'),
    );
    const misoprostol = at(letters.get('CM17-0013320')!, 'misoprostol').split('\n');
    assert.match(misoprostol[0], /^\*\*misoprostol\*\*: misoprostol \(brands: Cytotec\)/);
    assert.ok(
      misoprostol.includes('- Strength: 0.2 mg (the 2nd of the 2 numbers in "75-0.2mg", one for each name joined before it)'),
      misoprostol.join('\n'),
    );
    assert.ok(misoprostol.includes('- Quantity: #60 (as written)') && misoprostol.includes('- Refills: 2 refills'), misoprostol.join('\n'));
  });

  it('knows Anecream and Lorzone, and shows a compound it cannot source as the letter writes it', () => {
    assert.match(at(letters.get('CM16-0245796')!, 'Anecream'), /^\*\*Anecream\*\*: lidocaine 4 % cream · topical anesthetic/);
    assert.match(at(letters.get('CM17-0005412')!, 'Lorzone'), /^\*\*Lorzone\*\*: chlorzoxazone · muscle relaxant/);
    const text = letters
      .get('CM16-0249536')!
      .replace('Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base', 'Cyclophene 5% cream, 240 grams');
    const cyclophene = at(text, 'Cyclophene');
    assert.match(cyclophene, /^\*\*Cyclophene\*\*: a compounded or proprietary product; what it holds is not given/);
    assert.match(cyclophene, /The letter says: "Cyclophene 5% cream, 240 grams"/);
    assert.match(cyclophene, /\nSource: the letter's own words/);
    const unknown = at(letters.get('CM16-0249536')!.replace('Bupivacaine 5%', 'Pentoxifylline 3%'), 'Pentoxifylline');
    assert.match(unknown, /^\*\*Pentoxifylline\*\*: not in the drug table/);
  });

  it("reads an oral suspension's strength per ml and its amount in ml", () => {
    const text = letters
      .get('CM17-0005412')!
      .replace('Lorzone 750mg one by mouth three times a day #45', 'Synapryn 10mg/1ml oral suspension, 250ml');
    const md = at(text, 'Synapryn');
    assert.match(md, /- Strength: 10mg\/1ml \(as written\)/);
    assert.match(md, /- Route: by mouth \("oral"\)/);
    assert.match(md, /- Quantity: 250ml \(as written\)/);
    assert.doesNotMatch(md, /Strength: unknown/);
  });
});
