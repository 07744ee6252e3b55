// The extension in VS Code 1.100 offline: code-server on loopback, driven by playwright-core and
// a Chromium (Debian's, or see editors.mjs). Three parts, in order, on one code-server:
//   1. the VSIX: `npm run package`, its size, files and silence, installed with --install-extension;
//   2. what a person sees with that VSIX installed: Problems, Outline, a hover, the status item,
//      the output channel's trace;
//   3. the in-host mocha suite (test/e2e/suite) through the workbench's `payload` parameter
//      (extensionDevelopmentPath + extensionTestsPath), one node:test result per mocha test.
// Waits on locators and events; every wait has a timeout. A failure saves a screenshot; with
// IMR_SCREENSHOTS=1 the README's screenshots (docs/images/) are saved too, of sample letters only.
// Without code-server or a Chromium the parts that need them are skipped, saying why (editors.mjs).

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { format } from 'node:util';
import { findChromium, findCodeServer, gate } from './editors.mjs';
import { CodeServer, makeWorkspace, packageVsix, requireTool, ROOT, SUITE, tempDir, withScreenshot } from './harness.mjs';

const SEED_000 = '000_6475ff4f10510ca5.txt';
const SEED_002 = '002_f4a3e060fe32e57b.txt';
/** Screenshots show only these public sample letters (samples/). */
const SAMPLE = 'CM16-0213037.imr.txt';
const SAMPLE_DECISIONS = 'excerpt-002-three-items.imr.txt';
/** The sample letter's PDF, as the DWC publishes it (test/fixtures/real-pdf/). */
const SAMPLE_PDF = 'CM16-0213037.pdf';
const UI_TIMEOUT = 30_000;

const root = tempDir('imr-e2e-');
const shots = tempDir('imr-e2e-screenshots-');
const workspace = makeWorkspace(path.join(root, 'workspace'));
// A letter of its own folder for marking a finding reviewed: its .imr-reviewed.json touches no other test's letters.
const MARKED = 'marked-letter.txt';
fs.mkdirSync(path.join(workspace, 'reviewed'));
fs.copyFileSync(path.join(workspace, 'seeds', SEED_000), path.join(workspace, 'reviewed', MARKED));
const server = new CodeServer(path.join(root, 'code-server'));
let browser;
let failures = 0;

const codeServer = findCodeServer();
const chromiumFound = findChromium();
/** Installing the VSIX needs code-server; the UI and the in-host suite need a browser too. */
const install = gate(codeServer);
const ui = gate(codeServer, chromiumFound);

before(async () => {
  if (ui.missing) return;
  const { chromium } = requireTool('playwright-core');
  const home = path.join(root, 'browser-home'); // chromium's crash-report folder goes here, not in ~/.config
  browser = await chromium.launch({
    executablePath: chromiumFound.path,
    headless: true,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      TMPDIR: root,
    },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server.stop();
  if (failures === 0) fs.rmSync(root, { recursive: true, force: true });
  else console.log(`code-server profile and log kept for the failure: ${root}`);
  if (fs.readdirSync(shots).length === 0) fs.rmSync(shots, { recursive: true, force: true });
});

/**
 * The Outline view's rows as shown: each row's name, its codicon, whether its decision (the name
 * up to " · ") lies inside the row's visible box, ahead of any ellipsis, and whether all of it does.
 */
function outlineRows(rows) {
  return rows.evaluateAll((els) =>
    els.map((el) => {
      const label = el.querySelector('.label-name');
      const name = label?.textContent?.trim() ?? '';
      const icon = [...(el.querySelector('.outline-element-icon')?.classList ?? [])].find((c) => c.startsWith('codicon-')) ?? null;
      const text = label && document.createTreeWalker(label, NodeFilter.SHOW_TEXT).nextNode();
      const box = el.querySelector('.monaco-icon-label-container')?.getBoundingClientRect();
      /** Whether the first `n` characters of the name are inside the row's box. */
      const inView = (n) => {
        if (!(n > 0 && text && box && text.textContent.trimStart().startsWith(name.slice(0, n)))) return false;
        const range = document.createRange();
        const lead = text.textContent.length - text.textContent.trimStart().length;
        range.setStart(text, lead);
        range.setEnd(text, lead + n);
        const r = range.getBoundingClientRect();
        return r.width > 0 && r.left >= box.left && r.right <= box.right;
      };
      return { name, icon, decisionShown: inView(name.indexOf(' · ')), wholeShown: inView(name.length) };
    }),
  );
}

/** A colour of package.json's `contributes.colors` for a theme kind, as CSS computes it: "rgb(r, g, b)". */
function contributedColour(id, kind) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const hex = manifest.contributes.colors.find((c) => c.id === id).defaults[kind];
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}

