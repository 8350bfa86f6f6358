import { FieldError, IsoDate, addDays, addMonths, addYears, daysBetween, isIsoDate } from '@iae/core';

export interface StatsPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Longest period one request counts over: the 3 years campaigns and figures stay readable, plus slack. */
export const MAX_PERIOD_DAYS = 5 * 366;

/**
 * The period the flows (sent, issued…) are counted over, both days included. By default the last 12
 * months up to today; the stocks (running, pending) are always counted on `today`.
 */
export function resolvePeriod(query: { from?: IsoDate; to?: IsoDate }, today: IsoDate): StatsPeriod | FieldError {
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isIsoDate(value)) return { field, code: 'isDate', message: `${field} doit être une date AAAA-MM-JJ qui existe.` };
  }
  const to = query.to ?? today;
  const from = query.from ?? addDays(addYears(to, -1), 1);
  if (from > to) return { field: 'from', code: 'periodOrder', message: 'La date de début vient après la date de fin.' };
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) {
    return { field: 'from', code: 'periodTooLong', message: `Une période compte au plus ${MAX_PERIOD_DAYS} jours.` };
  }
  return { from, to };
}

/** A period the background job computes for every territory, and how often. */
export interface SnapshotPeriod {
  period: StatsPeriod;
  /** `hour`: at every run; `day`: at the first run of the day (its stocks are counted on the day). */
  every: 'hour' | 'day';
}

/** Calendar years read back from a snapshot: the last one and the two before, what yearly reviews and conventions compare. */
export const SNAPSHOT_YEARS = 3;

/**
 * The periods read back from a snapshot: the default one (the last 12 months), which the pages show, every hour;
 * the last `SNAPSHOT_YEARS` calendar years, which yearly reviews ask for, once a day (their flows barely move once
 * they are over; their stocks are today's). Any other period is computed live.
 */
export function snapshotPeriods(today: IsoDate): SnapshotPeriod[] {
  const thisYear = Number(today.slice(0, 4));
  return [
    { period: resolvePeriod({}, today) as StatsPeriod, every: 'hour' },
    ...Array.from({ length: SNAPSHOT_YEARS }, (_, i): SnapshotPeriod => {
      const year = thisYear - 1 - i;
      return { period: { from: `${year}-01-01`, to: `${year}-12-31` }, every: 'day' };
    }),
  ];
}

/** A period cut where calendar months are whole; an empty part ends before it starts. */
export interface MonthCut {
  /** The first days of the whole months. */
  months: StatsPeriod;
  /** The days before the first whole month, and after the last. */
  before: StatsPeriod;
  after: StatsPeriod;
}

/** How a period reads counts kept per month and per day: its whole months from the first, its edges from the second. */
export function cutAtWholeMonths({ from, to }: StatsPeriod): MonthCut {
  const firstOfMonth = (date: IsoDate) => `${date.slice(0, 7)}-01`;
  const firstWhole = from.endsWith('-01') ? from : addMonths(firstOfMonth(from), 1);
  const lastWholeEnd = addDays(to, 1).endsWith('-01') ? to : addDays(firstOfMonth(to), -1);
  if (firstWhole > lastWholeEnd)
    return { months: { from: firstWhole, to: firstOfMonth(lastWholeEnd) }, before: { from, to }, after: { from: addDays(to, 1), to } };
  return {
    months: { from: firstWhole, to: firstOfMonth(lastWholeEnd) },
    before: { from, to: addDays(firstWhole, -1) },
    after: { from: addDays(lastWholeEnd, 1), to },
  };
}
