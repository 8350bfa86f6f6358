import { initialAuthorizationStatus, isHabilitated, isHabilitatedByLaw, isSiaeKind, requiresSiret } from './organization-kinds';

describe('organisation kinds (rules card, Actors)', () => {
  it('counts ACI, AI, EI, ETTI and EITI as SIAE, and not GEIQ, EA, EATT or OPCS', () => {
    for (const kind of ['ACI', 'AI', 'EI', 'ETTI', 'EITI']) expect(isSiaeKind(kind)).toBe(true);
    for (const kind of ['GEIQ', 'EA', 'EATT', 'OPCS']) expect(isSiaeKind(kind)).toBe(false);
  });

  it('knows the prescribers habilitated by law, and that OHPD and others are not', () => {
    for (const kind of ['FT', 'CAP_EMPLOI', 'ML', 'CAF', 'MSA', 'CCAS', 'SPIP', 'E2C', 'EPIDE', 'CSAPA']) {
      expect(isHabilitatedByLaw(kind)).toBe(true);
    }
    expect(isHabilitatedByLaw('OHPD')).toBe(false);
    expect(isHabilitatedByLaw('OTHER')).toBe(false);
    expect(isHabilitatedByLaw('ACI')).toBe(false);
  });

  it('starts every prescriber unverified, except "other" which has nothing to verify', () => {
    expect(initialAuthorizationStatus('FT')).toBe('not_set');
    expect(initialAuthorizationStatus('OHPD')).toBe('not_set');
    expect(initialAuthorizationStatus('OTHER')).toBe('not_required');
  });

  it('makes an organisation habilitated only when its authorisation is validated', () => {
    expect(isHabilitated('prescriber', 'validated')).toBe(true);
    expect(isHabilitated('prescriber', 'not_set')).toBe(false);
    expect(isHabilitated('prescriber', 'refused')).toBe(false);
    expect(isHabilitated('employer', 'validated')).toBe(false);
  });

  it('asks a SIRET of employers and prescribers, except France Travail agencies', () => {
    expect(requiresSiret('employer', 'ACI')).toBe(true);
    expect(requiresSiret('prescriber', 'ML')).toBe(true);
    expect(requiresSiret('prescriber', 'FT')).toBe(false);
    expect(requiresSiret('institution', 'DDETS_IAE')).toBe(false);
  });
});
