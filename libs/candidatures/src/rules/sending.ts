/** Why an employer refuses to receive a candidature, before anything is written. */
export type SendingRefusal = 'employerInactive' | 'candidaturesBlocked' | 'spontaneousClosed' | 'appliedWithin24Hours';

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export function sendingRefusal(input: {
  employer: { active: boolean; blockCandidatures: boolean; spontaneousCandidaturesOpen: boolean };
  /** The sender acts for the receiving employer itself. */
  autoPrescription: boolean;
  jobDescriptionCount: number;
}): Exclude<SendingRefusal, 'appliedWithin24Hours'> | null {
  if (!input.employer.active) return 'employerInactive';
  if (input.employer.blockCandidatures && !input.autoPrescription) return 'candidaturesBlocked';
  if (input.jobDescriptionCount === 0 && !input.employer.spontaneousCandidaturesOpen && !input.autoPrescription) return 'spontaneousClosed';
  return null;
}

/** A candidate applies to an employer once in 24 hours; a SIAE's auto-prescription is not held to it. Checked as the candidature is written. */
export function appliedWithin24Hours(input: {
  autoPrescription: boolean;
  /** When this candidate last applied to this employer, if ever. */
  lastCandidatureAt: Date | null;
  now: Date;
}): boolean {
  return !input.autoPrescription && !!input.lastCandidatureAt && input.now.getTime() - input.lastCandidatureAt.getTime() < ONE_DAY_MS;
}

/** Candidatures nobody answered are refused (reason `auto`) after this long in `new` or `processing`. */
export const AUTO_REFUSAL_DAYS = 60;

export function isStale(lastChangeAt: Date, now: Date): boolean {
  return now.getTime() - lastChangeAt.getTime() >= AUTO_REFUSAL_DAYS * ONE_DAY_MS;
}
