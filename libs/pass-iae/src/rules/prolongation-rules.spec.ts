import {
  DECLARED_REASONS,
  REQUEST_REASONS,
  checkProlongation,
  denialIssue,
  habilitationEnded,
  followEnd,
  prolongationBlock,
  prolongationPeriod,
  reminderDue,
  reportAllowed,
} from './prolongation-rules';

const END = '2027-06-30';
const open = { passEnd: END, isLatest: true, suspendedToday: false, hasPendingRequest: false, today: '2027-01-15' };
const input = {
  reason: 'COMPLETE_TRAINING',
  channel: 'declared' as const,
  employerKind: 'ACI',
  passEnd: END,
  endDate: '2027-09-30',
  hasReport: false,
  previous: [],
  // 60 on the day, in the parcours for 18 months.
  birthDate: '1967-01-15',
  passStart: '2025-07-01',
  today: '2027-01-15',
};

describe('prolongation: when (from 12 months before to 6 months after the end)', () => {
  it('opens 12 months before the end, not a day earlier', () => {
    expect(prolongationBlock({ ...open, today: '2026-06-30' })).toBeNull();
    expect(prolongationBlock({ ...open, today: '2026-06-29' })).toEqual({ code: 'windowNotOpen', opensOn: '2026-06-30' });
  });

  it('closes 6 months after the end', () => {
    expect(prolongationBlock({ ...open, today: '2027-12-30' })).toBeNull();
    expect(prolongationBlock({ ...open, today: '2027-12-31' })).toEqual({ code: 'windowClosed', closedOn: '2027-12-30' });
  });

  it('needs the person’s latest PASS, not suspended, with no request waiting', () => {
    expect(prolongationBlock({ ...open, isLatest: false })).toEqual({ code: 'notLatest' });
    expect(prolongationBlock({ ...open, suspendedToday: true })).toEqual({ code: 'suspended' });
    expect(prolongationBlock({ ...open, hasPendingRequest: true })).toEqual({ code: 'pendingRequest' });
  });

  it('starts the day after the current end', () => {
    expect(prolongationPeriod(END, '2027-09-30')).toEqual({ startDate: '2027-07-01', endDate: '2027-09-30' });
    expect(followEnd({ startDate: '2027-07-01', endDate: '2027-07-10' }, '2027-07-20')).toEqual({ startDate: '2027-07-21', endDate: '2027-07-30' });
  });
});

describe('prolongation: who the senior reasons are for (guide L645, L929, L1143)', () => {
  it('declares a CDI inclusion for a person of 57 and more, after 12 months of parcours', () => {
    const cdi = { ...input, reason: 'SENIOR_CDI' };
    expect(checkProlongation(cdi)).toEqual([]);
    expect(checkProlongation({ ...cdi, birthDate: '1970-01-15' })).toEqual([]); // 57 that day
    expect(checkProlongation({ ...cdi, birthDate: '1970-01-16' })).toEqual([{ field: 'reason', code: 'personTooYoung', minimumAge: 57 }]);
    expect(checkProlongation({ ...cdi, passStart: '2026-01-15' })).toEqual([]);
    expect(checkProlongation({ ...cdi, passStart: '2026-01-16' })).toEqual([{ field: 'reason', code: 'parcoursTooShort', from: '2027-01-16' }]);
  });

  it('asks SENIOR for a person of 50 and more', () => {
    const senior = { ...input, channel: 'request' as const, reason: 'SENIOR' };
    expect(checkProlongation({ ...senior, birthDate: '1977-01-15' })).toEqual([]);
    expect(checkProlongation({ ...senior, birthDate: '1977-01-16' })).toEqual([{ field: 'reason', code: 'personTooYoung', minimumAge: 50 }]);
  });
});

