import { afterGrace, antenneProblem, isEmployerActive, lastActiveDay } from './employer-activity';

describe('employer activity (rules card: a SIAE stays active 30 days after deactivation)', () => {
  const siae = { isSiae: true, deactivatedOn: '2026-11-01' };
  it('is active while nothing deactivated it', () => expect(isEmployerActive({ isSiae: true, deactivatedOn: null }, '2026-11-23')).toBe(true));
  it('keeps a SIAE active on the 30th day of grace', () => {
    expect(isEmployerActive(siae, '2026-11-30')).toBe(true);
    expect(lastActiveDay(siae)).toBe('2026-11-30');
  });
  it('stops a SIAE on the 31st day', () => expect(isEmployerActive(siae, '2026-12-01')).toBe(false));
  it('stops another employer on its deactivation day', () => {
    const geiq = { isSiae: false, deactivatedOn: '2026-11-01' };
    expect(isEmployerActive(geiq, '2026-10-31')).toBe(true);
    expect(isEmployerActive(geiq, '2026-11-01')).toBe(false);
    expect(lastActiveDay(geiq)).toBe('2026-10-31');
  });
});

describe('antennes (secondary structures)', () => {
  const parent = { siret: '51234567800019', kind: 'ACI', parentId: null };
  it('accepts an establishment of the same company and kind', () => expect(antenneProblem({ siret: '51234567800027', kind: 'ACI' }, parent)).toBeNull());
  it('refuses another company', () => expect(antenneProblem({ siret: '41816609600069', kind: 'ACI' }, parent)).toBe('different_siren'));
  it('refuses another kind', () => expect(antenneProblem({ siret: '51234567800027', kind: 'EI' }, parent)).toBe('different_kind'));
  it('refuses an antenne of an antenne', () =>
    expect(antenneProblem({ siret: '51234567800027', kind: 'ACI' }, { ...parent, parentId: 'x' })).toBe('parent_is_antenne'));
});

describe('after the 30-day grace of an ended convention', () => {
  const ended = { isSiae: true, deactivatedOn: '2026-10-24', unlisted: false, holdsData: false };
  it('does nothing during the grace (day 30 is its last day), then deletes a SIAE with no data and unlists the others', () => {
    expect(afterGrace(ended, '2026-11-22')).toBeNull();
    expect(afterGrace(ended, '2026-11-23')).toBe('delete');
    expect(afterGrace({ ...ended, holdsData: true }, '2026-11-23')).toBe('unlist');
  });

  it('leaves alone an active SIAE, one already unlisted, and employers that are not SIAE', () => {
    expect(afterGrace({ ...ended, deactivatedOn: null }, '2026-11-23')).toBeNull();
    expect(afterGrace({ ...ended, unlisted: true, holdsData: true }, '2026-11-23')).toBeNull();
    expect(afterGrace({ ...ended, isSiae: false }, '2027-01-01')).toBeNull();
  });
});
