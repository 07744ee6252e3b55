// Guideline knowledge: typed tables (each fact with its source and a verified flag) and lookups.

export type { Explanation, ExplanationPart, GuidelineId, GuidelineReference, PageRange, Sourced } from './types';
export { matchKey } from './types';
export { explainCitation, pageLabel, type ExplainContext } from './explain';
export { MTUS_DATES, cpmtgEditionAt, isAcoemMtusEra, milestone, type MtusMilestone, type MtusMilestoneKey } from './dates';
export {
  CPMTG_2009_LAST_PAGE,
  CPMTG_2009_PAGES,
  CPMTG_2016_PAGES,
  cpmtg2009Pages,
  cpmtg2009Topic,
  lookupPages,
  type PageLookup,
  type PageTopic,
} from './cpmtg2009';
export { CPMTG_2016_SECTIONS, cpmtg2016Section, findSection, type GuidelineSection } from './cpmtg2016';
export { OPIOIDS_2016_SECTIONS, opioidSection, opioidSectionNumber, type OpioidSection } from './opioids2016';
export { GENERAL_APPROACHES_SECTIONS, MTUS_PARTS, POSTSURGICAL_SECTIONS, TOPIC_SECTIONS, type MtusPart, type MtusPartKey } from './mtus';
export {
  ACOEM_2ND_CHAPTERS,
  ACOEM_3RD_MENTIONS,
  ACOEM_POST_2017,
  acoemChapter,
  acoemChapterByTitle,
  acoemPost2017ByTitle,
  type AcoemChapter,
  type AcoemGuideline,
  type AcoemMention,
} from './acoem';
export { ODG_CHAPTERS, odgChapters, type OdgChapter } from './odg';
export { DRUGS, INGREDIENTS, drugByBrand, drugIn, drugsIn, type DrugEntry, type DrugMatch, type DrugRoute, type OpioidInfo } from './drugs';
export {
  CPMTG_2009_FACTORS_NOTE,
  ERA_LABEL,
  MME_FACTORS,
  MME_THRESHOLDS,
  dailyMme,
  erasDiffer,
  mmeFactor,
  type MmeEra,
  type MmeFactor,
  type MmeRange,
  type MmeThreshold,
  type MethadoneTier,
} from './mme';
export { LEXICON } from './lexicon';
export { categoriesFit, categoriesOf, type Category } from './categories';
export { TERMS, termAt, type Term } from './terms';
export { CCP_12, CCP_135, GOV_6700, GOV_6701, HOLIDAY_YEARS, courtHolidayOn, courtHolidays, type CourtHoliday } from './holidays';
export {
  APPEAL_DAYS,
  APPEAL_GROUNDS,
  APPEAL_LAW,
  FORMER_MAIL_SERVICE_RULE,
  MAIL_DAYS,
  MAIL_SERVICE_RULE,
  MATUTE,
  appealPeriod,
  closedDay,
  type AppealPeriod,
  type MailAddress,
  type SkippedDay,
} from './appeal';