/** Line (1-based) and column (1-based) of `needle` in a workspace letter, as VS Code shows them. */
function lineCol(rel, needle) {
  const text = fs.readFileSync(path.join(workspace, rel), 'utf8');
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  assert.ok(text.includes(needle), `"${needle}" in ${rel}`);
  return { line: before.length, col: before.at(-1).length + 1 };
}

let vsix;

test('VSIX: npm run package makes a small package, and prints no warning', async (t) => {
  try {
    vsix = packageVsix(root);
    t.diagnostic(`VSIX ${(vsix.size / 1024).toFixed(0)} KiB, ${vsix.files.length} files: ${vsix.files.join(', ')}`);
    assert.ok(vsix.size <= 3 * 1024 * 1024, `at most 3 MiB with pdf.js (${vsix.size} bytes)`);
    for (const f of [
      'package.json',
      'dist/extension.js',
      'dist/server.js',
      'dist/pdfjs.js',
      'dist/pdf-reader.js',
      'syntaxes/imr.tmLanguage.json',
      'language-configuration.json',
      'docs/rules/injury-date-conflict.md',
    ]) {
      assert.ok(vsix.files.includes(f), `${f} is packaged`);
    }
    assert.deepEqual(
      vsix.files.filter((f) => /node_modules|\.map$|\.ts$|^test\//.test(f)),
      [],
      'no sources, maps, tests or node_modules',
    );
    assert.deepEqual(
      vsix.printed.split('\n').filter((l) => /warn/i.test(l)),
      [],
      'no warning while packaging',
    );
  } catch (e) {
    failures++;
    throw e;
  }
});

test('VSIX: installs into code-server', { skip: install.skip }, async () => {
  try {
    install.check();
    assert.ok(vsix, 'the VSIX was packaged');
    const out = server.installExtension(vsix.file);
    assert.match(out, /successfully installed/);
    const installed = path.join(server.dirs.extensions, 'imr-letters.imr-letters-0.1.0');
    assert.ok(fs.existsSync(path.join(installed, 'dist/server.js')), 'the server is in the installed extension');
  } catch (e) {
    failures++;
    throw e;
  }
});

test('UI: what a person sees with the VSIX installed', { skip: ui.skip }, async (t) => {
  ui.check();
  await server.start();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  const step = (name, fn) =>
    t.test(name, async () => {
      try {
        await withScreenshot(page, shots, name, fn);
      } catch (e) {
        failures++;
        throw e;
      }
    });

  /** Runs a command by its label through F1. */
  const command = async (label) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  };
  /** Opens a workspace file by name through Quick Open. */
  const openFile = async (name) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  };
  const goToLine = async (line) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  };

  /**
   * Points at `target` until `hover` is shown, and gives its text. The editor hides a hover it has
   * shown when its view moves under the pointer (a panel or a lens landing late on a slow machine):
   * a hover with the words sought that was shown and then hidden is asked for again (the pointer
   * leaves and comes back), at most three times; one never shown fails at once.
   */
  const hoverUntilShown = async (target, hover) => {
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(1, 1);
      await target.hover();
      try {
        await hover.waitFor({ timeout: UI_TIMEOUT / 3 });
        return await hover.innerText({ timeout: UI_TIMEOUT / 3 });
      } catch (e) {
        const shownThenHidden = (await hover.count()) > 0;
        if (attempt === 3 || !shownThenHidden) throw e;
        t.diagnostic(`hover shown, then hidden by the editor: pointed at again (${attempt})`);
      }
    }
  };

  /**
   * The sample letter (CM16-0213037) at `line`, and the hover on the MTUS neck chapter its second
   * item's guideline line cites, a few lines below: the hover's text.
   */
  const hoverNeckCitation = async (line) => {
    await page.locator('.editor-instance').first().click();
    await goToLine(line);
    const row = page.locator('.editor-instance .view-lines .view-line', {
      hasText: 'Claims Administrator guideline: Decision based on MTUS Neck',
    });
    const hover = page.locator('.monaco-hover', { hasText: 'MTUS Neck and Upper Back Complaints (ACOEM' }).first();
    return hoverUntilShown(row.locator('span span', { hasText: 'Neck and Upper Back Complaints' }).first(), hover);
  };

  /** The language status hover's text once it shows `expected`. */
  const languageStatus = async (expected) => {
    await page.locator('.statusbar-item[id="status.languageStatus"]').first().click();
    const hover = page.locator('.monaco-hover', { hasText: expected }).first();
    await hover.waitFor();
    return hover.innerText();
  };
  /** Colour and weight of the decision word on `line`, once the extension has decorated it. */
  const decisionStyle = async (line, word) => {
    await goToLine(line);
    const handle = await page.waitForFunction(
      (w) => {
        const span = [...document.querySelectorAll('.editor-instance .view-lines .view-line span span')].find(
          (el) => el.textContent === w && Number(getComputedStyle(el).fontWeight) >= 600,
        );
        return span && { color: getComputedStyle(span).color, bold: true };
      },
      word,
      { timeout: UI_TIMEOUT },
    );
    return handle.jsonValue();
  };
  /** With IMR_SCREENSHOTS=1, saves the page (or its `clip`) as docs/images/`name`, for the README. */
  const screenshot = async (name, clip) => {
    if (process.env.IMR_SCREENSHOTS !== '1') return;
    const file = path.join(ROOT, 'docs/images', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, clip });
    t.diagnostic(`screenshot: ${path.relative(ROOT, file)}`);
  };

  try {
    await step('the workbench opens the workspace of letters', async () => {
      await page.goto(server.workbenchUrl(workspace));
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seeds' }).waitFor();
    });

    await step('a .txt seed opens as IMR Letter (first line), and Problems lists its injury-date conflict', async () => {
      await openFile(SEED_000);
      await page.locator('.statusbar-item', { hasText: 'IMR Letter' }).waitFor();
      await command('View: Focus Problems');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'injury-date-conflict' }).first();
      await row.waitFor();
      const text = await row.innerText();
      const at = lineCol(`seeds/${SEED_000}`, '2005 date of injury');
      assert.match(text, /imr/);
      assert.match(text, /2005/);
      assert.ok(text.includes(`[Ln ${at.line}, Col ${at.col}]`), `at ${at.line}:${at.col}: ${text}`);
      const related = lineCol(`seeds/${SEED_000}`, '2/8/98');
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${related.line}, Col ${related.col}]` })
        .first()
        .waitFor();
    });

    await step('the Outline view starts each item of seed 002 with its decision, in view, with an icon per decision', async () => {
      await openFile(SEED_002);
      // Give the Outline the sidebar's height: collapse the folder's section above it.
      await page.locator('.explorer-folders-view').waitFor();
      await page
        .locator('.pane-header', { hasText: /^workspace$/i })
        .first()
        .click();
      await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
      await command('Explorer: Focus on Outline View');
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.filter({ hasText: 'Psychotherapy 12 sessions' }).first().waitFor();
      const seen = await outlineRows(rows);
      const items = seen.filter((r) => r.name.includes(' · '));
      assert.deepEqual(
        items.map((r) => r.name),
        ['Upheld · Norco 5/325mg #20', 'Upheld · Consultation and treatment', 'Overturned · Psychotherapy 12 sessions'],
      );
      for (const r of items) assert.ok(r.decisionShown, `"${r.name.split(' · ')[0]}" is in view in ${JSON.stringify(r)}`);
      const [upheld, , overturned] = items.map((r) => r.icon);
      assert.ok(upheld && overturned && upheld !== overturned, `an icon per decision: ${upheld}, ${overturned}`);
    });

    await step('Upheld and Overturned are bold, in the colours the extension contributes (orange and blue)', async () => {
      await page.locator('.editor-instance').first().click();
      assert.ok(await page.locator('.monaco-workbench.vs:not(.vs-dark)').count(), 'the light theme of the settings');
      const upheld = await decisionStyle(lineCol(`seeds/${SEED_002}`, 'Norco 5/325mg #20:  Upheld').line, 'Upheld');
      const overturned = await decisionStyle(lineCol(`seeds/${SEED_002}`, 'Psychotherapy 12 sessions: Overturned').line, 'Overturned');
      assert.deepEqual(upheld, { color: contributedColour('imr.upheldForeground', 'light'), bold: true });
      assert.deepEqual(overturned, { color: contributedColour('imr.overturnedForeground', 'light'), bold: true });
    });

    await step('hovering the citation "74-95" shows the CPMTG opioid and weaning pages', async () => {
      await page.locator('.editor-instance').first().click();
      await goToLine(lineCol(`seeds/${SEED_002}`, '74-95, page 124').line);
      const token = page.locator('.editor-instance .view-lines .view-line span span', { hasText: '74-95' }).first();
      const hover = page.locator('.monaco-hover', { hasText: 'Chronic Pain Medical Treatment Guidelines' }).first();
      assert.match(await hoverUntilShown(token, hover), /[Ww]eaning/);
    });

    await step('the language status item counts the items by decision, and says the .txt letter was switched from Plain Text', async () => {
      await page.keyboard.press('Escape');
      const text = await languageStatus('3 items · 2 upheld · 1 overturned');
      assert.match(text, /Opened as IMR Letter, not Plain Text: its first lines read like one/);
    });

    await step(
      'a real sample letter: outline with decisions, a finding, a hover on its guideline, no switch note (named .imr.txt)',
      async () => {
        await command('View: Close All Editors');
        await openFile(SAMPLE);
        const text = await languageStatus('2 items · 2 upheld · 0 overturned');
        assert.doesNotMatch(text, /Opened as IMR Letter/);
        await page.keyboard.press('Escape');
        await command('Explorer: Focus on Outline View');
        const rows = page.locator('.outline-pane .monaco-list-row');
        await rows.filter({ hasText: 'Upheld · MRI of the cervical spine' }).first().waitFor();
        const items = (await outlineRows(rows)).filter((r) => r.name.includes(' · '));
        assert.deepEqual(
          items.map((r) => [r.name, r.decisionShown]),
          [
            ['Upheld · MRI of the right shoulder without contrast', true],
            ['Upheld · MRI of the cervical spine without contrast', true],
          ],
        );
        assert.ok(
          items.some((r) => !r.wholeShown),
          `the view cuts a long name short, and the decision stays: ${JSON.stringify(items)}`,
        );
        await command('View: Focus Problems');
        const finding = page.locator('.markers-panel .monaco-list-row', { hasText: 'body-part-mismatch' }).first();
        await finding.waitFor();
        const at = lineCol(`samples/${SAMPLE}`, 'specific nerve compromise on');
        assert.ok((await finding.innerText()).includes(`[Ln ${at.line}, Col ${at.col}]`), await finding.innerText());
        // The finding's line and the first item's in view, the hover above them on the second item's guideline.
        assert.match(await hoverNeckCitation(at.line + 1), /8 CCR § 9792\.23\.1/, 'the hover names its public source');
        await screenshot('letter.png');
      },
    );

    await step('a sample excerpt with both decisions: an outline item per decision, each with its icon', async () => {
      await page.keyboard.press('Escape');
      await command('View: Hide Panel');
      await openFile(SAMPLE_DECISIONS);
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.filter({ hasText: 'Overturned · Psychotherapy 12 sessions' }).first().waitFor();
      const items = (await outlineRows(rows)).filter((r) => r.name.includes(' · '));
      assert.deepEqual(
        items.map((r) => [r.name, r.icon]),
        [
          ['Upheld · Norco 5/325mg #20', 'codicon-symbol-event'],
          ['Upheld · Consultation and treatment', 'codicon-symbol-event'],
          ['Overturned · Psychotherapy 12 sessions', 'codicon-symbol-enum-member'],
        ],
      );
      // The Outline view, from its title to its last row.
      const top = await page
        .locator('.pane-header', { hasText: /^outline$/i })
        .first()
        .boundingBox();
      const last = await rows.last().boundingBox();
      await screenshot('outline.png', { x: top.x, y: top.y, width: top.width, height: last.y + last.height + 6 - top.y });
    });

    await step(
      "IMR: Show Timeline draws the letter's dates beside it; a click on a mark (or Enter on it) reveals the date in the letter; it follows an edit that makes a conflict",
      async () => {
        await command('View: Close All Editors');
        await openFile(SAMPLE);
        await command('IMR: Show Timeline');
        const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await view.locator('#title', { hasText: SAMPLE }).waitFor();
        // The visit of 10-19-16 in the case summary: one mark on its row.
        const visit = view.locator('.mark[data-date="2016-10-19"]');
        await visit.waitFor();
        assert.equal(await visit.count(), 1);
        assert.match(await visit.getAttribute('aria-label'), /^Visits and reports: 10-19-16/);
        assert.ok((await view.locator('.mark').count()) >= 8, 'a mark per date of the letter');
        const at = lineCol(`samples/${SAMPLE}`, '10-19-16');
        const cursor = page.locator('.statusbar-item[id="status.editor.selection"]');
        const revealed = async () => {
          await cursor.filter({ hasText: `Ln ${at.line}, Col ${at.col + '10-19-16'.length}` }).waitFor();
          assert.match(await cursor.innerText(), /\(8 selected\)/);
          await page.locator('.editor-instance .view-lines .view-line', { hasText: '10-19-16' }).first().waitFor();
        };
        await visit.click();
        await revealed();
        // By keyboard: the cursor elsewhere, then Enter on the focused mark. (The click may leave the
        // focus in the timeline, where Go to Line has no editor to go in: the letter's group is focused first.)
        await command('View: Focus First Editor Group');
        await goToLine(1);
        await cursor.filter({ hasText: 'Ln 1, Col 1' }).waitFor();
        await visit.focus();
        await visit.press('Enter');
        await revealed();
        // It follows an edit: the case summary's date of injury typed as 10-13-15 conflicts with the header's.
        const injuryLine = lineCol(`samples/${SAMPLE}`, 'injury on 10-13-16').line;
        const replace = async (from, to) => {
          await page.keyboard.press('Control+F');
          await page.locator('.find-widget .monaco-findInput .input').first().fill(from);
          await page.keyboard.press('Enter');
          await page.keyboard.press('Escape');
          await page.keyboard.type(to);
        };
        await replace('injury on 10-13-16', 'injury on 10-13-15');
        const conflict = view.locator('.mark.conflict[data-date="2015-10-13"]');
        await conflict.waitFor();
        assert.match(
          await conflict.getAttribute('aria-label'),
          /^Injury: 10-13-15\. In conflict: Date of injury 10-13-15 in the case summary, but 10\/13\/2016 in the header/,
        );
        await view.locator('#notes button', { hasText: '10/13/2016 (Injury)' }).click();
        const header = lineCol(`samples/${SAMPLE}`, '10/13/2016');
        await cursor.filter({ hasText: `Ln ${header.line}, Col ${header.col + 10} (10 selected)` }).waitFor();
        await conflict.click();
        await cursor.filter({ hasText: `Ln ${injuryLine}, ` }).waitFor();
        // The letter with the date selected, and the timeline beside it.
        const editors = await page.locator('.part.editor').boundingBox();
        await screenshot('timeline.png', { x: editors.x, y: 0, width: editors.width, height: 600 });
        // The letter as it was, on disk too (whatever auto-save did), and the conflict gone from the view.
        await replace('injury on 10-13-15', 'injury on 10-13-16');
        await page.keyboard.press('Control+S');
        await conflict.waitFor({ state: 'detached' });
      },
    );

    await step('IMR: Show Output shows the trace that imr.trace.server asks for, names only', async () => {
      await command('IMR: Show Output');
      const view = page.locator('.part.panel .monaco-editor .view-lines'); // spaces render as U+00A0
      await view
        .filter({ hasText: /\[trace\]\sReceived\sresponse\s'[\w/]+\s-\s\(\d+\)'\sin\s\d+ms/ })
        .first()
        .waitFor();
      const text = await view.first().innerText();
      assert.ok(!/Params:|Result:|Norco|Psychotherapy/.test(text), `no message content in the trace:\n${text}`);
    });

    await step(
      "a letter's PDF: opening it offers to open it as a letter; the command shows it read-only with outline, a finding and a hover",
      async () => {
        await command('View: Close All Editors');
        await command('View: Hide Panel');
        await openFile(SAMPLE_PDF);
        await page
          .locator('.notification-toast', { hasText: `${SAMPLE_PDF} reads like an IMR determination letter` })
          .first()
          .waitFor();
        await command('IMR: Open as IMR Letter');
        await page.locator('.tabs-container .tab.active', { hasText: `${SAMPLE_PDF}.imr` }).waitFor();
        await page.locator('.statusbar-item', { hasText: 'IMR Letter' }).waitFor();
        // Where the CLI finds things in the same PDF (the same reader): the first finding's line.
        const [record] = JSON.parse(
          execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--format', 'json', path.join(workspace, 'pdfs', SAMPLE_PDF)], {
            encoding: 'utf8',
          }),
        );
        const finding = record.findings.find((f) => f.rule === 'body-part-mismatch');
        assert.ok(finding, 'the CLI finds body-part-mismatch in the PDF');
        await command('Explorer: Focus on Outline View');
        const rows = page.locator('.outline-pane .monaco-list-row');
        await rows.filter({ hasText: 'Upheld · MRI of the cervical spine' }).first().waitFor();
        const items = (await outlineRows(rows)).filter((r) => r.name.includes(' · ')).map((r) => r.name);
        assert.deepEqual(items, [
          'Upheld · MRI of the right shoulder without contrast',
          'Upheld · MRI of the cervical spine without contrast',
        ]);
        await command('View: Focus Problems');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'body-part-mismatch' }).first();
        await problem.waitFor();
        assert.ok((await problem.innerText()).includes(`[Ln ${finding.line}, Col ${finding.column}]`), await problem.innerText());
        assert.match(await hoverNeckCitation(finding.line + 1), /8 CCR § 9792\.23\.1/);
        await screenshot('pdf-letter.png');
        // Read-only: typing is refused, with VS Code's own message.
        await page.keyboard.press('Escape');
        await page.locator('.editor-instance .view-lines').first().click();
        await page.keyboard.type('x');
        await page
          .locator('.monaco-editor-overlaymessage', { hasText: /read-only/i })
          .first()
          .waitFor();
      },
    );

    await step(
      'Mark as reviewed hides a finding in Problems, it stays hidden after lines are inserted above it, and the letter is unchanged',
      async () => {
        const file = path.join(workspace, 'reviewed', MARKED);
        const before = fs.readFileSync(file);
        await command('View: Close All Editors');
        await openFile(MARKED);
        await command('View: Focus Problems');
        const conflict = page.locator('.markers-panel .monaco-list-row', { hasText: 'injury-date-conflict' });
        await conflict.first().waitFor();
        const at = lineCol(`reviewed/${MARKED}`, '2005 date of injury');
        await page.locator('.editor-instance').first().click();
        await goToLine(`${at.line}:${at.col + 1}`);
        await page.keyboard.press('Control+.');
        // The code action menu, by keyboard (its rows sit under a pointer block): down to the action, then Enter.
        const mark = 'Mark as reviewed (hide this injury-date-conflict finding)';
        await page.locator('.action-widget .monaco-list-row', { hasText: mark }).first().waitFor();
        for (let i = 0; i < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: mark }).count()); i++)
          await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await conflict.first().waitFor({ state: 'detached' });
        assert.deepEqual(fs.readFileSync(file), before, 'marking leaves the letter byte-identical');
        const sidecar = JSON.parse(fs.readFileSync(path.join(workspace, 'reviewed', '.imr-reviewed.json'), 'utf8'));
        assert.deepEqual(
          sidecar.reviewed.map((e) => [e.letter, e.rule]),
          [[MARKED, 'injury-date-conflict']],
        );
        // Three lines inserted above: another finding moves down three lines; the reviewed one stays hidden.
        const other = page.locator('.markers-panel .monaco-list-row', { hasText: 'no-evidence-cited' }).first();
        const line = Number(/\[Ln (\d+),/.exec(await other.innerText())[1]);
        await goToLine(1);
        await page.keyboard.press('Home');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page
          .locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${line + 3},` })
          .filter({ hasText: 'no-evidence-cited' })
          .first()
          .waitFor();
        assert.equal(await conflict.count(), 0, 'the reviewed finding stays hidden');
        await command('File: Revert File'); // the edit was the test's, not the extension's (auto save may have written it)
      },
    );

    await step(
      'IMR: Check Folder… on the 150 corpus letters shows progress, can be cancelled, and fills Problems for closed letters, and for a PDF on its letter view',
      async () => {
        await page.keyboard.press('Escape');
        await command('View: Close All Editors');
        // The check that is cancelled reads ten copies of each letter: it cannot end before the click,
        // however slow the browser is beside the server.
        const many = path.join(workspace, 'many');
        fs.mkdirSync(many, { recursive: true });
        for (const name of fs.readdirSync(path.join(workspace, 'real'))) {
          for (let k = 0; k < 10; k++) fs.copyFileSync(path.join(workspace, 'real', name), path.join(many, `${k}-${name}`));
        }
        const chooseFolder = async (folder) => {
          // Through F1, as command() does; the folder dialog that follows is a quick input too.
          await page.keyboard.press('F1');
          const input = page.locator('.quick-input-widget input');
          await input.fill('>IMR: Check Folder…');
          await page.locator('.quick-input-list .monaco-list-row', { hasText: 'IMR: Check Folder…' }).first().waitFor();
          await page.keyboard.press('Enter');
          const accept = page.locator('.quick-input-widget .monaco-button', { hasText: 'Check Letters' }).first();
          await accept.waitFor();
          // The dialog lists the workspace folder first; once it has, the folder typed is opened and taken.
          await page.locator('.quick-input-list .monaco-list-row', { hasText: 'seeds' }).first().waitFor();
          await input.fill(`${folder}/`);
          // A folder dialog lists folders only: this one has none, so its listing is the one row "..".
          await page.waitForFunction((name) => {
            const rows = document.querySelectorAll('.quick-input-list .monaco-list-row');
            return (
              document.querySelector('.quick-input-widget input')?.value.endsWith(`/${name}/`) &&
              rows.length === 1 &&
              rows[0].textContent.includes('..')
            );
          }, path.basename(folder));
          await accept.click();
        };
        try {
          await chooseFolder(many);
          const progress = page.locator('.notification-toast', { hasText: / of 1500: / }).first();
          await progress.waitFor();
          await progress.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
          await page
            .locator('.notification-toast', { hasText: /IMR: Cancelled after \d+ letters/ })
            .first()
            .waitFor();
        } finally {
          fs.rmSync(many, { recursive: true });
        }
        await command('Notifications: Clear All Notifications');
        await chooseFolder(path.join(workspace, 'real'));
        const done = page.locator('.notification-toast', { hasText: /IMR: Checked 150 letters: \d+ findings/ }).first();
        await done.waitFor({ timeout: 120_000 });
        await command('View: Focus Problems');
        // Problems lists letters that were never opened, each a row of its own with its findings: this
        // one of real/, not the copy of it the cancelled check reached ("0-CM16-0231745.txt", listed first).
        const filter = page.getByPlaceholder(/^Filter \(e\.g\. text/).first();
        await filter.fill('CM16-0231745');
        await page
          .locator('.markers-panel .monaco-list-row', { hasText: /(?:^|[^\w-])CM16-0231745\.txt/ })
          .first()
          .waitFor();
        await filter.fill('');
        await done.locator('.monaco-button', { hasText: 'Open Summary' }).first().click();
        await page.locator('.editor-instance .view-lines', { hasText: 'IMR letters checked in' }).first().waitFor();
        await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor();
        // A folder with a PDF never opened: its findings are listed on its letter view, which a click opens.
        const pdfFolder = path.join(workspace, 'pdf-folder');
        fs.mkdirSync(pdfFolder, { recursive: true });
        const copy = SAMPLE_PDF.replace(/\.pdf$/, '-copy.pdf');
        fs.copyFileSync(path.join(workspace, 'pdfs', SAMPLE_PDF), path.join(pdfFolder, copy));
        await command('Notifications: Clear All Notifications');
        await chooseFolder(pdfFolder);
        await page
          .locator('.notification-toast', { hasText: /IMR: Checked 1 letter: [1-9]\d* findings?/ })
          .first()
          .waitFor({ timeout: 60_000 });
        await command('View: Focus Problems');
        await filter.fill(`${copy}.imr`);
        const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'body-part-mismatch' }).first();
        await marker.waitFor();
        await marker.click();
        await page.locator('.tabs-container .tab.active', { hasText: `${copy}.imr` }).waitFor();
        // At the finding: the words it quotes.
        await page.locator('.editor-instance .view-lines', { hasText: 'specific nerve compromise' }).first().waitFor();
        await filter.fill('');
      },
    );
  } finally {
    await page.close();
  }
});

