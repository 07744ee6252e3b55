import { aboutItem, type Letter } from '../letter';
import type { Finding, Rule } from '.';

const SIDE_RE = /\b(left|right|bilateral(?:ly)?|both)\b/gi;
// Body parts in groups of words that name the same region.
const REGIONS: [string, RegExp][] = [
  ['lumbar spine / low back', /\b(?:lumbar|lumbosacral|low(?:er)?\s+back|L-?spine)\b/i],
  ['cervical spine / neck', /\b(?:cervical|neck|C-?spine)\b/i],
  ['thoracic spine', /\b(?:thoracic|T-?spine|mid\s+back)\b/i],
  ['shoulder', /\bshoulders?\b/i],
  ['elbow', /\belbows?\b/i],
  ['wrist / hand', /\b(?:wrists?|hands?|fingers?|thumbs?|carpal)\b/i],
  ['hip', /\bhips?\b/i],
  ['knee', /\bknees?\b/i],
  ['ankle / foot', /\b(?:ankles?|foot|feet|heels?|toes?)\b/i],
];

function sides(s: string): Set<string> {
  return new Set([...s.matchAll(SIDE_RE)].map((m) => (/^(?:left|right)$/i.test(m[1]) ? m[1].toLowerCase() : 'bilateral')));
}

function regions(s: string): Set<string> {
  return new Set(REGIONS.filter(([, re]) => re.test(s)).map(([name]) => name));
}

/** The side or body part named in the item differs from the rationale's "the request for ...". */
export const lateralityMismatch: Rule = {
  id: 'laterality-mismatch',
  title: 'Side or body part differs between item and rationale',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const itemSides = sides(item.title);
      const itemRegions = regions(item.title);
      for (const p of item.rationaleRequests) {
        if (!aboutItem(item, p.text)) continue;
        const problems: string[] = [];
        const ps = sides(p.text);
        // Bilateral covers either side; only left against right (or right against left) differs.
        const oneSided = (x: Set<string>): boolean => x.size > 0 && !x.has('bilateral');
        if (oneSided(itemSides) && oneSided(ps) && ![...ps].some((s) => itemSides.has(s))) problems.push(`side ${[...ps].join('/')} here, ${[...itemSides].join('/')} in the item`);
        const pr = regions(p.text);
        if (itemRegions.size && pr.size && ![...pr].some((r) => itemRegions.has(r))) problems.push(`${[...pr].join(', ')} here, ${[...itemRegions].join(', ')} in the item`);
        if (!problems.length) continue;
        out.push({
          span: p.span,
          message: `The rationale's request "${p.text}" names another ${problems.length > 1 ? 'side and body part' : problems[0].startsWith('side') ? 'side' : 'body part'} than the item "${item.title}": ${problems.join('; ')}.`,
          related: [{ span: item.titleSpan, message: `The item: ${item.title}` }],
        });
      }
    }
    return out;
  },
};
