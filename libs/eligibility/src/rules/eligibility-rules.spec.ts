import { CRITERIA, CRITERIA_BY_KEY } from './criteria';
import {
  DiagnosisFact,
  ProfileFacts,
  checkCombination,
  checkProofDate,
  decideEligibility,
  diagnosisExpiresOn,
  isDiagnosisValid,
  meetsSiaeRequirement,
  proofsAtIssuance,
  proposedCriteria,
  requiresEligibility,
  supersedes,
  validDiagnosisBy,
} from './eligibility-rules';

describe('administrative criteria (rules card: Eligibility; iae-rules A.1)', () => {
  it('has 4 level-1 and 14 level-2 criteria', () => {
    expect(CRITERIA.filter((c) => c.level === 1).map((c) => c.key)).toEqual(['RSA', 'ASS', 'AAH', 'DETLD']);
    expect(CRITERIA.filter((c) => c.level === 2)).toHaveLength(14);
  });

  it('refuses SENIOR with JEUNE, and DETLD with DELD', () => {
    expect(checkCombination(['SENIOR', 'JEUNE'])).toEqual({ code: 'forbiddenPair', keys: ['SENIOR', 'JEUNE'] });
    expect(checkCombination(['DELD', 'QPV', 'DETLD'])).toEqual({ code: 'forbiddenPair', keys: ['DETLD', 'DELD'] });
    expect(checkCombination(['SENIOR', 'DELD', 'QPV'])).toBeNull();
    expect(checkCombination(['XYZ'])).toEqual({ code: 'unknownCriterion', key: 'XYZ' });
    expect(checkCombination(['QPV', 'QPV'])).toEqual({ code: 'duplicate', key: 'QPV' });
  });
});

describe('auto-prescription: what a SIAE needs (1 level 1, or 3 level 2 for ACI, EI, EITI, 2 for AI, ETTI)', () => {
  it.each(['AI', 'ETTI'])('an %s is satisfied with exactly 2 level-2 criteria', (kind) => {
    expect(meetsSiaeRequirement(kind, ['JEUNE', 'QPV']).met).toBe(true);
    expect(meetsSiaeRequirement(kind, ['JEUNE']).met).toBe(false);
  });

  it.each(['ACI', 'EI', 'EITI'])('an %s needs 3 level-2 criteria, 2 are not enough', (kind) => {
    expect(meetsSiaeRequirement(kind, ['JEUNE', 'QPV'])).toEqual({ met: false, level1: 0, level2: 2, level2Required: 3 });
    expect(meetsSiaeRequirement(kind, ['JEUNE', 'QPV', 'PM']).met).toBe(true);
  });

  it('is satisfied by one level-1 criterion alone, for every SIAE kind', () => {
    for (const kind of ['ACI', 'AI', 'EI', 'ETTI', 'EITI']) expect(meetsSiaeRequirement(kind, ['RSA']).met).toBe(true);
  });

  it('asks nothing of GEIQ, EA, EATT and OPCS, which need no eligibility', () => {
    for (const kind of ['GEIQ', 'EA', 'EATT', 'OPCS']) expect(requiresEligibility(kind)).toBe(false);
    for (const kind of ['ACI', 'AI', 'EI', 'ETTI', 'EITI']) expect(requiresEligibility(kind)).toBe(true);
  });
});

describe('validity of a diagnosis', () => {
  it('keeps a SIAE’s diagnosis 92 days: valid on the 92nd day, expired on the 93rd', () => {
    const expiresOn = diagnosisExpiresOn('employer', '2026-01-01'); // day 1
    expect(expiresOn).toBe('2026-04-03');
    expect(isDiagnosisValid(expiresOn, '2026-04-02')).toBe(true); // day 92
    expect(isDiagnosisValid(expiresOn, '2026-04-03')).toBe(false); // day 93
  });

  it('keeps a prescriber’s diagnosis 6 months', () => {
    const expiresOn = diagnosisExpiresOn('prescriber', '2026-01-31');
    expect(expiresOn).toBe('2026-07-31');
    expect(isDiagnosisValid(expiresOn, '2026-07-30')).toBe(true);
    expect(isDiagnosisValid(expiresOn, '2026-07-31')).toBe(false);
  });
});

