// Colours for the decision words of the letters in view, from the server's `imr/decisions`: the
// theme colours this extension contributes (orange for Upheld, blue for Overturned, from the
// Okabe–Ito palette, apart from the error red), bold, with a mark in the overview ruler; the
// decision of a partly certified request is also underlined dotted. The words themselves say the
// decision, so nothing rests on colour alone.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DECISIONS, type DecisionRange } from '../../server/src/server/protocol';

type Key = `${DecisionRange['outcome']}${'' | '-partial'}`;

function decorationType(outcome: DecisionRange['outcome'], partial: boolean): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(`imr.${outcome}Foreground`);
  return vscode.window.createTextEditorDecorationType({
    color,
    fontWeight: 'bold',
    textDecoration: partial ? 'underline dotted' : undefined,
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

export class DecisionColours implements vscode.Disposable {
  private readonly types: Record<Key, vscode.TextEditorDecorationType> = {
    upheld: decorationType('upheld', false),
    'upheld-partial': decorationType('upheld', true),
    overturned: decorationType('overturned', false),
    'overturned-partial': decorationType('overturned', true),
  };
  /** Per document, the newest question asked: an older answer is dropped. */
  private readonly asked = new WeakMap<vscode.TextDocument, number>();

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly language: string,
  ) {}

  /** Colours the decisions of every visible editor of the language. */
  async update(): Promise<void> {
    const lsp = this.client();
    if (!lsp?.isRunning()) return;
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === this.language);
    await Promise.all(editors.map((e) => this.colour(lsp, e)));
  }

  private async colour(lsp: LanguageClient, editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    const ask = (this.asked.get(doc) ?? 0) + 1;
    this.asked.set(doc, ask);
    let marks: DecisionRange[] | null;
    try {
      marks = await lsp.sendRequest<DecisionRange[] | null>(DECISIONS, { uri: doc.uri.toString() });
    } catch {
      marks = null;
    }
    if (this.asked.get(doc) !== ask) return;
    const ranges: Record<Key, vscode.Range[]> = { upheld: [], 'upheld-partial': [], overturned: [], 'overturned-partial': [] };
    for (const m of marks ?? []) ranges[`${m.outcome}${m.partial ? '-partial' : ''}`].push(lsp.protocol2CodeConverter.asRange(m.range));
    for (const key of Object.keys(ranges) as Key[]) editor.setDecorations(this.types[key], ranges[key]);
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
  }
}
