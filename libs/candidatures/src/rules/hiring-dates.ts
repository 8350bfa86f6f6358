import { IsoDate, addDays, addMonths } from '@iae/core';

export type HiringDateProblem = 'startInPast' | 'startTooFar' | 'endBeforeStart';

/** Hiring starts today at the earliest and at most 6 months ahead; an end, if any, after the start. */
export function checkHiringDates(start: IsoDate, end: IsoDate | null, today: IsoDate): HiringDateProblem | null {
  if (start < today) return 'startInPast';
  if (start > addMonths(today, 6)) return 'startTooFar';
  if (end !== null && end < start) return 'endBeforeStart';
  return null;
}

/** A hire can be cancelled (and its PASS given back) only before it has started. */
export function canCancelHire(hiringStart: IsoDate, today: IsoDate): boolean {
  return hiringStart >= today;
}

/** An accepted hire's start is postponed by at most this many days (reference platform: MAX_CONTRACT_POSTPONE_IN_DAYS). */
export const HIRE_POSTPONE_MAX_DAYS = 30;

export type HiringChangeProblem =
  | { code: 'hireStarted' }
  | { field: 'hiringStart'; code: 'startInPast' | 'startTooFar' }
  | { field: 'hiringStart'; code: 'postponedTooFar'; latest: IsoDate }
  | { field: 'hiringEnd'; code: 'endBeforeStart' };

/**
 * The new dates of an accepted hire: only before it starts; the start never in the past, postponed by
 * 30 days at most (brought forward as far as today), at most 6 months ahead; an end, if any, after it.
 */
export function checkHiringChange(input: { currentStart: IsoDate; start: IsoDate; end: IsoDate | null; today: IsoDate }): HiringChangeProblem | null {
  if (input.currentStart <= input.today) return { code: 'hireStarted' };
  if (input.start < input.today) return { field: 'hiringStart', code: 'startInPast' };
  const latest = addDays(input.currentStart, HIRE_POSTPONE_MAX_DAYS);
  if (input.start > latest) return { field: 'hiringStart', code: 'postponedTooFar', latest };
  if (input.start > addMonths(input.today, 6)) return { field: 'hiringStart', code: 'startTooFar' };
  if (input.end !== null && input.end < input.start) return { field: 'hiringEnd', code: 'endBeforeStart' };
  return null;
}
