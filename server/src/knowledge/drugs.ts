// Brand -> generic and class for drugs seen in letters (the project's notes, reference/domain.md
// §3.3, compiled from the letters and common drug references), with each opioid's
// name in the MME factor table (mme.ts) and where its amount stands in a combination strength.

import { normKey, type Sourced } from './types';
import { CDC_FACTORS, ODG_DOC } from './sources';

export interface DrugEntry extends Sourced {
  brands: string[];
  generic: string;
  drugClass: string;
  note?: string;
  opioid?: OpioidInfo;
}

/** What an opioid entry needs for morphine milligram equivalents. */
export interface OpioidInfo {
  /** The opioid's name in MME_FACTORS; absent where the tables give no factor (buprenorphine). */
  mme?: string;
  /** Which number of a combination strength is the opioid: "10/325" is 10 mg hydrocodone. */
  position: 'first' | 'last';
  /** A patch is dosed by its rate (mcg/hr); `any` when the name alone does not tell. */
  form: 'oral' | 'patch' | 'suspension' | 'any';
  source: string;
}

/** No single document: the names are the common ones; a product's label gives its exact contents. */
const REF = "brand and generic names from common drug references (a product's exact contents: its label on DailyMed)";
const UNCHECKED = 'contents not checked against the product label';

function drug(brands: string[], generic: string, drugClass: string, note?: string, verified = true): DrugEntry {
  const e: DrugEntry = { brands, generic, drugClass, source: REF, verified };
  if (!verified) e.unchecked = UNCHECKED;
  if (note) e.note = note;
  return e;
}

const MME_REF = `${CDC_FACTORS} (the opioid's name there); a combination strength names the opioid first ("Norco 10/325" = 10 mg hydrocodone)`;

function opioid(e: DrugEntry, mme: string | undefined, form: OpioidInfo['form'] = 'oral', position: OpioidInfo['position'] = 'first'): DrugEntry {
  e.opioid = { position, form, source: MME_REF };
  if (mme) e.opioid.mme = mme;
  return e;
}

