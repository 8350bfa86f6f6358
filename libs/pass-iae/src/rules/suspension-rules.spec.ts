import { REASONS_ALLOWING_UNSUSPEND, checkSuspension, endSuspensionForHire, maxSuspensionEnd, suspensionBlocksHire, suspensionRight } from './suspension-rules';

const TODAY = '2026-11-23';
const pass = { startDate: '2026-01-05', endDate: '2028-01-04' };
const valid = {
  pass,
  others: [],
  startDate: '2026-11-01',
  endDate: '2026-12-31',
  reason: 'CONTRACT_SUSPENDED',
  author: 'employer' as const,
  employerKind: 'AI',
  lastHireStart: '2026-01-05',
  today: TODAY,
};

describe('suspension: not before the start of the last hire (reference platform)', () => {
  it('starts on the last hire’s first day at the earliest; an edit keeping its start is not checked again', () => {
    const hired = { ...valid, lastHireStart: '2026-10-15' };
    expect(checkSuspension({ ...hired, startDate: '2026-10-15' })).toEqual([]);
    expect(checkSuspension({ ...hired, startDate: '2026-10-14' })).toEqual([{ field: 'startDate', code: 'beforeLastHire', earliest: '2026-10-15' }]);
    expect(checkSuspension({ ...hired, startDate: '2026-10-14', startChanged: false })).toEqual([]);
    expect(checkSuspension({ ...hired, lastHireStart: null, startDate: '2026-10-14' })).toEqual([]);
    // A hire that starts next month bounds nothing yet.
    expect(checkSuspension({ ...hired, lastHireStart: '2026-12-01', startDate: '2026-11-01' })).toEqual([]);
  });
});

describe('suspension: length (at most 36 months each)', () => {
  it('ends at the latest 36 months less a day after its start', () => {
    expect(maxSuspensionEnd('2026-11-01')).toBe('2029-10-31');
    expect(checkSuspension({ ...valid, endDate: '2029-10-31' })).toEqual([]); // exactly 36 months
    expect(checkSuspension({ ...valid, endDate: '2029-11-01' })).toEqual([{ field: 'endDate', code: 'tooLong', latest: '2029-10-31' }]);
  });

  it('may last a single day, never end before it starts', () => {
    expect(checkSuspension({ ...valid, endDate: '2026-11-01' })).toEqual([]);
    expect(checkSuspension({ ...valid, endDate: '2026-10-31' })).toEqual([{ field: 'endDate', code: 'beforeStart' }]);
  });
});

describe('suspension: start (no later than today, no earlier than 365 days ago, within the PASS)', () => {
  it('may start today, not tomorrow', () => {
    expect(checkSuspension({ ...valid, startDate: TODAY })).toEqual([]);
    expect(checkSuspension({ ...valid, startDate: '2026-11-24' })).toEqual([{ field: 'startDate', code: 'notInFuture' }]);
  });

  it('may start 365 days ago, not 366', () => {
    const older = { ...valid, pass: { startDate: '2025-01-01', endDate: '2026-12-31' }, lastHireStart: '2025-01-01' };
    expect(checkSuspension({ ...older, startDate: '2025-11-23' })).toEqual([]);
    expect(checkSuspension({ ...older, startDate: '2025-11-22' })).toEqual([{ field: 'startDate', code: 'tooOld' }]);
  });

  it('starts within the PASS', () => {
    expect(checkSuspension({ ...valid, startDate: '2026-01-05' })).toEqual([]);
    expect(checkSuspension({ ...valid, startDate: '2026-01-04' })).toEqual([{ field: 'startDate', code: 'beforePass' }]);
    const ended = { startDate: '2024-11-01', endDate: '2026-10-31' };
    expect(checkSuspension({ ...valid, pass: ended, startDate: '2026-10-31' })).toEqual([]);
    expect(checkSuspension({ ...valid, pass: ended, startDate: '2026-11-01' })).toEqual([{ field: 'startDate', code: 'afterPass' }]);
  });

  it('keeps an unchanged start on an edit, even once older than 365 days', () => {
    const old = { ...valid, pass: { startDate: '2025-01-01', endDate: '2027-06-30' }, startDate: '2025-02-01', endDate: '2027-01-01' };
    expect(checkSuspension({ ...old, startChanged: false })).toEqual([]);
    expect(checkSuspension({ ...old, startChanged: true })).toEqual([{ field: 'startDate', code: 'tooOld' }]);
  });
});

