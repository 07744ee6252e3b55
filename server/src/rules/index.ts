// The list of every rule, in the order their findings are reported: a plain array. Each rule is a
// file named after its id (rules/<id>.ts), its test and fixture letters side by side in
// test/rules/<id>/, its documentation in docs/rules/<id>.md; what a rule is: rule.ts.

import type { Rule } from './rule';
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

export type { Edit, Finding, Fix, Related, Rule, RuleContext, Severity, SeveritySetting } from './rule';
export { ITEMS_PER_STEP, pausesBefore, SEVERITY_WORDS, severitySetting, toEnd } from './rule';

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
