import { FieldError, IsoDate, addDays, addYears, isIsoDate } from '@iae/core';

/**
 * The calendar of a campaign (iae-rules A.5; the guide gives none): the evaluated period, then the
 * day the SIAE drawn are told, their deadline, the start of the adversarial phase (a second chance
 * for refused proofs, until the end), and the end. Each step is moved by the daily job, whenever it runs.
 */
export interface CampaignCalendar {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  notifyOn: IsoDate;
  submissionDeadline: IsoDate;
  adversarialStart: IsoDate;
  endsOn: IsoDate;
}

export const CALENDAR_FIELDS = ['periodStart', 'periodEnd', 'notifyOn', 'submissionDeadline', 'adversarialStart', 'endsOn'] as const;
/** Reminders go this many days before each deadline. */
export const REMINDER_DAYS_BEFORE = 7;
/** A campaign stays readable this long after its end. */
export const READABLE_YEARS_AFTER_END = 3;

export type CampaignState = 'draft' | 'selected' | 'submission' | 'adversarial' | 'closed';
export type EvaluationState = 'pending' | 'submittable' | 'submitted' | 'refused' | 'adversarial' | 'resubmitted' | 'closed';

/** The checks of a new (or edited) calendar, each naming its field. */
export function checkCalendar(calendar: CampaignCalendar, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of CALENDAR_FIELDS) {
    if (!isIsoDate(calendar[field])) errors.push({ field, code: 'isDate', message: `« ${field} » doit être une date AAAA-MM-JJ.` });
  }
  if (errors.length) return errors;
  const c = calendar;
  if (c.periodEnd < c.periodStart) errors.push({ field: 'periodEnd', code: 'afterPeriodStart', message: 'La période contrôlée doit finir après son début.' });
  if (c.periodEnd >= c.notifyOn) {
    errors.push({ field: 'periodEnd', code: 'beforeNotification', message: 'La période contrôlée doit être achevée avant la notification des SIAE.' });
  }
  if (c.notifyOn < today) errors.push({ field: 'notifyOn', code: 'notInPast', message: 'La notification des SIAE ne peut pas être datée dans le passé.' });
  if (c.submissionDeadline <= c.notifyOn) {
    errors.push({ field: 'submissionDeadline', code: 'afterNotification', message: 'La date limite de transmission doit suivre la notification des SIAE.' });
  }
  if (c.adversarialStart <= c.submissionDeadline) {
    errors.push({ field: 'adversarialStart', code: 'afterSubmissionDeadline', message: 'La phase contradictoire commence après la date limite de transmission.' });
  }
  if (c.endsOn <= c.adversarialStart) errors.push({ field: 'endsOn', code: 'afterAdversarialStart', message: 'La campagne finit après le début de la phase contradictoire.' });
  return errors;
}

export type CampaignStep = 'select' | 'notify' | 'remindSubmission' | 'refuseLate' | 'openAdversarial' | 'remindAdversarial' | 'close';

/**
 * What the daily job owes a campaign on `today`, in order. A job that did not run for days catches
 * up at once (a reminder whose deadline has passed is no longer owed).
 */
export function dueSteps(campaign: CampaignCalendar & { state: CampaignState }, today: IsoDate): CampaignStep[] {
  const steps: CampaignStep[] = [];
  let state = campaign.state;
  if (state === 'draft' && today >= campaign.notifyOn) {
    steps.push('select');
    state = 'selected';
  }
  if (state === 'selected' && today >= campaign.notifyOn) {
    steps.push('notify');
    state = 'submission';
  }
  if (state === 'submission' && today >= addDays(campaign.submissionDeadline, -REMINDER_DAYS_BEFORE) && today <= campaign.submissionDeadline) steps.push('remindSubmission');
  if (state === 'submission' && today > campaign.submissionDeadline) steps.push('refuseLate');
  if (state === 'submission' && today >= campaign.adversarialStart) {
    steps.push('openAdversarial');
    state = 'adversarial';
  }
  if (state === 'adversarial' && today >= addDays(campaign.endsOn, -REMINDER_DAYS_BEFORE) && today <= campaign.endsOn) steps.push('remindAdversarial');
  if (state === 'adversarial' && today > campaign.endsOn) steps.push('close');
  return steps;
}

export function readableUntil(endsOn: IsoDate): IsoDate {
  return addYears(endsOn, READABLE_YEARS_AFTER_END);
}

export function isReadable(endsOn: IsoDate, today: IsoDate): boolean {
  return today <= readableUntil(endsOn);
}

export type SiaeBlock = { code: 'frozen' | 'deadlinePassed'; deadline: IsoDate | null };

/**
 * Whether the SIAE may still send proofs and submit: while it is asked (until the submission
 * deadline), then once more in the adversarial phase (until the end). A submission freezes it.
 */
export function siaeWindow(state: EvaluationState, calendar: Pick<CampaignCalendar, 'submissionDeadline' | 'endsOn'>, today: IsoDate): { phase: 1 | 2; deadline: IsoDate } | SiaeBlock {
  if (state === 'submittable') return today <= calendar.submissionDeadline ? { phase: 1, deadline: calendar.submissionDeadline } : { code: 'deadlinePassed', deadline: calendar.submissionDeadline };
  if (state === 'adversarial') return today <= calendar.endsOn ? { phase: 2, deadline: calendar.endsOn } : { code: 'deadlinePassed', deadline: calendar.endsOn };
  return { code: 'frozen', deadline: null };
}

/** The deadline the SIAE works to in this state, if any. */
export function deadlineOf(state: EvaluationState, calendar: Pick<CampaignCalendar, 'submissionDeadline' | 'endsOn'>): IsoDate | null {
  if (state === 'pending' || state === 'submittable') return calendar.submissionDeadline;
  if (state === 'refused' || state === 'adversarial') return calendar.endsOn;
  return null;
}
