import { addDays } from '@iae/core';
import {
  defaultEndDate,
  correctionIssue,
  displayPassNumber,
  periodsLeftOut,
  formatPassNumber,
  isCurrentOrFuture,
  normalizePassNumber,
  passStatus,
  remainingDays,
  suspensionPushDays,
} from './pass-dates';

describe('PASS IAE dates (rules card: start = hiring start, end = start + 730 days − 1 day)', () => {
  it('is valid on its 730th day and not on its 731st', () => {
    const end = defaultEndDate('2026-01-01');
    expect(end).toBe('2027-12-31');
    const pass = { startDate: '2026-01-01', endDate: end };
    expect(passStatus(pass, [], '2027-12-31')).toBe('valid'); // day 730
    expect(passStatus(pass, [], '2028-01-01')).toBe('expired'); // day 731
  });

  it('counts a leap year day like any other day', () => {
    expect(defaultEndDate('2027-03-01')).toBe('2029-02-27');
  });

  it('is future before its start, valid from its first day, suspended on a suspended day', () => {
    const pass = { startDate: '2026-03-01', endDate: '2028-02-29' };
    const suspensions = [{ startDate: '2026-06-01', endDate: '2026-06-30' }];
    expect(passStatus(pass, suspensions, '2026-02-28')).toBe('future');
    expect(passStatus(pass, suspensions, '2026-03-01')).toBe('valid');
    expect(passStatus(pass, suspensions, '2026-05-31')).toBe('valid');
    expect(passStatus(pass, suspensions, '2026-06-01')).toBe('suspended');
    expect(passStatus(pass, suspensions, '2026-06-30')).toBe('suspended');
    expect(passStatus(pass, suspensions, '2026-07-01')).toBe('valid');
  });

  it('is the person’s current or future PASS until its last day included', () => {
    const pass = { startDate: '2026-03-01', endDate: '2028-02-29' };
    expect(isCurrentOrFuture(pass, '2025-01-01')).toBe(true);
    expect(isCurrentOrFuture(pass, '2028-02-29')).toBe(true);
    expect(isCurrentOrFuture(pass, '2028-03-01')).toBe(false);
  });
});

describe('remaining days (suspended days excluded)', () => {
  const pass = { startDate: '2026-01-01', endDate: '2027-12-31' };

  it('counts all 730 days before the start and on the first day', () => {
    expect(remainingDays(pass, [], '2025-12-01')).toBe(730);
    expect(remainingDays(pass, [], '2026-01-01')).toBe(730);
  });

  it('counts 1 on the last day and 0 after', () => {
    expect(remainingDays(pass, [], '2027-12-31')).toBe(1);
    expect(remainingDays(pass, [], '2028-01-01')).toBe(0);
  });

  it('leaves out the days a suspension still to come pushed the end back by, not the past ones', () => {
    // A suspension from 1 to 10 June pushed the end back by 9 days (D2 − D1).
    const extended = { startDate: '2026-01-01', endDate: '2028-01-09' };
    const suspensions = [{ startDate: '2026-06-01', endDate: '2026-06-10' }];
    expect(remainingDays(extended, suspensions, '2026-01-01')).toBe(730);
    expect(remainingDays(extended, suspensions, '2026-06-05')).toBe(daysFrom('2026-06-05', '2028-01-09') - 5);
    expect(remainingDays(extended, suspensions, '2026-06-10')).toBe(daysFrom('2026-06-10', '2028-01-09'));
  });

  it('is the same after a suspension as before it (the suspension gives back what it pushes)', () => {
    const on = '2026-05-20';
    const before = remainingDays(pass, [], on);
    for (const [start, end] of [
      ['2026-06-01', '2026-06-01'],
      ['2026-06-01', '2026-06-02'],
      ['2026-05-20', '2026-08-31'],
    ]) {
      const suspension = { startDate: start, endDate: end };
      const pushed = { startDate: pass.startDate, endDate: addDays(pass.endDate, suspensionPushDays(suspension)) };
      expect(remainingDays(pushed, [suspension], on)).toBe(before);
    }
  });
});

describe('what a suspension pushes the end back by (D2 − D1, the reference platform’s reckoning, ADR 0004)', () => {
  it('a one-day suspension pushes nothing; two days push one; a month of 30 days pushes 29', () => {
    expect(suspensionPushDays({ startDate: '2026-11-02', endDate: '2026-11-02' })).toBe(0);
    expect(suspensionPushDays({ startDate: '2026-11-02', endDate: '2026-11-03' })).toBe(1);
    expect(suspensionPushDays({ startDate: '2026-11-01', endDate: '2026-11-30' })).toBe(29);
  });

  it('36 months (the longest suspension) from 1 November 2026 push 1,095 days', () => {
    expect(suspensionPushDays({ startDate: '2026-11-01', endDate: '2029-10-31' })).toBe(1095);
  });
});

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;
}

describe('PASS IAE numbers (A.3: 5-character prefix + 7-digit counter)', () => {
  it('pads the counter to 7 digits, 12 characters in all', () => {
    expect(formatPassNumber('99999', 1)).toBe('999990000001');
    expect(formatPassNumber('XXXXX', 9_999_999)).toBe('XXXXX9999999');
    expect(formatPassNumber('99999', 42)).toHaveLength(12);
  });

  it('refuses a bad prefix or a counter out of range', () => {
    expect(() => formatPassNumber('9999', 1)).toThrow(RangeError);
    expect(() => formatPassNumber('abcde', 1)).toThrow(RangeError);
    expect(() => formatPassNumber('99999', 0)).toThrow(RangeError);
    expect(() => formatPassNumber('99999', 10_000_000)).toThrow(RangeError);
  });

  it('reads a number as people type it and shows it grouped', () => {
    expect(normalizePassNumber(' 99999 26 00042 ')).toBe('999992600042');
    expect(normalizePassNumber('xxxxx0000001')).toBe('XXXXX0000001');
    expect(normalizePassNumber('99999')).toBeNull();
    expect(normalizePassNumber('99999ABCDEFG')).toBeNull();
    expect(displayPassNumber('999992600042')).toBe('99999 26 00042');
  });
});

describe('a correction of a PASS’s dates by staff (the end never before the start)', () => {
  it('refuses an end before the start, or on it; takes the day after', () => {
    expect(correctionIssue({ startDate: '2026-12-01', endDate: '2026-11-30' })).toEqual({ field: 'endDate', code: 'endAfterStart' });
    expect(correctionIssue({ startDate: '2026-12-01', endDate: '2026-12-01' })).toEqual({ field: 'endDate', code: 'endAfterStart' });
    expect(correctionIssue({ startDate: '2026-12-01', endDate: '2026-12-02' })).toBeNull();
  });
});

describe('a correction keeps the suspensions and the prolongations inside the PASS', () => {
  const suspensions = [{ startDate: '2026-11-01', endDate: '2026-11-10' }];
  const prolongations = [{ startDate: '2027-03-14', endDate: '2027-08-31' }];
  const periods = { suspensions, prolongations };

  it('takes a start on the suspension’s first day and an end on the prolongation’s last', () => {
    expect(periodsLeftOut({ startDate: '2026-11-01', endDate: '2027-08-31' }, periods)).toBeNull();
  });

  it('refuses a start the day after a suspension starts, an end the day before a prolongation ends, naming both', () => {
    expect(periodsLeftOut({ startDate: '2026-11-02', endDate: '2027-08-30' }, periods)).toEqual({
      errors: [
        { field: 'startDate', code: 'suspensionOutside' },
        { field: 'endDate', code: 'prolongationOutside' },
      ],
      suspensions,
      prolongations,
    });
  });
});
