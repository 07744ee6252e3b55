// What kind of treatment a text is about, in a few broad categories: enough to tell that an item
// (a benzodiazepine) and the guideline topic cited for it (opioids) do not fit each other.
// Words from the section names of the guidelines' tables of contents (./mtus.ts, ./odg.ts) and the
// drug table (./drugs.ts); drug brand names map through the drug table's classes.

import { drugIn } from './drugs';

export type Category =
  | 'opioid'
  | 'benzodiazepine'
  | 'muscle relaxant'
  | 'NSAID'
  | 'gastric protection'
  | 'antiepilepsy drug'
  | 'antidepressant'
  | 'sleep aid'
  | 'topical analgesic'
  | 'imaging'
  | 'electrodiagnostic testing'
  | 'physical therapy'
  | 'acupuncture'
  | 'manual therapy'
  | 'psychological care'
  | 'injection'
  | 'TENS'
  | 'durable medical equipment'
  | 'home health'
  | 'compounded drug';

const WORDS: [Category, RegExp][] = [
  [
    'opioid',
    /\bopioids?\b|\bopiates?\b|\b(?:hydrocodone|oxycodone|tramadol|tapentadol|morphine|fentanyl|hydromorphone|oxymorphone|methadone|codeine|buprenorphine)\b/i,
  ],
  ['benzodiazepine', /\bbenzodiazepines?\b|\b(?:diazepam|alprazolam|lorazepam|clonazepam|temazepam)\b/i],
  [
    'muscle relaxant',
    /\bmuscle\s+relaxants?\b|\bantispasmodics?\b|\b(?:cyclobenzaprine|methocarbamol|carisoprodol|metaxalone|tizanidine|orphenadrine|baclofen)\b/i,
  ],
  [
    'NSAID',
    /\bNSAIDs?\b|non-?steroidal\s+anti-?inflammator|\b(?:ibuprofen|naproxen|meloxicam|celecoxib|diclofenac|etodolac|nabumetone|ketorolac)\b/i,
  ],
  [
    'gastric protection',
    /\bproton\s+pump\s+inhibitors?\b|\bPPIs?\b|\bGI\s+symptoms\b|\b(?:omeprazole|esomeprazole|pantoprazole|lansoprazole|ranitidine|famotidine)\b/i,
  ],
  ['antiepilepsy drug', /\banti-?epilepsy\s+drugs?\b|\bAEDs?\b|\banticonvulsants?\b|\b(?:gabapentin|pregabalin|topiramate)\b/i],
  [
    'antidepressant',
    /\bantidepressants?\b|\btricyclics?\b|\bSNRIs?\b|\bSSRIs?\b|\b(?:duloxetine|venlafaxine|amitriptyline|nortriptyline|bupropion|trazodone)\b/i,
  ],
  ['sleep aid', /\binsomnia\b|\bhypnotics?\b|\b(?:zolpidem|eszopiclone)\b/i],
  // A percentage or mg per gram is the strength of a cream or gel ("Diclofenac sodium 3% 300mg/g").
  [
    'topical analgesic',
    /\btopical\b|\d\s?%|\bmg\/g\b|\bcreams?\b|\bgels?\b|\bpatch(?:es)?\b|\blotions?\b|\bointments?\b|\bcompound(?:ed)?\s+(?:drugs?|creams?)\b|\blidoderm\b|\blidocaine\b|\bcapsaicin\b|\bsalicylate\b/i,
  ],
  [
    'imaging',
    /\bMRI\b|\bmagnetic\s+resonance\b|\bCT\s+scans?\b|\bx-?rays?\b|\bradiograph|\bimaging\b|\bspecial\s+studies\b|\bbone\s+scan\b|\bthermograph/i,
  ],
  // ACOEM chapters' "Special Studies" cover imaging and electrodiagnostics; "Physical Methods"
  // cover therapy, manipulation, injections, TENS and braces.
  [
    'electrodiagnostic testing',
    /\bspecial\s+studies\b|\bEMG\b|\bNCS\b|\bNCV\b|\belectrodiagnostic|\belectromyograph|\bnerve\s+conduction\b/i,
  ],
  [
    'physical therapy',
    /\bphysical\s+(?:therapy|medicine|methods)\b|\boccupational\s+therapy\b|\bPT\b|\bphysiotherapy\b|\bwork\s+(?:conditioning|hardening)\b|\baquatic\s+therapy\b/i,
  ],
  // Physical modalities: heat, cold, light and sound given as treatment (infrared light or heat;
  // infrared thermography is a diagnostic test).
  [
    'physical therapy',
    /\binfrared\b(?!\s+(?:stress\s+)?thermograph)|\b(?:heat|cold|ice|laser|ultrasound)\s+therapy\b|\bdiathermy\b|\bultrasound,?\s+therapeutic\b|\btherapeutic\s+ultrasound\b|\blow[-\s]level\s+laser\b/i,
  ],
  ['acupuncture', /\bacupuncture\b/i],
  ['manual therapy', /\bphysical\s+methods\b|\bmanual\s+therapy\b|\bmanipulation\b|\bchiropract/i],
  ['psychological care', /\bpsycholog|\bpsychotherapy\b|\bcognitive\s+behavio|\bbehavioral\s+interventions\b|\bbiofeedback\b|\bpsychiatr/i],
  ['injection', /\bphysical\s+methods\b|\binjections?\b|\bESIs?\b|\bfacet\s+(?:blocks?|joint)|\bnerve\s+blocks?\b|\bepidural\b/i],
  ['TENS', /\bphysical\s+methods\b|\bTENS\b|\btranscutaneous\s+electrical\b|\bH-wave\b|\binterferential\b/i],
  [
    'durable medical equipment',
    /\bphysical\s+methods\b|\bdurable\s+medical\s+equipment\b|\bDME\b|\bwheelchairs?\b|\bcommodes?\b|\bbraces?\b|\bwalkers?\b|\bcanes?\b/i,
  ],
  ['home health', /\bhome\s+health\b|\bhome\s+aide\b|\bhome\s+care\b/i],
  // The Compound drugs section covers compounded products of every route, the oral suspension kits too.
  ['compounded drug', /\bcompound(?:ed|s)?\b|\bkits?\b|\boral\s+suspension\b/i],
];

