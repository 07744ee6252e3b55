// TextMate grammar (syntaxes/imr.tmLanguage.json) and language configuration tests.
// Tokenizes the seed letters and inline samples with vscode-textmate + vscode-oniguruma,
// the same engine VS Code uses, and checks the scopes given to specific tokens.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'imr.tmLanguage.json');
const LANG_CONFIG_PATH = path.join(ROOT, 'language-configuration.json');
const SEEDS_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const BASE = 'text.imr';

// Header block copied from the DWC-posted letter CM16-0213037 (trailing spaces kept).
const HEADER_BLOCK = [
  ' ',
  'Case Number: CM16-0213037  ',
  'Date Assigned: 11/09/2016 Date of Injury:  10/13/2016 ',
  'Decision Date: 12/09/2016 UR Denial Date:  11/03/2016 ',
  'Priority:  Standard Application ',
  'Received:  ',
  '11/03/2016 ',
  ' ',
  'HOW THE IMR FINAL DETERMINATION WAS MADE ',
].join('\n');

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}
interface Line {
  text: string;
  tokens: Token[];
}

let grammar: vsctm.IGrammar;

function tokenize(text: string): Line[] {
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((lineText) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    return {
      text: lineText,
      tokens: result.tokens.map((t) => ({
        text: lineText.slice(t.startIndex, t.endIndex),
        start: t.startIndex,
        end: t.endIndex,
        scopes: t.scopes,
      })),
    };
  });
}

function readSeed(prefix: string): string {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(name, `no seed fixture starting with ${prefix}`);
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

function describeLine(line: Line): string {
  return line.tokens.map((t) => `${JSON.stringify(t.text)} [${t.scopes.slice(1).join(' ')}]`).join('\n  ');
}

/** The first line (from `from`) whose text contains `contains`. */
function lineWith(lines: Line[], contains: string, from = 0): Line {
  const line = lines.slice(from).find((l) => l.text.includes(contains));
  assert.ok(line, `no line contains ${JSON.stringify(contains)}`);
  return line;
}

/** The token covering the first occurrence of `text` in `line`; it must be exactly that text. */
function token(line: Line, text: string): Token {
  const at = line.text.indexOf(text);
  assert.ok(at >= 0, `${JSON.stringify(text)} not on line ${JSON.stringify(line.text)}`);
  const tok = line.tokens.find((t) => t.start <= at && at < t.end);
  assert.ok(tok, `no token at ${at}`);
  assert.equal(tok.text, text, `token boundaries differ for ${JSON.stringify(text)}:\n  ${describeLine(line)}`);
  return tok;
}

/** Scopes of the token for `text` on the first line containing `lineContains` (default: `text`). */
function scopes(lines: Line[], text: string, lineContains = text): string[] {
  return token(lineWith(lines, lineContains), text).scopes;
}

/** Innermost scope of the token for `text`. */
function leaf(lines: Line[], text: string, lineContains = text): string {
  const s = scopes(lines, text, lineContains);
  return s[s.length - 1];
}

/** Scopes at the position of `text` on `line`, without requiring exact token boundaries. */
function scopesCovering(line: Line, text: string): string[] {
  const at = line.text.indexOf(text);
  assert.ok(at >= 0, `${JSON.stringify(text)} not on line ${JSON.stringify(line.text)}`);
  const tok = line.tokens.find((t) => t.start <= at && at < t.end);
  assert.ok(tok);
  return tok.scopes;
}

function allTokens(lines: Line[]): Token[] {
  return lines.flatMap((l) => l.tokens);
}

function countLeaf(lines: Line[], prefix: string): number {
  return allTokens(lines).filter((t) => t.scopes[t.scopes.length - 1].startsWith(prefix)).length;
}

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === BASE ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar(BASE);
  assert.ok(loaded, 'grammar text.imr did not load');
  grammar = loaded;
});

