import { IsoDate, addDays, addYears, daysBetween } from '@iae/core';
import { Period, defaultEndDate, isCurrentOrFuture } from './pass-dates';

/** Employers subject to IAE rules: only their hires get a PASS IAE (rules card, Actors). */
export const SIAE_KINDS: readonly string[] = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

export function requiresPass(employerKind: string): boolean {
  return SIAE_KINDS.includes(employerKind);
}

/** A person under justice supervision hired by a SIAE located in a prison holds no PASS IAE (guide L309). */
export function excludedInPrison(personUnderJustice: boolean, employerLocatedInPrison: boolean): boolean {
  return personUnderJustice && employerLocatedInPrison;
}

/** Years after a PASS ends during which a SIAE cannot obtain a new one for that person (A.3). */
export const WAITING_PERIOD_YEARS = 2;

/** The last day of the waiting period that follows a PASS ending on `passEnd`. */
export function waitingPeriodLastDay(passEnd: IsoDate): IsoDate {
  return addYears(passEnd, WAITING_PERIOD_YEARS);
}

export interface WaitingPeriodContext {
  /** The candidature comes from a habilitated prescriber. */
  senderHabilitatedPrescriber: boolean;
  /** The person holds a valid eligibility diagnosis made by a habilitated prescriber. */
  hasValidPrescriberDiagnosis: boolean;
}

/**
 * Whether the waiting period after the person's last PASS (ended on `lastPassEnd`) stops a SIAE
 * from obtaining a new one on `on`: from the day after the end to the same day two years later,
 * both included; lifted when a habilitated prescriber sends the candidature or diagnosed the person.
 */
export function waitingPeriodBlocks(
  lastPassEnd: IsoDate | null,
  on: IsoDate,
  context: WaitingPeriodContext,
): { blocked: false } | { blocked: true; until: IsoDate } {
  if (!lastPassEnd || on <= lastPassEnd) return { blocked: false };
  const until = waitingPeriodLastDay(lastPassEnd);
  if (on > until) return { blocked: false };
  if (context.senderHabilitatedPrescriber || context.hasValidPrescriberDiagnosis) return { blocked: false };
  return { blocked: true, until };
}

export type IssuanceDecision =
  | { action: 'none'; why: 'notSiae' | 'prison' }
  | { action: 'reuse'; startDate: IsoDate; endDate: IsoDate; moved: boolean }
  | { action: 'issue'; startDate: IsoDate; endDate: IsoDate }
  | { action: 'blocked'; code: 'waitingPeriod'; until: IsoDate }
  | { action: 'blocked'; code: 'hiringAfterPassEnd'; until: IsoDate };

/**
 * What an accepted hire does to the person's PASS (A.3, reference platform §2.1). One valid
 * (current or future) PASS per person: a hire starting on or before its end reuses it, and a PASS
 * starting after the hire moves back to the hiring start — its end stays, unless it had not started
 * yet (then the default duration runs again from the new start). A hire starting after the end of
 * a PASS still valid is refused: the person would hold two. Otherwise a new PASS, unless the waiting
 * period after the last one forbids obtaining it today.
 */
export function decideIssuance(input: {
  employerKind: string;
  employerLocatedInPrison: boolean;
  personUnderJustice: boolean;
  /** The person's most recent PASS (latest end), if any. */
  latest: Period | null;
  hiringStart: IsoDate;
  today: IsoDate;
  context: WaitingPeriodContext;
}): IssuanceDecision {
  if (!requiresPass(input.employerKind)) return { action: 'none', why: 'notSiae' };
  if (excludedInPrison(input.personUnderJustice, input.employerLocatedInPrison)) return { action: 'none', why: 'prison' };
  const { latest, hiringStart, today } = input;
  if (latest && isCurrentOrFuture(latest, today)) {
    if (hiringStart > latest.endDate) return { action: 'blocked', code: 'hiringAfterPassEnd', until: latest.endDate };
    if (hiringStart >= latest.startDate) return { action: 'reuse', startDate: latest.startDate, endDate: latest.endDate, moved: false };
    const notStarted = today < latest.startDate;
    return { action: 'reuse', startDate: hiringStart, endDate: notStarted ? defaultEndDate(hiringStart) : latest.endDate, moved: true };
  }
  // Judged on the day the PASS is obtained, as when the candidature was sent: the last PASS has ended by then, so a
  // start in the waiting period means an acceptance in it too, and a later start never escapes an acceptance in it.
  const waiting = waitingPeriodBlocks(latest?.endDate ?? null, today, input.context);
  if (waiting.blocked) return { action: 'blocked', code: 'waitingPeriod', until: waiting.until };
  return { action: 'issue', startDate: hiringStart, endDate: defaultEndDate(hiringStart) };
}

/**
 * What moving the start of an accepted hire (before it starts) does to its PASS: the PASS issued for
 * that hire alone, not started yet, follows the new start, its end moved by as many days (the
 * reference platform's `update_start_date`); a PASS another hire also holds, or already running, stays
 * where it is and the new start must fall within it.
 */
export function passAfterHireMove(input: {
  pass: Period;
  issuedForThisHireAlone: boolean;
  newStart: IsoDate;
  today: IsoDate;
}): { action: 'follow'; startDate: IsoDate; endDate: IsoDate } | { action: 'keep' } | { action: 'blocked'; from: IsoDate; until: IsoDate } {
  const { pass, newStart } = input;
  if (input.issuedForThisHireAlone && input.today < pass.startDate) {
    return { action: 'follow', startDate: newStart, endDate: addDays(pass.endDate, daysBetween(pass.startDate, newStart)) };
  }
  if (pass.startDate <= newStart && newStart <= pass.endDate) return { action: 'keep' };
  return { action: 'blocked', from: pass.startDate, until: pass.endDate };
}
