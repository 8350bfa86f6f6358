import { allowedContractTypes, programmesAllowed } from './contract-types';

describe('contract types per employer kind', () => {
  it('offers insertion contracts in SIAE, never a CDI inclusion at entry', () => {
    for (const kind of ['ACI', 'AI', 'EI', 'ETTI']) {
      expect(allowedContractTypes(kind)).toEqual(['FIXED_TERM_I', 'FIXED_TERM_USAGE', 'TEMPORARY', 'PROFESSIONAL_TRAINING', 'OTHER']);
      expect(allowedContractTypes(kind)).not.toContain('PERMANENT_I');
    }
  });

  it('offers business creation support in an EITI (independent work, no employment contract)', () => {
    expect(allowedContractTypes('EITI')).toEqual(['BUSINESS_CREATION', 'OTHER']);
  });

  it('offers work-study contracts in a GEIQ, and ordinary contracts in EA, EATT and OPCS', () => {
    expect(allowedContractTypes('GEIQ')).toEqual(['APPRENTICESHIP', 'PROFESSIONAL_TRAINING', 'OTHER']);
    expect(allowedContractTypes('EA')).toContain('FIXED_TERM_TREMPLIN');
    expect(allowedContractTypes('OPCS')).toContain('PERMANENT');
    expect(allowedContractTypes('OPCS')).not.toContain('TEMPORARY');
  });

  it('adds the PHC and Convergence CDDI only to an ACI carrying the programme', () => {
    expect(allowedContractTypes('ACI', ['PHC'])).toContain('FIXED_TERM_I_PHC');
    expect(allowedContractTypes('ACI', ['PHC'])).not.toContain('FIXED_TERM_I_CVG');
    expect(allowedContractTypes('ACI', ['CONVERGENCE'])).toContain('FIXED_TERM_I_CVG');
    expect(allowedContractTypes('EI', ['PHC'])).not.toContain('FIXED_TERM_I_PHC');
  });

  it('lets only an ACI carry programmes', () => {
    expect(programmesAllowed('ACI', ['PHC', 'CONVERGENCE'])).toBe(true);
    expect(programmesAllowed('EI', ['PHC'])).toBe(false);
    expect(programmesAllowed('EI', [])).toBe(true);
  });
});
