import { canCancelHire, checkHiringChange, checkHiringDates } from './hiring-dates';

describe('hiring dates', () => {
  const today = '2026-11-23';

  it('starts today at the earliest', () => {
    expect(checkHiringDates('2026-11-23', null, today)).toBeNull();
    expect(checkHiringDates('2026-11-22', null, today)).toBe('startInPast');
  });

  it('starts at most 6 months ahead, that day included', () => {
    expect(checkHiringDates('2027-05-23', null, today)).toBeNull();
    expect(checkHiringDates('2027-05-24', null, today)).toBe('startTooFar');
  });

  it('clamps 6 months at the end of a shorter month', () => {
    expect(checkHiringDates('2027-02-28', null, '2026-08-31')).toBeNull();
    expect(checkHiringDates('2027-03-01', null, '2026-08-31')).toBe('startTooFar');
  });

  it('ends on or after the start', () => {
    expect(checkHiringDates('2026-12-01', '2026-12-01', today)).toBeNull();
    expect(checkHiringDates('2026-12-01', '2026-11-30', today)).toBe('endBeforeStart');
  });

  it('cancels a hire up to its first day', () => {
    expect(canCancelHire('2026-11-23', today)).toBe(true);
    expect(canCancelHire('2026-11-22', today)).toBe(false);
  });
});

describe('changing the dates of an accepted hire (postponed by 30 days at most, never into the past, before it starts)', () => {
  const today = '2026-11-23';
  const change = (start: string, end: string | null = null, currentStart = '2026-12-01') => checkHiringChange({ currentStart, start, end, today });

  it('postpones the start by 30 days at most: day 30 yes, day 31 no', () => {
    expect(change('2026-12-31')).toBeNull();
    expect(change('2027-01-01')).toEqual({ field: 'hiringStart', code: 'postponedTooFar', latest: '2026-12-31' });
  });

  it('brings it forward to today at the earliest, never into the past', () => {
    expect(change(today)).toBeNull();
    expect(change('2026-11-22')).toEqual({ field: 'hiringStart', code: 'startInPast' });
  });

  it('only before the hire starts: on its first day it has started', () => {
    expect(change('2026-12-10', null, '2026-11-24')).toBeNull();
    expect(change('2026-12-10', null, today)).toEqual({ code: 'hireStarted' });
  });

  it('keeps the end after the start, and the start within 6 months', () => {
    expect(change('2026-12-10', '2026-12-09')).toEqual({ field: 'hiringEnd', code: 'endBeforeStart' });
    expect(change('2026-12-10', '2026-12-10')).toBeNull();
    expect(change('2027-06-10', null, '2027-05-20')).toEqual({ field: 'hiringStart', code: 'startTooFar' });
  });
});
