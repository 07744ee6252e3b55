// The appeal deadline over the wire: the code lens on the Decision Date, the date's hover, the
// date of mailing a user gives through imr/setMailing (kept while the document is open), and the
// `appealBy` of imr-lint's JSON record.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CodeLensRequest, HoverRequest, type CodeLens, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import {
  APPEAL_WORKSHEET,
  SET_MAILING,
  TIMELINE,
  type AppealInfo,
  type MailingParams,
  type TimelineView,
} from '../../server/src/server/protocol';
import { fixture, fixtureLetters, FIXTURES } from '../support/fixtures';
import { fixtureUri, LspClient } from './harness';

const NAME = 'real/CM16-0213037.txt';
const TEXT = fixture(NAME);
const DECISION = TEXT.indexOf('12/09/2016'); // Decision Date: 12/09/2016
/** A DWC-published letter with a date of injury written in that differs from its header's. */
const CONFLICT = 'variants/set1/injury_date-1-CM16-0231884.txt';

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
  const setMailing = (params: Omit<MailingParams, 'uri'>) =>
    client.connection.sendRequest<AppealInfo | null>(SET_MAILING, { uri, ...params });

  it('puts "Appeal by 1/13/2017" on the Decision Date, with the rule and assumptions in its hover', async () => {
    const [lens, ...more] = await lenses();
    assert.equal(more.length, 0);
    assert.equal(lens.range.start.line, lineOf(DECISION));
    assert.match(lens.command!.title, /^Appeal by 1\/13\/2017 \((?:passed \d+ days ago|\d+ days? left|the last day is today)\)$/);
    assert.equal(lens.command!.command, 'imr.setMailingDate');
    assert.deepEqual(lens.command!.arguments, [uri]);
    assert.match(
      lens.command!.tooltip!,
      /^An appeal to the Workers' Compensation Appeals Board is to be filed within 30 days[\s\S]*\nAssumed:\n• The determination was mailed on its date, December 9, 2016/,
    );
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

  it("refuses a date of mailing before the determination's own, saying why, and keeps the date given before", async () => {
    await setMailing({ mailed: '12/14/2016' });
    await assert.rejects(setMailing({ mailed: '3/1/2012', address: 'california' }), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32602); // InvalidParams
      assert.equal(
        e.message,
        "The date of mailing, 3/1/2012, is before the determination's date, 12/9/2016: a determination is mailed on or after its date.",
      );
      return true;
    });
    assert.match((await lenses())[0].command!.title, / · mailed 12\/14\/2016$/);
    assert.equal((await setMailing({ mailed: '12/9/2016' }))!.mailed, '2016-12-09');
    await setMailing({ mailed: null });
  });

  it('offers no lens for a letter without a determination date', async () => {
    const seed = fixtureUri('seeds/000_6475ff4f10510ca5.txt');
    await client.open(seed, fixture('seeds/000_6475ff4f10510ca5.txt'));
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: seed } }), []);
  });
});

describe('protocol: a date of mailing for a letter closed meanwhile', () => {
  it('is not kept when the letter closes while it is being read', async () => {
    const client = await LspClient.start({ pull: true, settings: {} });
    try {
      const uri = fixtureUri(NAME);
      // A letter long enough that reading its new text lets the messages sent meanwhile in.
      const long = `${TEXT}\n${fixtureLetters('real')
        .slice(0, 30)
        .map(([, text]) => text)
        .join('\n')}`;
      await client.open(uri, long);
      await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      await client.replaceAll(uri, `${long}\n`);
      client.pause();
      const answer = client.connection.sendRequest<AppealInfo | null>(SET_MAILING, { uri, mailed: '6/3/2019' });
      await client.close(uri);
      client.resume();
      // Answered null if the close was read while the letter was (or before the date was kept, if
      // the machine reads it so fast that the close comes after): either way nothing outlives it.
      await answer;
      await client.open(uri, TEXT);
      const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
      assert.match(lens.command!.title, /^Appeal by 1\/13\/2017 \([^)]*\)$/);
    } finally {
      await client.stop();
    }
  });
});

