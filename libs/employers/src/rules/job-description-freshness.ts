import { IsoDate, daysBetween } from '@iae/core';

/** A job description not updated for 90 days is closed; its employer is warned at 60. */
export const STALE_WARNING_DAYS = 60;
export const STALE_DEACTIVATION_DAYS = 90;

export type Freshness = 'fresh' | 'warn' | 'deactivate';

export function jobDescriptionFreshness(lastUpdatedOn: IsoDate, today: IsoDate): Freshness {
  const age = daysBetween(lastUpdatedOn, today);
  if (age >= STALE_DEACTIVATION_DAYS) return 'deactivate';
  if (age >= STALE_WARNING_DAYS) return 'warn';
  return 'fresh';
}

export const HOURS_PER_WEEK = { min: 1, max: 48 } as const;