export const DRUGS: readonly DrugEntry[] = [
  opioid(drug(['Norco', 'Vicodin', 'Lortab'], 'hydrocodone + acetaminophen', 'opioid combination', 'e.g. 5/325, 7.5/325, 10/325'), 'hydrocodone'),
  opioid(drug(['Percocet', 'Endocet', 'Roxicet'], 'oxycodone + acetaminophen', 'opioid combination'), 'oxycodone'),
  opioid(drug(['OxyContin'], 'oxycodone ER', 'opioid'), 'oxycodone'),
  opioid(drug(['Roxicodone'], 'oxycodone IR', 'opioid'), 'oxycodone'),
  opioid(drug(['Duragesic'], 'fentanyl transdermal', 'opioid, long-acting', '12–100 mcg/hr, changed every 72 h'), 'fentanyl transdermal', 'patch'),
  opioid(drug(['Ultram', 'Ultram ER'], 'tramadol', 'weak opioid (SNRI activity)'), 'tramadol'),
  opioid(drug(['Ultracet'], 'tramadol + acetaminophen', 'weak opioid (SNRI activity)'), 'tramadol'),
  opioid(drug(['Nucynta'], 'tapentadol', 'opioid'), 'tapentadol'),
  opioid(drug(['MS Contin', 'Kadian'], 'morphine ER', 'opioid'), 'morphine'),
  opioid(drug(['Dilaudid'], 'hydromorphone', 'opioid'), 'hydromorphone'),
  opioid(drug(['Opana'], 'oxymorphone', 'opioid'), 'oxymorphone'),
  opioid(drug(['Dolophine'], 'methadone', 'opioid'), 'methadone'),
  opioid(drug(['Tylenol #3'], 'codeine + acetaminophen', 'opioid combination'), 'codeine', 'oral', 'last'),
  opioid(drug(['Butrans'], 'buprenorphine patch', 'partial agonist'), undefined, 'patch'),
  opioid(drug(['Suboxone'], 'buprenorphine + naloxone', 'partial agonist'), undefined),
  opioid(drug(['Synapryn'], 'tramadol oral suspension 10 mg/ml', 'compounded opioid', 'kit; whether the kit also holds glucosamine has not been checked; IMR determinations cite it under the MTUS sections Compound drugs and Opioids'), 'tramadol', 'suspension'),
  drug(['Flexeril', 'Fexmid', 'Amrix'], 'cyclobenzaprine', 'muscle relaxant (antispasmodic)'),
  drug(['Tabradol'], 'cyclobenzaprine oral suspension 1 mg/ml', 'compounded muscle relaxant', 'kit'),
  drug(['Robaxin'], 'methocarbamol', 'muscle relaxant'),
  drug(['Soma'], 'carisoprodol', 'muscle relaxant', 'metabolite meprobamate; C-IV'),
  drug(['Skelaxin'], 'metaxalone', 'muscle relaxant'),
  drug(['Zanaflex'], 'tizanidine', 'muscle relaxant (alpha-2 agonist)'),
  drug(['Norflex'], 'orphenadrine', 'muscle relaxant'),
  drug(['Lorzone', 'Parafon Forte'], 'chlorzoxazone', 'muscle relaxant'),
  drug(['Lioresal'], 'baclofen', 'antispastic'),
  drug(['Valium'], 'diazepam', 'benzodiazepine'),
  drug(['Xanax'], 'alprazolam', 'benzodiazepine'),
  drug(['Ativan'], 'lorazepam', 'benzodiazepine'),
  drug(['Klonopin'], 'clonazepam', 'benzodiazepine'),
  drug(['Restoril'], 'temazepam', 'benzodiazepine'),
  drug(['Ambien'], 'zolpidem', 'non-benzodiazepine hypnotic'),
  drug(['Lunesta'], 'eszopiclone', 'non-benzodiazepine hypnotic'),
  drug(['Dicopanol'], 'diphenhydramine oral suspension 5 mg/ml', 'sedating antihistamine', 'kit; IMR determinations cite the MTUS section Insomnia treatment for it'),
  drug(['Lyrica'], 'pregabalin', 'antiepilepsy drug (neuropathic pain)'),
  drug(['Neurontin', 'Gralise'], 'gabapentin', 'antiepilepsy drug'),
  drug(['Fanatrex'], 'gabapentin oral suspension 25 mg/ml', 'compounded antiepilepsy drug', 'kit'),
  drug(['Topamax'], 'topiramate', 'antiepilepsy drug'),
  drug(['Cymbalta'], 'duloxetine', 'SNRI antidepressant'),
  drug(['Effexor'], 'venlafaxine', 'SNRI antidepressant'),
  drug(['Elavil'], 'amitriptyline', 'tricyclic antidepressant'),
  drug(['Pamelor'], 'nortriptyline', 'tricyclic antidepressant'),
  drug(['Wellbutrin'], 'bupropion', 'antidepressant (NDRI)'),
  drug(['Desyrel'], 'trazodone', 'antidepressant, used for sleep'),
  drug(['Prilosec'], 'omeprazole', 'proton pump inhibitor'),
  drug(['Nexium'], 'esomeprazole', 'proton pump inhibitor'),
  drug(['Protonix'], 'pantoprazole', 'proton pump inhibitor'),
  drug(['Prevacid'], 'lansoprazole', 'proton pump inhibitor'),
  drug(['Zantac'], 'ranitidine', 'H2 blocker'),
  drug(['Pepcid'], 'famotidine', 'H2 blocker'),
  drug(['Deprizine'], 'ranitidine oral suspension 15 mg/ml', 'H2 blocker', 'kit; an IMR determination cited the MTUS section on proton pump inhibitors for it'),
  drug(['Motrin', 'Advil'], 'ibuprofen', 'NSAID'),
  drug(['Naprosyn', 'Anaprox', 'Anaprox DS', 'Aleve'], 'naproxen / naproxen sodium', 'NSAID'),
  drug(['Mobic'], 'meloxicam', 'NSAID'),
  drug(['Celebrex'], 'celecoxib', 'COX-2 selective NSAID'),
  drug(['Voltaren'], 'diclofenac', 'NSAID (oral tablets / topical 1 % gel)'),
  drug(['Flector'], 'diclofenac epolamine patch', 'topical NSAID'),
  drug(['Lodine'], 'etodolac', 'NSAID'),
  drug(['Relafen'], 'nabumetone', 'NSAID'),
  drug(['Toradol'], 'ketorolac', 'NSAID'),
  drug(['Ketophene'], 'ketoprofen 20 % cream (compounded)', 'topical NSAID', 'not FDA-approved for topical use'),
  drug(['Lidoderm'], 'lidocaine 5 % patch', 'topical anesthetic', 'labelled for post-herpetic neuralgia'),
  drug(['Terocin'], 'lotion: methyl salicylate, capsaicin, menthol, lidocaine; patch: lidocaine + menthol', 'compounded/OTC topical analgesic', undefined, false),
  drug(['LidoPro'], 'capsaicin, lidocaine, menthol, methyl salicylate', 'topical analgesic', undefined, false),
  drug(['Salonpas'], 'methyl salicylate + menthol', 'topical salicylate'),
  drug(['Zofran'], 'ondansetron', 'antiemetic'),
  drug(['Colace'], 'docusate', 'laxative (opioid-induced constipation)'),
  drug(['Senokot'], 'senna', 'laxative (opioid-induced constipation)'),
  drug(['Amitiza'], 'lubiprostone', 'laxative (opioid-induced constipation)'),
  drug(['Fioricet'], 'butalbital + acetaminophen + caffeine', 'barbiturate-containing analgesic'),
  drug(['Viagra'], 'sildenafil', 'PDE-5 inhibitor'),
  { ...drug(['Theramine', 'Sentra', 'Trepadone', 'Gabadone'], 'amino-acid "medical foods"', 'medical food', 'not recommended by ODG', false), source: `${REF}; ${ODG_DOC}`, unchecked: "ODG's recommendation not checked against the ODG text" },
];