test('in-host suite: test/e2e/suite in VS Code 1.100 (code-server), extensionDevelopmentPath', { skip: ui.skip }, async (t) => {
  ui.check();
  assert.ok(fs.existsSync(SUITE), `${SUITE} is built (node test/e2e/build.mjs)`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const marker = 'IMR_E2E_RESULTS ';
  let results;
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (text.startsWith(marker)) results = JSON.parse(text.slice(marker.length));
    else if (type !== 'debug') console.log(`  [extension host] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const timeoutMs = 180_000;
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
  let code;
  try {
    await page.goto(
      server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remote(ROOT)],
        ['extensionTestsPath', server.remote(SUITE)],
      ]),
    );
    code = await Promise.race([exited, timeout]);
    if (code === 'timeout') await withScreenshot(page, shots, 'in-host suite timeout', () => Promise.reject(new Error('timeout')));
  } catch (e) {
    failures++;
    throw e;
  } finally {
    clearTimeout(timer);
    await page.close();
  }
  assert.notEqual(code, 'timeout', `the in-host suite did not finish in ${timeoutMs / 1000} s`);
  assert.ok(Array.isArray(results) && results.length > 0, 'the suite reported its results');
  for (const r of results) {
    await t.test(r.title, () => {
      if (r.state !== 'passed') {
        failures++;
        throw new Error(r.error);
      }
    });
  }
  assert.equal(code, 0, 'the in-host suite exits 0');
});
