/** The rule engine: one file per rule family; `check` runs them all. */
export * from './types';
export { DEFAULT_RULE_CONFIG, type PartialRuleConfig, resolveConfig } from './config';
export { RULES, check, formatFinding, isReadyToSend, stats } from './check';
export { templateIntact, templatePresent } from './template';
export { fieldRequired } from './fields';
export { abbreviatedPart, nameNoAbbreviation, nameUppercase } from './name';
export { birthYearValid } from './birthYear';
export { photoPresent } from './photo';
export { unitCityLevel } from './unit';
export { modelLayout, pageCount, summaryPages, summaryPagesRule, summaryWords, summaryWordsRule } from './summary';
export { meaningfulRows, modelsTable } from './models';
export { instructionsLeftover } from './instructions';
export { formatFont, formatPage } from './format';
export { encodingLegacy } from './encoding';
export { textBidiControl } from './bidi';
export { reportPeriod, reportPeriodAt, submissionDeadline, submissionSent } from './submission';
