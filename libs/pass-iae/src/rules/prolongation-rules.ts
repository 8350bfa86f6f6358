import { IsoDate, addDays, addMonths, ageOn, daysBetween } from '@iae/core';
import { Period, lengthInDays } from './pass-dates';

export interface ProlongationRule {
  label: string;
  /** Longest single prolongation, in days (12 months = 365 days, as the reference platform counts). */
  maxDays: number;
  /** Longest total of all the prolongations of a PASS (every reason) for this reason to be given, in days; null: no cap. */
  totalMaxDays: number | null;
  /** Declared by the SIAE alone, or a request a habilitated prescriber grants or denies. */
  decidedBy: 'employer' | 'prescriber';
  /** SIAE kinds that may use it; null: every SIAE. */
  kinds: readonly string[] | null;
}

/** The five reasons of the guide (L925-931) with the caps of the rules card. */
export const PROLONGATION_RULES = {
  SENIOR_CDI: { label: 'CDI conclu avec une personne de plus de 57 ans', maxDays: 3650, totalMaxDays: null, decidedBy: 'employer', kinds: null },
  COMPLETE_TRAINING: { label: 'Fin d’une formation commencée pendant le parcours', maxDays: 365, totalMaxDays: null, decidedBy: 'employer', kinds: null },
  RQTH: { label: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)', maxDays: 365, totalMaxDays: 1095, decidedBy: 'prescriber', kinds: null },
  SENIOR: {
    label: 'Personne de 50 ans et plus rencontrant des difficultés particulières',
    maxDays: 365,
    totalMaxDays: 1825,
    decidedBy: 'prescriber',
    kinds: null,
  },
  PARTICULAR_DIFFICULTIES: {
    label: 'Difficultés particulièrement importantes (AI et ACI)',
    maxDays: 365,
    totalMaxDays: 1095,
    decidedBy: 'prescriber',
    kinds: ['AI', 'ACI'],
  },
} as const satisfies Record<string, ProlongationRule>;
export type ProlongationReason = keyof typeof PROLONGATION_RULES;

export const DECLARED_REASONS = (Object.keys(PROLONGATION_RULES) as ProlongationReason[]).filter((r) => PROLONGATION_RULES[r].decidedBy === 'employer');
export const REQUEST_REASONS = (Object.keys(PROLONGATION_RULES) as ProlongationReason[]).filter((r) => PROLONGATION_RULES[r].decidedBy === 'prescriber');

/** A report (bilan) goes only with the reasons a prescriber decides. */
export function reportAllowed(reason: string): boolean {
  return (REQUEST_REASONS as readonly string[]).includes(reason);
}

export const PROLONGATION_OPENS_MONTHS_BEFORE_END = 12;
export const PROLONGATION_CLOSES_MONTHS_AFTER_END = 6;

export type ProlongationBlock =
  | { code: 'notLatest' }
  | { code: 'suspended' }
  | { code: 'pendingRequest' }
  | { code: 'windowNotOpen'; opensOn: IsoDate }
  | { code: 'windowClosed'; closedOn: IsoDate };

/**
 * Whether a PASS can be prolonged today: it is the person's latest, not suspended, with no request
 * waiting, and today falls from 12 months before its end to 6 months after it.
 */
export function prolongationBlock(input: {
  passEnd: IsoDate;
  isLatest: boolean;
  suspendedToday: boolean;
  hasPendingRequest: boolean;
  today: IsoDate;
}): ProlongationBlock | null {
  if (!input.isLatest) return { code: 'notLatest' };
  if (input.suspendedToday) return { code: 'suspended' };
  if (input.hasPendingRequest) return { code: 'pendingRequest' };
  const opensOn = addMonths(input.passEnd, -PROLONGATION_OPENS_MONTHS_BEFORE_END);
  if (input.today < opensOn) return { code: 'windowNotOpen', opensOn };
  const closedOn = addMonths(input.passEnd, PROLONGATION_CLOSES_MONTHS_AFTER_END);
  if (input.today > closedOn) return { code: 'windowClosed', closedOn };
  return null;
}

/** A prolongation starts the day after the current end. */
export function prolongationPeriod(passEnd: IsoDate, endDate: IsoDate): Period {
  return { startDate: addDays(passEnd, 1), endDate };
}

/** The same length, moved to follow the current end (the end moved since the request was made). */
export function followEnd(request: Period, passEnd: IsoDate): Period {
  const startDate = addDays(passEnd, 1);
  return { startDate, endDate: addDays(startDate, lengthInDays(request) - 1) };
}

/** Who the reasons are for (guide L645, L929, L1143): a CDI inclusion at 57 and after 12 months of parcours; 50 for SENIOR. */
export const SENIOR_CDI_MIN_AGE = 57;
export const SENIOR_CDI_MIN_PARCOURS_MONTHS = 12;
export const SENIOR_MIN_AGE = 50;

export type ProlongationIssue =
  | { field: 'reason'; code: 'unknownReason' | 'needsPrescriber' | 'declaredBySiae' | 'reasonForAiAndAciOnly' }
  | { field: 'reason'; code: 'personTooYoung'; minimumAge: number }
  | { field: 'reason'; code: 'parcoursTooShort'; from: IsoDate }
  | { field: 'endDate'; code: 'notAfterEnd' | 'tooLong'; latest?: IsoDate }
  | { field: 'endDate'; code: 'totalExceeded'; ceilingDays: number; usedDays: number; daysLeft: number; latest?: IsoDate }
  | { field: 'reportFileId'; code: 'reportNotAllowed' };

