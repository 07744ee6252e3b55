import type { Letter } from '../letter';
import { matchesIn, matchSpan, type Finding, type Rule } from './rule';

// UTF-8 text read as Windows-1252 ("DURAGESICÂ®" for "DURAGESIC®", "â€™" for "’"): a lead
// character then one to three characters that stand for bytes 0x80-0xBF in Windows-1252.
const CP1252: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
const CONT = `[\\u0080-\\u00bf${Object.keys(CP1252)
  .map((c) => `\\u${Number(c).toString(16).padStart(4, '0')}`)
  .join('')}]`;
const MOJIBAKE_RE = new RegExp(`[\\u00c2-\\u00f4]${CONT}{1,3}|\\ufffd+`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text the damaged characters stood for, if they decode cleanly. */
export function repair(damaged: string): string | undefined {
  const bytes = Array.from(damaged, (ch) => {
    const c = ch.codePointAt(0)!;
    return CP1252[c] ?? c;
  });
  if (bytes.some((b) => b > 0xff)) return undefined;
  try {
    const s = utf8.decode(Uint8Array.from(bytes));
    return /[\u0000-\u001f\u007f-\u009f]/.test(s.replace(/\u00a0/g, '')) ? undefined : s;
  } catch {
    return undefined;
  }
}

/** Characters damaged on the way from PDF to text: mojibake and replacement characters. */
export const encodingDamage: Rule = {
  id: 'encoding-damage',
  title: 'Damaged characters (mojibake)',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const m of matchesIn(MOJIBAKE_RE, letter.text)) {
      const span = matchSpan(m);
      if (m[0].startsWith('\ufffd')) {
        out.push({
          span,
          message: `"${m[0]}" is a replacement character: the original character was lost in conversion and cannot be recovered.`,
        });
        continue;
      }
      const fixed = repair(m[0]);
      if (fixed === undefined) continue;
      out.push({
        span,
        message: `"${m[0]}" is damaged text (UTF-8 read as Windows-1252); it stands for "${fixed}".`,
        fixes: [{ title: `Replace "${m[0]}" with "${fixed}"`, edits: [{ span, newText: fixed }], preferred: true, safe: true }],
      });
    }
    return out;
  },
};
