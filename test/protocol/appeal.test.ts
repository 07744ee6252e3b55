// The appeal deadline over the wire: the code lens on the Decision Date, the date's hover, the
// date of mailing a user gives through imr/setMailing (kept while the document is open), and the
// `appealBy` of imr-lint's JSON record.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CodeLensRequest, HoverRequest, type CodeLens, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { SET_MAILING, type AppealInfo, type MailingParams } from '../../server/src/server/protocol';
import { fixture, FIXTURES } from '../support/fixtures';
import { fixtureUri, LspClient } from './harness';

const NAME = 'real/CM16-0213037.txt';
const TEXT = fixture(NAME);
const DECISION = TEXT.indexOf('12/09/2016'); // Decision Date: 12/09/2016

describe('protocol: the appeal deadline', () => {
  let client: LspClient;
  const uri = fixtureUri(NAME);
  before(async () => {
    client = await LspClient.start({ pull: true, settings: {} });
    await client.open(uri, TEXT);
  });
  after(() => client.stop());

  const lenses = () => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as Promise<CodeLens[]>;
  const lineOf = (offset: number) => TEXT.slice(0, offset).split('\n').length - 1;
  const hoverText = async () => {
    const position = { line: lineOf(DECISION), character: DECISION - TEXT.lastIndexOf('\n', DECISION) - 1 + 2 };
    const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover;
    return (h.contents as MarkupContent).value;
  };
  const setMailing = (params: Omit<MailingParams, 'uri'>) => client.connection.sendRequest<AppealInfo | null>(SET_MAILING, { uri, ...params });

  it('puts "Appeal by 1/13/2017" on the Decision Date, with the rule and assumptions in its hover', async () => {
    const [lens, ...more] = await lenses();
    assert.equal(more.length, 0);
    assert.equal(lens.range.start.line, lineOf(DECISION));
    assert.match(lens.command!.title, /^Appeal by 1\/13\/2017 \((?:passed \d+ days ago|\d+ days? left|the last day is today)\)$/);
    assert.equal(lens.command!.command, 'imr.setMailingDate');
    assert.deepEqual(lens.command!.arguments, [uri]);
    const hover = await hoverText();
    assert.match(hover, /\*\*Date of this IMR final determination\*\* \(header\): December 9, 2016/);
    assert.match(hover, /\*\*Appeal by January 13, 2017\*\*/);
    assert.match(hover, /Labor Code § 4610\.6\(h\)/);
    assert.match(hover, /mailed on its date, December 9, 2016/);
  });

  it('takes another date of mailing and address, and forgets them when asked or when the document closes', async () => {
    assert.deepEqual(await setMailing({ mailed: '12/12/2016', address: 'other-state' }), {
      appealBy: '2017-01-23',
      title: (await setMailing({ mailed: '2016-12-12', address: 'other-state' }))!.title,
      mailed: '2016-12-12',
      mailedGiven: true,
    });
    const [lens] = await lenses();
    assert.match(lens.command!.title, /^Appeal by 1\/23\/2017 \(.*\) · mailed 12\/12\/2016$/);
    assert.match(await hoverText(), /mailed on December 12, 2016, the date you gave/);
    assert.equal(await setMailing({ mailed: 'next Tuesday' }), null);
    assert.equal((await setMailing({ mailed: null }))!.appealBy, '2017-01-13');

    await setMailing({ mailed: '12/12/2016' });
    await client.close(uri);
    await client.open(uri, TEXT);
    assert.match((await lenses())[0].command!.title, /^Appeal by 1\/13\/2017 /);
  });

  it('offers no lens for a letter without a determination date', async () => {
    const seed = fixtureUri('seeds/000_6475ff4f10510ca5.txt');
    await client.open(seed, fixture('seeds/000_6475ff4f10510ca5.txt'));
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: seed } }), []);
  });
});

describe('imr-lint: appealBy', () => {
  it('is in the JSON record: the last day, or null without a determination date', () => {
    const cli = path.resolve(__dirname, '../../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, '--format', 'json', path.join(FIXTURES, NAME), path.join(FIXTURES, 'seeds/000_6475ff4f10510ca5.txt')], { encoding: 'utf8' });
    const records = JSON.parse(r.stdout) as { appealBy: string | null }[];
    assert.deepEqual(records.map((l) => l.appealBy), ['2017-01-13', null]);
  });
});
