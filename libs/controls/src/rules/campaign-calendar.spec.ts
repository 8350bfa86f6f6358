import { CampaignCalendar, checkCalendar, deadlineOf, dueSteps, isReadable, readableUntil, siaeWindow } from './campaign-calendar';

const CALENDAR: CampaignCalendar = {
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  notifyOn: '2026-12-01',
  submissionDeadline: '2027-01-31',
  adversarialStart: '2027-02-15',
  endsOn: '2027-03-31',
};

describe('the calendar of a campaign', () => {
  it('accepts period, notification, deadline, adversarial phase and end in that order', () => {
    expect(checkCalendar(CALENDAR, '2026-11-23')).toEqual([]);
  });

  it('names each date out of order', () => {
    const codes = (c: Partial<CampaignCalendar>, today = '2026-11-23') => checkCalendar({ ...CALENDAR, ...c }, today).map((e) => `${e.field}:${e.code}`);
    expect(codes({ periodEnd: '2025-12-31' })).toEqual(['periodEnd:afterPeriodStart']);
    expect(codes({ periodEnd: '2026-12-01' })).toEqual(['periodEnd:beforeNotification']);
    expect(codes({}, '2026-12-02')).toEqual(['notifyOn:notInPast']);
    expect(codes({}, '2026-12-01')).toEqual([]);
    expect(codes({ submissionDeadline: '2026-12-01' })).toEqual(['submissionDeadline:afterNotification']);
    expect(codes({ adversarialStart: '2027-01-31' })).toEqual(['adversarialStart:afterSubmissionDeadline']);
    expect(codes({ endsOn: '2027-02-15' })).toEqual(['endsOn:afterAdversarialStart']);
    expect(codes({ notifyOn: '2026-02-30' })).toEqual(['notifyOn:isDate']);
  });
});

describe('the steps the daily job owes a campaign', () => {
  const at = (state: Parameters<typeof dueSteps>[0]['state'], today: string) => dueSteps({ ...CALENDAR, state }, today);

  it('draws (when the DDETS did not) and notifies on the notification day, not before', () => {
    expect(at('draft', '2026-11-30')).toEqual([]);
    expect(at('draft', '2026-12-01')).toEqual(['select', 'notify']);
    expect(at('selected', '2026-12-01')).toEqual(['notify']);
    expect(at('submission', '2026-12-01')).toEqual([]);
  });

  it('reminds 7 days before the submission deadline, up to the deadline', () => {
    expect(at('submission', '2027-01-23')).toEqual([]);
    expect(at('submission', '2027-01-24')).toEqual(['remindSubmission']);
    expect(at('submission', '2027-01-31')).toEqual(['remindSubmission']);
  });

  it('refuses the late the day after the deadline, then opens the adversarial phase on its day', () => {
    expect(at('submission', '2027-02-01')).toEqual(['refuseLate']);
    expect(at('submission', '2027-02-14')).toEqual(['refuseLate']);
    expect(at('submission', '2027-02-15')).toEqual(['refuseLate', 'openAdversarial']);
    expect(at('adversarial', '2027-02-15')).toEqual([]);
  });

  it('reminds 7 days before the end, and closes the day after it', () => {
    expect(at('adversarial', '2027-03-23')).toEqual([]);
    expect(at('adversarial', '2027-03-24')).toEqual(['remindAdversarial']);
    expect(at('adversarial', '2027-03-31')).toEqual(['remindAdversarial']);
    expect(at('adversarial', '2027-04-01')).toEqual(['close']);
    expect(at('closed', '2027-04-01')).toEqual([]);
  });

  it('catches up every step at once after an outage, without the reminders that are no longer owed', () => {
    expect(at('draft', '2027-04-02')).toEqual(['select', 'notify', 'refuseLate', 'openAdversarial', 'close']);
  });
});

describe('what the SIAE may still do', () => {
  it('sends and submits until the deadline, then once more in the adversarial phase until the end', () => {
    expect(siaeWindow('submittable', CALENDAR, '2027-01-31')).toEqual({ phase: 1, deadline: '2027-01-31' });
    expect(siaeWindow('submittable', CALENDAR, '2027-02-01')).toEqual({ code: 'deadlinePassed', deadline: '2027-01-31' });
    expect(siaeWindow('adversarial', CALENDAR, '2027-03-31')).toEqual({ phase: 2, deadline: '2027-03-31' });
    expect(siaeWindow('adversarial', CALENDAR, '2027-04-01')).toEqual({ code: 'deadlinePassed', deadline: '2027-03-31' });
  });

  it('is frozen once it has submitted, and before it is told', () => {
    for (const state of ['pending', 'submitted', 'refused', 'resubmitted', 'closed'] as const) {
      expect(siaeWindow(state, CALENDAR, '2026-12-10')).toEqual({ code: 'frozen', deadline: null });
    }
    expect(deadlineOf('submittable', CALENDAR)).toBe('2027-01-31');
    expect(deadlineOf('adversarial', CALENDAR)).toBe('2027-03-31');
    expect(deadlineOf('closed', CALENDAR)).toBeNull();
  });
});

describe('campaigns stay readable 3 years after their end', () => {
  it('is readable on the last day, not the day after', () => {
    expect(readableUntil('2027-03-31')).toBe('2030-03-31');
    expect(isReadable('2027-03-31', '2030-03-31')).toBe(true);
    expect(isReadable('2027-03-31', '2030-04-01')).toBe(false);
  });
});
