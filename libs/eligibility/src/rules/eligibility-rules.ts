import { IsoDate, addDays, addMonths, ageOn, daysBetween } from '@iae/core';
import { CRITERIA_BY_KEY, Criterion, FORBIDDEN_PAIRS } from './criteria';

export type AuthorKind = 'prescriber' | 'employer';

/** Level-2 criteria an auto-prescription needs, per SIAE kind (one level-1 criterion always suffices). */
export const LEVEL_2_REQUIRED: Readonly<Record<string, number>> = { ACI: 3, EI: 3, EITI: 3, AI: 2, ETTI: 2 };

/** A habilitated prescriber's diagnosis is valid 6 months, for every SIAE. */
export const PRESCRIBER_DIAGNOSIS_MONTHS = 6;
/** A SIAE's own diagnosis is valid 92 days (the proofs' three months), for that SIAE only. */
export const EMPLOYER_DIAGNOSIS_DAYS = 92;

export function requiresEligibility(employerKind: string): boolean {
  return employerKind in LEVEL_2_REQUIRED;
}

export type CombinationProblem =
  { code: 'unknownCriterion'; key: string } | { code: 'forbiddenPair'; keys: [string, string] } | { code: 'duplicate'; key: string };

export function checkCombination(keys: readonly string[]): CombinationProblem | null {
  const seen = new Set<string>();
  for (const key of keys) {
    if (!CRITERIA_BY_KEY.has(key)) return { code: 'unknownCriterion', key };
    if (seen.has(key)) return { code: 'duplicate', key };
    seen.add(key);
  }
  for (const [a, b] of FORBIDDEN_PAIRS) if (seen.has(a) && seen.has(b)) return { code: 'forbiddenPair', keys: [a, b] };
  return null;
}

export interface Requirement {
  met: boolean;
  level1: number;
  level2: number;
  level2Required: number;
}

/** At least one level-1 criterion, or the number of level-2 criteria the SIAE's kind requires. */
export function meetsSiaeRequirement(employerKind: string, keys: readonly string[]): Requirement {
  const criteria = keys.map((k) => CRITERIA_BY_KEY.get(k)).filter((c): c is Criterion => !!c);
  const level1 = criteria.filter((c) => c.level === 1).length;
  const level2 = criteria.filter((c) => c.level === 2).length;
  const level2Required = LEVEL_2_REQUIRED[employerKind] ?? 0;
  return { met: level1 >= 1 || (level2Required > 0 && level2 >= level2Required), level1, level2, level2Required };
}

/** The first day a diagnosis made on `createdOn` no longer counts. */
export function diagnosisExpiresOn(authorKind: AuthorKind, createdOn: IsoDate): IsoDate {
  return authorKind === 'prescriber' ? addMonths(createdOn, PRESCRIBER_DIAGNOSIS_MONTHS) : addDays(createdOn, EMPLOYER_DIAGNOSIS_DAYS);
}

export function isDiagnosisValid(expiresOn: IsoDate, on: IsoDate): boolean {
  return on < expiresOn;
}

/** The latest diagnosis this organisation made of the person that is valid on that day: what its candidature carries. */
export function validDiagnosisBy(diagnoses: DiagnosisFact[], organizationId: string, on: IsoDate): string | null {
  const own = diagnoses.filter((d) => d.authorOrganizationId === organizationId && d.createdOn <= on && isDiagnosisValid(d.expiresOn, on));
  return own.reduce<DiagnosisFact | null>((latest, d) => (latest === null || d.createdOn > latest.createdOn ? d : latest), null)?.id ?? null;
}

/**
 * Whether a new diagnosis ends `existing` (rules card): a person has at most one valid prescriber
 * diagnosis, whoever the habilitated prescriber, and one valid diagnosis per SIAE. The one it ends
 * expires that day: an end date of today is no longer valid.
 */
export function supersedes(
  next: { authorKind: AuthorKind; authorOrganizationId: string },
  existing: { authorKind: AuthorKind; authorOrganizationId: string; expiresOn: IsoDate },
  today: IsoDate,
): boolean {
  if (!isDiagnosisValid(existing.expiresOn, today) || existing.authorKind !== next.authorKind) return false;
  return next.authorKind === 'prescriber' || existing.authorOrganizationId === next.authorOrganizationId;
}

