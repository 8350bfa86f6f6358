import { candidateActor, memberActor, staffActor } from '@iae/testing';
import { organizationAccess } from './identity-access';

const member = (role: 'admin' | 'member' | null) =>
  memberActor({ id: 'org-1', family: 'prescriber', kind: 'ML', role, authorizationStatus: 'validated' }, { userId: 'u-1' });
const staff = staffActor();
const candidate = candidateActor();

describe('who changes organisations and memberships', () => {
  it('the staff register the State services', () => {
    expect(organizationAccess(staff, 'register-institution')).toEqual({ allowed: true });
    expect(organizationAccess(member('admin'), 'register-institution')).toEqual({
      allowed: false,
      reason: 'Seule l’équipe de la plateforme inscrit les services de l’État.',
    });
  });

  it('an admin or the staff change roles, a member does not', () => {
    expect(organizationAccess(member('admin'), 'change-role')).toEqual({ allowed: true });
    expect(organizationAccess(staff, 'change-role')).toEqual({ allowed: true });
    expect(organizationAccess(member('member'), 'change-role')).toEqual({
      allowed: false,
      reason: 'Seul un administrateur de l’organisation change les rôles.',
    });
  });

  it('an admin removes anyone, a member only leaves', () => {
    const refused = { allowed: false, reason: 'Seul un administrateur retire un membre ; un membre peut seulement quitter l’organisation.' };
    expect(organizationAccess(member('admin'), 'remove-member', { userId: 'u-9' })).toEqual({ allowed: true });
    expect(organizationAccess(staff, 'remove-member', { userId: 'u-9' })).toEqual({ allowed: true });
    expect(organizationAccess(member('member'), 'remove-member', { userId: 'u-1' })).toEqual({ allowed: true });
    expect(organizationAccess(member('member'), 'remove-member', { userId: 'u-9' })).toEqual(refused);
  });

  it('only a professional account joins an organisation', () => {
    expect(organizationAccess(member(null), 'join')).toEqual({ allowed: true });
    expect(organizationAccess(candidate, 'join')).toEqual({
      allowed: false,
      reason: 'Un compte candidat ne peut pas rejoindre une organisation ; créez un compte professionnel avec votre adresse professionnelle.',
    });
  });

  it('a member sets its notifications for the organisation it acts for only', () => {
    const refused = { allowed: false, reason: 'Vous n’êtes pas membre de cette organisation.' };
    expect(organizationAccess(member('member'), 'set-notification-settings', { organizationId: 'org-1' })).toEqual({ allowed: true });
    expect(organizationAccess(member('member'), 'set-notification-settings', { organizationId: 'org-2' })).toEqual(refused);
    expect(organizationAccess(member(null), 'set-notification-settings', { organizationId: 'org-1' })).toEqual(refused);
    expect(organizationAccess(staff, 'set-notification-settings', { organizationId: 'org-1' })).toEqual(refused);
  });
});