describe('IMR grammar: file and manifest', () => {
  it('is valid JSON with scopeName text.imr, wired up in package.json', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, BASE);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'imr');
    assert.equal(g.scopeName, BASE);
    assert.equal(path.resolve(ROOT, g.path), GRAMMAR_PATH);
    const lang = pkg.contributes.languages.find((x: { id: string }) => x.id === 'imr');
    assert.equal(path.resolve(ROOT, lang.configuration), LANG_CONFIG_PATH);
  });

  it('every regex compiles with Oniguruma and every scope name ends in .imr', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const regexes: string[] = [];
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') regexes.push(value);
        else if ((key === 'name' || key === 'contentName') && typeof value === 'string') names.push(value);
        else walk(value);
      }
    };
    walk(raw.repository);
    walk(raw.patterns);
    assert.ok(regexes.length >= 20, `only ${regexes.length} regexes found`);
    for (const re of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), `does not compile: ${re}`);
    }
    for (const n of names) assert.match(n, /^[a-z]+(\.[a-z0-9-]+)*\.imr$/, `scope ${n}`);
  });
});

describe('IMR grammar: L1 letters', () => {
  it('scopes the three L1 headings in every seed letter', () => {
    const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
    assert.ok(seeds.length >= 5);
    for (const f of seeds) {
      const lines = tokenize(fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
      for (const h of ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']) {
        assert.deepEqual(scopes(lines, h), [BASE, 'markup.heading.imr', 'entity.name.section.imr'], `${f}: ${h}`);
      }
    }
  });

  it('scopes header labels, the case number and header dates (CM16-0213037 header block)', () => {
    const lines = tokenize(HEADER_BLOCK);
    for (const label of ['Case Number:', 'Date Assigned:', 'Date of Injury:', 'Decision Date:', 'UR Denial Date:', 'Priority:']) {
      assert.equal(leaf(lines, label), 'entity.name.tag.label.header.imr', label);
    }
    // "Application Received:" is split over two lines by the PDF extraction.
    assert.equal(leaf(lines, 'Application', 'Priority:'), 'entity.name.tag.label.header.imr');
    assert.equal(leaf(lines, 'Received:'), 'entity.name.tag.label.header.imr');
    assert.equal(leaf(lines, 'Standard'), 'constant.language.priority.imr');
    assert.deepEqual(scopes(lines, 'CM16-0213037'), [BASE, 'constant.other.case-number.imr']);
    for (const d of ['11/09/2016', '10/13/2016', '12/09/2016']) {
      assert.deepEqual(scopes(lines, d), [BASE, 'constant.numeric.date.imr'], d);
    }
    // The received date sits alone on the line after "Received:".
    assert.deepEqual(token(lines[6], '11/03/2016').scopes, [BASE, 'constant.numeric.date.imr']);
    assert.equal(leaf(lines, 'HOW THE IMR FINAL DETERMINATION WAS MADE'), 'entity.name.section.imr');
  });

  it('scopes the credentials labels (seed 002)', () => {
    const lines = tokenize(readSeed('002_'));
    assert.equal(leaf(lines, 'State(s) of Licensure:'), 'entity.name.tag.label.header.imr');
    assert.equal(leaf(lines, 'Certification(s)/Specialty:'), 'entity.name.tag.label.header.imr');
  });

  it('scopes the item part labels', () => {
    const lines = tokenize(readSeed('002_'));
    for (const label of ['Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:']) {
      assert.equal(leaf(lines, label), 'entity.name.tag.label.item.imr', label);
    }
  });

  it('scopes Upheld and Overturned as decisions, never as a deletion or insertion (red and green in themes) (seed 002)', () => {
    const lines = tokenize(readSeed('002_'));
    const upheld = scopes(lines, 'Upheld', 'Norco 5/325mg #20:');
    const overturned = scopes(lines, 'Overturned', 'Psychotherapy 12 sessions:');
    assert.deepEqual(upheld, [BASE, 'constant.language.decision.upheld.imr']);
    assert.deepEqual(overturned, [BASE, 'constant.language.decision.overturned.imr']);
    const grammar = fs.readFileSync(path.join(ROOT, 'syntaxes/imr.tmLanguage.json'), 'utf8');
    for (const reddish of ['markup.deleted', 'markup.inserted', 'invalid', 'string.regexp'])
      assert.ok(!grammar.includes(`"${reddish}.`), `no ${reddish} scope`);
    // The item text itself stays plain.
    assert.deepEqual(scopesCovering(lineWith(lines, 'Norco 5/325mg #20:'), 'Norco'), [BASE]);
  });

  it('counts one decision per item in every seed letter', () => {
    for (const f of fs.readdirSync(SEEDS_DIR).filter((x) => x.endsWith('.txt'))) {
      const lines = tokenize(fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
      const items = allTokens(lines).filter((t) => t.text === 'MAXIMUS guideline:').length;
      const decisions = countLeaf(lines, 'constant.language.decision.upheld') + countLeaf(lines, 'constant.language.decision.overturned');
      assert.ok(items > 0, f);
      assert.equal(decisions, items, f);
    }
  });

  it('scopes a decision word alone on the line after a wrapped item, but not in prose', () => {
    const lines = tokenize(
      [
        'IMR eligible. The original request, Acupuncture treatments (unspecified quantity) is: ',
        'Upheld ',
        'Physical therapy three times a week for two weeks for the cervical, thoracic, and lumbar:  ',
        'Overturned ',
        'The prior denial was Upheld on appeal and the rest was Overturned by the reviewer.',
      ].join('\n'),
    );
    assert.deepEqual(token(lines[1], 'Upheld').scopes, [BASE, 'constant.language.decision.upheld.imr']);
    assert.deepEqual(token(lines[3], 'Overturned').scopes, [BASE, 'constant.language.decision.overturned.imr']);
    assert.deepEqual(scopesCovering(lines[4], 'Upheld'), [BASE]);
    assert.deepEqual(scopesCovering(lines[4], 'Overturned'), [BASE]);
  });

  it('scopes the "[not] medically necessary and appropriate" phrases', () => {
    const seed = tokenize(readSeed('001_'));
    assert.equal(leaf(seed, 'is not medically necessary and appropriate'), 'constant.language.decision.not-medically-necessary.imr');
    const lines = tokenize(
      [
        '1) MAXIMUS Federal Services, Inc. has determined the request for Norco is medically necessary and appropriate.',
        '2) MAXIMUS Federal Services, Inc. has determined the request for Soma is notmedically necessary and appropriate.',
      ].join('\n'),
    );
    assert.equal(leaf(lines, 'is medically necessary and appropriate'), 'constant.language.decision.medically-necessary.imr');
    assert.equal(leaf(lines, 'is notmedically necessary and appropriate'), 'constant.language.decision.not-medically-necessary.imr');
  });

  it('scopes dates in every observed form and leaves strengths, scores and ranges alone', () => {
    const lines = tokenize(
      [
        'She was seen on 10-13-16 and 12/1/16, then on October 10, 2015 and 11/18/ 2016.',
        'The injury on 11 -01-2016 was reviewed 1-21-16; the UR of Dec. 5, 2016 followed.',
        'Norco 10/325mg #90, pain 6-8/10, Trezix 30.5/30/16mg, physical therapy 2-3 times, Table 9-6.',
      ].join('\n'),
    );
    for (const d of ['10-13-16', '12/1/16', 'October 10, 2015', '11/18/ 2016', '11 -01-2016', '1-21-16', 'Dec. 5, 2016']) {
      assert.deepEqual(scopes(lines, d), [BASE, 'constant.numeric.date.imr'], d);
    }
    const prose = lines[2];
    for (const notDate of ['10/325mg', '6-8/10', '30.5/30/16mg', '2-3']) {
      const found = prose.tokens.filter((t) => t.scopes.includes('constant.numeric.date.imr') && notDate.includes(t.text.trim()));
      assert.deepEqual(found, [], notDate);
      assert.deepEqual(scopesCovering(prose, notDate), [BASE], notDate);
    }
  });

  it('scopes Era-A page citations (seed 002 "Page(s): 74-95, page 124")', () => {
    const lines = tokenize(readSeed('002_'));
    const line = lineWith(lines, 'Page(s): 74-95, page 124');
    assert.equal(token(line, 'Page(s):').scopes.at(-1), 'keyword.other.citation.page.imr');
    assert.deepEqual(token(line, '74-95').scopes, [BASE, 'constant.numeric.page.imr']);
    assert.equal(token(line, 'page').scopes.at(-1), 'keyword.other.citation.page.imr');
    assert.deepEqual(token(line, '124').scopes, [BASE, 'constant.numeric.page.imr']);
    const mixed = lineWith(lines, 'Page(s): 23; pages 100-102, page 124');
    assert.deepEqual(token(mixed, '23').scopes, [BASE, 'constant.numeric.page.imr']);
    assert.deepEqual(token(mixed, '100-102').scopes, [BASE, 'constant.numeric.page.imr']);
    // Topic words before Page(s): are not scoped.
    assert.deepEqual(scopesCovering(line, 'Weaning'), [BASE]);
  });

  it('scopes guideline names and Era-B section lists', () => {
    const lines = tokenize(
      [
        'MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): ',
        'Special Studies.  ',
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, ',
        'criteria for use, and Opioid Treatment 2016, Section(s): 3.3.9. Decision based on Non-MTUS Citation ',
        'Official Disability Guidelines (ODG), Low Back Chapter, and ACOEM Chapter 9, Table 9-6, page 214.',
      ].join('\n'),
    );
    for (const g of [
      'MTUS',
      'Shoulder Complaints 2004',
      'Chronic Pain Medical Treatment 2016',
      'Opioid Treatment 2016',
      'Official Disability Guidelines',
      'ODG',
      'ACOEM',
    ]) {
      assert.equal(leaf(lines, g), 'entity.name.type.guideline.imr', g);
    }
    assert.equal(leaf(lines, 'Section(s):'), 'keyword.other.citation.section.imr');
    assert.equal(token(lines[3], '3.3.9').scopes.at(-1), 'support.type.section.imr');
    assert.equal(token(lines[2], 'Opioids, ').scopes.at(-1), 'support.type.section.imr');
    assert.equal(leaf(lines, 'Non-MTUS Citation'), 'keyword.other.citation.imr');
    assert.equal(leaf(lines, '214'), 'constant.numeric.page.imr');
    assert.equal(leaf(lines, '9', 'ACOEM Chapter 9'), 'constant.numeric.chapter.imr');
    assert.equal(leaf(lines, '9-6'), 'constant.numeric.table.imr');
    // The sentence after the section list is plain again.
    assert.deepEqual(scopesCovering(lines[3], 'Decision based on'), [BASE]);
  });

  it('leaves ordinary prose without any special scope (seed 000)', () => {
    const lines = tokenize(readSeed('000_'));
    for (const needle of [
      'reported improved pain with medications.',
      'Exam findings revealed no pain to palpation of the L',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
      'The Final Determination was based on decisions for the disputed items/services set forth below:',
    ]) {
      const line = lineWith(lines, needle);
      for (const t of line.tokens) {
        assert.deepEqual(t.scopes, [BASE], `${JSON.stringify(t.text)} in ${JSON.stringify(line.text)}`);
      }
    }
    // Words next to scoped dates keep the base scope.
    const dated = lineWith(lines, 'posterior spinal fusion on 9/4/13.');
    assert.deepEqual(token(dated, '9/4/13').scopes, [BASE, 'constant.numeric.date.imr']);
    assert.deepEqual(scopesCovering(dated, 'posterior'), [BASE]);
  });
});

describe('IMR grammar: L0, L2 and L3 headings', () => {
  const heading = [BASE, 'markup.heading.imr', 'entity.name.section.imr'];

  it('scopes L0 title and headings', () => {
    const lines = tokenize(
      [
        'MAXIMUS FEDERAL SERVICES, INC.',
        'Notice of Independent Medical Review Determination',
        'Dated: 9/26/2013',
        'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
        'Medical Qualifications of the Expert Reviewer:',
        'Case Summary:',
        'Documents Reviewed for Determination:',
      ].join('\n'),
    );
    for (const h of [
      'MAXIMUS FEDERAL SERVICES, INC.',
      'Notice of Independent Medical Review Determination',
      'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
      'Medical Qualifications of the Expert Reviewer:',
      'Case Summary:',
      'Documents Reviewed for Determination:',
    ]) {
      assert.deepEqual(scopes(lines, h), heading, h);
    }
    assert.equal(leaf(lines, 'Dated:'), 'entity.name.tag.label.header.imr');
    assert.equal(leaf(lines, '9/26/2013'), 'constant.numeric.date.imr');
  });

  it('scopes L2 headings', () => {
    const lines = tokenize(
      [
        'MAXIMUS FEDERAL SERVICES, INC.',
        'Independent Medical Review',
        'UR Denial Date: 8/30/2013',
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        'DOCUMENTS REVIEWED',
        'CLINICAL CASE SUMMARY',
        'IMR DECISION(S) AND RATIONALE(S)',
      ].join('\n'),
    );
    for (const h of ['Independent Medical Review', 'DOCUMENTS REVIEWED', 'IMR DECISION(S) AND RATIONALE(S)']) {
      assert.deepEqual(scopes(lines, h), heading, h);
    }
    assert.equal(leaf(lines, 'UR Denial Date:'), 'entity.name.tag.label.header.imr');
  });

  it('scopes L3 headings, including the two that wrap onto a second line', () => {
    const lines = tokenize(
      [
        'MEDICAL PROFESSIONAL REVIEW',
        'ISSUE AT DISPUTE: Norco 10/325mg #120',
        'CASE SUMMARY:',
        'DOCUMENTS REVIEWED FOR DETERMINATION:',
        'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL',
        ' ',
        'REVIEWER AND WHY:',
        'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT',
        'MEDICALLY NECESSARY:',
        'MEDICAL REVIEWER QUALIFICATIONS:',
        'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL',
        'The reviewer relied on the MTUS.',
      ].join('\n'),
    );
    for (const h of [
      'MEDICAL PROFESSIONAL REVIEW',
      'ISSUE AT DISPUTE:',
      'CASE SUMMARY:',
      'DOCUMENTS REVIEWED FOR DETERMINATION:',
      'MEDICAL REVIEWER QUALIFICATIONS:',
    ]) {
      assert.deepEqual(scopes(lines, h), heading, h);
    }
    assert.deepEqual(token(lines[4], 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL').scopes, heading);
    assert.deepEqual(token(lines[6], 'REVIEWER AND WHY:').scopes, heading);
    assert.deepEqual(token(lines[7], 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT').scopes, heading);
    assert.deepEqual(token(lines[8], 'MEDICALLY NECESSARY:').scopes, heading);
    assert.deepEqual(scopesCovering(lines[1], 'Norco'), [BASE]);
    // A wrapped heading without its continuation ends at the next non-blank line.
    assert.deepEqual(scopesCovering(lines[11], 'The reviewer'), [BASE]);
    assert.equal(token(lines[11], 'MTUS').scopes.at(-1), 'entity.name.type.guideline.imr');
  });
});

describe('IMR language configuration', () => {
  const config = JSON.parse(fs.readFileSync(LANG_CONFIG_PATH, 'utf8'));

  /** Words as VS Code finds them with the configured wordPattern (it adds the g flag). */
  const words = (text: string): string[] => text.match(new RegExp(config.wordPattern, 'g')) ?? [];

  it('declares no comments and pairs () [] and quotes', () => {
    assert.equal(config.comments, undefined);
    assert.deepEqual(config.brackets, [
      ['(', ')'],
      ['[', ']'],
    ]);
    const auto = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['()', '[]', '""', "''"]) assert.ok(auto.includes(pair), pair);
  });

  it('keeps drug strengths, dates, case numbers and contractions as single words', () => {
    assert.ok(!new RegExp(config.wordPattern).test(''), 'wordPattern must not match the empty string');
    assert.deepEqual(words('Norco 10/325mg #90 with 2 refills'), ['Norco', '10/325mg', '90', 'with', '2', 'refills']);
    assert.deepEqual(words('CM16-0213037 on 11/09/2016, a 48-year-old claimant\u2019s'), [
      'CM16-0213037',
      'on',
      '11/09/2016',
      'a',
      '48-year-old',
      'claimant\u2019s',
    ]);
    assert.deepEqual(words('Capsaicin 0.025%, items/services, Page(s): 74-95'), [
      'Capsaicin',
      '0.025%',
      'items',
      'services',
      'Page',
      's',
      '74-95',
    ]);
  });
});
