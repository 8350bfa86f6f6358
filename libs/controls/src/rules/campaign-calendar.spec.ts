import {
  CalendarInput,
  CampaignCalendar,
  checkCalendar,
  deadlineOf,
  defaultAdversarialDeadline,
  dueSteps,
  isReadable,
  periodEnded,
  readableUntil,
  secondChanceLeft,
  siaeWindow,
  withDefaultDeadline,
} from './campaign-calendar';

const CALENDAR: CampaignCalendar = {
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  notifyOn: '2026-12-01',
  submissionDeadline: '2027-01-31',
  adversarialStart: '2027-02-15',
  adversarialDeadline: '2027-03-17',
  endsOn: '2027-03-31',
};

describe('the calendar of a campaign', () => {
  it('accepts period, notification, deadline, adversarial phase, its deadline and end in that order', () => {
    expect(checkCalendar(CALENDAR, '2026-11-23')).toEqual([]);
  });

  it('wants the evaluated period ended before the SIAE are notified (and so before the draw)', () => {
    const codes = (periodEnd: string) => checkCalendar({ ...CALENDAR, periodEnd }, '2026-11-23').map((e) => `${e.field}:${e.code}`);
    expect(codes('2026-11-30')).toEqual([]);
    expect(codes('2026-12-01')).toEqual(['periodEnd:beforeNotification']);
    expect(codes('2026-12-02')).toEqual(['periodEnd:beforeNotification']);
  });

  it('leaves the DDETS time to review the adversarial phase: the SIAE’s deadline falls strictly between its start and the end', () => {
    const codes = (c: Partial<CampaignCalendar>) => checkCalendar({ ...CALENDAR, ...c }, '2026-11-23').map((e) => `${e.field}:${e.code}`);
    expect(codes({ adversarialDeadline: '2027-02-16' })).toEqual([]);
    expect(codes({ adversarialDeadline: '2027-03-30' })).toEqual([]);
    expect(codes({ adversarialDeadline: '2027-02-15' })).toEqual(['adversarialDeadline:afterAdversarialStart']);
    expect(codes({ adversarialDeadline: '2027-03-31' })).toEqual(['endsOn:afterAdversarialDeadline']);
    expect(codes({ adversarialDeadline: '2027-04-30' })).toEqual(['endsOn:afterAdversarialDeadline']);
    expect(codes({ adversarialDeadline: '2027-03-32' })).toEqual(['adversarialDeadline:isDate']);
  });

  it('defaults the adversarial deadline to 14 days before the end, never before the day after the adversarial start', () => {
    expect(defaultAdversarialDeadline('2027-02-15', '2027-03-31')).toBe('2027-03-17');
    expect(defaultAdversarialDeadline('2027-02-15', '2027-03-02')).toBe('2027-02-16');
    expect(defaultAdversarialDeadline('2027-02-15', '2027-02-20')).toBe('2027-02-16');
    const { adversarialDeadline: _, ...given } = CALENDAR;
    expect(withDefaultDeadline<CalendarInput>(given).adversarialDeadline).toBe('2027-03-17');
    expect(withDefaultDeadline({ ...given, adversarialDeadline: '2027-03-01' }).adversarialDeadline).toBe('2027-03-01');
    expect(checkCalendar(given, '2026-11-23')).toEqual([]);
    // One day of adversarial phase leaves no day for the SIAE and one for the DDETS.
    expect(checkCalendar({ ...given, endsOn: '2027-02-16' }, '2026-11-23').map((e) => `${e.field}:${e.code}`)).toEqual(['endsOn:afterAdversarialDeadline']);
    expect(checkCalendar({ ...given, endsOn: '2027-02-17' }, '2026-11-23')).toEqual([]);
    // Without dates to take it from, only the dates at fault are named.
    expect(checkCalendar({ ...given, endsOn: 'bientôt' }, '2026-11-23').map((e) => `${e.field}:${e.code}`)).toEqual(['endsOn:isDate']);
  });

  it('names each date out of order', () => {
    const codes = (c: Partial<CampaignCalendar>, today = '2026-11-23') => checkCalendar({ ...CALENDAR, ...c }, today).map((e) => `${e.field}:${e.code}`);
    expect(codes({ periodEnd: '2025-12-31' })).toEqual(['periodEnd:afterPeriodStart']);
    expect(codes({ periodEnd: '2026-12-01' })).toEqual(['periodEnd:beforeNotification']);
    expect(codes({}, '2026-12-02')).toEqual(['notifyOn:notInPast']);
    expect(codes({}, '2026-12-01')).toEqual([]);
    expect(codes({ submissionDeadline: '2026-12-01' })).toEqual(['submissionDeadline:afterNotification']);
    expect(codes({ adversarialStart: '2027-01-31' })).toEqual(['adversarialStart:afterSubmissionDeadline']);
    expect(codes({ endsOn: '2027-02-15' })).toEqual(['endsOn:afterAdversarialDeadline']);
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

  it('draws from the day after the evaluated period', () => {
    expect(periodEnded(CALENDAR, '2026-06-30')).toBe(false);
    expect(periodEnded(CALENDAR, '2026-07-01')).toBe(true);
  });

  it('never draws before the evaluated period has ended, whatever the notification day says', () => {
    const early = { ...CALENDAR, periodEnd: '2026-12-05', state: 'draft' as const };
    expect(dueSteps(early, '2026-12-01')).toEqual([]);
    expect(dueSteps(early, '2026-12-05')).toEqual([]);
    expect(dueSteps(early, '2026-12-06')).toEqual(['select', 'notify']);
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
  });

  it('opens the adversarial phase again every day until the SIAE’s deadline, to any SIAE still refused in the first round', () => {
    expect(at('adversarial', '2027-02-15')).toEqual(['catchUpAdversarial']);
    expect(at('adversarial', '2027-03-17')).toEqual(['catchUpAdversarial', 'remindAdversarial']);
    expect(at('adversarial', '2027-03-18')).toEqual([]);
  });

  it('reminds 7 days before the SIAE’s adversarial deadline, then leaves the DDETS to review until the end, and closes the day after it', () => {
    const reminders = (today: string) => at('adversarial', today).filter((s) => s !== 'catchUpAdversarial');
    expect(reminders('2027-03-09')).toEqual([]);
    expect(reminders('2027-03-10')).toEqual(['remindAdversarial']);
    expect(reminders('2027-03-17')).toEqual(['remindAdversarial']);
    expect(at('adversarial', '2027-03-18')).toEqual([]);
    expect(at('adversarial', '2027-03-31')).toEqual([]);
    expect(at('adversarial', '2027-04-01')).toEqual(['close']);
    expect(at('closed', '2027-04-01')).toEqual([]);
  });

  it('catches up every step at once after an outage, without the reminders that are no longer owed', () => {
    expect(at('draft', '2027-04-02')).toEqual(['select', 'notify', 'refuseLate', 'openAdversarial', 'close']);
  });
});

describe('what the SIAE may still do', () => {
  it('sends and submits until the deadline, then once more in the adversarial phase until its deadline, not until the end', () => {
    expect(siaeWindow('submittable', CALENDAR, '2027-01-31')).toEqual({ phase: 1, deadline: '2027-01-31' });
    expect(siaeWindow('submittable', CALENDAR, '2027-02-01')).toEqual({ code: 'deadlinePassed', deadline: '2027-01-31' });
    expect(siaeWindow('adversarial', CALENDAR, '2027-03-17')).toEqual({ phase: 2, deadline: '2027-03-17' });
    expect(siaeWindow('adversarial', CALENDAR, '2027-03-18')).toEqual({ code: 'deadlinePassed', deadline: '2027-03-17' });
    expect(siaeWindow('adversarial', CALENDAR, '2027-03-31')).toEqual({ code: 'deadlinePassed', deadline: '2027-03-17' });
  });

  it('gives a SIAE refused in the first round its second chance only while the adversarial deadline has not passed', () => {
    expect(secondChanceLeft(CALENDAR, '2027-03-17')).toBe(true);
    expect(secondChanceLeft(CALENDAR, '2027-03-18')).toBe(false);
  });

  it('is frozen once it has submitted, and before it is told', () => {
    for (const state of ['pending', 'submitted', 'refused', 'resubmitted', 'closed'] as const) {
      expect(siaeWindow(state, CALENDAR, '2026-12-10')).toEqual({ code: 'frozen', deadline: null });
    }
    expect(deadlineOf('submittable', CALENDAR)).toBe('2027-01-31');
    expect(deadlineOf('adversarial', CALENDAR)).toBe('2027-03-17');
    expect(deadlineOf('refused', CALENDAR)).toBe('2027-03-17');
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
