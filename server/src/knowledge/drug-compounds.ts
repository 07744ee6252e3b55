// Combination products, over-the-counter topicals, compounding kits and the substances written on
// their own in compounded creams ("Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream
// base"). A kit or compound whose contents no public label here states is named as such, never
// described: the hover then shows what the letter itself says.

import { drug, label, opioid, otcLabel, substance, type DrugEntry } from './drug-entry';
import { ODG_DOC } from './sources';

const MOUTH = { route: 'by mouth' } as const;
const SKIN = { route: 'on the skin' } as const;

/** Fixed combinations, topical products and compounding kits, by brand. */
export const COMBINATIONS: readonly DrugEntry[] = [
  drug(['Arthrotec'], 'diclofenac + misoprostol', 'NSAID with a prostaglandin E1 analogue (misoprostol protects the stomach)', {
    ...MOUTH,
    note: 'tablets of 50 or 75 mg diclofenac sodium with 0.2 mg (200 mcg) misoprostol',
  }),
  drug(['Duexis'], 'ibuprofen + famotidine', 'NSAID with an H2 blocker', {
    ...MOUTH,
    note: 'tablets of 800 mg ibuprofen with 26.6 mg famotidine',
  }),
  drug(['Vimovo'], 'naproxen + esomeprazole', 'NSAID with a proton pump inhibitor', MOUTH),
  opioid(
    drug(['Trezix'], 'acetaminophen + caffeine + dihydrocodeine', 'opioid combination', {
      ...MOUTH,
      note: 'capsules of 320.5 mg acetaminophen, 30 mg caffeine and 16 mg dihydrocodeine bitartrate (356.4 mg acetaminophen in an earlier label)',
    }),
    undefined,
    'oral',
    'last',
    'dihydrocodeine',
  ),
  drug(['Anecream', 'Anecream 5'], 'lidocaine 4 % cream', 'topical anesthetic (over the counter)', {
    ...SKIN,
    source: otcLabel('Anecream and Anecream 5'),
    note: 'Anecream 5 is lidocaine 5 %',
  }),
  drug(['Zostrix'], 'capsaicin cream', 'topical analgesic (over the counter)', { ...SKIN, source: otcLabel('Zostrix') }),
  drug(['Biofreeze'], 'menthol gel', 'topical counterirritant (over the counter)', { ...SKIN, source: otcLabel('Biofreeze') }),
  drug(['Salonpas'], 'methyl salicylate + menthol', 'topical salicylate', {
    ...SKIN,
    source: otcLabel('Salonpas'),
    verified: false,
    unchecked: 'which Salonpas product is meant: some hold camphor or lidocaine instead',
  }),
  drug(
    ['Terocin'],
    'lotion: methyl salicylate, capsaicin, menthol, lidocaine; patch: lidocaine + menthol',
    'compounded/OTC topical analgesic',
    { ...SKIN, source: otcLabel('Terocin'), verified: false },
  ),
  drug(['LidoPro'], 'capsaicin, lidocaine, menthol, methyl salicylate', 'topical analgesic', {
    ...SKIN,
    source: otcLabel('LidoPro'),
    verified: false,
  }),
  opioid(
    drug(['Synapryn'], 'tramadol oral suspension 10 mg/ml with glucosamine', 'compounded opioid', {
      ...MOUTH,
      source: label('the Synapryn FusePaq compounding kit'),
      note: 'compounding kit; makes 500 ml of suspension',
    }),
    'tramadol',
    'suspension',
  ),
  ...kits(),
  ...unknownContents([
    'Cyclophene',
    'Gabacyclotram',
    'TGHot',
    'TG Hot',
    'Flurflex',
    'Medrox',
    'Mentherm',
    'Dendracin',
    'Lidothol',
    'Xolido',
    'Ultracin',
    'Genicin',
    'Somnicin',
    'Laxacin',
  ]),
  drug(['Theramine', 'Sentra', 'Trepadone', 'Gabadone'], 'amino-acid "medical foods"', 'medical food', {
    ...MOUTH,
    note: 'not recommended by ODG',
    source: `product labels of the medical foods (not FDA-approved drugs); ${ODG_DOC}`,
    verified: false,
    unchecked: "ODG's recommendation not checked against the ODG text",
  }),
];