/** A proof is dated on or before the diagnosis, and not older than its criterion allows. */
export function checkProofDate(criterion: Criterion, proofDate: IsoDate, on: IsoDate): 'future' | 'tooOld' | null {
  if (proofDate > on) return 'future';
  if (criterion.proofValidityMonths !== null && proofDate < addMonths(on, -criterion.proofValidityMonths)) return 'tooOld';
  return null;
}

/**
 * A SIAE's diagnosis on the day the PASS IAE it justifies is issued: its proofs are to be recent then, not only on the
 * day of the diagnosis (iae-rules A.1, « avant la délivrance du PASS IAE »). The criteria whose proof has grown too old,
 * and whether the others still meet the SIAE's requirement.
 */
export function proofsAtIssuance(
  employerKind: string,
  criteria: ReadonlyArray<{ key: string; proofDate: IsoDate | null }>,
  on: IsoDate,
): { stale: string[]; requirement: Requirement } {
  const stale = criteria
    .filter((c) => {
      const criterion = CRITERIA_BY_KEY.get(c.key);
      return !!criterion && !!c.proofDate && checkProofDate(criterion, c.proofDate, on) === 'tooOld';
    })
    .map((c) => c.key);
  return {
    stale,
    requirement: meetsSiaeRequirement(
      employerKind,
      criteria.map((c) => c.key).filter((key) => !stale.includes(key)),
    ),
  };
}

export interface ProfileFacts {
  birthDate: IsoDate | null;
  rsaSince: IsoDate | null;
  assSince: IsoDate | null;
  aahSince: IsoDate | null;
  unemployedSince: IsoDate | null;
  rqthUntil: IsoDate | null;
  loneParent: boolean;
  housing: string | null;
  refugeeStatus: string | null;
  aseLeaver: boolean;
  justice: string | null;
  frenchLevel: string | null;
  mobilityIssue: boolean;
  livesInQpv: boolean | null;
  livesInZrr: boolean | null;
  educationLevel: string | null;
}

const LOW_EDUCATION = ['none', 'primary', 'level_3'];

/**
 * The criteria the candidate's profile points to on a given day, for the author to confirm: age
 * (a birthday counts on its day), allowances, length of unemployment, and the situation facts.
 */
export function proposedCriteria(profile: ProfileFacts, on: IsoDate): string[] {
  const keys: string[] = [];
  if (profile.rsaSince && profile.rsaSince <= on) keys.push('RSA');
  if (profile.assSince && profile.assSince <= on) keys.push('ASS');
  if (profile.aahSince && profile.aahSince <= on) keys.push('AAH');
  if (profile.unemployedSince && profile.unemployedSince <= on) {
    const months = monthsBetween(profile.unemployedSince, on);
    if (months >= 24) keys.push('DETLD');
    else if (months >= 12) keys.push('DELD');
  }
  if (profile.educationLevel && LOW_EDUCATION.includes(profile.educationLevel)) keys.push('CAP_BEP');
  if (profile.birthDate) {
    const age = ageOn(profile.birthDate, on);
    if (age >= 50) keys.push('SENIOR');
    else if (age < 26) keys.push('JEUNE');
  }
  if (profile.aseLeaver) keys.push('ASE');
  if (profile.rqthUntil && profile.rqthUntil >= on) keys.push('TH');
  if (profile.loneParent) keys.push('PI');
  if (profile.housing === 'homeless' || profile.housing === 'hosted' || profile.housing === 'emergency_shelter') keys.push('PSH_PR');
  if (profile.refugeeStatus) keys.push('REF_DA');
  if (profile.livesInZrr) keys.push('ZRR');
  if (profile.livesInQpv) keys.push('QPV');
  if (profile.justice === 'under_supervision' || profile.justice === 'released') keys.push('DETENTION_MJ');
  if (profile.frenchLevel === 'below_a1') keys.push('FLE');
  if (profile.mobilityIssue) keys.push('PM');
  return keys;
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (Number(to.slice(8, 10)) < Number(from.slice(8, 10))) months -= 1;
  return months;
}

export interface DiagnosisFact {
  id: string;
  authorKind: AuthorKind;
  authorOrganizationId: string;
  createdOn: IsoDate;
  expiresOn: IsoDate;
  criteria: string[];
}

