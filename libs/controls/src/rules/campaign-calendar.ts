import { FieldError, IsoDate, addDays, addYears, isIsoDate } from '@iae/core';

/**
 * The calendar of a campaign (iae-rules A.5; the guide gives none): the evaluated period, then the
 * day the SIAE drawn are told, their deadline, the start of the adversarial phase (a second chance
 * for refused proofs), the SIAE's last day to send again, and the end, the days between being the
 * DDETS's to review what was sent again (the reference freezes submissions before its end too).
 * Each step is moved by the daily job, whenever it runs.
 */
export interface CampaignCalendar {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  notifyOn: IsoDate;
  submissionDeadline: IsoDate;
  adversarialStart: IsoDate;
  adversarialDeadline: IsoDate;
  endsOn: IsoDate;
}

/** A calendar as the DDETS gives it: the adversarial deadline may be left to its default. */
export type CalendarInput = Omit<CampaignCalendar, 'adversarialDeadline'> & { adversarialDeadline?: IsoDate };

export const CALENDAR_FIELDS = ['periodStart', 'periodEnd', 'notifyOn', 'submissionDeadline', 'adversarialStart', 'adversarialDeadline', 'endsOn'] as const;
/** Reminders go this many days before each deadline. */
export const REMINDER_DAYS_BEFORE = 7;
/** By default the SIAE sends again until this many days before the end, the DDETS reviewing in between. */
export const ADVERSARIAL_REVIEW_DAYS = 14;
/** A campaign stays readable this long after its end. */
export const READABLE_YEARS_AFTER_END = 3;

export type CampaignState = 'draft' | 'selected' | 'submission' | 'adversarial' | 'closed';
export type EvaluationState = 'pending' | 'submittable' | 'submitted' | 'refused' | 'adversarial' | 'resubmitted' | 'closed';

/** The SIAE's last day to send again by default: 14 days before the end, never before the day after the adversarial start. */
export function defaultAdversarialDeadline(adversarialStart: IsoDate, endsOn: IsoDate): IsoDate {
  const byEnd = addDays(endsOn, -ADVERSARIAL_REVIEW_DAYS);
  const earliest = addDays(adversarialStart, 1);
  return byEnd > earliest ? byEnd : earliest;
}

/** The calendar with its default adversarial deadline when none is given (and the start and end are dates). */
export function withDefaultDeadline<T extends CalendarInput>(calendar: T): T {
  if (calendar.adversarialDeadline !== undefined || !isIsoDate(calendar.adversarialStart) || !isIsoDate(calendar.endsOn)) return calendar;
  return { ...calendar, adversarialDeadline: defaultAdversarialDeadline(calendar.adversarialStart, calendar.endsOn) };
}

/** The checks of a new (or edited) calendar, each naming its field; a missing adversarial deadline takes its default. */
export function checkCalendar(calendar: CalendarInput, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const c = withDefaultDeadline(calendar);
  for (const field of CALENDAR_FIELDS) {
    // Without a deadline, the start or the end is no date: that is the error to report.
    if (field === 'adversarialDeadline' && c[field] === undefined) continue;
    if (!isIsoDate(c[field])) errors.push({ field, code: 'isDate', message: `« ${field} » doit être une date AAAA-MM-JJ.` });
  }
  if (errors.length) return errors;
  if (c.periodEnd < c.periodStart) errors.push({ field: 'periodEnd', code: 'afterPeriodStart', message: 'La période contrôlée doit finir après son début.' });
  if (c.periodEnd >= c.notifyOn) {
    errors.push({ field: 'periodEnd', code: 'beforeNotification', message: 'La période contrôlée doit être achevée avant la notification des SIAE.' });
  }
  if (c.notifyOn < today) errors.push({ field: 'notifyOn', code: 'notInPast', message: 'La notification des SIAE ne peut pas être datée dans le passé.' });
  if (c.submissionDeadline <= c.notifyOn) {
    errors.push({ field: 'submissionDeadline', code: 'afterNotification', message: 'La date limite de transmission doit suivre la notification des SIAE.' });
  }
  if (c.adversarialStart <= c.submissionDeadline) {
    errors.push({
      field: 'adversarialStart',
      code: 'afterSubmissionDeadline',
      message: 'La phase contradictoire commence après la date limite de transmission.',
    });
  }
  if (c.adversarialDeadline! <= c.adversarialStart) {
    errors.push({
      field: 'adversarialDeadline',
      code: 'afterAdversarialStart',
      message: 'La date limite de la phase contradictoire suit son début d’un jour au moins.',
    });
  }
  if (c.endsOn <= c.adversarialDeadline!) {
    errors.push({
      field: 'endsOn',
      code: 'afterAdversarialDeadline',
      message: 'La campagne finit après la date limite de la phase contradictoire, pour laisser à la DDETS le temps d’examiner les derniers justificatifs.',
    });
  }
  return errors;
}