describe('prolongation: who decides', () => {
  it('the SIAE declares SENIOR_CDI and COMPLETE_TRAINING; a prescriber decides RQTH, SENIOR, PARTICULAR_DIFFICULTIES', () => {
    expect(DECLARED_REASONS).toEqual(['SENIOR_CDI', 'COMPLETE_TRAINING']);
    expect(REQUEST_REASONS).toEqual(['RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES']);
    expect(checkProlongation({ ...input, reason: 'RQTH' })).toEqual([{ field: 'reason', code: 'needsPrescriber' }]);
    expect(checkProlongation({ ...input, channel: 'request', reason: 'SENIOR_CDI' })).toEqual([{ field: 'reason', code: 'declaredBySiae' }]);
    expect(checkProlongation({ ...input, reason: 'HEALTH_CONTEXT' })).toEqual([{ field: 'reason', code: 'unknownReason' }]);
  });

  it('keeps PARTICULAR_DIFFICULTIES to AI and ACI', () => {
    const request = { ...input, channel: 'request' as const, reason: 'PARTICULAR_DIFFICULTIES' };
    expect(checkProlongation({ ...request, employerKind: 'AI' })).toEqual([]);
    expect(checkProlongation({ ...request, employerKind: 'ACI' })).toEqual([]);
    expect(checkProlongation({ ...request, employerKind: 'EI' })).toEqual([{ field: 'reason', code: 'reasonForAiAndAciOnly' }]);
  });

  it('takes a report (bilan) only with the three requested reasons', () => {
    for (const reason of REQUEST_REASONS) expect(reportAllowed(reason)).toBe(true);
    for (const reason of DECLARED_REASONS) expect(reportAllowed(reason)).toBe(false);
    expect(checkProlongation({ ...input, hasReport: true })).toEqual([{ field: 'reportFileId', code: 'reportNotAllowed' }]);
    expect(checkProlongation({ ...input, channel: 'request', reason: 'RQTH', hasReport: true })).toEqual([]);
  });
});

describe('prolongation: how long', () => {
  it('lasts at least a day', () => {
    expect(checkProlongation({ ...input, endDate: '2027-07-01' })).toEqual([]);
    expect(checkProlongation({ ...input, endDate: END })).toEqual([{ field: 'endDate', code: 'notAfterEnd' }]);
  });

  it('COMPLETE_TRAINING: 12 months (365 days) at most', () => {
    expect(checkProlongation({ ...input, endDate: '2028-06-29' })).toEqual([]); // 365 days
    expect(checkProlongation({ ...input, endDate: '2028-06-30' })).toEqual([{ field: 'endDate', code: 'tooLong', latest: '2028-06-29' }]);
  });

  it('SENIOR_CDI: 10 years (3,650 days) at most', () => {
    expect(checkProlongation({ ...input, reason: 'SENIOR_CDI', endDate: '2037-06-27' })).toEqual([]);
    expect(checkProlongation({ ...input, reason: 'SENIOR_CDI', endDate: '2037-06-28' })).toEqual([{ field: 'endDate', code: 'tooLong', latest: '2037-06-27' }]);
  });

  it('SENIOR: 12 months each, 5 years (1,825 days) in all — the cap reached exactly, then passed', () => {
    const request = { ...input, channel: 'request' as const, reason: 'SENIOR' };
    const fourYears = [1, 2, 3, 4].map(() => ({ reason: 'SENIOR', days: 365 }));
    expect(checkProlongation({ ...request, previous: fourYears, endDate: '2028-06-29' })).toEqual([]); // 1,460 + 365 = 1,825
    const almost = [...fourYears.slice(0, 3), { reason: 'SENIOR', days: 366 }];
    expect(checkProlongation({ ...request, previous: almost, endDate: '2028-06-29' })).toEqual([
      { field: 'endDate', code: 'totalExceeded', ceilingDays: 1825, usedDays: 1461, daysLeft: 364, latest: '2028-06-28' },
    ]);
    const full = [...fourYears, { reason: 'SENIOR', days: 365 }];
    expect(checkProlongation({ ...request, previous: full, endDate: '2027-07-01' })).toEqual([
      { field: 'endDate', code: 'totalExceeded', ceilingDays: 1825, usedDays: 1825, daysLeft: 0 },
    ]);
  });

  it('RQTH: 3 years (1,095 days) counting every prolongation of the PASS, whatever its reason', () => {
    const request = { ...input, channel: 'request' as const, reason: 'RQTH' };
    const twoYears = [
      { reason: 'RQTH', days: 365 },
      { reason: 'COMPLETE_TRAINING', days: 365 },
    ];
    expect(checkProlongation({ ...request, previous: twoYears, endDate: '2028-06-29' })).toEqual([]); // 730 + 365 = 1,095
    expect(checkProlongation({ ...request, previous: [...twoYears, { reason: 'SENIOR_CDI', days: 1 }], endDate: '2028-06-29' })).toEqual([
      { field: 'endDate', code: 'totalExceeded', ceilingDays: 1095, usedDays: 731, daysLeft: 364, latest: '2028-06-28' },
    ]);
  });

  it('RQTH: no longer possible after 3 years and 10 days of COMPLETE_TRAINING (1,105 days used of 1,095)', () => {
    const training = [365, 365, 365, 10].map((days) => ({ reason: 'COMPLETE_TRAINING', days }));
    expect(checkProlongation({ ...input, channel: 'request', reason: 'RQTH', previous: training, endDate: '2027-07-01' })).toEqual([
      { field: 'endDate', code: 'totalExceeded', ceilingDays: 1095, usedDays: 1105, daysLeft: 0 },
    ]);
    // PARTICULAR_DIFFICULTIES has the same 3-year ceiling; SENIOR's 5 years leave 720 days.
    expect(checkProlongation({ ...input, channel: 'request', reason: 'PARTICULAR_DIFFICULTIES', previous: training, endDate: '2027-07-01' })).toEqual([
      { field: 'endDate', code: 'totalExceeded', ceilingDays: 1095, usedDays: 1105, daysLeft: 0 },
    ]);
    expect(checkProlongation({ ...input, channel: 'request', reason: 'SENIOR', previous: training, endDate: '2028-06-29' })).toEqual([]);
  });

  it('COMPLETE_TRAINING and SENIOR_CDI have no ceiling of their own, whatever came before', () => {
    const many = [1, 2, 3, 4, 5, 6].map(() => ({ reason: 'RQTH', days: 365 }));
    expect(checkProlongation({ ...input, previous: many })).toEqual([]);
    expect(checkProlongation({ ...input, reason: 'SENIOR_CDI', previous: many, endDate: '2037-06-27' })).toEqual([]);
  });
});