/** FusePaq kits for oral suspension, as letters name them; the strength per ml not checked against each kit's label. */
function kits(): DrugEntry[] {
  const kit = (brand: string, generic: string, drugClass: string): DrugEntry =>
    drug([brand], generic, drugClass, {
      ...MOUTH,
      note: 'compounding kit',
      source: `name of a FusePaq compounding kit for oral suspension (DailyMed)`,
      verified: false,
      unchecked: "strength per ml not checked against the kit's label",
    });
  return [
    kit('Tabradol', 'cyclobenzaprine oral suspension 1 mg/ml', 'compounded muscle relaxant'),
    kit('Dicopanol', 'diphenhydramine oral suspension 5 mg/ml', 'sedating antihistamine'),
    kit('Fanatrex', 'gabapentin oral suspension 25 mg/ml', 'compounded antiepilepsy drug'),
    kit('Deprizine', 'ranitidine oral suspension 15 mg/ml', 'H2 blocker'),
    {
      ...drug(['Ketophene'], 'ketoprofen 20 % cream (compounding kit)', 'topical NSAID', {
        ...SKIN,
        note: 'ketoprofen is not FDA-approved for use on the skin',
      }),
      source: 'name of a compounding kit (DailyMed); ketoprofen: RxNorm (NLM)',
      verified: false,
      unchecked: "strength not checked against the kit's label",
    },
  ];
}

/** Compounded or proprietary products known by name only: what they hold is left to the letter. */
function unknownContents(brands: string[]): DrugEntry[] {
  return brands.map((b) =>
    drug([b], 'contents not known', 'compounded or proprietary product', {
      contentsUnknown: true,
      source: "the letter's own words (no public label of this product was found for the drug table)",
    }),
  );
}

/** Substances written by their generic names, alone or as one ingredient of a combination or compound. */
export const SUBSTANCES: readonly DrugEntry[] = [
  opioid(substance('hydrocodone', 'opioid'), 'hydrocodone'),
  opioid(substance('oxycodone', 'opioid'), 'oxycodone'),
  opioid(substance('morphine', 'opioid'), 'morphine'),
  opioid(substance('fentanyl', 'opioid'), 'fentanyl transdermal', 'any'),
  opioid(substance('codeine', 'opioid'), 'codeine', 'oral', 'last'),
  opioid(substance('dihydrocodeine', 'opioid'), undefined),
  opioid(substance('buprenorphine', 'partial agonist'), undefined, 'any'),
  drug(['Tylenol'], 'acetaminophen', 'non-opioid analgesic'),
  substance('naproxen', 'NSAID'),
  substance('flurbiprofen', 'NSAID'),
  substance('ketoprofen', 'NSAID'),
  substance('capsaicin', 'topical analgesic (TRPV1 agonist)'),
  substance('menthol', 'topical counterirritant'),
  substance('camphor', 'topical counterirritant'),
  substance('methyl salicylate', 'topical salicylate (counterirritant)'),
  substance('dextromethorphan', 'NMDA receptor antagonist (cough suppressant)'),
  substance('ketamine', 'NMDA receptor antagonist (anesthetic)'),
  substance('prednisone', 'corticosteroid', MOUTH),
  substance('caffeine', 'stimulant'),
  substance('butalbital', 'barbiturate'),
  substance('diphenhydramine', 'sedating antihistamine'),
  substance('glucosamine', 'dietary supplement'),
  substance('amoxicillin', 'penicillin antibiotic', MOUTH),
  substance('metformin', 'antidiabetic (biguanide)', MOUTH),
  substance('hydrochlorothiazide', 'thiazide diuretic', MOUTH),
];