describe('proofs', () => {
  const rsa = CRITERIA_BY_KEY.get('RSA')!;
  const senior = CRITERIA_BY_KEY.get('SENIOR')!;
  it('refuses a proof dated after the diagnosis', () => expect(checkProofDate(rsa, '2026-11-24', '2026-11-23')).toBe('future'));
  it('accepts an RSA certificate exactly 3 months old, not a day older', () => {
    expect(checkProofDate(rsa, '2026-08-23', '2026-11-23')).toBeNull();
    expect(checkProofDate(rsa, '2026-08-22', '2026-11-23')).toBe('tooOld');
  });
  it('accepts an identity document of any age', () => expect(checkProofDate(senior, '2015-01-01', '2026-11-23')).toBeNull());

  describe('on the day the PASS IAE is issued (iae-rules A.1)', () => {
    it('names the proofs grown too old since the diagnosis', () => {
      const rsaOnly = [{ key: 'RSA', proofDate: '2026-09-01' }];
      expect(proofsAtIssuance('ACI', rsaOnly, '2026-12-01')).toMatchObject({ stale: [], requirement: { met: true } });
      expect(proofsAtIssuance('ACI', rsaOnly, '2026-12-02')).toMatchObject({ stale: ['RSA'], requirement: { met: false, level1: 0 } });
    });
    it('still meets the requirement with the criteria whose proofs are recent', () => {
      const three = ['CAP_BEP', 'QPV', 'ZRR'].map((key) => ({ key, proofDate: '2026-09-01' }));
      expect(proofsAtIssuance('AI', three, '2026-12-10')).toMatchObject({ stale: ['CAP_BEP'], requirement: { met: true, level2: 2 } });
      expect(proofsAtIssuance('ACI', three, '2026-12-10')).toMatchObject({ stale: ['CAP_BEP'], requirement: { met: false, level2: 2, level2Required: 3 } });
    });
    it('ignores criteria without a proof date or whose proof never grows old', () => {
      const kept = [
        { key: 'SENIOR', proofDate: '2015-01-01' },
        { key: 'DELD', proofDate: null },
      ];
      expect(proofsAtIssuance('AI', kept, '2026-12-10')).toMatchObject({ stale: [], requirement: { met: true } });
    });
  });
});

describe('criteria proposed from the profile', () => {
  const nobody: ProfileFacts = {
    birthDate: null,
    rsaSince: null,
    assSince: null,
    aahSince: null,
    unemployedSince: null,
    rqthUntil: null,
    loneParent: false,
    housing: null,
    refugeeStatus: null,
    aseLeaver: false,
    justice: null,
    frenchLevel: null,
    mobilityIssue: false,
    livesInQpv: null,
    livesInZrr: null,
    educationLevel: null,
  };

  it('proposes SENIOR from the 50th birthday, counted on its day', () => {
    expect(proposedCriteria({ ...nobody, birthDate: '1976-11-23' }, '2026-11-23')).toEqual(['SENIOR']);
    expect(proposedCriteria({ ...nobody, birthDate: '1976-11-24' }, '2026-11-23')).toEqual([]);
  });

  it('proposes JEUNE until the day before the 26th birthday', () => {
    expect(proposedCriteria({ ...nobody, birthDate: '2000-11-24' }, '2026-11-23')).toEqual(['JEUNE']);
    expect(proposedCriteria({ ...nobody, birthDate: '2000-11-23' }, '2026-11-23')).toEqual([]);
  });

  it('tells DELD (12 to 24 months) from DETLD (24 months and more)', () => {
    expect(proposedCriteria({ ...nobody, unemployedSince: '2025-11-24' }, '2026-11-23')).toEqual([]);
    expect(proposedCriteria({ ...nobody, unemployedSince: '2025-11-23' }, '2026-11-23')).toEqual(['DELD']);
    expect(proposedCriteria({ ...nobody, unemployedSince: '2024-11-23' }, '2026-11-23')).toEqual(['DETLD']);
  });

  it('maps the situation facts to their criteria', () => {
    expect(
      proposedCriteria(
        {
          ...nobody,
          rsaSince: '2025-01-01',
          rqthUntil: '2027-01-01',
          loneParent: true,
          housing: 'homeless',
          refugeeStatus: 'refugee',
          aseLeaver: true,
          justice: 'released',
          frenchLevel: 'below_a1',
          mobilityIssue: true,
          livesInQpv: true,
          livesInZrr: false,
          educationLevel: 'level_3',
        },
        '2026-11-23',
      ),
    ).toEqual(['RSA', 'CAP_BEP', 'ASE', 'TH', 'PI', 'PSH_PR', 'REF_DA', 'QPV', 'DETENTION_MJ', 'FLE', 'PM']);
  });

  it('does not propose an RQTH that has ended', () => expect(proposedCriteria({ ...nobody, rqthUntil: '2026-11-22' }, '2026-11-23')).toEqual([]));
});