describe('protocol: asking for the lenses again', () => {
  it('asks a client that takes workspace/codeLens/refresh once a date of mailing is set, and cancels the request when it is not answered', async () => {
    const client = await LspClient.start({ pull: true, settings: {}, neverAnswers: ['workspace/codeLens/refresh'] });
    try {
      const uri = fixtureUri(NAME);
      await client.open(uri, TEXT);
      assert.equal(
        (await client.connection.sendRequest<AppealInfo | null>(SET_MAILING, { uri, mailed: '12/12/2016' }))!.appealBy,
        '2017-01-17',
      );
      await client.requestCancelled('workspace/codeLens/refresh');
      assert.deepEqual(client.cancelled, ['workspace/codeLens/refresh']);
      // The server still answers once it has given up on the client.
      assert.equal(((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[]).length, 1);
    } finally {
      await client.stop();
    }
  });
});

describe('protocol: imr/appealWorksheet', () => {
  it("answers the letter's worksheet with the date of mailing given, and null for a document not open", async () => {
    const client = await LspClient.start({ pull: true, settings: {} });
    try {
      const uri = fixtureUri(CONFLICT);
      await client.open(uri, fixture(CONFLICT));
      await client.connection.sendRequest(SET_MAILING, { uri, mailed: '1/13/2017' });
      const sheet = await client.connection.sendRequest<{ markdown: string } | null>(APPEAL_WORKSHEET, { uri });
      assert.match(sheet!.markdown, /^# IMR appeal worksheet: CM16-0231884\n/);
      assert.match(sheet!.markdown, /\*\*Appeal by February 17, 2017\*\*/);
      assert.match(sheet!.markdown, /mailed on January 13, 2017, the date you gave/);
      assert.match(sheet!.markdown, /### 1\. The date of injury \(`injury-date-conflict`\)/);
      assert.equal(await client.connection.sendRequest(APPEAL_WORKSHEET, { uri: 'file:///tmp/never-opened.imr' }), null);
    } finally {
      await client.stop();
    }
  });
});

describe('protocol: imr/timeline', () => {
  it("answers the letter's dates with their ranges, follows edits, and null for a document not open", async () => {
    const client = await LspClient.start({ pull: true, settings: {} });
    try {
      const uri = fixtureUri(CONFLICT);
      const text = fixture(CONFLICT);
      await client.open(uri, text);
      const ask = () => client.connection.sendRequest<TimelineView | null>(TIMELINE, { uri });
      const view = (await ask())!;
      const lines = text.split('\n');
      for (const m of view.marks) assert.equal(lines[m.range.start.line].slice(m.range.start.character, m.range.end.character), m.text);
      const conflict = view.marks.find((m) => m.text === '10-17-2015')!;
      assert.equal(conflict.kind, 'injury');
      assert.match(conflict.conflicts[0], /Date of injury 10-17-2015/);
      await client.replaceAll(uri, text.replace('10-17-2015', '10-17-2016'));
      const edited = (await ask())!;
      assert.ok(
        !edited.marks.some((m) => m.conflicts.length && m.kind === 'injury'),
        'the conflict is gone once the summary says 10-17-2016',
      );
      assert.equal(await client.connection.sendRequest(TIMELINE, { uri: 'file:///tmp/never-opened.imr' }), null);
    } finally {
      await client.stop();
    }
  });
});

describe('imr-lint: appealBy and --worksheet', () => {
  it('prints the worksheet of each letter with --worksheet', () => {
    const cli = path.resolve(__dirname, '../../dist/cli.js');
    const r = spawnSync(
      process.execPath,
      [cli, '--worksheet', '--today', '2017-01-01', path.join(FIXTURES, CONFLICT), path.join(FIXTURES, 'real/CM16-0224814.txt')],
      { encoding: 'utf8' },
    );
    const sheets = r.stdout.split(/^(?=# IMR appeal worksheet)/m);
    assert.equal(sheets.length, 2);
    assert.match(
      sheets[0],
      /^# IMR appeal worksheet: CM16-0231884\n[\s\S]*### 1\. The date of injury[\s\S]*whose date of injury was 10-17-2015/,
    );
    assert.match(sheets[0], /^\*\*Appeal by February 15, 2017\*\* \(45 days left\)\.$/m, 'counted from --today');
    assert.match(sheets[1], /^# IMR appeal worksheet: CM16-0224814\n[\s\S]*The checks found no conflicting or suspicious fact/);
    assert.equal(r.stderr, '');
  });

  it('is in the JSON record: the last day, or null without a determination date', () => {
    const cli = path.resolve(__dirname, '../../dist/cli.js');
    const r = spawnSync(
      process.execPath,
      [cli, '--format', 'json', path.join(FIXTURES, NAME), path.join(FIXTURES, 'seeds/000_6475ff4f10510ca5.txt')],
      { encoding: 'utf8' },
    );
    const records = JSON.parse(r.stdout) as { appealBy: string | null }[];
    assert.deepEqual(
      records.map((l) => l.appealBy),
      ['2017-01-13', null],
    );
  });
});
