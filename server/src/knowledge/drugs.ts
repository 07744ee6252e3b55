// Brand -> generic and class for drugs seen in letters (domain reference §3.3). For a later hover.

import type { Sourced } from './types';
import { normKey } from './types';

export interface DrugEntry extends Sourced {
  brands: string[];
  generic: string;
  drugClass: string;
  note?: string;
}

const REF = 'domain reference §3.3';

function d(brands: string[], generic: string, drugClass: string, note?: string, verified = true): DrugEntry {
  const e: DrugEntry = { brands, generic, drugClass, source: verified ? REF : REF + ' (recalled, not re-read)', verified };
  if (note) e.note = note;
  return e;
}

export const DRUGS: readonly DrugEntry[] = [
  d(['Norco', 'Vicodin', 'Lortab'], 'hydrocodone + acetaminophen', 'opioid combination', 'e.g. 5/325, 7.5/325, 10/325'),
  d(['Percocet', 'Endocet', 'Roxicet'], 'oxycodone + acetaminophen', 'opioid combination'),
  d(['OxyContin'], 'oxycodone ER', 'opioid'),
  d(['Roxicodone'], 'oxycodone IR', 'opioid'),
  d(['Duragesic'], 'fentanyl transdermal', 'opioid, long-acting', '12–100 mcg/hr, changed every 72 h'),
  d(['Ultram', 'Ultram ER'], 'tramadol', 'weak opioid (SNRI activity)'),
  d(['Ultracet'], 'tramadol + acetaminophen', 'weak opioid (SNRI activity)'),
  d(['Nucynta'], 'tapentadol', 'opioid'),
  d(['MS Contin', 'Kadian'], 'morphine ER', 'opioid'),
  d(['Dilaudid'], 'hydromorphone', 'opioid'),
  d(['Opana'], 'oxymorphone', 'opioid'),
  d(['Dolophine'], 'methadone', 'opioid'),
  d(['Tylenol #3'], 'codeine + acetaminophen', 'opioid combination'),
  d(['Butrans'], 'buprenorphine patch', 'partial agonist'),
  d(['Suboxone'], 'buprenorphine + naloxone', 'partial agonist'),
  d(['Synapryn'], 'tramadol oral suspension 10 mg/ml', 'compounded opioid', 'kit; glucosamine in the kit is recalled, not verified; REAL letters cite it under Compound drugs and Opioids'),
  d(['Flexeril', 'Fexmid', 'Amrix'], 'cyclobenzaprine', 'muscle relaxant (antispasmodic)'),
  d(['Tabradol'], 'cyclobenzaprine oral suspension 1 mg/ml', 'compounded muscle relaxant', 'kit'),
  d(['Robaxin'], 'methocarbamol', 'muscle relaxant'),
  d(['Soma'], 'carisoprodol', 'muscle relaxant', 'metabolite meprobamate; C-IV'),
  d(['Skelaxin'], 'metaxalone', 'muscle relaxant'),
  d(['Zanaflex'], 'tizanidine', 'muscle relaxant (alpha-2 agonist)'),
  d(['Norflex'], 'orphenadrine', 'muscle relaxant'),
  d(['Lioresal'], 'baclofen', 'antispastic'),
  d(['Valium'], 'diazepam', 'benzodiazepine'),
  d(['Xanax'], 'alprazolam', 'benzodiazepine'),
  d(['Ativan'], 'lorazepam', 'benzodiazepine'),
  d(['Klonopin'], 'clonazepam', 'benzodiazepine'),
  d(['Restoril'], 'temazepam', 'benzodiazepine'),
  d(['Ambien'], 'zolpidem', 'non-benzodiazepine hypnotic'),
  d(['Lunesta'], 'eszopiclone', 'non-benzodiazepine hypnotic'),
  d(['Dicopanol'], 'diphenhydramine oral suspension 5 mg/ml', 'sedating antihistamine', 'kit; REAL letters cite Insomnia treatment'),
  d(['Lyrica'], 'pregabalin', 'antiepilepsy drug (neuropathic pain)'),
  d(['Neurontin', 'Gralise'], 'gabapentin', 'antiepilepsy drug'),
  d(['Fanatrex'], 'gabapentin oral suspension 25 mg/ml', 'compounded antiepilepsy drug', 'kit'),
  d(['Topamax'], 'topiramate', 'antiepilepsy drug'),
  d(['Cymbalta'], 'duloxetine', 'SNRI antidepressant'),
  d(['Effexor'], 'venlafaxine', 'SNRI antidepressant'),
  d(['Elavil'], 'amitriptyline', 'tricyclic antidepressant'),
  d(['Pamelor'], 'nortriptyline', 'tricyclic antidepressant'),
  d(['Wellbutrin'], 'bupropion', 'antidepressant (NDRI)'),
  d(['Desyrel'], 'trazodone', 'antidepressant, used for sleep'),
  d(['Prilosec'], 'omeprazole', 'proton pump inhibitor'),
  d(['Nexium'], 'esomeprazole', 'proton pump inhibitor'),
  d(['Protonix'], 'pantoprazole', 'proton pump inhibitor'),
  d(['Prevacid'], 'lansoprazole', 'proton pump inhibitor'),
  d(['Zantac'], 'ranitidine', 'H2 blocker'),
  d(['Pepcid'], 'famotidine', 'H2 blocker'),
  d(['Deprizine'], 'ranitidine oral suspension 15 mg/ml', 'H2 blocker', 'kit; in REAL, MAXIMUS cited the PPI section'),
  d(['Motrin', 'Advil'], 'ibuprofen', 'NSAID'),
  d(['Naprosyn', 'Anaprox', 'Anaprox DS', 'Aleve'], 'naproxen / naproxen sodium', 'NSAID'),
  d(['Mobic'], 'meloxicam', 'NSAID'),
  d(['Celebrex'], 'celecoxib', 'COX-2 selective NSAID'),
  d(['Voltaren'], 'diclofenac', 'NSAID (oral tablets / topical 1 % gel)'),
  d(['Flector'], 'diclofenac epolamine patch', 'topical NSAID'),
  d(['Lodine'], 'etodolac', 'NSAID'),
  d(['Relafen'], 'nabumetone', 'NSAID'),
  d(['Toradol'], 'ketorolac', 'NSAID'),
  d(['Ketophene'], 'ketoprofen 20 % cream (compounded)', 'topical NSAID', 'not FDA-approved for topical use'),
  d(['Lidoderm'], 'lidocaine 5 % patch', 'topical anesthetic', 'labelled for post-herpetic neuralgia'),
  d(['Terocin'], 'lotion: methyl salicylate, capsaicin, menthol, lidocaine; patch: lidocaine + menthol', 'compounded/OTC topical analgesic', undefined, false),
  d(['LidoPro'], 'capsaicin, lidocaine, menthol, methyl salicylate', 'topical analgesic', undefined, false),
  d(['Salonpas'], 'methyl salicylate + menthol', 'topical salicylate'),
  d(['Zofran'], 'ondansetron', 'antiemetic'),
  d(['Colace'], 'docusate', 'laxative (opioid-induced constipation)'),
  d(['Senokot'], 'senna', 'laxative (opioid-induced constipation)'),
  d(['Amitiza'], 'lubiprostone', 'laxative (opioid-induced constipation)'),
  d(['Fioricet'], 'butalbital + acetaminophen + caffeine', 'barbiturate-containing analgesic'),
  d(['Viagra'], 'sildenafil', 'PDE-5 inhibitor'),
  d(['Theramine', 'Sentra', 'Trepadone', 'Gabadone'], 'amino-acid "medical foods"', 'medical food', 'not recommended by ODG (recalled)', false),
];