// A drug class names its category at its start ("opioid combination", "weak opioid (SNRI
// activity)"); a class that only mentions one ("laxative (opioid-induced constipation)") does not.
const CLASS_CATEGORY: [RegExp, Category][] = [
  [/^(?:weak |compounded )?opioid|^partial agonist/i, 'opioid'],
  [/^benzodiazepine/i, 'benzodiazepine'],
  [/^(?:compounded )?muscle relaxant|^antispastic/i, 'muscle relaxant'],
  [/^proton pump|^H2 blocker/i, 'gastric protection'],
  [/^(?:COX-2 selective )?NSAID/i, 'NSAID'],
  [/^(?:compounded )?(?:antiepilepsy|AED)/i, 'antiepilepsy drug'],
  [/^(?:SNRI |tricyclic )?antidepressant/i, 'antidepressant'],
  [/hypnotic|^sedating antihistamine/i, 'sleep aid'],
  [/topical/i, 'topical analgesic'],
  [/^compounded/i, 'compounded drug'],
];

// Categories close enough that a guideline on one may decide the other.
const RELATED: Category[][] = [['physical therapy', 'manual therapy', 'TENS', 'home health']];

/** Whether an item of categories `itemCategories` can be decided on a guideline topic of categories `topicCategories`. */
export function categoriesFit(itemCategories: ReadonlySet<Category>, topicCategories: ReadonlySet<Category>): boolean {
  for (const x of itemCategories) {
    if (topicCategories.has(x)) return true;
    if (RELATED.some((group) => group.includes(x) && group.some((y) => topicCategories.has(y)))) return true;
  }
  return false;
}

// Topic names and item titles recur (the same letter is checked at every keystroke): remember
// the last few hundred answers.
const memo = new Map<string, ReadonlySet<Category>>();

/** The categories a text names: by its words, and for a drug brand by the drug's class. */
export function categoriesOf(text: string): ReadonlySet<Category> {
  let out = memo.get(text);
  if (out) return out;
  const found = new Set<Category>(WORDS.filter(([, re]) => re.test(text)).map(([c]) => c));
  const drug = drugIn(text);
  if (drug) {
    for (const [re, c] of CLASS_CATEGORY) if (re.test(drug.entry.drugClass)) found.add(c);
    // A kit (a drug in oral suspension sold with its ingredients) is a compounded product.
    if (/^kit\b/i.test(drug.entry.note ?? '') || /\boral suspension\b/i.test(drug.entry.generic)) found.add('compounded drug');
  }
  out = found;
  if (memo.size >= 500) memo.delete(memo.keys().next().value!);
  memo.set(text, out);
  return out;
}