describe('suspension: never overlapping another one', () => {
  const others = [{ startDate: '2026-09-01', endDate: '2026-09-30' }];
  it('may follow the previous one the next day, not share a day with it', () => {
    expect(checkSuspension({ ...valid, others, startDate: '2026-10-01' })).toEqual([]);
    expect(checkSuspension({ ...valid, others, startDate: '2026-09-30' })).toEqual([{ field: 'startDate', code: 'overlaps', with: others[0] }]);
    expect(checkSuspension({ ...valid, others, startDate: '2026-08-01', endDate: '2026-09-01' })).toEqual([
      { field: 'startDate', code: 'overlaps', with: others[0] },
    ]);
  });
});

describe('suspension: reasons', () => {
  it('offers contrat passerelle to EI and ACI only', () => {
    expect(checkSuspension({ ...valid, reason: 'CONTRAT_PASSERELLE', employerKind: 'EI' })).toEqual([]);
    expect(checkSuspension({ ...valid, reason: 'CONTRAT_PASSERELLE', employerKind: 'ACI' })).toEqual([]);
    expect(checkSuspension({ ...valid, reason: 'CONTRAT_PASSERELLE', employerKind: 'AI' })).toEqual([{ field: 'reason', code: 'reasonForEiAndAciOnly' }]);
  });

  it('refuses a legacy or unknown reason on a new suspension', () => {
    expect(checkSuspension({ ...valid, reason: 'SICKNESS' })).toEqual([{ field: 'reason', code: 'unknownReason' }]);
  });

  it('lets a habilitated prescriber suspend only for a broken or finished contract', () => {
    const byPrescriber = { ...valid, author: 'prescriber' as const, employerKind: null };
    expect(checkSuspension({ ...byPrescriber, reason: 'CONTRACT_BROKEN' })).toEqual([]);
    expect(checkSuspension({ ...byPrescriber, reason: 'FINISHED_CONTRACT' })).toEqual([]);
    expect(checkSuspension({ ...byPrescriber, reason: 'CONTRACT_SUSPENDED' })).toEqual([{ field: 'reason', code: 'reasonNotForPrescriber' }]);
  });
});

describe('who may suspend', () => {
  const siae = { id: 'siae-1', family: 'employer', habilitated: false };
  it('the SIAE of the last hire, any reason', () => expect(suspensionRight(siae, 'siae-1')).toBe('employer'));
  it('not another SIAE', () => expect(suspensionRight(siae, 'siae-2')).toBeNull());
  it('a habilitated prescriber', () => expect(suspensionRight({ id: 'p', family: 'prescriber', habilitated: true }, 'siae-1')).toBe('prescriber'));
  it('not an orienteur, not a State service', () => {
    expect(suspensionRight({ id: 'o', family: 'prescriber', habilitated: false }, 'siae-1')).toBeNull();
    expect(suspensionRight({ id: 'd', family: 'institution', habilitated: false }, 'siae-1')).toBeNull();
    expect(suspensionRight(null, 'siae-1')).toBeNull();
  });
});

describe('a new hire ends the running suspension', () => {
  const running = { startDate: '2026-10-01', endDate: '2027-03-31' };
  it('the day before the hiring start', () => expect(endSuspensionForHire(running, '2026-12-01')).toEqual({ action: 'shorten', endDate: '2026-11-30' }));
  it('deletes it when it starts that day', () => expect(endSuspensionForHire(running, '2026-10-01')).toEqual({ action: 'delete' }));
  it('leaves one over before the hire alone', () => expect(endSuspensionForHire(running, '2027-04-01')).toEqual({ action: 'none' }));
  it('cuts it to one day when the hire starts the day after', () =>
    expect(endSuspensionForHire(running, '2026-10-02')).toEqual({ action: 'shorten', endDate: '2026-10-01' }));

  it('unless its reason is a legacy one, which blocks the hire', () => {
    for (const reason of REASONS_ALLOWING_UNSUSPEND) expect(suspensionBlocksHire(reason)).toBe(false);
    expect(REASONS_ALLOWING_UNSUSPEND).toHaveLength(5);
    expect(suspensionBlocksHire('INCARCERATION')).toBe(true);
  });
});
