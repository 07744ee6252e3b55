// The custom request behind the client's decision colours: imr/decisions.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DECISIONS, type DecisionRange } from '../../server/src/server/protocol';
import { fixture } from '../support/fixtures';
import { fixtureUri, LspClient } from './harness';

const SEED_002 = 'seeds/002_f4a3e060fe32e57b.txt';
const PARTIAL = 'real/CM17-0015218.txt';

describe('protocol: imr/decisions', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true, settings: {} });
  });
  after(() => client.stop());

  const decisions = (uri: string) => client.connection.sendRequest<DecisionRange[] | null>(DECISIONS, { uri });
  /** Each mark as the words it covers, its outcome and whether it is partial. */
  const read = (text: string, marks: DecisionRange[]) => {
    const doc = TextDocument.create('x', 'imr', 1, text);
    return marks.map((m) => [doc.getText(m.range), m.outcome, m.partial]);
  };

  it('gives the span of each decision word of seed 002 with its outcome', async () => {
    const uri = fixtureUri(SEED_002);
    await client.open(uri, fixture(SEED_002));
    assert.deepEqual(read(fixture(SEED_002), (await decisions(uri))!), [
      ['Upheld', 'upheld', false],
      ['Upheld', 'upheld', false],
      ['Overturned', 'overturned', false],
    ]);
  });

  it('marks the decision of a partial certification as partial', async () => {
    const uri = fixtureUri(PARTIAL);
    await client.open(uri, fixture(PARTIAL));
    assert.deepEqual(read(fixture(PARTIAL), (await decisions(uri))!), [['Overturned', 'overturned', true]]);
  });

  it('follows edits, gives none for a text that is no letter, and null for a document that is not open', async () => {
    const uri = fixtureUri(SEED_002);
    const text = fixture(SEED_002).replace(/(Psychotherapy 12 sessions\s*:\s*)Overturned/, '$1Upheld');
    await client.replaceAll(uri, text);
    assert.deepEqual(
      (await decisions(uri))!.map((m) => m.outcome),
      ['upheld', 'upheld', 'upheld'],
    );
    const other = 'file:///tmp/shopping-list.imr';
    await client.open(other, 'eggs, milk, bread');
    assert.deepEqual(await decisions(other), []);
    assert.equal(await decisions('file:///tmp/never-opened.imr'), null);
  });
});