/**
 * The reason and the end asked for (rules card, Prolongation): the reason fits the way it is made
 * (declared, or requested to a prescriber) and the SIAE's kind; the prolongation lasts at least a day,
 * at most the reason's maximum; and where the reason has a ceiling, the PASS's prolongations of every
 * reason together, this one included, stay within it (RQTH 3 years, SENIOR 5, PARTICULAR_DIFFICULTIES 3).
 */
export function checkProlongation(input: {
  reason: string;
  channel: 'declared' | 'request';
  employerKind: string;
  passEnd: IsoDate;
  endDate: IsoDate;
  hasReport: boolean;
  /** The days of each prolongation the PASS already has, whatever its reason. */
  previous: ReadonlyArray<{ reason: string; days: number }>;
  /** The person's birth date, the PASS's start (the parcours's), and the day the prolongation is declared or asked. */
  birthDate: IsoDate;
  passStart: IsoDate;
  today: IsoDate;
}): ProlongationIssue[] {
  const rule: ProlongationRule | undefined = (PROLONGATION_RULES as Record<string, ProlongationRule>)[input.reason];
  if (!rule) return [{ field: 'reason', code: 'unknownReason' }];
  const issues: ProlongationIssue[] = [];
  if (input.channel === 'declared' && rule.decidedBy === 'prescriber') issues.push({ field: 'reason', code: 'needsPrescriber' });
  else if (input.channel === 'request' && rule.decidedBy === 'employer') issues.push({ field: 'reason', code: 'declaredBySiae' });
  else if (rule.kinds && !rule.kinds.includes(input.employerKind)) issues.push({ field: 'reason', code: 'reasonForAiAndAciOnly' });
  else if (input.reason === 'SENIOR_CDI' || input.reason === 'SENIOR') {
    const minimumAge = input.reason === 'SENIOR_CDI' ? SENIOR_CDI_MIN_AGE : SENIOR_MIN_AGE;
    const from = addMonths(input.passStart, SENIOR_CDI_MIN_PARCOURS_MONTHS);
    if (ageOn(input.birthDate, input.today) < minimumAge) issues.push({ field: 'reason', code: 'personTooYoung', minimumAge });
    else if (input.reason === 'SENIOR_CDI' && input.today < from) issues.push({ field: 'reason', code: 'parcoursTooShort', from });
  }

  const period = prolongationPeriod(input.passEnd, input.endDate);
  if (input.endDate < period.startDate) issues.push({ field: 'endDate', code: 'notAfterEnd' });
  else {
    const days = lengthInDays(period);
    const used = input.previous.reduce((sum, p) => sum + p.days, 0);
    if (days > rule.maxDays) issues.push({ field: 'endDate', code: 'tooLong', latest: addDays(period.startDate, rule.maxDays - 1) });
    else if (rule.totalMaxDays !== null && used + days > rule.totalMaxDays) {
      const daysLeft = Math.max(0, rule.totalMaxDays - used);
      issues.push({
        field: 'endDate',
        code: 'totalExceeded',
        ceilingDays: rule.totalMaxDays,
        usedDays: used,
        daysLeft,
        ...(daysLeft > 0 ? { latest: addDays(period.startDate, daysLeft - 1) } : {}),
      });
    }
  }
  if (input.hasReport && !reportAllowed(input.reason)) issues.push({ field: 'reportFileId', code: 'reportNotAllowed' });
  return issues;
}

/** A denial because the IAE no longer fits the person proposes what comes next (rules card). */
export const DENY_REASONS_NEEDING_AN_ACTION: readonly string[] = ['IAE'];

/**
 * A prescriber's denial: "the IAE no longer fits" proposes at least one action (exit from the IAE, a
 * social partner, other); the other reasons need none.
 */
export function denialIssue(reason: string, proposedActions: readonly string[]): { field: 'proposedActions'; code: 'proposedActionRequired' } | null {
  return DENY_REASONS_NEEDING_AN_ACTION.includes(reason) && proposedActions.length === 0 ? { field: 'proposedActions', code: 'proposedActionRequired' } : null;
}

/** Pending requests are reminded to the prescriber every 10 days, for 30 days (reference platform §2.3). */
export const REMINDER_EVERY_DAYS = 10;
export const REMINDERS_FOR_DAYS = 30;

/**
 * The reminder due today for a request made on `createdOn` that already had `sent` reminders: its
 * number (1 on day 10, 2 on day 20, 3 on day 30, a missed one caught up later), or null. None after day 30.
 */
export function reminderDue(createdOn: IsoDate, today: IsoDate, sent: number): number | null {
  const age = daysBetween(createdOn, today);
  if (age > REMINDERS_FOR_DAYS) return null;
  const step = Math.floor(age / REMINDER_EVERY_DAYS);
  return step >= 1 && step > sent ? step : null;
}

/**
 * Whether the organisation a pending request waits on lost its habilitation for good (expired, withdrawn or refused):
 * the SIAE is told to address the request elsewhere. One waiting for the platform's check after a change of kind
 * (`not_set`) is not: it may be habilitated again within the day.
 */
export function habilitationEnded(organization: { habilitated: boolean; authorizationStatus: string | null } | undefined): boolean {
  return !!organization && !organization.habilitated && organization.authorizationStatus !== 'not_set';
}
