// The custom request behind the client's language status item: imr/letterSummary.

import { strict as assert } from 'node:assert';
import { LETTER_SUMMARY, type LetterSummary } from '../../server/src/server/protocol';
import { fixture } from '../support/fixtures';
import { fixtureUri, LspClient } from './harness';

describe('protocol: imr/letterSummary', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true, settings: {} });
  });
  after(() => client.stop());

  const summary = (uri: string) => client.connection.sendRequest<LetterSummary | null>(LETTER_SUMMARY, { uri });

  it('counts the items of seed 002 by decision', async () => {
    const uri = fixtureUri('seeds/002_f4a3e060fe32e57b.txt');
    await client.open(uri, fixture('seeds/002_f4a3e060fe32e57b.txt'));
    assert.deepEqual(await summary(uri), {
      items: 3,
      upheld: 2,
      overturned: 1,
      layout: 'L1',
      layoutName: 'IMR Final Determination (Case Number header)',
    });
  });

  it('follows edits: an item turned from Overturned to Upheld', async () => {
    const uri = fixtureUri('seeds/002_f4a3e060fe32e57b.txt');
    const text = fixture('seeds/002_f4a3e060fe32e57b.txt');
    assert.ok(/Psychotherapy 12 sessions\s*:\s*Overturned/.test(text));
    await client.replaceAll(uri, text.replace(/(Psychotherapy 12 sessions\s*:\s*)Overturned/, '$1Upheld'));
    assert.deepEqual(await summary(uri), {
      items: 3,
      upheld: 3,
      overturned: 0,
      layout: 'L1',
      layoutName: 'IMR Final Determination (Case Number header)',
    });
  });

  it('gives the layout of a full letter and zero items for a text that is not a letter', async () => {
    const real = fixtureUri('real/CM16-0213037.txt');
    await client.open(real, fixture('real/CM16-0213037.txt'));
    const s = await summary(real);
    assert.notEqual(s, null);
    assert.notEqual(s!.layout, 'unknown');
    assert.equal(s!.items, s!.upheld + s!.overturned);
    assert.ok(s!.items > 0);

    const other = 'file:///tmp/shopping-list.imr';
    await client.open(other, 'eggs, milk, bread');
    assert.deepEqual(await summary(other), { items: 0, upheld: 0, overturned: 0, layout: 'unknown', layoutName: null });
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await summary('file:///tmp/never-opened.imr'), null);
  });
});
