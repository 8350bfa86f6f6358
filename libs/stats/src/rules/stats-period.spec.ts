import { addDays, addMonths } from '@iae/core';
import { MAX_PERIOD_DAYS, MonthCut, cutAtWholeMonths, resolvePeriod, snapshotPeriods } from './stats-period';

describe('the period of the flows', () => {
  it('is by default the last 12 months up to today, both days included', () => {
    expect(resolvePeriod({}, '2026-11-23')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(resolvePeriod({ to: '2026-03-31' }, '2026-11-23')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('takes the dates given, one day included', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-01-01' }, '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('refuses a day that does not exist', () => {
    expect(resolvePeriod({ from: '2026-02-30' }, '2026-11-23')).toMatchObject({ field: 'from', code: 'isDate' });
    expect(resolvePeriod({ to: '2026-13-01' }, '2026-11-23')).toMatchObject({ field: 'to', code: 'isDate' });
  });

  it('refuses a start after the end, and a period too long to serve', () => {
    expect(resolvePeriod({ from: '2026-02-01', to: '2026-01-31' }, '2026-11-23')).toMatchObject({ field: 'from', code: 'periodOrder' });
    expect(resolvePeriod({ from: '2020-01-01', to: '2026-11-23' }, '2026-11-23')).toMatchObject({ field: 'from', code: 'periodTooLong' });
    expect(MAX_PERIOD_DAYS).toBeGreaterThanOrEqual(3 * 366);
  });
});

describe('the periods computed in the background', () => {
  it('are the default period every hour and the last three calendar years once a day', () => {
    expect(snapshotPeriods('2026-11-23')).toEqual([
      { period: { from: '2025-11-24', to: '2026-11-23' }, every: 'hour' },
      { period: { from: '2025-01-01', to: '2025-12-31' }, every: 'day' },
      { period: { from: '2024-01-01', to: '2024-12-31' }, every: 'day' },
      { period: { from: '2023-01-01', to: '2023-12-31' }, every: 'day' },
    ]);
  });

  it('turn to the year just ended on the first of January', () => {
    expect(snapshotPeriods('2027-01-01')[1].period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(snapshotPeriods('2027-01-01')[3].period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(snapshotPeriods('2026-12-31')[1].period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('are periods a request may name', () => {
    for (const { period } of snapshotPeriods('2028-02-29')) expect(resolvePeriod(period, '2028-02-29')).toEqual(period);
  });
});

describe('a period cut at its whole months', () => {
  const days = (p: { from: string; to: string }): string[] => {
    const out: string[] = [];
    for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push(d);
    return out;
  };
  /** Every day of the period once: in a whole month read per month, or in an edge read per day. */
  const covered = (cut: MonthCut): string[] =>
    [
      ...days(cut.months)
        .filter((d) => d.endsWith('-01'))
        .flatMap((first) => days({ from: first, to: addDays(addMonths(first, 1), -1) })),
      ...days(cut.before),
      ...days(cut.after),
    ].sort();

  it('reads whole months per month and only the edges per day', () => {
    expect(cutAtWholeMonths({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      months: { from: '2026-01-01', to: '2026-06-01' },
      before: { from: '2026-01-01', to: '2025-12-31' },
      after: { from: '2026-07-01', to: '2026-06-30' },
    });
    expect(cutAtWholeMonths({ from: '2026-01-10', to: '2026-03-15' })).toEqual({
      months: { from: '2026-02-01', to: '2026-02-01' },
      before: { from: '2026-01-10', to: '2026-01-31' },
      after: { from: '2026-03-01', to: '2026-03-15' },
    });
  });

  it('reads per day a period without a whole month', () => {
    for (const p of [
      { from: '2026-01-01', to: '2026-01-15' },
      { from: '2026-01-10', to: '2026-01-31' },
      { from: '2026-01-10', to: '2026-02-20' },
      { from: '2026-02-28', to: '2026-02-28' },
    ]) {
      const cut = cutAtWholeMonths(p);
      expect(days(cut.months).filter((d) => d.endsWith('-01'))).toEqual([]);
      expect(cut.before).toEqual(p);
      expect(days(cut.after)).toEqual([]);
    }
  });

  it('counts every day of any period exactly once', () => {
    for (const p of [
      { from: '2025-12-07', to: '2026-12-06' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2025-11-30', to: '2026-01-01' },
      { from: '2026-03-31', to: '2026-04-30' },
      { from: '2026-01-01', to: '2026-01-01' },
      { from: '2023-01-01', to: '2026-11-23' },
    ]) {
      expect(covered(cutAtWholeMonths(p))).toEqual(days(p));
    }
  });
});
