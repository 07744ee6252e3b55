// Completion as a function of the letter and a position; terms in hovers.

import { strict as assert } from 'node:assert';
import { completions } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { parse } from '../../server/src/letter';
import { fixture } from '../support/fixtures';

/** Completions at the end of `prefix` inserted into `text` at `at`. */
function at(text: string, anchor: string, insert: string) {
  const pos = text.indexOf(anchor);
  assert.ok(pos >= 0, anchor);
  const edited = text.slice(0, pos) + insert + text.slice(pos);
  return completions(parse(edited), pos + insert.length);
}

const REAL = fixture('real/CM16-0213037.txt');

describe('completion', () => {
  it('offers a new letter skeleton in an empty document', () => {
    const [c, ...rest] = completions(parse(''), 0);
    assert.equal(rest.length, 0);
    assert.equal(c.kind, 'snippet');
    assert.ok(c.snippet);
    const skeleton = c.insert
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{?\d+\}?/g, '');
    const letter = parse(skeleton);
    assert.equal(letter.layout, 'L1');
    assert.deepEqual(
      letter.sections.map((s) => s.id),
      ['header', 'how', 'summary', 'decisions'],
    );
    assert.deepEqual(
      letter.items.map((i) => [i.title, i.decision?.text, i.parts.length]),
      [['Requested item', 'Upheld', 3]],
    );
  });

  it("offers the decision words after an item title's colon, and nothing on the next line", () => {
    const words = at(REAL, '\nClaims Administrator guideline: Decision based on MTUS Neck', '\nNorco 10/325mg #90: Up');
    assert.deepEqual(
      words.map((c) => [c.label, c.kind]),
      [
        ['Upheld', 'decision'],
        ['Overturned', 'decision'],
      ],
    );
    assert.equal(words[0].replace.end - words[0].replace.start, 2);
    const colon = at(REAL, '\nClaims Administrator guideline: Decision based on MTUS Neck', '\nNorco 10/325mg #90: ');
    assert.deepEqual(
      colon.map((c) => c.label),
      ['Upheld', 'Overturned'],
    );
  });

  it('offers guideline names on a guideline line, and the sections of the named guideline after "Section(s):"', () => {
    const names = at(REAL, 'Decision based on MTUS Shoulder Complaints 2004.', '');
    assert.ok(names.some((c) => c.label === 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016'));
    assert.ok(names.some((c) => c.label === 'Decision based on MTUS Low Back Complaints 2004'));
    assert.ok(names.some((c) => c.label.startsWith('Decision based on Non-MTUS Citation Official Disability Guidelines')));
    // The guideline named last on the line decides: the Chronic Pain sections, not the Shoulder chapter's.
    const cpmtg = at(
      REAL,
      '\n \nMAXIMUS guideline: Decision based on MTUS Shoulder',
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Phy',
    );
    assert.ok(
      cpmtg.some((c) => c.label === 'Physical medicine treatment'),
      'CPMTG 2016 sections',
    );
    assert.ok(!cpmtg.some((c) => c.label === 'Special Studies'), 'not the Shoulder chapter sections');
    assert.equal(cpmtg[0].replace.end - cpmtg[0].replace.start, 3);
    const opioids = at(
      REAL,
      '\n \nMAXIMUS guideline: Decision based on MTUS Shoulder',
      'Decision based on MTUS Opioid Treatment 2016, Section(s): ',
    );
    assert.ok(
      opioids.some((c) => /^3\.3\.9 /.test(c.label)),
      'Opioid guideline sections by number',
    );
    const shoulder = completions(parse(REAL), REAL.indexOf('In this case, the request is for an MRI') + 13);
    assert.deepEqual(shoulder, [], 'nothing inside prose');
  });

  it("offers the layout's headings and the item parts at the start of a line", () => {
    const list = at(REAL, 'MRI of the cervical spine without contrast: Upheld', 'Claims Adm');
    assert.deepEqual(
      list.map((c) => c.label),
      [
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        'CLINICAL CASE SUMMARY',
        'IMR ISSUES, DECISIONS AND RATIONALES',
        'Claims Administrator guideline:',
        'MAXIMUS guideline:',
        'Decision rationale:',
      ],
    );
    assert.deepEqual(list[3].replace.end - list[3].replace.start, 'Claims Adm'.length);
  });
});

describe('hover on terms', () => {
  const text = fixture('seeds/000_6475ff4f10510ca5.txt');
  const letter = parse(text);
  const hoverAt = (needle: string, delta = 1) => hover(letter, text.indexOf(needle) + delta);

  it('explains MTUS, UR and VAS', () => {
    assert.match(hoverAt('CA MTUS', 4)!.markdown, /^\*\*MTUS: Medical Treatment Utilization Schedule\*\*/);
    assert.match(hoverAt('Utilization Review (UR)')!.markdown, /^\*\*UR: Utilization Review\*\*/);
    assert.match(hoverAt('VAS')!.markdown, /^\*\*VAS: visual analog scale\*\*/);
  });

  it('explains "functional improvement", wrapped over two lines, with its MTUS definition and source', () => {
    const h = hover(letter, text.search(/functional\s+improvement/) + 5)!;
    assert.match(h.markdown, /activities of daily living/);
    assert.match(h.markdown, /Source: 8 CCR § 9792\.20 \(MTUS definitions\)/);
    assert.equal(text.slice(h.span.start, h.span.end).replace(/\s+/g, ' '), 'functional improvement');
  });
});
