import { addDays, addMonths, addYears, ageOn, daysBetween, frenchDate, frenchShortDate, isIsoDate, parisDate, parisMidnight } from './paris-date';

describe('Paris calendar dates', () => {
  it('takes the date in Europe/Paris, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(parisDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 21:30 UTC in July is 23:30 in Paris (UTC+2): still the same day.
    expect(parisDate(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
    expect(parisDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });

  it('gives each instant its own Paris date, whatever instant was read before it', () => {
    const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Around the Paris midnights of a winter and a summer day and of both changes of time, to the millisecond, in an
    // order where the same minute comes back after another.
    // Then before the epoch, and in 1900, when Paris was 9 min 21 s ahead of UTC (its day began at 23:50:39 UTC).
    const edges = [
      '2026-01-14T23:00:00Z',
      '2026-07-14T22:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-03-28T23:00:00Z',
      '1969-12-31T23:00:00Z',
      '1900-01-01T23:50:39Z',
      '1911-03-10T23:50:39Z',
    ];
    const instants = edges.flatMap((edge) => [-60_001, -39_000, -1, 0, 1, 59_999, 60_000].map((ms) => new Date(Date.parse(edge) + ms)));
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3 * 3_600_000 + 7 * 60_000 + 13_000) {
      instants.push(new Date(t));
    }
    for (const instant of [...instants, ...instants.reverse()]) {
      expect({ instant: instant.toISOString(), date: parisDate(instant) }).toEqual({ instant: instant.toISOString(), date: fresh.format(instant) });
    }
    expect(() => parisDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('keeps dates within the years a person or a decision can have, so that every computation stays a date', () => {
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2999-12-31')).toBe(true);
    // JavaScript reads years 0-99 as 1900-1999, and writes the year after 9999 as +010000.
    for (const outside of ['1899-12-31', '0100-06-01', '0099-06-01', '0000-01-01', '3000-01-01', '9999-12-31']) expect(isIsoDate(outside)).toBe(false);
    // What is computed from an accepted date stays a date, a day or a year beyond the bounds.
    expect(addDays('2999-12-31', 1)).toBe('3000-01-01');
    expect(addDays('3000-01-01', 1)).toBe('3000-01-02');
    expect(addDays(addYears('1900-06-01', -1), 1)).toBe('1899-06-02');
    expect(addMonths('0099-06-01', 1)).toBe('0099-07-01');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-01-01', 729)).toBe('2027-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, clamping to the last day of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-05-15', 6)).toBe('2026-11-15');
    expect(addMonths('2026-11-30', -12)).toBe('2025-11-30');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1); // across the DST change
    expect(daysBetween('2026-02-01', '2026-01-01')).toBe(-31);
  });

  it('counts age in full years, a birthday counting on its day', () => {
    expect(ageOn('1976-11-23', '2026-11-23')).toBe(50);
    expect(ageOn('1976-11-24', '2026-11-23')).toBe(49);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('finds the instant a Paris day begins, in winter and in summer', () => {
    expect(parisMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(parisMidnight('2026-07-14').toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(parisMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // summer time starts at 2 a.m. that day
    expect(parisDate(parisMidnight('2026-10-25'))).toBe('2026-10-25');
  });
});

describe('French dates', () => {
  it('writes a calendar date as a sentence does, whatever the server’s zone', () => {
    expect(frenchDate('2026-12-06')).toBe('6 décembre 2026');
    expect(frenchDate('2027-01-01')).toBe('1 janvier 2027');
  });

  it('writes an instant as its day in Paris', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(frenchShortDate(new Date('2026-12-31T23:30:00Z'))).toBe('01/01/2027');
    expect(frenchShortDate(new Date('2026-06-30T21:59:59Z'))).toBe('30/06/2026');
  });
});
