import { categoriesOf } from '../knowledge/categories';
import { regionNames, regionsMeet } from '../knowledge/regions';
import { ROUTE_NAMES, routeOf } from '../knowledge/routes';
import type { Citation, Item, Letter } from '../letter';
import { examTestPlaces } from '../letter/exam-tests';
import { itemRegions, type CitedChapter, type ItemRegions } from '../letter/regions';
import { clipped, guidelineLine, inSteps, quoted, pausesBefore, type Finding, type Related, type Rule } from './rule';

/** An item for one body region decided on another region's guideline chapter or criteria. */
export const bodyPartMismatch: Rule = inSteps({
  id: 'body-part-mismatch',
  title: "Item decided on another body region's guideline",
  defaultSeverity: 'warning',
  *steps(letter: Letter) {
    const out: Finding[] = [];
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      const related = [{ span: item.titleSpan, message: `The item: ${item.title}` }];
      out.push(...regionFindings(itemRegions(letter, item), related), ...routeFindings(letter, item, related));
    }
    out.push(...examTestFindings(letter));
    return out;
  },
});

// An item of one body region: the spine's cervical or lumbar part counts with the thoracic.
const oneRegion = (regions: readonly string[]): boolean => regions.filter((r) => r !== 'thoracic').length === 1;

function regionFindings({ item, regions, claimsAdministrator, maximus, rationale, named }: ItemRegions, related: Related[]): Finding[] {
  if (!regions.length) return [];
  const out: Finding[] = [];
  // A line is judged whole: one chapter that fits the item is enough. The expert reviewer's own
  // line is a warning; the Claims Administrator's only reports what the claims administrator cited.
  const misfit = (line: CitedChapter[]): CitedChapter | undefined =>
    line.some((c) => regionsMeet(regions, c.regions)) ? undefined : line[0];
  const ca = misfit(claimsAdministrator);
  if (ca)
    out.push({
      span: ca.span,
      severity: 'information',
      message: `The Claims Administrator guideline cites ${ca.label} for "${clipped(item.title)}", a chapter for another body region.`,
      related,
    });
  // The expert reviewer's own line: a chapter for another region beside one that fits is reported
  // too, for an image of one region (a nerve study may span a limb's chapters) ("MTUS Neck and Upper Back Complaints" and "ODG Low Back" for
  // an MRI of the lumbar spine).
  const mx =
    misfit(maximus) ??
    (oneRegion(regions) && categoriesOf(item.title).has('imaging') ? maximus.find((c) => !regionsMeet(regions, c.regions)) : undefined);
  if (mx)
    out.push({
      span: mx.span,
      message: `The MAXIMUS guideline decides "${clipped(item.title)}" on ${mx.label}, a chapter for another body region.`,
      related,
    });
  // A study of another region is a slip only in an imaging item's rationale.
  const imaging = categoriesOf(item.title).has('imaging');
  const phrases = rationale.filter((r) => !regionsMeet(regions, r.regions) && (r.kind === 'criterion' || imaging));
  for (const r of phrases) {
    out.push({
      span: r.span,
      message:
        r.kind === 'imaging'
          ? `The rationale for "${clipped(item.title)}" speaks of "${r.text}", ${r.what}, not of the item's ${regionNames(regions)}.`
          : `The rationale judges "${clipped(item.title)}" on "${r.text}", ${r.what}; the item is for the ${regionNames(regions)}.`,
      related,
    });
  }
  // The rationale's request names another region than the item ("MRI of Right knee is medically
  // necessary" for an MRI of the shoulder).
  const request = named.find((n) => n.inRequest && !regionsMeet(regions, n.regions));
  if (request && !named.some((n) => n.inRequest && regionsMeet(regions, n.regions))) {
    const phrase = item.rationaleRequests.find((r) => r.span.start <= request.span.start && request.span.start < r.span.end);
    out.push({
      span: request.span,
      message: `The rationale's request "${phrase?.text ?? request.text}" names the ${regionNames(request.regions)}; the item is for the ${regionNames(regions)}.`,
      related,
    });
  }
  // A rationale that names body regions, none of them the item's, speaks of another part (its
  // "the request for ..." phrase alone is laterality-mismatch's to compare).
  const first = named.find((n) => !n.inRequest);
  if (!phrases.length && first && !named.some((n) => regionsMeet(regions, n.regions))) {
    const others = [...new Set(named.flatMap((n) => n.regions))];
    out.push({
      span: first.span,
      message: `The rationale for "${clipped(item.title)}" speaks of the ${regionNames(others)} and never of the item's ${regionNames(regions)}.`,
      related,
    });
  }
  return out;
}

/** An oral drug decided on the topical analgesics section, or a topical on a drug class's section. */
function routeFindings(letter: Letter, item: Item, related: Related[]): Finding[] {
  const route = routeOf(item.title);
  if (!route) return [];
  const cited = guidelineLine(letter, item, 'maximus')
    .map((c) => {
      const text = topicText(c);
      return { c, text, route: routeOf(text) };
    })
    .filter((x) => x.route);
  // A drug taken by mouth decided on a section for drugs on the skin is reported even beside a
  // section that fits ("Topical analgesics" and "Diclofenac" for diclofenac tablets); a topical
  // drug may be read in its drug class's section too.
  const other = cited.filter((x) => x.route !== route);
  if (!other.length || (route === 'topical' && other.length < cited.length)) return [];
  const first = other[0];
  return [
    {
      span: first.c.span,
      message: `The MAXIMUS guideline decides "${clipped(item.title)}", a drug ${ROUTE_NAMES[route]}, on ${first.text}, a section for drugs ${ROUTE_NAMES[first.route!]}.`,
      related,
    },
  ];
}

const topicText = (citation: Citation): string =>
  [citation.topic?.name, ...citation.sections.map((s) => s.name)].filter(Boolean).join(', ');

/** A named examination test reported on a region it does not examine: a Patrick test "on the right upper extremity". */
function examTestFindings(letter: Letter): Finding[] {
  return examTestPlaces(letter)
    .filter((e) => !regionsMeet(e.test.regions, e.regions))
    .map((e) => ({
      span: e.place,
      message: `A ${e.test.name} examines ${e.test.examines}, but the letter reports it on the ${quoted(letter, e.place)}.`,
      related: [{ span: e.span, message: `The ${e.test.name}` }],
    }));
}