describe('the eligibility decision for one employer on one day', () => {
  const siae = { id: 'siae-1', kind: 'EI' };
  const prescriberDiagnosis: DiagnosisFact = {
    id: 'p',
    authorKind: 'prescriber',
    authorOrganizationId: 'ml',
    createdOn: '2026-10-01',
    expiresOn: '2027-04-01',
    criteria: [],
  };
  const ownDiagnosis: DiagnosisFact = {
    id: 'e',
    authorKind: 'employer',
    authorOrganizationId: 'siae-1',
    createdOn: '2026-11-01',
    expiresOn: '2027-02-01',
    criteria: ['RSA'],
  };
  const base = { employer: siae, on: '2026-11-23', passValidUntil: null, diagnoses: [], withdrawal: null };

  it('needs nothing in a GEIQ', () =>
    expect(decideEligibility({ ...base, employer: { id: 'g', kind: 'GEIQ' } })).toMatchObject({ required: false, eligible: true }));

  it('counts a valid PASS IAE as eligibility', () =>
    expect(decideEligibility({ ...base, passValidUntil: '2027-01-01' })).toMatchObject({ eligible: true, basis: { kind: 'passIae' } }));

  it('prefers a habilitated prescriber’s diagnosis, valid for every SIAE', () => {
    const decision = decideEligibility({ ...base, diagnoses: [ownDiagnosis, prescriberDiagnosis] });
    expect(decision).toMatchObject({ eligible: true, basis: { kind: 'diagnosis', diagnosis: { id: 'p' }, validUntil: '2027-03-31' } });
  });

  it('accepts the SIAE’s own diagnosis, but not another SIAE’s', () => {
    expect(decideEligibility({ ...base, diagnoses: [ownDiagnosis] })).toMatchObject({ eligible: true, basis: { diagnosis: { id: 'e' } } });
    const other = decideEligibility({ ...base, employer: { id: 'siae-2', kind: 'EI' }, diagnoses: [ownDiagnosis] });
    expect(other).toMatchObject({ eligible: false, reasons: [{ code: 'diagnosisForAnotherSiae' }, { code: 'noDiagnosis' }] });
  });

  it('says when the diagnosis expired', () => {
    const decision = decideEligibility({ ...base, on: '2027-02-01', diagnoses: [ownDiagnosis] });
    expect(decision).toMatchObject({ eligible: false, reasons: [{ code: 'diagnosisExpired', expiredOn: '2027-02-01', authorKind: 'employer' }] });
  });

  it('ignores the SIAE’s own diagnoses while its auto-prescription is withdrawn, and says so', () => {
    const withdrawal = { from: '2026-11-01', to: '2026-12-31', reason: 'Contrôle a posteriori : justificatifs manquants' };
    const decision = decideEligibility({ ...base, diagnoses: [ownDiagnosis], withdrawal });
    expect(decision).toMatchObject({ eligible: false, reasons: [{ code: 'autoPrescriptionWithdrawn', to: '2026-12-31' }] });
    // A prescriber's diagnosis still counts.
    expect(decideEligibility({ ...base, diagnoses: [ownDiagnosis, prescriberDiagnosis], withdrawal }).eligible).toBe(true);
    // After the range, the SIAE's diagnosis counts again.
    expect(decideEligibility({ ...base, on: '2027-01-01', diagnoses: [ownDiagnosis], withdrawal }).eligible).toBe(true);
    // A permanent withdrawal (no end) holds from its first day on.
    const permanent = { ...withdrawal, to: null };
    expect(decideEligibility({ ...base, on: '2026-10-31', diagnoses: [ownDiagnosis], withdrawal: permanent }).eligible).toBe(true);
    expect(decideEligibility({ ...base, on: '2026-11-23', diagnoses: [ownDiagnosis], withdrawal: permanent }).eligible).toBe(false);
  });

  it('says there is no diagnosis at all', () => expect(decideEligibility(base)).toMatchObject({ eligible: false, reasons: [{ code: 'noDiagnosis' }] }));
});

