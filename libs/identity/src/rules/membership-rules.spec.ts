import { successorAdmin, checkRemoval, checkRoleChange, invitationExpiry, invitationStatus, roleOfNewMember } from './membership-rules';

describe('memberships (rules card, Actors: memberships)', () => {
  it('makes the first member admin, whatever the invitation said', () => {
    expect(roleOfNewMember(0, 'member')).toBe('admin');
    expect(roleOfNewMember(1, 'member')).toBe('member');
    expect(roleOfNewMember(3, 'admin')).toBe('admin');
  });

  describe('role changes', () => {
    const base = { actorRole: 'admin' as const, actorIsStaff: false, targetRole: 'member' as const, newRole: 'admin' as const, adminCount: 1 };
    it('lets an admin promote a member', () => expect(checkRoleChange(base)).toBeNull());
    it('refuses a member', () => expect(checkRoleChange({ ...base, actorRole: 'member' })).toBe('not_admin'));
    it('lets staff act without being a member', () => expect(checkRoleChange({ ...base, actorRole: null, actorIsStaff: true })).toBeNull());
    it('never demotes the last admin', () => expect(checkRoleChange({ ...base, targetRole: 'admin', newRole: 'member', adminCount: 1 })).toBe('last_admin'));
    it('demotes an admin when another remains', () => expect(checkRoleChange({ ...base, targetRole: 'admin', newRole: 'member', adminCount: 2 })).toBeNull());
  });

  describe('removals', () => {
    const base = { actorRole: 'admin' as const, actorIsStaff: false, removingSelf: false, targetRole: 'member' as const, adminCount: 1, memberCount: 3 };
    it('lets an admin remove a member', () => expect(checkRemoval(base)).toBeNull());
    it('refuses a member removing someone else', () => expect(checkRemoval({ ...base, actorRole: 'member' })).toBe('not_admin'));
    it('lets a member leave', () => expect(checkRemoval({ ...base, actorRole: 'member', removingSelf: true })).toBeNull());
    it('never removes the last admin while others remain', () => expect(checkRemoval({ ...base, targetRole: 'admin', removingSelf: true })).toBe('last_admin'));
    it('lets the very last member leave, emptying the organisation', () =>
      expect(checkRemoval({ ...base, targetRole: 'admin', removingSelf: true, memberCount: 1 })).toBeNull());
  });

  describe('invitations, valid 14 days', () => {
    const sent = new Date('2026-11-01T10:00:00Z');
    const invitation = { expiresAt: invitationExpiry(sent), acceptedAt: null, revokedAt: null };
    it('expires 14 days after it was sent', () => expect(invitation.expiresAt.toISOString()).toBe('2026-11-15T10:00:00.000Z'));
    it('is pending until the last millisecond', () => expect(invitationStatus(invitation, new Date('2026-11-15T09:59:59.999Z'))).toBe('pending'));
    it('is expired from then on', () => expect(invitationStatus(invitation, new Date('2026-11-15T10:00:00Z'))).toBe('expired'));
    it('stays accepted or revoked once closed', () => {
      expect(invitationStatus({ ...invitation, acceptedAt: sent }, new Date('2027-01-01'))).toBe('accepted');
      expect(invitationStatus({ ...invitation, revokedAt: sent }, sent)).toBe('revoked');
    });
  });
});

describe('a deactivated account (it counts as a member no more)', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const member = (userId: string, role: 'admin' | 'member', active = true, day = 1) => ({ userId, role, active, joinedAt: at(day) });

  it('leaves the organisation an active admin: the longest-standing active member, when no other admin remains', () => {
    expect(successorAdmin([member('a', 'admin'), member('b', 'member', true, 3), member('c', 'member', true, 2)], 'a')).toBe('c');
    expect(successorAdmin([member('a', 'admin'), member('b', 'member', false, 2), member('c', 'member', true, 3)], 'a')).toBe('c');
  });

  it('does nothing while another active admin remains, or nobody active does', () => {
    expect(successorAdmin([member('a', 'admin'), member('b', 'admin', true, 2)], 'a')).toBeNull();
    expect(successorAdmin([member('a', 'admin'), member('b', 'member', false, 2)], 'a')).toBeNull();
    expect(successorAdmin([member('a', 'member'), member('b', 'member', true, 2), member('c', 'admin', false)], 'a')).toBe('b');
  });
});
