// The rules: what a finding is, and the list of every rule. One rule per file, named after its id,
// with its documentation in docs/rules/<id>.md.

import type { CalendarDate } from '../base/calendar';
import type { Span } from '../base/span';
import type { Letter } from '../letter';
import { ageDobConflict } from './age-dob-conflict';
import { birthdateConflict } from './birthdate-conflict';
import { bodyPartMismatch } from './body-part-mismatch';
import { citationPageMismatch } from './citation-page-mismatch';
import { dateAfterDecision } from './date-after-decision';
import { durationExceedsInjury } from './duration-exceeds-injury';
import { datedWithoutDate } from './dated-without-date';
import { decisionRationaleConflict } from './decision-rationale-conflict';
import { duplicateItem } from './duplicate-item';
import { encodingDamage } from './encoding-damage';
import { eventBeforeInjury } from './event-before-injury';
import { guidelineItemMismatch } from './guideline-item-mismatch';
import { headerChronology } from './header-chronology';
import { injuryDateConflict } from './injury-date-conflict';
import { itemIncomplete } from './item-incomplete';
import { lateralityMismatch } from './laterality-mismatch';
import { missingAgeSex } from './missing-age-sex';
import { missingSection } from './missing-section';
import { missingStrengthQuantity } from './missing-strength-quantity';
import { noEvidenceCited } from './no-evidence-cited';
import { notALetter } from './not-a-letter';
import { opioidDoseThreshold } from './opioid-dose-threshold';
import { partialCertificationArithmetic } from './partial-certification-arithmetic';
import { pronounSexConflict } from './pronoun-sex-conflict';
import { quantityMismatch } from './quantity-mismatch';
import { splitWord } from './split-word';
import { statementConflict } from './statement-conflict';
import { supersededEdition } from './superseded-edition';
import { supplyArithmetic } from './supply-arithmetic';
import { templateRemnant } from './template-remnant';
import { timeSinceInjury } from './time-since-injury';
import { tooLarge } from './too-large';
import { urDateConflict } from './ur-date-conflict';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Related {
  span: Span;
  message: string;
}

export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Offered as the preferred fix for its finding. */
  preferred?: boolean;
  /** Certain enough to apply without looking ("fix all"). */
  safe?: boolean;
}

export interface Finding {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this finding (a user's setting overrides both). */
  severity?: Severity;
  related?: Related[];
  fixes?: Fix[];
}

export interface RuleContext {
  /** Today's date, for "in the future" checks. */
  today: CalendarDate;
}

export interface Rule {
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** Runs on any text; the others run only on letters of a known layout. */
  anyText?: boolean;
  check(letter: Letter, context: RuleContext): Finding[];
}

export const RULES: Rule[] = [
  notALetter,
  tooLarge,
  missingSection,
  itemIncomplete,
  duplicateItem,
  headerChronology,
  injuryDateConflict,
  urDateConflict,
  eventBeforeInjury,
  dateAfterDecision,
  durationExceedsInjury,
  timeSinceInjury,
  ageDobConflict,
  birthdateConflict,
  missingAgeSex,
  pronounSexConflict,
  decisionRationaleConflict,
  statementConflict,
  quantityMismatch,
  supplyArithmetic,
  partialCertificationArithmetic,
  missingStrengthQuantity,
  opioidDoseThreshold,
  lateralityMismatch,
  bodyPartMismatch,
  noEvidenceCited,
  supersededEdition,
  citationPageMismatch,
  guidelineItemMismatch,
  encodingDamage,
  splitWord,
  datedWithoutDate,
  templateRemnant,
];
