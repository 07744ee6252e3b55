// The timeline view's script, run in the webview: draws the letter's dated facts as plain SVG on
// one time axis, a row per kind of date, and tells the extension which mark was chosen (a click,
// Enter or Space); the arrow keys move between marks in time order. Colours come from the theme's
// CSS variables (the view's <style>); a conflicting date is also a different shape, so nothing
// rests on colour. It loads nothing: the extension posts the data.

import type { TimelineMark, TimelineView } from '../../server/src/server/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const LABEL_WIDTH = 200;
const ROW = 36;
const TOP = 44;
const DAY = 86_400_000;

let view: TimelineView | undefined;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

const time = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const shortDate = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Tick marks at month or year starts, at most about ten of them. */
function ticks(from: number, to: number): number[] {
  const start = new Date(from);
  const years = (to - from) / (365.25 * DAY);
  const monthStep = years > 8 ? 12 * Math.ceil(years / 8) : years > 1.5 ? 12 : years > 0.6 ? 3 : 1;
  const out: number[] = [];
  let y = start.getUTCFullYear();
  let m = monthStep >= 12 ? 0 : start.getUTCMonth();
  for (let t = Date.UTC(y, m, 1); t <= to; t = Date.UTC(y, m, 1)) {
    if (t >= from) out.push(t);
    m += monthStep;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return out;
}

function tickLabel(t: number, yearly: boolean): string {
  const d = new Date(t);
  return yearly ? String(d.getUTCFullYear()) : `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

function describe(mark: TimelineMark, kindLabel: string): string {
  const exact = mark.precision === 'day' ? '' : ` (${mark.precision} only)`;
  const conflict = mark.conflicts.length ? `. In conflict: ${mark.conflicts.join(' ')}` : '';
  return `${kindLabel}: ${mark.text}${exact}${mark.header ? ', header' : ''}${conflict}`;
}

function choose(index: number): void {
  vscode.postMessage({ type: 'reveal', index });
}

function markShape(g: SVGGElement, mark: TimelineMark, x: number, y: number): void {
  if (mark.conflicts.length) {
    el('path', { d: `M${x} ${y - 9}L${x + 9} ${y}L${x} ${y + 9}L${x - 9} ${y}Z`, class: 'shape' }, g);
    el('text', { x, y: y + 4, class: 'bang', 'text-anchor': 'middle', 'aria-hidden': 'true' }, g).textContent = '!';
  } else {
    el('circle', { cx: x, cy: y, r: 6, class: 'shape' }, g);
  }
}

function draw(): void {
  // A redraw (the letter was edited) keeps the focus on the same mark.
  const focused = document.activeElement?.getAttribute('data-index');
  drawChart();
  if (focused) document.querySelector<SVGGElement>(`.mark[data-index="${focused}"]`)?.focus();
}

function drawChart(): void {
  const chart = document.getElementById('chart')!;
  const notes = document.getElementById('notes')!;
  chart.replaceChildren();
  notes.replaceChildren();
  if (!view) return;
  if (view.marks.length === 0) {
    chart.textContent = 'No dates found in this letter.';
    return;
  }
  const times = view.marks.map((m) => time(m.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max((last - first) * 0.04, 15 * DAY);
  const from = first - pad;
  const to = last + pad;
  const width = Math.max(320, chart.clientWidth || document.body.clientWidth - 24);
  const height = TOP + view.kinds.length * ROW + 12;
  const x = (t: number) => LABEL_WIDTH + ((t - from) / (to - from)) * (width - LABEL_WIDTH - 20);
  const svg = el(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Dates of the letter on a time axis' },
    chart,
  );

  const allTicks = ticks(from, to);
  const yearly = allTicks.length > 1 && new Date(allTicks[1]).getUTCMonth() === new Date(allTicks[0]).getUTCMonth();
  let labelsEnd = -Infinity;
  for (const t of allTicks) {
    el('line', { x1: x(t), x2: x(t), y1: TOP - 14, y2: height - 8, class: 'tick' }, svg);
    // A label near the right edge ends at its tick, so that it is not cut; one that would touch the last is left out.
    const label = tickLabel(t, yearly);
    const half = label.length * 3.5;
    const atEnd = x(t) + half > width - 4;
    const [left, right] = atEnd ? [x(t) - 2 * half, x(t)] : [x(t) - half, x(t) + half];
    if (left < labelsEnd + 8) continue;
    labelsEnd = right;
    el('text', { x: x(t), y: TOP - 20, class: 'tick-label', 'text-anchor': atEnd ? 'end' : 'middle' }, svg).textContent = label;
  }

  const order = view.marks.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
  const focusables: SVGGElement[] = [];
  view.kinds.forEach((k, row) => {
    const y = TOP + row * ROW + ROW / 2;
    el('line', { x1: LABEL_WIDTH - 6, x2: width - 10, y1: y, y2: y, class: 'row-line' }, svg);
    el('text', { x: 8, y: y + 4, class: 'row-label' }, svg).textContent = k.label;
    // Marks closer than a mark's width stack above and below the row's line.
    const LIFTS = [0, -11, 11, -5, 5];
    let lastX = -Infinity;
    let stacked = 0;
    for (const i of order.filter((j) => view!.marks[j].kind === k.kind)) {
      const mark = view!.marks[i];
      const mx = x(times[i]);
      stacked = mx - lastX < 12 ? stacked + 1 : 0;
      lastX = mx;
      const classes = ['mark', mark.conflicts.length ? 'conflict' : '', mark.precision !== 'day' ? 'approx' : ''].filter(Boolean).join(' ');
      const g = el(
        'g',
        { class: classes, tabindex: 0, role: 'button', 'data-index': i, 'data-date': mark.date, 'aria-label': describe(mark, k.label) },
        svg,
      );
      el('title', {}, g).textContent = describe(mark, k.label);
      markShape(g, mark, mx, y + LIFTS[stacked % LIFTS.length]);
      g.addEventListener('click', () => choose(i));
      focusables[order.indexOf(i)] = g;
    }
  });
  svg.addEventListener('keydown', (e) => {
    const target = (e.target as Element).closest('.mark');
    if (!target) return;
    const at = focusables.indexOf(target as SVGGElement);
    if (e.key === 'Enter' || e.key === ' ') choose(Number(target.getAttribute('data-index')));
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focusables[Math.min(at + 1, focusables.length - 1)]?.focus();
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focusables[Math.max(at - 1, 0)]?.focus();
    else if (e.key === 'Home') focusables[0]?.focus();
    else if (e.key === 'End') focusables[focusables.length - 1]?.focus();
    else return;
    e.preventDefault();
  });
  writeNotes(notes, first, last);
}

/** Under the chart: the dates in conflict as a list of buttons, and what the axis leaves out. */
function writeNotes(notes: HTMLElement, first: number, last: number): void {
  if (!view) return;
  const label = new Map(view.kinds.map((k) => [k.kind, k.label]));
  const conflicting = view.marks.map((m, i) => [m, i] as const).filter(([m]) => m.conflicts.length);
  const p = document.createElement('p');
  p.textContent = `${view.marks.length} dates from ${shortDate(first)} to ${shortDate(last)}; ${conflicting.length} in conflict (◆).${view.birthDates ? ` Dates of birth (${view.birthDates}) are not drawn.` : ''}`;
  notes.appendChild(p);
  if (!conflicting.length) return;
  const list = document.createElement('ul');
  for (const [m, i] of conflicting) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.textContent = `${m.text} (${label.get(m.kind) ?? m.kind})`;
    button.addEventListener('click', () => choose(i));
    item.append(button, ` ${m.conflicts.join(' ')}`);
    list.appendChild(item);
  }
  notes.appendChild(list);
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: string; view?: TimelineView; title?: string };
  if (data?.type !== 'timeline' || !data.view) return;
  view = data.view;
  document.getElementById('title')!.textContent = data.title ?? 'Timeline';
  draw();
});
let drawnWidth = 0;
new ResizeObserver(() => {
  if (document.body.clientWidth === drawnWidth) return;
  drawnWidth = document.body.clientWidth;
  draw();
}).observe(document.body);
vscode.postMessage({ type: 'ready' });
