import { IsoDate, addDays, daysBetween } from '@iae/core';

/** A PASS IAE is valid two years (guide L883): 730 days, the start day included. */
export const PASS_DEFAULT_DAYS = 730;

/** The last valid day of a PASS starting on `start`: day 730 is valid, day 731 is not. */
export function defaultEndDate(start: IsoDate): IsoDate {
  return addDays(start, PASS_DEFAULT_DAYS - 1);
}

export type PassStatus = 'future' | 'valid' | 'suspended' | 'expired';

/** A period of days, both ends included. */
export interface Period {
  startDate: IsoDate;
  endDate: IsoDate;
}

export function covers(period: Period, on: IsoDate): boolean {
  return period.startDate <= on && on <= period.endDate;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Days in a period, both ends included. */
export function lengthInDays(period: Period): number {
  return daysBetween(period.startDate, period.endDate) + 1;
}

/** The state of a PASS on a day: not started, running, suspended that day, or over. */
export function passStatus(pass: Period, suspensions: readonly Period[], on: IsoDate): PassStatus {
  if (on < pass.startDate) return 'future';
  if (on > pass.endDate) return 'expired';
  return suspensions.some((s) => covers(s, on)) ? 'suspended' : 'valid';
}

/** Current or future: the PASS a new hire reuses (suspended counts, it is still the person's PASS). */
export function isCurrentOrFuture(pass: Period, on: IsoDate): boolean {
  return on <= pass.endDate;
}

/**
 * The days a suspension from D1 to D2 pushes the PASS end back by: D2 − D1, as the reference platform
 * reckons it, so that a PASS ends on the same day here, at France Travail and at the ASP
 * (docs/decisions/0004-suspension-length.md). A one-day suspension (D1 = D2) moves nothing.
 */
export function suspensionPushDays(suspension: Period): number {
  return daysBetween(suspension.startDate, suspension.endDate);
}

/**
 * Days of parcours left from `on` (or from the start, for a PASS not started) to the end, leaving
 * out what the suspensions still to come pushed the end back by: a suspension counts its days from
 * D1 to the eve of D2, the same D2 − D1 days it added at the end, so a suspension leaves the
 * remaining days as they were.
 */
export function remainingDays(pass: Period, suspensions: readonly Period[], on: IsoDate): number {
  const from = on > pass.startDate ? on : pass.startDate;
  if (from > pass.endDate) return 0;
  let days = daysBetween(from, pass.endDate) + 1;
  for (const s of suspensions) {
    if (s.endDate <= s.startDate) continue;
    const start = s.startDate > from ? s.startDate : from;
    const lastPushed = addDays(s.endDate, -1);
    const end = lastPushed < pass.endDate ? lastPushed : pass.endDate;
    if (start <= end) days -= daysBetween(start, end) + 1;
  }
  return Math.max(0, days);
}

/**
 * A correction of a PASS's dates by staff: the end after the start (a PASS lasts a day at the least
 * past its first one, as the database holds), both dates given or kept.
 */
export function correctionIssue(corrected: Period): { field: 'endDate'; code: 'endAfterStart' } | null {
  return corrected.endDate > corrected.startDate ? null : { field: 'endDate', code: 'endAfterStart' };
}

export interface PeriodsLeftOut {
  errors: Array<{ field: 'startDate' | 'endDate'; code: 'suspensionOutside' | 'prolongationOutside' }>;
  suspensions: Period[];
  prolongations: Period[];
}

/**
 * A correction keeps every suspension and prolongation of the PASS inside it: a suspension lies within
 * the PASS, a prolongation makes its end (rules card); one left out would be counted, pushed and shown
 * against days the PASS no longer has. Null: nothing is left out.
 */
export function periodsLeftOut(corrected: Period, periods: { suspensions: readonly Period[]; prolongations: readonly Period[] }): PeriodsLeftOut | null {
  const before = (p: Period) => p.startDate < corrected.startDate;
  const after = (p: Period) => p.endDate > corrected.endDate;
  const suspensions = periods.suspensions.filter((p) => before(p) || after(p));
  const prolongations = periods.prolongations.filter((p) => before(p) || after(p));
  if (suspensions.length + prolongations.length === 0) return null;
  const errors: PeriodsLeftOut['errors'] = [];
  for (const [field, outside] of [
    ['startDate', before],
    ['endDate', after],
  ] as const) {
    if (suspensions.some(outside)) errors.push({ field, code: 'suspensionOutside' });
    if (prolongations.some(outside)) errors.push({ field, code: 'prolongationOutside' });
  }
  return {
    errors,
    suspensions: suspensions.map(({ startDate, endDate }) => ({ startDate, endDate })),
    prolongations: prolongations.map(({ startDate, endDate }) => ({ startDate, endDate })),
  };
}

export const PASS_NUMBER_PREFIX = /^[0-9A-Z]{5}$/;
export const PASS_NUMBER = /^[0-9A-Z]{5}\d{7}$/;
export const PASS_COUNTER_MAX = 9_999_999;

/** Prefix + the counter on 7 digits, 12 characters. */
export function formatPassNumber(prefix: string, counter: number): string {
  if (!PASS_NUMBER_PREFIX.test(prefix)) throw new RangeError(`A PASS IAE prefix is 5 digits or capital letters (got "${prefix}")`);
  if (!Number.isInteger(counter) || counter < 1 || counter > PASS_COUNTER_MAX)
    throw new RangeError(`A PASS IAE counter runs from 1 to ${PASS_COUNTER_MAX} (got ${counter})`);
  return `${prefix}${String(counter).padStart(7, '0')}`;
}

/** As people read it: `99999 26 00042`. */
export function displayPassNumber(number: string): string {
  return number.length === 12 ? `${number.slice(0, 5)} ${number.slice(5, 7)} ${number.slice(7)}` : number;
}

/** What people type (spaces, lower case) to the stored form; null when it cannot be a number. */
export function normalizePassNumber(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return PASS_NUMBER.test(compact) ? compact : null;
}
