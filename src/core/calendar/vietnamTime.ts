/**
 * Instants <-> Vietnam calendar days.
 *
 * Vietnam (Asia/Ho_Chi_Minh) has been on UTC+7 all year since 1975, with no daylight saving time,
 * so plain arithmetic with a fixed offset is exact for every date this product deals with. We do
 * not use `Intl` time zones on purpose: the result must not depend on the machine's time zone, on
 * the ICU data shipped with the browser, or on `Intl` being present at all. (For instants before
 * 1975 the historical offsets differed; we deliberately keep UTC+7 throughout — the reporting rule
 * is about the present.)
 */
import { AppError } from '../errors';
import { type CivilDate, fromEpochDay, toEpochDay } from './civilDate';

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

function assertValidInstant(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new AppError('calendar.invalidDate', { value: String(at) });
  }
}

/** The calendar day it is in Vietnam at the instant `at`. Throws AppError("calendar.invalidDate") on an invalid Date. */
export function vietnamDateOf(at: Date): CivilDate {
  assertValidInstant(at);
  return fromEpochDay(Math.floor((at.getTime() + OFFSET_MS) / DAY_MS));
}

/** The instant at `hour:minute:second.ms` Vietnam time on day `d`. */
export function vietnamInstant(d: CivilDate, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(toEpochDay(d) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms - OFFSET_MS);
}

/** 00:00:00.000 Vietnam time on day `d`. */
export function startOfVietnamDay(d: CivilDate): Date {
  return vietnamInstant(d);
}

/** 23:59:59.999 Vietnam time on day `d`: the last instant of that day. */
export function endOfVietnamDay(d: CivilDate): Date {
  return vietnamInstant(d, 23, 59, 59, 999);
}
