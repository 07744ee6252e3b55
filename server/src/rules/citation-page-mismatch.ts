import { categoriesFit, categoriesOf, CPMTG_2009_LAST_PAGE, cpmtg2009Pages, matchKey, pageLabel } from '../knowledge';
import type { Citation, Letter } from '../letter';
import type { Finding, Rule } from './rule';

/** Whether a cited topic and what the page covers share a name ("Opioids" / "Opioids, criteria for use"). */
function namesMatch(topic: string, covers: string): boolean {
  const parts = topic
    .split(/,|;|\band\b/)
    .map(matchKey)
    .filter((k) => k.length >= 5);
  const rows = covers.split(/;|,/).map(matchKey);
  return parts.some((p) => rows.some((r) => r.includes(p.slice(0, 8)) || p.includes(r.slice(0, 8))));
}

/** Page-cited CPMTG 2009 (Era A): a page beyond the guideline, or one whose topic is not the one named. */
export const citationPageMismatch: Rule = {
  id: 'citation-page-mismatch',
  title: 'Cited page outside the guideline or off its topic',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    const page2009 = (citation: Citation) => citation.guideline === 'cpmtg' && citation.edition !== 2016 && citation.pages.length > 0;
    for (const c of letter.citations.filter(page2009)) {
      const topic = c.topic?.name ?? '';
      const topicCats = categoriesOf(topic);
      for (const p of c.pages) {
        if (Math.max(p.from, p.to) > CPMTG_2009_LAST_PAGE) {
          out.push({
            span: p.span,
            message: `${pageLabel(p)} is beyond the ${CPMTG_2009_LAST_PAGE} pages of the 2009 Chronic Pain Medical Treatment Guidelines (their reference appendix follows).`,
          });
          continue;
        }
        const covers = cpmtg2009Pages(p.from, p.to).covers;
        if (!topic || !covers || namesMatch(topic, covers)) continue;
        const pageCats = categoriesOf(covers);
        // Only a clear difference in kind counts ("Opioids" on the benzodiazepine page), as the
        // page map is partly recalled and neighbouring topics share pages.
        if (!topicCats.size || !pageCats.size || categoriesFit(topicCats, pageCats)) continue;
        out.push({
          span: p.span,
          severity: 'information',
          message: `${pageLabel(p)} of the 2009 Chronic Pain Medical Treatment Guidelines covers ${covers}, not "${topic}" as cited.`,
          related: c.topic ? [{ span: c.topic.span, message: `The cited topic: ${topic}` }] : undefined,
        });
      }
    }
    return out;
  },
};