/**
 * The draw takes the whole evaluated period: not before the day after its end, or later hires would
 * never be controlled (the periods of a département do not overlap). The calendar puts the
 * notification, when the job draws, after it.
 */
export function periodEnded(calendar: Pick<CampaignCalendar, 'periodEnd'>, today: IsoDate): boolean {
  return today > calendar.periodEnd;
}

export type CampaignStep = 'select' | 'notify' | 'remindSubmission' | 'refuseLate' | 'openAdversarial' | 'catchUpAdversarial' | 'remindAdversarial' | 'close';

/**
 * What the daily job owes a campaign on `today`, in order. A job that did not run for days catches
 * up at once (a reminder whose deadline has passed is no longer owed). The sweeps are idempotent:
 * until the SIAE's adversarial deadline, the adversarial phase is opened again every day to any SIAE
 * still refused in the first round (none, unless a decision ever slipped past the opening), and the
 * close closes whatever is still open.
 */
export function dueSteps(campaign: CampaignCalendar & { state: CampaignState }, today: IsoDate): CampaignStep[] {
  const steps: CampaignStep[] = [];
  let state = campaign.state;
  if (state === 'draft' && today >= campaign.notifyOn && periodEnded(campaign, today)) {
    steps.push('select');
    state = 'selected';
  }
  if (state === 'selected' && today >= campaign.notifyOn) {
    steps.push('notify');
    state = 'submission';
  }
  if (state === 'submission' && today >= addDays(campaign.submissionDeadline, -REMINDER_DAYS_BEFORE) && today <= campaign.submissionDeadline)
    steps.push('remindSubmission');
  if (state === 'submission' && today > campaign.submissionDeadline) steps.push('refuseLate');
  if (state === 'submission' && today >= campaign.adversarialStart) {
    steps.push('openAdversarial');
    state = 'adversarial';
  } else if (state === 'adversarial' && today <= campaign.adversarialDeadline) {
    steps.push('catchUpAdversarial');
  }
  if (state === 'adversarial' && today >= addDays(campaign.adversarialDeadline, -REMINDER_DAYS_BEFORE) && today <= campaign.adversarialDeadline)
    steps.push('remindAdversarial');
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

type Deadlines = Pick<CampaignCalendar, 'submissionDeadline' | 'adversarialDeadline'>;

/**
 * Whether the SIAE may still send proofs and submit: while it is asked (until the submission
 * deadline), then once more in the adversarial phase (until its deadline, before the end). A
 * submission freezes it.
 */
export function siaeWindow(state: EvaluationState, calendar: Deadlines, today: IsoDate): { phase: 1 | 2; deadline: IsoDate } | SiaeBlock {
  if (state === 'submittable')
    return today <= calendar.submissionDeadline
      ? { phase: 1, deadline: calendar.submissionDeadline }
      : { code: 'deadlinePassed', deadline: calendar.submissionDeadline };
  if (state === 'adversarial')
    return today <= calendar.adversarialDeadline
      ? { phase: 2, deadline: calendar.adversarialDeadline }
      : { code: 'deadlinePassed', deadline: calendar.adversarialDeadline };
  return { code: 'frozen', deadline: null };
}

/** The deadline the SIAE works to in this state, if any. */
export function deadlineOf(state: EvaluationState, calendar: Deadlines): IsoDate | null {
  if (state === 'pending' || state === 'submittable') return calendar.submissionDeadline;
  if (state === 'refused' || state === 'adversarial') return calendar.adversarialDeadline;
  return null;
}

/**
 * Whether a first-round refusal still leaves the SIAE its second chance: not after the adversarial
 * deadline (the SIAE could no longer answer; unreviewed, it is accepted at the close).
 */
export function secondChanceLeft(calendar: Pick<CampaignCalendar, 'adversarialDeadline'>, today: IsoDate): boolean {
  return today <= calendar.adversarialDeadline;
}
