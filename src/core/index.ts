/**
 * Public entry of the pure core: templates, rules, text, calendar, messages and shared types.
 * Hosts, the task pane and the command line import from here.
 */
export * from './snapshot';
export * from './errors';
export * from './template';
export * from './rules';
export * from './text';
export {
  type CivilDate,
  type DeadlineAdvice,
  type QuarterNumber,
  type QuarterRef,
  type ReportingPeriod,
  type ReportingPeriodOptions,
  deadlineOf,
  formatIsoDate,
  formatVnDate,
  lastAllowedDay,
  parseQuarterLabel,
  quarterLabel,
  quarterOf,
  reportingPeriod,
  vietnamDateOf,
} from './calendar';
export { CATALOGS, DEFAULT_LANG, type Lang, format, formatNumber, hasMessage, langFromLocale, t } from './i18n';
export type * from './host';
