import { canCancelHire, checkHiringDates } from './hiring-dates';

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
