import { MembershipRole } from '@iae/core';

export const INVITATION_VALIDITY_DAYS = 14;
export const MAX_PENDING_INVITATIONS = 50;

/** The first member of an organisation is its administrator, whatever the invitation said. */
export function roleOfNewMember(currentMemberCount: number, invitedRole: MembershipRole): MembershipRole {
  return currentMemberCount === 0 ? 'admin' : invitedRole;
}

export type MembershipRefusal = 'last_admin' | 'not_admin';

/**
 * Whether `actor` may set `target`'s role. Only admins change roles, and an organisation
 * never loses its last admin.
 */
export function checkRoleChange(input: {
  actorRole: MembershipRole | null;
  actorIsStaff: boolean;
  targetRole: MembershipRole;
  newRole: MembershipRole;
  adminCount: number;
}): MembershipRefusal | null {
  if (input.actorRole !== 'admin' && !input.actorIsStaff) return 'not_admin';
  if (input.targetRole === 'admin' && input.newRole === 'member' && input.adminCount <= 1) return 'last_admin';
  return null;
}

/** Whether `actor` may remove `target`. Admins remove anyone; members may leave; never the last admin. */
export function checkRemoval(input: {
  actorRole: MembershipRole | null;
  actorIsStaff: boolean;
  removingSelf: boolean;
  targetRole: MembershipRole;
  adminCount: number;
  memberCount: number;
}): MembershipRefusal | null {
  if (input.actorRole !== 'admin' && !input.actorIsStaff && !input.removingSelf) return 'not_admin';
  if (input.targetRole === 'admin' && input.adminCount <= 1 && input.memberCount > 1) return 'last_admin';
  return null;
}

/**
 * When a member's account is deactivated, an organisation keeps an active administrator: if no other
 * active admin remains while active members do, the longest-standing active member becomes admin
 * (the reference platform's automatic attribution). Null: nothing to do.
 */
export function successorAdmin(
  members: ReadonlyArray<{ userId: string; role: MembershipRole; active: boolean; joinedAt: Date }>,
  leavingUserId: string,
): string | null {
  const others = members.filter((m) => m.userId !== leavingUserId && m.active);
  if (others.some((m) => m.role === 'admin') || others.length === 0) return null;
  return [...others].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.userId.localeCompare(b.userId))[0].userId;
}

export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'revoked';

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000);
}

export function invitationStatus(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return now.getTime() < invitation.expiresAt.getTime() ? 'pending' : 'expired';
}
