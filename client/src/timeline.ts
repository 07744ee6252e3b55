// IMR: Show Timeline: a webview beside the letter that draws its dated facts on one time axis
// (dist/timeline-view.js, bundled: nothing is loaded from the network, and the content security
// policy allows only that script and the view's own style). The data is the server's
// `imr/timeline`; the view follows the active letter and its edits, and a chosen mark reveals its
// date in the letter.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIMELINE, type TimelineMark, type TimelineView } from '../../server/src/server/protocol';

const LANGUAGE = 'imr';

// Theme colours only: light, dark and high contrast themes each set these variables.
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px; }
h1 { font-size: 1.1em; font-weight: 600; }
#chart { width: 100%; overflow-x: auto; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
.tick { stroke: var(--vscode-editorRuler-foreground, var(--vscode-panel-border)); stroke-dasharray: 2 3; }
.tick-label { fill: var(--vscode-descriptionForeground); }
.row-line { stroke: var(--vscode-panel-border, var(--vscode-contrastBorder)); }
.mark { cursor: pointer; outline: none; }
.mark .shape { fill: var(--vscode-charts-blue, var(--vscode-foreground)); stroke: var(--vscode-editor-background); stroke-width: 1.5; }
.mark.approx .shape { fill: var(--vscode-editor-background); stroke: var(--vscode-charts-blue, var(--vscode-foreground)); stroke-width: 2; }
.mark.conflict .shape { fill: var(--vscode-errorForeground); stroke: var(--vscode-contrastBorder, var(--vscode-editor-background)); }
.mark .bang { fill: var(--vscode-editor-background); font-weight: 700; font-size: 11px; pointer-events: none; }
.mark:hover .shape, .mark:focus .shape { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.mark:focus-visible .shape { stroke: var(--vscode-focusBorder); stroke-width: 3; }
body.vscode-high-contrast .mark .shape, body.vscode-high-contrast-light .mark .shape { stroke: var(--vscode-contrastBorder); stroke-width: 2; }
#notes button { color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; font: inherit; cursor: pointer; text-decoration: underline; }
#notes button:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
`;

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function html(webview: vscode.Webview, script: vscode.Uri): string {
  const n = nonce();
  const csp = `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}' ${webview.cspSource}; img-src 'none'; font-src 'none'; connect-src 'none';`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><style nonce="${n}">${STYLE}</style><title>IMR Timeline</title></head>
<body><h1 id="title">Timeline</h1><div id="chart"></div><div id="notes" aria-live="polite"></div><script nonce="${n}" src="${webview.asWebviewUri(script)}"></script></body></html>`;
}

export function registerTimeline(context: vscode.ExtensionContext, lsp: () => LanguageClient | undefined): void {
  let panel: vscode.WebviewPanel | undefined;
  let shown: vscode.TextDocument | undefined;
  let marks: TimelineMark[] = [];
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = async () => {
    const client = lsp();
    if (!panel || !shown || !client?.isRunning()) return;
    const ask = ++asked;
    const view = await client.sendRequest<TimelineView | null>(TIMELINE, { uri: shown.uri.toString() }).catch(() => null);
    if (ask !== asked || !panel || !view) return;
    marks = view.marks;
    panel.title = `Timeline: ${shown.uri.path.split('/').pop()}`;
    void panel.webview.postMessage({ type: 'timeline', view, title: `Dates in ${shown.uri.path.split('/').pop()}` });
  };
  const reveal = async (index: number) => {
    const mark = marks[index];
    if (!mark || !shown) return;
    const range = new vscode.Range(mark.range.start.line, mark.range.start.character, mark.range.end.line, mark.range.end.character);
    const column = vscode.window.visibleTextEditors.find((e) => e.document === shown)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(shown, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const open = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === LANGUAGE) shown = doc;
    if (!shown) return void vscode.window.showInformationMessage('Open an IMR letter first.');
    if (panel) return panel.reveal(vscode.ViewColumn.Beside, true);
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    panel = vscode.window.createWebviewPanel(
      'imr.timeline',
      'Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist] },
    );
    panel.webview.html = html(panel.webview, vscode.Uri.joinPath(dist, 'timeline-view.js'));
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage((m: { type?: string; index?: number }) =>
      m.type === 'ready' ? update() : m.type === 'reveal' ? reveal(Number(m.index)) : undefined,
    );
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('imr.showTimeline', open),
    { dispose: () => (timer && clearTimeout(timer), panel?.dispose()) },
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (!panel || e?.document.languageId !== LANGUAGE || e.document === shown) return;
      shown = e.document;
      void update();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!panel || e.document !== shown) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(update, 300);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d === shown) shown = undefined;
    }),
  );
}