describe('a new diagnosis supersedes the previous one (rules card: one valid prescriber diagnosis, one per SIAE)', () => {
  const today = '2026-11-23';
  const by = (authorKind: 'prescriber' | 'employer', authorOrganizationId: string, expiresOn = '2027-05-23') => ({
    authorKind,
    authorOrganizationId,
    expiresOn,
  });

  it('a prescriber’s ends the valid diagnosis of any habilitated prescriber, not a SIAE’s', () => {
    expect(supersedes(by('prescriber', 'ml'), by('prescriber', 'ft'), today)).toBe(true);
    expect(supersedes(by('prescriber', 'ml'), by('prescriber', 'ml'), today)).toBe(true);
    expect(supersedes(by('prescriber', 'ml'), by('employer', 'aci'), today)).toBe(false);
  });

  it('a SIAE’s ends its own valid one only, not another SIAE’s nor a prescriber’s', () => {
    expect(supersedes(by('employer', 'aci'), by('employer', 'aci'), today)).toBe(true);
    expect(supersedes(by('employer', 'aci'), by('employer', 'ei'), today)).toBe(false);
    expect(supersedes(by('employer', 'aci'), by('prescriber', 'ft'), today)).toBe(false);
  });

  it('leaves alone one already over (its end date today or before)', () => {
    expect(supersedes(by('prescriber', 'ml'), by('prescriber', 'ft', '2026-11-24'), today)).toBe(true);
    expect(supersedes(by('prescriber', 'ml'), by('prescriber', 'ft', today), today)).toBe(false);
  });
});

describe('the diagnosis a candidature carries (validDiagnosisBy)', () => {
  const diagnosis = (id: string, authorOrganizationId: string, createdOn: string, expiresOn: string): DiagnosisFact => ({
    id,
    authorKind: 'prescriber',
    authorOrganizationId,
    createdOn,
    expiresOn,
    criteria: [],
  });

  it('is the latest one the organisation made that is valid on the day', () => {
    const diagnoses = [
      diagnosis('old', 'ft', '2026-01-10', '2026-07-10'),
      diagnosis('new', 'ft', '2026-03-01', '2026-09-01'),
      diagnosis('other', 'ml', '2026-04-01', '2026-10-01'),
    ];
    expect(validDiagnosisBy(diagnoses, 'ft', '2026-05-01')).toBe('new');
    expect(validDiagnosisBy(diagnoses, 'ml', '2026-05-01')).toBe('other');
  });

  it('is none when the organisation’s diagnoses expired, are to come or are someone else’s', () => {
    const diagnoses = [diagnosis('expired', 'ft', '2025-01-10', '2025-07-10'), diagnosis('later', 'ft', '2026-06-01', '2026-12-01')];
    expect(validDiagnosisBy(diagnoses, 'ft', '2026-05-01')).toBeNull();
    expect(validDiagnosisBy(diagnoses, 'ml', '2026-06-02')).toBeNull();
    // Its expiry day no longer counts, its first day does.
    expect(validDiagnosisBy(diagnoses, 'ft', '2025-07-10')).toBeNull();
    expect(validDiagnosisBy(diagnoses, 'ft', '2026-06-01')).toBe('later');
  });
});
