// The list of every rule, in the order their findings are reported: a plain array. Each rule is a
// folder named after its id (rules/<id>/<id>.ts, its test <id>.test.ts and its fixture letters in
// fixtures/), with its documentation in docs/rules/<id>.md; what a rule is: rule.ts.

import type { Rule } from './rule';
import { ageDobConflict } from './age-dob-conflict/age-dob-conflict';
import { birthdateConflict } from './birthdate-conflict/birthdate-conflict';
import { bodyPartMismatch } from './body-part-mismatch/body-part-mismatch';
import { citationPageMismatch } from './citation-page-mismatch/citation-page-mismatch';
import { dateAfterDecision } from './date-after-decision/date-after-decision';
import { durationExceedsInjury } from './duration-exceeds-injury/duration-exceeds-injury';
import { datedWithoutDate } from './dated-without-date/dated-without-date';
import { decisionRationaleConflict } from './decision-rationale-conflict/decision-rationale-conflict';
import { duplicateItem } from './duplicate-item/duplicate-item';
import { encodingDamage } from './encoding-damage/encoding-damage';
import { eventBeforeInjury } from './event-before-injury/event-before-injury';
import { guidelineItemMismatch } from './guideline-item-mismatch/guideline-item-mismatch';
import { headerChronology } from './header-chronology/header-chronology';
import { injuryDateConflict } from './injury-date-conflict/injury-date-conflict';
import { itemIncomplete } from './item-incomplete/item-incomplete';
import { lateralityMismatch } from './laterality-mismatch/laterality-mismatch';
import { missingAgeSex } from './missing-age-sex/missing-age-sex';
import { missingSection } from './missing-section/missing-section';
import { missingStrengthQuantity } from './missing-strength-quantity/missing-strength-quantity';
import { noEvidenceCited } from './no-evidence-cited/no-evidence-cited';
import { notALetter } from './not-a-letter/not-a-letter';
import { opioidDoseThreshold } from './opioid-dose-threshold/opioid-dose-threshold';
import { partialCertificationArithmetic } from './partial-certification-arithmetic/partial-certification-arithmetic';
import { pronounSexConflict } from './pronoun-sex-conflict/pronoun-sex-conflict';
import { quantityMismatch } from './quantity-mismatch/quantity-mismatch';
import { splitWord } from './split-word/split-word';
import { statementConflict } from './statement-conflict/statement-conflict';
import { supersededEdition } from './superseded-edition/superseded-edition';
import { supplyArithmetic } from './supply-arithmetic/supply-arithmetic';
import { templateRemnant } from './template-remnant/template-remnant';
import { timeSinceInjury } from './time-since-injury/time-since-injury';
import { tooLarge } from './too-large/too-large';
import { urDateConflict } from './ur-date-conflict/ur-date-conflict';

export type { Edit, Finding, Fix, Related, Rule, RuleContext, Severity, SeveritySetting } from './rule';

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
