// The letter model: text in, model out. No LSP, no I/O. (Spans, lines, calendar dates and text
// helpers that know nothing of letters are in ../base.)
export { parse, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse';
export { parseDateText } from './dates';
export * from './types';
export { LAYOUTS, PART_ORDER, partNames, partPattern, type LayoutDef, type HeadingDef } from './layouts';
export { decisionLabel, layoutName } from './labels';
export { aboutItem, itemName, readRationale, sentenceAt, type Conclusion, type RequestPhrase } from './rationale';
export { parseRequest, WORD_NUMBERS } from './request';
export { certificationStatements, type CertificationStatement, type CertificationPart } from './certifications';
export { letterDate } from './facts';
export { HEADER_FIELDS } from './header';
export { injuryStatements, type InjuryStatement } from './injury';
export { durationStatements, readItemDurations, type DurationStatement } from './durations';
export { claimTime, describeDays, elapsedStatements, type ClaimTime, type ElapsedStatement } from './elapsed';
export { planStatements, type PlanStatement } from './plans';
export { completedSessions, decidedCounts, plannedDrugs, requestCount, therapyOf, type CountStatement, type Therapy } from './quantities';
export { strengthPairs, supplyStatements, type StrengthPair, type SupplyStatement } from './supply';
export { verdicts, type Verdict } from './verdicts';
export { textReferenceAt, textReferences } from './references';
export { citationsByItem } from './text';