const ingredient = (generic: string, drugClass: string): DrugEntry => ({ brands: [], generic, drugClass, source: REF, verified: true });

/** Generic names written on their own that the table lists only in combinations or other forms. */
export const INGREDIENTS: readonly DrugEntry[] = [
  opioid(ingredient('hydrocodone', 'opioid'), 'hydrocodone'),
  opioid(ingredient('oxycodone', 'opioid'), 'oxycodone'),
  opioid(ingredient('morphine', 'opioid'), 'morphine'),
  opioid(ingredient('fentanyl', 'opioid'), 'fentanyl transdermal', 'any'),
  opioid(ingredient('codeine', 'opioid'), 'codeine', 'oral', 'last'),
  opioid(ingredient('buprenorphine', 'partial agonist'), undefined, 'any'),
  ingredient('acetaminophen', 'non-opioid analgesic'),
  ingredient('naproxen', 'NSAID'),
];

/** The entry for a brand name as written ("NORCO", "Anaprox DS", "DURAGESIC"). */
export function drugByBrand(brand: string): DrugEntry | undefined {
  const key = normKey(brand);
  return key ? BY_BRAND.get(key) : undefined;
}

const BY_BRAND = new Map(DRUGS.flatMap((e) => e.brands.map((b) => [normKey(b), e] as const)));
const BY_GENERIC = new Map([...INGREDIENTS, ...DRUGS].reverse().map((e) => [normKey(e.generic), e] as const));

// Brand names and the words of generic names, longest first, as one pattern.
const DRUG_WORDS = [...new Set([...DRUGS, ...INGREDIENTS].flatMap((e) => [...e.brands, ...e.generic.split(/(?:(?<!\s)\s+)?\+\s*|(?<!\s)\s+(?=ER|IR)/).map((g) => g.replace(/(?<!\s)\s+(?:ER|IR)$/, ''))]))]
  .filter((w) => /^[A-Za-z][A-Za-z #3-]{3,}$/.test(w) && !/medical foods|transdermal/.test(w))
  .sort((a, b) => b.length - a.length);
const DRUG_SOURCE = `\\b(?:${DRUG_WORDS.map((w) => w.replace(/[ -]/g, '[\\s-]{0,3}').replace('#', '#\\s?')).join('|')})\\b`;

const DRUG_RE = new RegExp(DRUG_SOURCE, 'i');
const DRUGS_RE = new RegExp(DRUG_SOURCE, 'gi');

export interface DrugMatch {
  entry: DrugEntry;
  /** The name as written. */
  name: string;
  /** Offset of the name in the text searched. */
  index: number;
  /** How the name matched: a brand, the entry's generic name, or one ingredient of it. */
  by: 'brand' | 'generic' | 'ingredient';
}

function resolve(name: string, index: number): DrugMatch | undefined {
  const key = normKey(name);
  const brand = BY_BRAND.get(key);
  if (brand) return { entry: brand, name, index, by: 'brand' };
  const generic = BY_GENERIC.get(key);
  if (generic) return { entry: generic, name, index, by: 'generic' };
  const part = DRUGS.find((e) => normKey(e.generic).includes(key));
  return part ? { entry: part, name, index, by: 'ingredient' } : undefined;
}

/** Every drug a text names, by brand or generic name, in order ("Tramadol (Ultram) 50mg", "NORCO"). */
export function drugsIn(text: string): DrugMatch[] {
  const out: DrugMatch[] = [];
  // (An exec loop, not matchAll: matchAll copies the pattern, and compiles this long one again, at every call.)
  DRUGS_RE.lastIndex = 0;
  for (let m = DRUGS_RE.exec(text); m; m = DRUGS_RE.exec(text)) {
    const match = resolve(m[0], m.index);
    if (match) out.push(match);
  }
  return out;
}

/** The first drug a text names, by brand or generic name ("NORCO", "Tramadol (Ultram) 50mg"). */
export function drugIn(text: string): DrugMatch | undefined {
  const m = DRUG_RE.exec(text);
  return m ? resolve(m[0], m.index) : undefined;
}
