// The rules: what a finding is, and the list of every rule. One rule per file, named after its id,
// with its documentation in docs/rules/<id>.md.

import type { CalendarDate, Letter, Span } from '../letter';
import { injuryDateConflict } from './injury-date-conflict';
import { itemIncomplete } from './item-incomplete';
import { missingSection } from './missing-section';
import { notALetter } from './not-a-letter';
import { tooLarge } from './too-large';

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
  check(letter: Letter, context: RuleContext): Finding[];
}

export const RULES: Rule[] = [notALetter, tooLarge, missingSection, itemIncomplete, injuryDateConflict];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
