/** Quarters, deadlines and days off, in Vietnam time (Asia/Ho_Chi_Minh, fixed UTC+7). */
export {
  type CivilDate,
  type Weekday,
  addDays,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isValidCivilDate,
  isWeekend,
  sameCivilDate,
  toEpochDay,
  weekdayOf,
} from './civilDate';
export { VIETNAM_UTC_OFFSET_MINUTES, endOfVietnamDay, startOfVietnamDay, vietnamDateOf, vietnamInstant } from './vietnamTime';
export {
  type QuarterNumber,
  type QuarterRef,
  nextQuarter,
  parseQuarterLabel,
  previousQuarter,
  quarterBounds,
  quarterLabel,
  quarterOf,
  quarterOfDate,
  quarterRef,
} from './quarter';
export {
  type HolidayId,
  type HolidayOccurrence,
  type NonWorkingDay,
  HUNG_KINGS_DATES,
  holidaysOn,
  isWorkingDay,
  nonWorkingDay,
  publicHolidays,
} from './holidays';
export { type DeadlineAdvice, deadlineAdvice } from './advice';
export {
  type DeadlineReading,
  type ReportingPeriod,
  type ReportingPeriodOptions,
  deadlineOf,
  defaultReportPeriod,
  lastAllowedDay,
  periodFor,
  reportingPeriod,
} from './period';
export { formatIsoDate, formatVnDate, formatVnDateTime } from './format';
export { daysLate, quarterForReception } from './reception';
