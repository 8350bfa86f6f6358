import { IsoDate, addDays, addMonths } from '@iae/core';
import { Period, covers, overlaps } from './pass-dates';

/** The reasons offered today (A.3, reference platform §2.2). */
export const SUSPENSION_REASONS = {
  CONTRACT_SUSPENDED: 'Contrat de travail suspendu depuis plus de 15 jours',
  CONTRACT_BROKEN: 'Contrat de travail rompu',
  FINISHED_CONTRACT: 'Contrat de travail terminé',
  APPROVAL_BETWEEN_CTA_MEMBERS: 'Situation faisant l’objet d’un accord entre les acteurs membres du CTA',
  CONTRAT_PASSERELLE: 'Bascule dans l’expérimentation contrat passerelle',
} as const;
export type SuspensionReason = keyof typeof SUSPENSION_REASONS;

/** Reasons no longer offered, found on imported suspensions. */
export const LEGACY_SUSPENSION_REASONS: Readonly<Record<string, string>> = {
  SICKNESS: 'Arrêt pour longue maladie',
  MATERNITY: 'Congé de maternité',
  INCARCERATION: 'Incarcération',
  TRIAL_OUTSIDE_IAE: 'Période d’essai auprès d’un employeur ne relevant pas de l’IAE',
  DETOXIFICATION: 'Période de cure pour désintoxication',
  FORCE_MAJEURE: 'Raison de force majeure',
};

export function suspensionReasonLabel(reason: string): string {
  return (SUSPENSION_REASONS as Record<string, string>)[reason] ?? LEGACY_SUSPENSION_REASONS[reason] ?? reason;
}

/** A new hire ends a suspension made for one of these reasons; any other one blocks the hire. */
export const REASONS_ALLOWING_UNSUSPEND: readonly string[] = Object.keys(SUSPENSION_REASONS);

/** A habilitated prescriber suspends when the person has no contract or support any more (guide L916). */
export const PRESCRIBER_SUSPENSION_REASONS: readonly string[] = ['CONTRACT_BROKEN', 'FINISHED_CONTRACT'];

/** The contrat passerelle experiment concerns EI and ACI only. */
export const CONTRAT_PASSERELLE_KINDS: readonly string[] = ['EI', 'ACI'];

export const SUSPENSION_MAX_MONTHS = 36;
export const SUSPENSION_MAX_RETROACTIVITY_DAYS = 365;

/** The last day a suspension starting on `start` may run to: 36 months, less a day. */
export function maxSuspensionEnd(start: IsoDate): IsoDate {
  return addDays(addMonths(start, SUSPENSION_MAX_MONTHS), -1);
}

/** Whether a PASS suspended for `reason` stops a new hire (only legacy reasons do). */
export function suspensionBlocksHire(reason: string): boolean {
  return !REASONS_ALLOWING_UNSUSPEND.includes(reason);
}

export type SuspensionAuthor = 'employer' | 'prescriber';

/**
 * Who may suspend: the SIAE of the person's last hire, for any reason; a habilitated prescriber,
 * when the person has no contract or support any more. Nobody else.
 */
export function suspensionRight(
  organization: { id: string; family: string; habilitated: boolean } | null,
  lastHireEmployerId: string | null,
): SuspensionAuthor | null {
  if (!organization) return null;
  if (organization.family === 'employer' && organization.id === lastHireEmployerId) return 'employer';
  if (organization.family === 'prescriber' && organization.habilitated) return 'prescriber';
  return null;
}

export type SuspensionIssue =
  | { field: 'reason'; code: 'unknownReason' | 'reasonForEiAndAciOnly' | 'reasonNotForPrescriber' }
  | { field: 'startDate'; code: 'notInFuture' | 'tooOld' | 'beforePass' | 'afterPass' }
  | { field: 'startDate'; code: 'beforeLastHire'; earliest: IsoDate }
  | { field: 'endDate'; code: 'beforeStart' | 'tooLong'; latest?: IsoDate }
  | { field: 'startDate'; code: 'overlaps'; with: Period };

/**
 * A suspension (A.3): a current reason (contrat passerelle for EI and ACI only, the two of the
 * prescriber for a prescriber); starting no later than today and no earlier than 365 days ago,
 * within the PASS and not before the start of its last hire (reference platform: the suspension is that hire's); at
 * most 36 months; never overlapping another one of the PASS. On an edit, a start left unchanged is not checked against
 * today again.
 */
export function checkSuspension(input: {
  pass: Period;
  /** The PASS's other suspensions (the one edited left out). */
  others: readonly Period[];
  startDate: IsoDate;
  endDate: IsoDate;
  reason: string;
  author: SuspensionAuthor;
  employerKind: string | null;
  /** The start of the PASS's last hire (null: none). */
  lastHireStart: IsoDate | null;
  today: IsoDate;
  startChanged?: boolean;
}): SuspensionIssue[] {
  const issues: SuspensionIssue[] = [];
  if (!(input.reason in SUSPENSION_REASONS)) issues.push({ field: 'reason', code: 'unknownReason' });
  else if (input.author === 'prescriber' && !PRESCRIBER_SUSPENSION_REASONS.includes(input.reason))
    issues.push({ field: 'reason', code: 'reasonNotForPrescriber' });
  else if (input.reason === 'CONTRAT_PASSERELLE' && !CONTRAT_PASSERELLE_KINDS.includes(input.employerKind ?? ''))
    issues.push({ field: 'reason', code: 'reasonForEiAndAciOnly' });

  const { startDate, endDate, pass } = input;
  if (input.startChanged !== false && startDate > input.today) issues.push({ field: 'startDate', code: 'notInFuture' });
  else if (input.startChanged !== false && startDate < addDays(input.today, -SUSPENSION_MAX_RETROACTIVITY_DAYS))
    issues.push({ field: 'startDate', code: 'tooOld' });
  else if (startDate < pass.startDate) issues.push({ field: 'startDate', code: 'beforePass' });
  else if (startDate > pass.endDate) issues.push({ field: 'startDate', code: 'afterPass' });
  // A hire yet to start bounds nothing: the contract running today is an earlier one.
  else if (input.startChanged !== false && input.lastHireStart && input.lastHireStart <= input.today && startDate < input.lastHireStart)
    issues.push({ field: 'startDate', code: 'beforeLastHire', earliest: input.lastHireStart });

  if (endDate < startDate) issues.push({ field: 'endDate', code: 'beforeStart' });
  else if (endDate > maxSuspensionEnd(startDate)) issues.push({ field: 'endDate', code: 'tooLong', latest: maxSuspensionEnd(startDate) });

  if (issues.length === 0) {
    const clash = input.others.find((other) => overlaps(other, { startDate, endDate }));
    if (clash) issues.push({ field: 'startDate', code: 'overlaps', with: { startDate: clash.startDate, endDate: clash.endDate } });
  }
  return issues;
}

/**
 * A new accepted hire ends the suspension running at its start the day before (A.3): deleted when it
 * starts that day (or later), cut at the day before otherwise; one already over is left alone.
 */
export function endSuspensionForHire(
  suspension: Period,
  hiringStart: IsoDate,
): { action: 'none' } | { action: 'delete' } | { action: 'shorten'; endDate: IsoDate } {
  if (suspension.endDate < hiringStart) return { action: 'none' };
  if (suspension.startDate >= hiringStart) return { action: 'delete' };
  return covers(suspension, hiringStart) ? { action: 'shorten', endDate: addDays(hiringStart, -1) } : { action: 'none' };
}
