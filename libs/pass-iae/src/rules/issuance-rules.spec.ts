import { decideIssuance, passAfterHireMove, excludedInPrison, requiresPass, waitingPeriodBlocks, waitingPeriodLastDay } from './issuance-rules';

const NO_EXCEPTION = { senderHabilitatedPrescriber: false, hasValidPrescriberDiagnosis: false };
const base = {
  employerKind: 'ACI',
  employerLocatedInPrison: false,
  personUnderJustice: false,
  latest: null,
  hiringStart: '2026-12-01',
  today: '2026-11-23',
  context: NO_EXCEPTION,
};

describe('who gets a PASS IAE', () => {
  it('only hires in a SIAE (ACI, AI, EI, ETTI, EITI)', () => {
    for (const kind of ['ACI', 'AI', 'EI', 'ETTI', 'EITI']) expect(requiresPass(kind)).toBe(true);
    for (const kind of ['GEIQ', 'EA', 'EATT', 'OPCS']) {
      expect(requiresPass(kind)).toBe(false);
      expect(decideIssuance({ ...base, employerKind: kind })).toEqual({ action: 'none', why: 'notSiae' });
    }
  });

  it('never a person under justice supervision hired by a SIAE located in a prison (guide L309)', () => {
    expect(excludedInPrison(true, true)).toBe(true);
    expect(excludedInPrison(true, false)).toBe(false);
    expect(excludedInPrison(false, true)).toBe(false);
    expect(decideIssuance({ ...base, personUnderJustice: true, employerLocatedInPrison: true })).toEqual({ action: 'none', why: 'prison' });
    expect(decideIssuance({ ...base, personUnderJustice: false, employerLocatedInPrison: true }).action).toBe('issue');
  });

  it('issues a new PASS from the hiring start for 730 days', () => {
    expect(decideIssuance(base)).toEqual({ action: 'issue', startDate: '2026-12-01', endDate: '2028-11-29' });
  });
});

describe('one valid PASS per person: a new hire reuses it', () => {
  const running = { startDate: '2026-01-01', endDate: '2027-12-31' };

  it('reuses the running PASS when the hire starts on or before its end', () => {
    expect(decideIssuance({ ...base, latest: running, hiringStart: '2027-12-31' })).toEqual({
      action: 'reuse',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      moved: false,
    });
  });

  it('refuses a hire starting after the end of a PASS still valid', () => {
    expect(decideIssuance({ ...base, latest: running, hiringStart: '2028-01-01' })).toEqual({
      action: 'blocked',
      code: 'hiringAfterPassEnd',
      until: '2027-12-31',
    });
  });

  it('moves a future PASS back to an earlier hiring start, recomputing its end', () => {
    const future = { startDate: '2027-01-15', endDate: '2029-01-13' };
    expect(decideIssuance({ ...base, latest: future, hiringStart: '2026-12-01' })).toEqual({
      action: 'reuse',
      startDate: '2026-12-01',
      endDate: '2028-11-29',
      moved: true,
    });
  });

  it('moves a started PASS back without touching its end', () => {
    const started = { startDate: '2026-11-23', endDate: '2028-11-21' };
    expect(decideIssuance({ ...base, today: '2026-11-24', latest: started, hiringStart: '2026-11-22' })).toEqual({
      action: 'reuse',
      startDate: '2026-11-22',
      endDate: '2028-11-21',
      moved: true,
    });
  });
});

describe('waiting period: 2 years after a PASS ends', () => {
  const ended = { startDate: '2024-01-01', endDate: '2025-12-31' };

  it('runs from the day after the end to the same day two years later', () => {
    expect(waitingPeriodLastDay('2025-12-31')).toBe('2027-12-31');
    expect(waitingPeriodBlocks('2025-12-31', '2026-01-01', NO_EXCEPTION)).toEqual({ blocked: true, until: '2027-12-31' });
    expect(waitingPeriodBlocks('2025-12-31', '2027-12-31', NO_EXCEPTION)).toEqual({ blocked: true, until: '2027-12-31' }); // its last day
    expect(waitingPeriodBlocks('2025-12-31', '2028-01-01', NO_EXCEPTION)).toEqual({ blocked: false });
    expect(waitingPeriodBlocks(null, '2026-01-01', NO_EXCEPTION)).toEqual({ blocked: false });
  });

  it('blocks a SIAE from obtaining a new PASS, up to its last day', () => {
    expect(decideIssuance({ ...base, today: '2027-12-20', latest: ended, hiringStart: '2027-12-31' })).toEqual({
      action: 'blocked',
      code: 'waitingPeriod',
      until: '2027-12-31',
    });
    expect(decideIssuance({ ...base, today: '2027-12-31', latest: ended, hiringStart: '2027-12-31' }).action).toBe('blocked');
    expect(decideIssuance({ ...base, today: '2028-01-01', latest: ended, hiringStart: '2028-01-01' })).toEqual({
      action: 'issue',
      startDate: '2028-01-01',
      endDate: '2029-12-30',
    });
  });

  it('is judged on the day the PASS is obtained: a hire accepted within the period is refused though it starts after it', () => {
    // Else the start of a PASS issued so could be moved back into the period before it starts.
    expect(decideIssuance({ ...base, today: '2027-12-20', latest: ended, hiringStart: '2028-01-01' })).toEqual({
      action: 'blocked',
      code: 'waitingPeriod',
      until: '2027-12-31',
    });
  });

  it('is lifted when a habilitated prescriber sends the candidature', () => {
    const context = { senderHabilitatedPrescriber: true, hasValidPrescriberDiagnosis: false };
    expect(decideIssuance({ ...base, latest: ended, context }).action).toBe('issue');
  });

  it('is lifted when the person holds a valid diagnosis by a habilitated prescriber', () => {
    const context = { senderHabilitatedPrescriber: false, hasValidPrescriberDiagnosis: true };
    expect(decideIssuance({ ...base, latest: ended, context }).action).toBe('issue');
  });
});

describe('moving the start of an accepted hire before it starts: its PASS follows', () => {
  const pass = { startDate: '2026-12-01', endDate: '2028-11-30' };
  it('the PASS issued for that hire alone follows the new start, its end by as many days (730 days kept)', () => {
    expect(passAfterHireMove({ pass, issuedForThisHireAlone: true, newStart: '2026-12-31', today: '2026-11-23' })).toEqual({
      action: 'follow',
      startDate: '2026-12-31',
      endDate: '2028-12-30',
    });
    expect(passAfterHireMove({ pass, issuedForThisHireAlone: true, newStart: '2026-11-23', today: '2026-11-23' })).toEqual({
      action: 'follow',
      startDate: '2026-11-23',
      endDate: '2028-11-22',
    });
  });

  it('a PASS another hire holds, or already running, stays; the new start must fall within it', () => {
    expect(passAfterHireMove({ pass, issuedForThisHireAlone: false, newStart: '2026-12-31', today: '2026-11-23' })).toEqual({ action: 'keep' });
    expect(passAfterHireMove({ pass, issuedForThisHireAlone: false, newStart: '2026-11-30', today: '2026-11-23' })).toEqual({
      action: 'blocked',
      from: '2026-12-01',
      until: '2028-11-30',
    });
    expect(passAfterHireMove({ pass, issuedForThisHireAlone: true, newStart: '2026-12-31', today: '2026-12-01' })).toEqual({ action: 'keep' });
  });
});
