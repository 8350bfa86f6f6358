import { IsoDate, addYears, daysBetween } from '@iae/core';
import { AuthorizationStatus, PrescriberKind, initialAuthorizationStatus, isHabilitatedByLaw } from '@iae/identity';

/** A prefectoral habilitation lasts at most five years, renewable (guide L303, L409). */
export const HABILITATION_MAX_YEARS = 5;
/** The organisation is warned this many days before its habilitation ends. */
export const HABILITATION_REMINDER_DAYS = [90, 30] as const;

export type HabilitationRequestStatus = 'draft' | 'submitted' | 'information_requested' | 'granted' | 'refused' | 'cancelled';
export type HabilitationAction = 'submit' | 'requestInformation' | 'answer' | 'recordCdiaeOpinion' | 'grant' | 'refuse' | 'cancel' | 'edit';

export const OPEN_REQUEST_STATUSES: readonly HabilitationRequestStatus[] = ['draft', 'submitted', 'information_requested'];

const TRANSITIONS: Record<HabilitationAction, { from: HabilitationRequestStatus[]; to?: HabilitationRequestStatus }> = {
  edit: { from: ['draft', 'information_requested'] },
  submit: { from: ['draft'], to: 'submitted' },
  requestInformation: { from: ['submitted'], to: 'information_requested' },
  answer: { from: ['information_requested'], to: 'submitted' },
  recordCdiaeOpinion: { from: ['submitted', 'information_requested'] },
  grant: { from: ['submitted'], to: 'granted' },
  refuse: { from: ['submitted', 'information_requested'], to: 'refused' },
  cancel: { from: ['draft', 'submitted', 'information_requested'], to: 'cancelled' },
};

/** The status after `action`, or null when the current status does not allow it. */
export function nextStatus(current: HabilitationRequestStatus, action: HabilitationAction): HabilitationRequestStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? (transition.to ?? current) : null;
}

export function actionsAllowed(current: HabilitationRequestStatus): HabilitationAction[] {
  return (Object.keys(TRANSITIONS) as HabilitationAction[]).filter((action) => nextStatus(current, action) !== null);
}

/** The decision's end date: after the decision, at most five years later. */
export function checkHabilitationEnd(decisionOn: IsoDate, validUntil: IsoDate): 'before_decision' | 'too_long' | null {
  if (validUntil <= decisionOn) return 'before_decision';
  if (validUntil > addYears(decisionOn, HABILITATION_MAX_YEARS)) return 'too_long';
  return null;
}

/** Organisations habilitated by law are validated by staff; the others may ask the préfet. */
export function mayRequestPrefectoralHabilitation(kind: string): boolean {
  return !isHabilitatedByLaw(kind);
}

/** The four axes the DDETS examines (guide L399-405), all required before submitting. */
export const HABILITATION_AXES = ['identification', 'mission', 'staffCompetence', 'unmetNeed'] as const;
export type HabilitationAxis = (typeof HABILITATION_AXES)[number];

export function missingAxes(answers: Partial<Record<HabilitationAxis, string | null>>): HabilitationAxis[] {
  return HABILITATION_AXES.filter((axis) => !answers[axis]?.trim());
}

export type HabilitationReminder = 'warn90' | 'warn30' | 'expire' | null;

/**
 * What the daily check owes an organisation whose habilitation ends on `validUntil` (its last valid day):
 * a warning 90 and 30 days before, then the return to orienteur the day after.
 */
export function habilitationReminder(validUntil: IsoDate, today: IsoDate, warned: { at90: boolean; at30: boolean }): HabilitationReminder {
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return 'expire';
  if (daysLeft <= 30 && !warned.at30) return 'warn30';
  if (daysLeft <= 90 && !warned.at90 && !warned.at30) return 'warn90';
  return null;
}

export type ReviewRight = 'decide' | 'read' | null;

/**
 * Who sees and decides a request for a département: its DDETS decides; the région's DREETS and the
 * DGEFP read; platform staff read.
 */
export function reviewRight(
  reviewer: { isStaff: boolean; institution: { kind: string; departmentCode: string | null; regionCode: string | null } | null },
  departement: { code: string; regionCode: string },
): ReviewRight {
  const institution = reviewer.institution;
  if (institution?.kind === 'DDETS_IAE' && institution.departmentCode === departement.code) return 'decide';
  if (institution?.kind === 'DREETS_IAE' && institution.regionCode === departement.regionCode) return 'read';
  if (institution?.kind === 'DGEFP_IAE' || reviewer.isStaff) return 'read';
  return null;
}

/** The kind of an orienteur organisation: what an organisation becomes once its habilitation is refused, withdrawn or over. */
export const ORIENTEUR_KIND: PrescriberKind = 'OTHER';

/**
 * A kind change re-opens the validation (an organisation is never switched silently): a kind
 * habilitated by law waits for staff again, an OHPD for the préfet, an orienteur has nothing to validate.
 */
export function authorizationAfterKindChange(kind: PrescriberKind): AuthorizationStatus {
  return initialAuthorizationStatus(kind);
}

/** An organisation the préfet habilitates is an OHPD: an "autre" (orienteur) organisation is never habilitated. */
export function kindWhenPrefectorallyHabilitated(kind: PrescriberKind): PrescriberKind {
  return kind === ORIENTEUR_KIND ? 'OHPD' : kind;
}