export interface Withdrawal {
  from: IsoDate;
  /** Its last day; null: a permanent withdrawal. */
  to: IsoDate | null;
  reason: string;
}

/** Whether a withdrawal of auto-prescription holds on `on`. */
export function withdrawalCovers(withdrawal: Withdrawal, on: IsoDate): boolean {
  return withdrawal.from <= on && (withdrawal.to === null || on <= withdrawal.to);
}

export type EligibilityReason =
  | { code: 'noDiagnosis' }
  | { code: 'diagnosisExpired'; expiredOn: IsoDate; authorKind: AuthorKind }
  | { code: 'diagnosisForAnotherSiae' }
  | { code: 'autoPrescriptionWithdrawn'; from: IsoDate; to: IsoDate | null; reason: string };

export type EligibilityBasis =
  { kind: 'notRequired' } | { kind: 'passIae'; validUntil: IsoDate } | { kind: 'diagnosis'; diagnosis: DiagnosisFact; validUntil: IsoDate };

export interface EligibilityDecision {
  required: boolean;
  eligible: boolean;
  basis: EligibilityBasis | null;
  reasons: EligibilityReason[];
}

/**
 * Whether the candidate may enter a parcours in `employer` on `on`. A valid PASS IAE counts as
 * eligibility; then a habilitated prescriber's diagnosis (any SIAE, precedence); then the SIAE's own
 * diagnosis, unless its auto-prescription is withdrawn that day. Otherwise, every reason why.
 */
export function decideEligibility(input: {
  employer: { id: string; kind: string };
  on: IsoDate;
  passValidUntil: IsoDate | null;
  diagnoses: readonly DiagnosisFact[];
  withdrawal: Withdrawal | null;
}): EligibilityDecision {
  const { employer, on } = input;
  if (!requiresEligibility(employer.kind)) return { required: false, eligible: true, basis: { kind: 'notRequired' }, reasons: [] };
  if (input.passValidUntil && on <= input.passValidUntil) {
    return { required: true, eligible: true, basis: { kind: 'passIae', validUntil: input.passValidUntil }, reasons: [] };
  }
  const latest = (list: DiagnosisFact[]) => [...list].sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0];
  const valid = input.diagnoses.filter((d) => isDiagnosisValid(d.expiresOn, on));
  const prescriber = latest(valid.filter((d) => d.authorKind === 'prescriber'));
  if (prescriber)
    return { required: true, eligible: true, basis: { kind: 'diagnosis', diagnosis: prescriber, validUntil: addDays(prescriber.expiresOn, -1) }, reasons: [] };

  const withdrawn = input.withdrawal && withdrawalCovers(input.withdrawal, on) ? input.withdrawal : null;
  const own = latest(valid.filter((d) => d.authorKind === 'employer' && d.authorOrganizationId === employer.id));
  if (own && !withdrawn)
    return { required: true, eligible: true, basis: { kind: 'diagnosis', diagnosis: own, validUntil: addDays(own.expiresOn, -1) }, reasons: [] };

  const reasons: EligibilityReason[] = [];
  if (withdrawn) reasons.push({ code: 'autoPrescriptionWithdrawn', from: withdrawn.from, to: withdrawn.to, reason: withdrawn.reason });
  const relevant = input.diagnoses.filter((d) => d.authorKind === 'prescriber' || d.authorOrganizationId === employer.id);
  const expired = latest(relevant.filter((d) => !isDiagnosisValid(d.expiresOn, on)));
  if (expired && !own) reasons.push({ code: 'diagnosisExpired', expiredOn: expired.expiresOn, authorKind: expired.authorKind });
  if (valid.some((d) => d.authorKind === 'employer' && d.authorOrganizationId !== employer.id)) reasons.push({ code: 'diagnosisForAnotherSiae' });
  if (!own && !expired) reasons.push({ code: 'noDiagnosis' });
  return { required: true, eligible: false, basis: null, reasons };
}

/** Days left in a diagnosis on `on` (0 on its last day). */
export function daysLeft(expiresOn: IsoDate, on: IsoDate): number {
  return daysBetween(on, expiresOn) - 1;
}
