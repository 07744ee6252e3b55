// The colours the extension contributes (package.json `contributes.colors`) for Upheld and
// Overturned: legible on each kind of theme, never red or green, and still far apart for readers
// with protanopia, deuteranopia or tritanopia (simulated with the matrices of Machado, Oliveira and
// Fernandes 2009, severity 1), as the red and green they replace were not.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const colours: { id: string; defaults: Record<string, string> }[] = manifest.contributes.colors;
const colour = (id: string) => colours.find((c) => c.id === id)!.defaults;

const KINDS = ['dark', 'light', 'highContrast', 'highContrastLight'];
/** The editor background of VS Code's default theme of each kind. */
const BACKGROUND: Record<string, string> = { dark: '#1F1F1F', light: '#FFFFFF', highContrast: '#000000', highContrastLight: '#FFFFFF' };

const VISION: Record<string, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Rgb => [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const seen = (hex: string, m: Matrix): Rgb =>
  m.map((row) => Math.min(1, Math.max(0, row[0] * linear(hex)[0] + row[1] * linear(hex)[1] + row[2] * linear(hex)[2]))) as Rgb;
/** CIE76 colour difference as a reader with `vision` sees the two colours. */
const difference = (a: string, b: string, vision: Matrix) => Math.hypot(...lab(seen(a, vision)).map((v, i) => v - lab(seen(b, vision))[i]));
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** CIELAB hue angle in degrees: red about 40, orange about 60-75, green about 135-160, blue about 230-290. */
const hue = (hex: string) => ((Math.atan2(lab(linear(hex))[2], lab(linear(hex))[1]) * 180) / Math.PI + 360) % 360;

describe('contributed colours', () => {
  it('gives Upheld and Overturned a colour for every kind of theme', () => {
    for (const id of ['imr.upheldForeground', 'imr.overturnedForeground']) {
      assert.deepEqual(Object.keys(colour(id)).sort(), [...KINDS].sort(), id);
      for (const kind of KINDS) assert.match(colour(id)[kind], /^#[0-9A-F]{6}$/, `${id} ${kind}`);
    }
  });

  it('keeps each legible on its theme (contrast 4.5:1 or more)', () => {
    for (const id of ['imr.upheldForeground', 'imr.overturnedForeground']) {
      for (const kind of KINDS) {
        const ratio = contrast(colour(id)[kind], BACKGROUND[kind]);
        assert.ok(ratio >= 4.5, `${id} on ${kind}: ${ratio.toFixed(2)}`);
      }
    }
  });

  it('makes Upheld orange and Overturned blue: neither red nor green', () => {
    for (const kind of KINDS) {
      const upheld = hue(colour('imr.upheldForeground')[kind]);
      const overturned = hue(colour('imr.overturnedForeground')[kind]);
      assert.ok(upheld > 55 && upheld < 90, `Upheld (${kind}) is orange: hue ${upheld.toFixed(0)}`);
      assert.ok(overturned > 220 && overturned < 290, `Overturned (${kind}) is blue: hue ${overturned.toFixed(0)}`);
    }
  });

  it('keeps Upheld and Overturned far apart for every common colour-vision deficiency, unlike the red and green before', () => {
    for (const [name, vision] of Object.entries(VISION)) {
      for (const kind of KINDS) {
        const d = difference(colour('imr.upheldForeground')[kind], colour('imr.overturnedForeground')[kind], vision);
        assert.ok(d >= 50, `${kind}, ${name}: ΔE ${d.toFixed(0)}`);
      }
    }
    // The light theme's deletion red and insertion green the grammar used to ask for.
    assert.ok(difference('#A31515', '#098658', VISION.deuteranopia) < 50);
  });
});