/** The entry for a brand name as written ("NORCO", "Anaprox DS", "DURAGESIC"). */
export function drugByBrand(brand: string): DrugEntry | undefined {
  const key = normKey(brand);
  if (!key) return undefined;
  return DRUGS.find((e) => e.brands.some((b) => normKey(b) === key));
}

// Brand names and the words of generic names, longest first, as one pattern over an item title.
const DRUG_WORDS = [...new Set(DRUGS.flatMap((e) => [...e.brands, ...e.generic.split(/\s*\+\s*|\s+(?=ER|IR)/).map((g) => g.replace(/\s+(?:ER|IR)$/, ''))]))]
  .filter((w) => /^[A-Za-z][A-Za-z -]{3,}$/.test(w) && !/medical foods|transdermal/.test(w))
  .sort((a, b) => b.length - a.length);
const DRUG_RE = new RegExp(`\\b(?:${DRUG_WORDS.map((w) => w.replace(/[ -]/g, '[ -]?')).join('|')})\\b`, 'i');

/** The first drug a text names, by brand or generic name ("NORCO", "Tramadol (Ultram) 50mg"). */
export function drugIn(text: string): { entry: DrugEntry; name: string; index: number } | undefined {
  const m = DRUG_RE.exec(text);
  if (!m) return undefined;
  const key = normKey(m[0]);
  const entry = DRUGS.find((e) => e.brands.some((b) => normKey(b) === key) || normKey(e.generic).includes(key));
  return entry ? { entry, name: m[0], index: m.index } : undefined;
}
