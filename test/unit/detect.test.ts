// The client opens a Plain Text document as a letter when the manifest's firstLine pattern matches
// one of its first lines with text: every corpus letter, in every extraction, and no other text.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { firstLinesWithText } from '../../client/src/detect';
import { fixtureLetters } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const FIRST_LINE = new RegExp(manifest.contributes.languages.find((l: { firstLine?: string }) => l.firstLine).firstLine);

const detected = (text: string): boolean => {
  const lines = text.split(/\r\n|\r|\n/);
  return firstLinesWithText((i) => lines[i], lines.length).some((line) => FIRST_LINE.test(line));
};

describe('letter detection (client)', () => {
  it('detects every letter of every extraction, blank lines, a byte order mark or form feeds before it', () => {
    const missed: string[] = [];
    for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds', 'seeds-crlf']) {
      for (const [name, text] of fixtureLetters(dir)) {
        if (!detected(text) || !detected(`\uFEFF\f\n\n  \n${text}`)) missed.push(`${dir}/${name}`);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('leaves other text alone, even with a heading word further down', () => {
    assert.equal(detected(''), false);
    assert.equal(
      detected(
        '\n\nMeeting notes\nMonday\nBring the MRI report.\nCall the adjuster.\nFile the appeal.\nLunch\nCase Number: to be assigned\n',
      ),
      false,
    );
    assert.equal(detected('The Case Number: line comes first in these letters.'), false);
  });
});
