// What a rule is and what it finds: the shapes every rule in this folder shares. A rule reads the
// parsed letter and returns plain findings (spans, messages, fixes); it knows nothing of editors.

import type { CalendarDate } from '../base/calendar';
import type { Span } from '../base/span';
import type { Letter } from '../letter';

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
