import { candidateAccess, diagnosticVisibility } from './candidate-access';

describe('who sees a candidate', () => {
  const candidate = { userId: 'u-candidate', linkedOrganizationIds: ['asso-1', 'siae-1'] };
  const viewer = (organization: { id: string; family: string; habilitated?: boolean; isMember?: boolean } | null, isStaff = false) => ({
    userId: 'u-pro',
    isStaff,
    organization: organization ? { habilitated: false, isMember: true, ...organization } : null,
  });

  it('lets the candidate see their whole file', () =>
    expect(candidateAccess({ userId: 'u-candidate', isStaff: false, organization: null }, candidate)).toBe('self'));
  it('lets any habilitated prescriber see it', () =>
    expect(candidateAccess(viewer({ id: 'ml-9', family: 'prescriber', habilitated: true }), candidate)).toBe('professional'));
  it('lets an orienteur see only candidates it works with', () => {
    expect(candidateAccess(viewer({ id: 'asso-1', family: 'prescriber' }), candidate)).toBe('professional');
    expect(candidateAccess(viewer({ id: 'asso-2', family: 'prescriber' }), candidate)).toBe('none');
  });
  it('lets an employer see a candidate linked to it only', () => {
    expect(candidateAccess(viewer({ id: 'siae-1', family: 'employer' }), candidate)).toBe('professional');
    expect(candidateAccess(viewer({ id: 'siae-2', family: 'employer' }), candidate)).toBe('none');
  });
  it('gives staff an audited access', () => expect(candidateAccess(viewer(null, true), candidate)).toBe('staff'));
  it('ignores an organisation the viewer is not a member of', () =>
    expect(candidateAccess(viewer({ id: 'ml-9', family: 'prescriber', habilitated: true, isMember: false }), candidate)).toBe('none'));
});

describe('what of the diagnostic each one reads', () => {
  it('shows an employer nothing without the candidate’s consent', () =>
    expect(diagnosticVisibility({ access: 'professional', organizationId: 's', consents: [], isEmployer: true })).toEqual({
      general: false,
      sensitive: 'none',
    }));
  it('shows an employer the general part with consent, sensitive dimensions only with that consent too', () => {
    expect(diagnosticVisibility({ access: 'professional', organizationId: 's', consents: ['share_diagnostic'], isEmployer: true })).toEqual({
      general: true,
      sensitive: 'none',
    });
    expect(diagnosticVisibility({ access: 'professional', organizationId: 's', consents: ['share_sensitive_diagnostic'], isEmployer: true })).toEqual({
      general: true,
      sensitive: 'all',
    });
  });
  it('shows prescribers the general part and the sensitive items their own organisation wrote', () =>
    expect(diagnosticVisibility({ access: 'professional', organizationId: 'p', consents: [], isEmployer: false })).toEqual({
      general: true,
      sensitive: 'own',
    }));
  it('shows the candidate everything', () =>
    expect(diagnosticVisibility({ access: 'self', organizationId: null, consents: [], isEmployer: false })).toEqual({ general: true, sensitive: 'all' }));
});
