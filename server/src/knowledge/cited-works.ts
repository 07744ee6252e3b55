// Works outside the MTUS that determinations cite by name (Non-MTUS citations): what kind of work
// each is and who publishes it, as the work itself says on its title page or home page. Nothing
// here says what a work recommends: a hover on such a citation shows the letter's own words.

import type { Sourced } from './types';

export interface CitedWork extends Sourced {
  /** The work as a reader finds it. */
  name: string;
  /** What kind of work it is, in a sentence. */
  kind: string;
  /** How citations name it. */
  pattern: RegExp;
}

function work(name: string, pattern: RegExp, kind: string): CitedWork {
  return { name, pattern, kind, source: name, verified: true };
}

/** Most particular first: the first whose pattern the citation matches answers. */
export const CITED_WORKS: readonly CitedWork[] = [
  work(
    'UpToDate (Wolters Kluwer)',
    /\bUp ?To ?Date\b/i,
    'A clinical reference updated online, cited by topic title and date of access; not a treatment guideline of the MTUS.',
  ),
  work(
    'MDGuidelines (Reed Group)',
    /\bMD ?Guidelines\b|mdguidelines\.com|\bReed Group\b/i,
    'Disability duration and treatment guidelines published online by Reed Group; not part of the MTUS.',
  ),
  work(
    "Green's Operative Hand Surgery (Elsevier)",
    /\bGreen'?s Operative Hand Surgery\b/i,
    'A surgical textbook (cited by edition and chapter); not a treatment guideline.',
  ),
  work(
    'American Association of Neuromuscular & Electrodiagnostic Medicine (AANEM)',
    /\bAANEM\b|American Association of Neuromuscular/i,
    'A professional society; its policy statements on electrodiagnostic medicine are cited by title.',
  ),
  work(
    'Centers for Medicare & Medicaid Services (CMS)',
    /\bcms\.gov\b|Centers for Medicare/i,
    "Medicare manuals and transmittals: coverage rules of the federal Medicare program, not a workers' compensation guideline.",
  ),
  work('Aetna Clinical Policy Bulletins', /\bAetna\b/i, "A health insurer's coverage policies, published online."),
  work(
    'National Institutes of Health (NIH) / National Library of Medicine',
    /\bnih\.gov\b|\bNIH\b|\bNHLBI\b|MedlinePlus|PubMed/i,
    'A federal health agency publication or database entry.',
  ),
  work('Drugs.com', /\bdrugs\.com\b/i, 'A drug information website (drug monographs drawn from the FDA label and commercial compendia).'),
  work('SlideShare', /\bslideshare\b/i, 'A slide presentation posted on a public sharing site: not a guideline or peer-reviewed source.'),
  work('A web page', /\bhttps?:\/\/|\bwww\./i, 'A web page, cited by its address.'),
];

/** The known work a free-text citation names, if any. */
export function citedWork(text: string): CitedWork | undefined {
  return CITED_WORKS.find((w) => w.pattern.test(text));
}
