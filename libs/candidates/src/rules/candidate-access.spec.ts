import { candidateActor, memberActor, staffActor } from '@iae/testing';
import { candidateAccess, candidateFileAccess, diagnosticVisibility } from './candidate-access';

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

describe('what may be done with a candidate’s file', () => {
  const professional = (family: 'employer' | 'prescriber', id: string, role: 'admin' | 'member' | null = 'member') =>
    memberActor({ id, family, kind: family === 'employer' ? 'ACI' : 'OTHER', role });
  const person = candidateActor({ email: 'Lea.Dupont@example.fr' });
  const staff = staffActor();
  const ACT_FOR = { allowed: false, reason: 'Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).' };

  it('leaves a person with an account to edit their own data; a file kept by proxy to its habilitated prescribers, employers and registering orienteur', () => {
    const proxy = { access: 'professional' as const, hasAccount: false, registeredByOrganizationId: 'asso-1' };
    expect(candidateFileAccess(person, 'edit', { access: 'self', hasAccount: true })).toEqual({ allowed: true });
    expect(candidateFileAccess(staff, 'edit', { access: 'staff', hasAccount: true })).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'ft-1'), 'edit', { ...proxy, hasAccount: true, habilitatedPrescriber: true })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('elle seule modifie'),
    });
    expect(candidateFileAccess(professional('prescriber', 'ft-1'), 'edit', { ...proxy, habilitatedPrescriber: true })).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('employer', 'siae-1'), 'edit', proxy)).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'asso-1'), 'edit', proxy)).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'asso-2'), 'edit', proxy)).toMatchObject({ allowed: false });
    expect(candidateFileAccess(professional('prescriber', 'asso-2'), 'edit', { ...proxy, access: 'none' })).toMatchObject({ allowed: false, hide: true });
  });

  it('a file one may not see does not exist', () => {
    for (const access of ['self', 'staff', 'professional'] as const) expect(candidateFileAccess(person, 'read', { access })).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'asso-2'), 'read', { access: 'none' })).toEqual({
      allowed: false,
      reason: 'Aucun candidat que vous suivez ne porte cet identifiant.',
      hide: true,
    });
  });

  it('a professional registers, lists and claims for the organisation it acts for', () => {
    for (const action of ['register', 'list-followed', 'claim'] as const) {
      expect(candidateFileAccess(professional('prescriber', 'asso-1'), action)).toEqual({ allowed: true });
      expect(candidateFileAccess(professional('employer', 'siae-1', 'admin'), action)).toEqual({ allowed: true });
      expect(candidateFileAccess(professional('prescriber', 'asso-1', null), action)).toEqual(ACT_FOR);
      expect(candidateFileAccess(staff, action)).toEqual(ACT_FOR);
      expect(candidateFileAccess(person, action)).toEqual(ACT_FOR);
    }
  });

  it('a candidate account creates its own file and accepts the invitations sent to its address', () => {
    const candidatesOnly = { allowed: false, reason: 'Réservé aux comptes candidats.' };
    expect(candidateFileAccess(person, 'create-own')).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'asso-1'), 'create-own')).toEqual(candidatesOnly);
    expect(candidateFileAccess(person, 'accept-invitation')).toEqual({ allowed: true });
    expect(candidateFileAccess(person, 'accept-invitation', { invitedEmail: 'lea.dupont@example.fr' })).toEqual({ allowed: true });
    expect(candidateFileAccess(person, 'accept-invitation', { invitedEmail: 'autre@example.fr' })).toEqual({
      allowed: false,
      reason: 'Cette invitation a été envoyée à une autre adresse que la vôtre.',
    });
    expect(candidateFileAccess(professional('prescriber', 'asso-1'), 'accept-invitation', { invitedEmail: 'claire.martin@example.fr' })).toEqual(
      candidatesOnly,
    );
  });

  it('consent is collected by the person or a professional, never the staff; withdrawn by the person or who collected it', () => {
    expect(candidateFileAccess(person, 'collect-consent', { access: 'self' })).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('prescriber', 'asso-1'), 'collect-consent', { access: 'professional' })).toEqual({ allowed: true });
    expect(candidateFileAccess(staff, 'collect-consent', { access: 'staff' })).toEqual({
      allowed: false,
      reason: 'Le consentement est recueilli par le candidat ou par le professionnel qui l’accompagne.',
    });
    expect(candidateFileAccess(person, 'revoke-consent', { access: 'self', collectedByOrganizationId: 'asso-1' })).toEqual({ allowed: true });
    expect(
      candidateFileAccess(professional('prescriber', 'asso-1'), 'revoke-consent', { access: 'professional', collectedByOrganizationId: 'asso-1' }),
    ).toEqual({
      allowed: true,
    });
    expect(
      candidateFileAccess(professional('prescriber', 'asso-2'), 'revoke-consent', { access: 'professional', collectedByOrganizationId: 'asso-1' }),
    ).toEqual({
      allowed: false,
      reason: 'Seuls le candidat et l’organisation qui a recueilli le consentement peuvent le retirer.',
    });
  });

  it('the prescribers and orienteurs write the diagnostic, not an employer nor the staff', () => {
    const refused = { allowed: false, reason: 'Le diagnostic d’accompagnement est rédigé par les prescripteurs et orienteurs qui accompagnent la personne.' };
    expect(candidateFileAccess(professional('prescriber', 'asso-1'), 'edit-diagnostic')).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('employer', 'siae-1'), 'edit-diagnostic')).toEqual(refused);
    expect(candidateFileAccess(staff, 'edit-diagnostic')).toEqual(refused);
    expect(candidateFileAccess(person, 'edit-diagnostic')).toEqual(refused);
  });

  it('a NIR correction is asked by the person or a professional; the staff examine it', () => {
    expect(candidateFileAccess(person, 'request-nir-correction', { access: 'self' })).toEqual({ allowed: true });
    expect(candidateFileAccess(professional('employer', 'siae-1'), 'request-nir-correction', { access: 'professional' })).toEqual({ allowed: true });
    expect(candidateFileAccess(staff, 'request-nir-correction', { access: 'staff' })).toEqual({
      allowed: false,
      reason: 'L’équipe de la plateforme examine les demandes de correction ; le candidat ou un professionnel qui le suit la dépose.',
    });
  });
});
