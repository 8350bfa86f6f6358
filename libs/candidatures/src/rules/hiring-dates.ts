import { IsoDate, addMonths } from '@iae/core';

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
