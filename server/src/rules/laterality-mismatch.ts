import { spanContains } from '../base/span';
import { aboutItem, type Letter } from '../letter';
import { sideFacts, type SideFact } from '../letter/sides';
import { clipped, quoted, type Finding, type Related, type Rule } from './rule';

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

// Item titles and request phrases recur (the same letter is checked at every keystroke): remember
// the last few hundred readings.
const readings = new Map<string, { sides: Set<string>; regions: Set<string> }>();

/** The sides and the body parts a title or a phrase names. */
function reading(phrase: string): { sides: Set<string>; regions: Set<string> } {
  let found = readings.get(phrase);
  if (found) return found;
  found = {
    sides: new Set([...phrase.matchAll(SIDE_RE)].map((m) => (/^(?:left|right)$/i.test(m[1]) ? m[1].toLowerCase() : 'bilateral'))),
    regions: new Set(REGIONS.filter(([, re]) => re.test(phrase)).map(([name]) => name)),
  };
  if (readings.size >= 500) readings.delete(readings.keys().next().value!);
  readings.set(phrase, found);
  return found;
}

/** The side or body part named in the item differs from the rationale's "the request for ...". */
function requestFindings(letter: Letter): Finding[] {
  const out: Finding[] = [];
  // Bilateral covers either side; only left against right (or right against left) differs.
  const oneSided = (sides: Set<string>): boolean => sides.size > 0 && !sides.has('bilateral');
  for (const item of letter.items) {
    if (!item.rationaleRequests.length) continue;
    const { sides: itemSides, regions: itemRegions } = reading(item.title);
    for (const p of item.rationaleRequests) {
      const problems: string[] = [];
      const { sides: ps, regions: pr } = reading(p.text);
      if (oneSided(itemSides) && oneSided(ps) && ![...ps].some((s) => itemSides.has(s)))
        problems.push(`side ${[...ps].join('/')} here, ${[...itemSides].join('/')} in the item`);
      if (itemRegions.size && pr.size && ![...pr].some((r) => itemRegions.has(r)))
        problems.push(`${[...pr].join(', ')} here, ${[...itemRegions].join(', ')} in the item`);
      // Whether the phrase is about the item at all, only for a phrase that differs from it.
      if (!problems.length || !aboutItem(item, p.text)) continue;
      out.push({
        span: p.span,
        message: `The rationale's request "${p.text}" names another ${problems.length > 1 ? 'side and body part' : problems[0].startsWith('side') ? 'side' : 'body part'} than the item "${clipped(item.title)}": ${problems.join('; ')}.`,
        related: [{ span: item.titleSpan, message: `The item: ${clipped(item.title)}` }],
      });
    }
  }
  return out;
}

const PLACES = ['the item', 'the case summary', 'the rationale', 'the letter'];

const inRequest = (letter: Letter, fact: SideFact): boolean =>
  fact.item !== undefined && letter.items[fact.item].rationaleRequests.some((r) => spanContains(r.span, fact.span.start));

/** Where a side stands: an item's heading or its rationale's "the request for ...", the case summary, a rationale. */
function placeOf(letter: Letter, fact: SideFact): string {
  const item = fact.item === undefined ? undefined : letter.items[fact.item];
  if (fact.role === 'item' || inRequest(letter, fact)) return PLACES[0];
  if (fact.section === 'summary') return PLACES[1];
  if (item?.parts.some((p) => p.kind === 'rationale' && spanContains(p.contentSpan, fact.span.start))) return PLACES[2];
  return PLACES[3];
}

const capital = (phrase: string): string => phrase[0].toUpperCase() + phrase.slice(1);
const list = (names: string[]): string => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]);

/**
 * One side of a body region where the rest of the letter has the other: said in one statement
 * only, or only in the rationale of an item (and its case summary) for the other side. Not for a
 * region the letter calls bilateral anywhere, nor when the odd side is an item's, or set apart
 * ("a prior left knee injury", "also complains of left shoulder pain", "compared to the right").
 */