describe('a denial (rules card: "IAE no longer fits" requires at least one proposed action)', () => {
  it('IAE without any proposed action is refused; with one, or two, it is not', () => {
    expect(denialIssue('IAE', [])).toEqual({ field: 'proposedActions', code: 'proposedActionRequired' });
    expect(denialIssue('IAE', ['EXIT_IAE'])).toBeNull();
    expect(denialIssue('IAE', ['SOCIAL_PARTNER', 'OTHER'])).toBeNull();
  });

  it('the other reasons (SIAE, DURATION, REASON) need none', () => {
    for (const reason of ['SIAE', 'DURATION', 'REASON']) expect(denialIssue(reason, [])).toBeNull();
  });
});

describe('reminders of a pending request: every 10 days, for 30 days', () => {
  const created = '2026-11-01';
  it('on day 10, 20 and 30, each once', () => {
    expect(reminderDue(created, '2026-11-10', 0)).toBeNull(); // 9 days
    expect(reminderDue(created, '2026-11-11', 0)).toBe(1);
    expect(reminderDue(created, '2026-11-11', 1)).toBeNull();
    expect(reminderDue(created, '2026-11-21', 1)).toBe(2);
    expect(reminderDue(created, '2026-12-01', 2)).toBe(3);
    expect(reminderDue(created, '2026-12-01', 3)).toBeNull();
  });

  it('catches up a missed day, never after day 30', () => {
    expect(reminderDue(created, '2026-11-25', 0)).toBe(2);
    expect(reminderDue(created, '2026-12-02', 0)).toBeNull();
    expect(reminderDue(created, '2026-12-11', 3)).toBeNull();
  });
});

describe('a request waiting on an organisation whose habilitation ended', () => {
  it('is one whose organisation is no longer habilitated, unless it only waits for the platform’s check', () => {
    expect(habilitationEnded({ habilitated: true, authorizationStatus: 'validated' })).toBe(false);
    expect(habilitationEnded({ habilitated: false, authorizationStatus: 'not_required' })).toBe(true); // expired or withdrawn: an orienteur now
    expect(habilitationEnded({ habilitated: false, authorizationStatus: 'refused' })).toBe(true);
    expect(habilitationEnded({ habilitated: false, authorizationStatus: 'not_set' })).toBe(false); // its kind changed, to be checked again
    expect(habilitationEnded(undefined)).toBe(false);
  });
});
