// The diagnostic studies a letter names (an MRI, a CT scan, x-rays, electrodiagnostic studies, an
// ultrasound, a bone scan), each by its written names: one table for every reading that asks which
// study a sentence or a title is about.

export interface StudyKind {
  name: 'MRI' | 'CT scan' | 'x-rays' | 'electrodiagnostic study' | 'ultrasound' | 'bone scan';
  /** Its names, global: a reader sets lastIndex and reads on. */
  pattern: RegExp;
}

export const STUDY_KINDS: readonly StudyKind[] = [
  { name: 'MRI', pattern: /\bMRI'?s?\b|\bmagnetic\s+resonance(?:\s+imaging)?\b/gi },
  { name: 'CT scan', pattern: /\bCT\b(?:\s+scans?)?|\bcomputed\s+tomograph\w*/gi },
  { name: 'x-rays', pattern: /\bx-?rays?\b|\bradiographs?\b/gi },
  {
    name: 'electrodiagnostic study',
    pattern:
      /\bEMG(?:\/NC[SV])?\b|\bNC[SV](?:\/EMG)?\b|\belectrodiagnostics?(?:\s+(?:studies|study|testing))?\b|\belectromyograph\w*|\bnerve\s+conduction(?:\s+(?:studies|study))?\b/gi,
  },
  { name: 'ultrasound', pattern: /\bultrasound\b|\bsonogra\w*/gi },
  { name: 'bone scan', pattern: /\bbone\s+scan\b/gi },
];

/** The studies a text names. */
export function studiesIn(text: string): StudyKind['name'][] {
  return STUDY_KINDS.filter((kind) => {
    kind.pattern.lastIndex = 0;
    return kind.pattern.test(text);
  }).map((kind) => kind.name);
}