function oddSides(letter: Letter, taken: Finding[]): Finding[] {
  const facts = sideFacts(letter);
  const out: Finding[] = [];
  const statements = (facts: SideFact[]): number => new Set(facts.map((f) => quoted(letter, f.sentence))).size;
  // The weight of a side: its statements, and one more when an item or a diagnosis names it.
  const weight = (facts: SideFact[]): number =>
    statements(facts) + (facts.some((f) => f.role === 'item' || f.role === 'diagnosis') ? 1 : 0);
  for (const region of new Set(facts.map((f) => f.region))) {
    const here = facts.filter((f) => f.region === region);
    // Only a region given left and right, and never both sides at once, has an odd side.
    if (!here.some((f) => f.side === 'left') || !here.some((f) => f.side === 'right') || here.some((f) => f.side === 'bilateral')) continue;
    // Both sides in one statement ("bilateral knee pain", "the right knee and the left knee").
    const sidesAt = new Map<number, Set<string>>();
    for (const f of here) sidesAt.set(f.sentence.start, (sidesAt.get(f.sentence.start) ?? new Set()).add(f.side));
    if ([...sidesAt.values()].some((x) => x.size > 1 || x.has('bilateral'))) continue;
    for (const side of ['left', 'right'] as const) {
      const odd = here.filter((f) => f.side === side);
      const rest = here.filter((f) => f.side !== side);
      if (!odd.length || !rest.length || odd.some((f) => f.role === 'item' || f.role === 'aside')) continue;
      const item = odd[0].item === undefined ? undefined : letter.items[odd[0].item];
      const oneRationale =
        !!item &&
        odd.every((f) => f.item === item.index && placeOf(letter, f) === PLACES[2]) &&
        rest.some((f) => f.item === item.index && f.role === 'item') &&
        rest.some((f) => f.section === 'summary');
      if (statements(odd) > 1 && !oneRationale) continue;
      if (weight(rest) < 2 || weight(rest) <= weight(odd)) continue;
      // The other side as the item or a diagnosis words it ("the left hand"), else by its region.
      const named = rest.find((f) => f.role === 'item') ?? rest.find((f) => f.role === 'diagnosis');
      const otherPart = named ? named.text.replace(/(?<![\s-])[\s-]+sided/, '') : `${rest[0].side} ${region}`;
      const related: Related[] = [];
      // One for each item and each statement, the items first.
      const seen = new Set<string>();
      for (const f of [...rest.filter((x) => x.role === 'item'), ...rest.filter((x) => x.role !== 'item')]) {
        const key = f.role === 'item' ? `item ${f.item}` : `at ${f.sentence.start}`;
        if (seen.has(key) || related.length >= 8) continue;
        seen.add(key);
        const message =
          f.role === 'item'
            ? `The item: ${letter.items[f.item!].title}`
            : inRequest(letter, f)
              ? `The rationale's request: ${f.text}`
              : `${capital(placeOf(letter, f))}: ${f.text}`;
        related.push({ span: f.span, message });
      }
      // Where the other side is stated, read once for all the odd statements.
      const restPlaces = new Set(rest.map((r) => placeOf(letter, r)));
      for (const f of odd) {
        if (taken.some((t) => spanContains(t.span, f.span.start))) continue;
        const own = placeOf(letter, f);
        const places = PLACES.filter((p) => restPlaces.has(p)).map((p) => (p === own ? `the rest of ${p}` : p));
        out.push({
          span: f.span,
          message: `${capital(own)} speaks of the ${f.text}, but ${list(places)} ${places.length > 1 ? 'concern' : 'concerns'} the ${otherPart}.`,
          related,
        });
      }
    }
  }
  return out;
}

const LIMB: Record<string, string> = {
  shoulder: 'upper',
  elbow: 'upper',
  'wrist and hand': 'upper',
  'upper extremity': 'upper',
  hip: 'lower',
  knee: 'lower',
  'ankle and foot': 'lower',
  'lower extremity': 'lower',
};
// Between one side and "... bilaterally" of the same finding: "in the right lower extremity to
// the level of the calf, foot and toes bilaterally".
const EXTENT = /^\s+(?:(?:down|up|all\s+the\s+way)\s+)?(?:to|into)\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?$/i;

/** A sentence that gives one finding one side and then both: "in the right leg down to the feet bilaterally". */
function oneThenBoth(letter: Letter): Finding[] {
  const facts = sideFacts(letter);
  const bothAt = new Map<number, SideFact[]>();
  for (const b of facts) if (b.side === 'bilateral') bothAt.set(b.sentence.start, [...(bothAt.get(b.sentence.start) ?? []), b]);
  if (!bothAt.size) return [];
  const out: Finding[] = [];
  for (const f of facts) {
    if (f.side === 'bilateral') continue;
    const both = bothAt
      .get(f.sentence.start)
      ?.find(
        (b) => b.span.start >= f.span.end && LIMB[b.region] === LIMB[f.region] && EXTENT.test(letter.text.slice(f.span.end, b.span.start)),
      );
    if (!both) continue;
    out.push({
      span: f.span,
      message: `The sentence places one finding in the ${f.text} and then on both sides ("${both.text}").`,
      related: [{ span: both.span, message: `Both sides: ${both.text}` }],
    });
  }
  return out;
}

/** Sides that disagree: the item's against the rationale's request, a body part's against the rest of the letter, one finding's within its sentence. */
export const lateralityMismatch: Rule = {
  id: 'laterality-mismatch',
  title: 'Side of a body part conflicts with the rest of the letter',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out = requestFindings(letter);
    out.push(...oddSides(letter, out), ...oneThenBoth(letter));
    return out;
  },
};
