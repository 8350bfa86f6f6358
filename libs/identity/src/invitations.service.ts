import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppConfig, Clock, MembershipRole, Problem, linkWithSecret, notFound, requireAccess } from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { AccountsRepository } from './accounts.repository';
import { Invitation } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';
import { Membership } from './membership.entity';
import { OrganizationsRepository } from './organizations.repository';
import { IdentityProblems } from './problems';
import {
  INVITATION_VALIDITY_DAYS,
  InvitationStatus,
  MAX_PENDING_INVITATIONS,
  invitationExpiry,
  invitationStatus,
  roleOfNewMember,
} from './rules/membership-rules';
import { organizationAccess } from './rules/identity-access';
import { KINDS_BY_FAMILY } from './rules/organization-kinds';
import { hashSecret, newSecret } from './secrets';
import { User } from './user.entity';

export interface InvitationView {
  id: string;
  organizationId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: Date;
  invitedById: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
}

export interface InvitationPreview {
  organization: { id: string; name: string; family: string; kind: string; kindLabel: string };
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: Date;
  invitedBy: string | null;
  /** Whether an account already exists for the invited address (log in rather than sign up). */
  accountExists: boolean;
}

/** Invitations to join an organisation: sent by its admins, valid 14 days, accepted by signing up or logging in. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly repository: InvitationsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  async invite(
    actor: Actor,
    organizationId: string,
    input: { email: string; firstName?: string; lastName?: string; role?: MembershipRole },
  ): Promise<InvitationView> {
    try {
      return await this.dataSource.transaction((manager) => this.inviteWithinTransaction(manager, actor, organizationId, input));
    } catch (error) {
      // Two admins inviting the same address at once: the database kept one.
      if (isUniqueViolation(error, 'invitations_one_open_per_email')) {
        throw new Problem(IdentityProblems.alreadyMember, 'Une invitation vient d’être envoyée à cette adresse.');
      }
      throw error;
    }
  }

  /** Sends (or renews) an invitation within the caller's transaction, e.g. when staff set up an employer. */
  async inviteWithinTransaction(
    manager: EntityManager,
    actor: Actor,
    organizationId: string,
    input: { email: string; firstName?: string; lastName?: string; role?: MembershipRole },
  ): Promise<InvitationView> {
    const email = input.email.trim().toLowerCase();
    const now = this.clock.now();
    // One invitation at a time per organisation, so the pending count cannot be raced past.
    const organization = await this.organizations.organizationByIdForUpdate(manager, organizationId);
    if (!organization) throw notFound('Aucune organisation ne porte cet identifiant.');

    if (await this.organizations.hasMemberWithEmail(manager, organizationId, email)) {
      throw new Problem(IdentityProblems.alreadyMember, `${email} est déjà membre de ${organization.name}.`);
    }

    const pending = await this.repository.pendingCount(manager, organizationId, now);
    const open = await this.repository.openInvitation(manager, organizationId, email);
    if (!open && pending >= MAX_PENDING_INVITATIONS) {
      throw new Problem(
        IdentityProblems.tooManyInvitations,
        `${organization.name} a déjà ${pending} invitations en attente (maximum ${MAX_PENDING_INVITATIONS}).`,
      );
    }

    const { token, hash } = newSecret();
    // Inviting the same person again renews the invitation and sends a fresh link.
    const invitation = open ?? Object.assign(new Invitation(), { organizationId, email });
    invitation.firstName = input.firstName?.trim() || null;
    invitation.lastName = input.lastName?.trim() || null;
    invitation.role = input.role ?? 'member';
    invitation.invitedById = actor.userId;
    invitation.tokenHash = hash;
    invitation.expiresAt = invitationExpiry(now);
    const saved = await this.repository.save(manager, invitation);

    const inviter = await this.accounts.userByIdOrFail(actor.userId, manager);
    await this.outbox.queueEmail(manager, {
      to: email,
      organizationId,
      template: 'identity/invitation',
      context: {
        firstName: invitation.firstName,
        organizationName: organization.name,
        organizationKind: KINDS_BY_FAMILY[organization.family][organization.kind] ?? organization.kind,
        inviterName: `${inviter.firstName} ${inviter.lastName}`,
        role: invitation.role,
        link: linkWithSecret(this.config.http.publicUrl, 'invitation', token),
        validityDays: INVITATION_VALIDITY_DAYS,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    await this.audit.record(manager, {
      action: open ? 'invitation.renewed' : 'invitation.sent',
      subjectType: 'organization',
      subjectId: organizationId,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organization?.id ?? null,
      details: { email, role: invitation.role, invitationId: saved.id },
    });
    return this.view(saved, now);
  }

  async list(organizationId: string, status?: InvitationStatus): Promise<InvitationView[]> {
    const now = this.clock.now();
    const rows = await this.repository.latestOf(organizationId, 500);
    return rows.map((row) => this.view(row, now)).filter((row) => (status ? row.status === status : row.status === 'pending' || row.status === 'expired'));
  }

  async revoke(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.ofOrganizationForUpdate(manager, organizationId, invitationId);
      if (!invitation) throw notFound('Aucune invitation de cette organisation ne porte cet identifiant.');
      if (invitation.acceptedAt || invitation.revokedAt) {
        throw new Problem(IdentityProblems.invitationNotPending, 'Cette invitation est déjà acceptée ou annulée.');
      }
      invitation.revokedAt = now;
      await this.repository.save(manager, invitation);
      await this.audit.record(manager, {
        action: 'invitation.revoked',
        subjectType: 'organization',
        subjectId: organizationId,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: { email: invitation.email, invitationId },
      });
    });
  }

  /** What the invitation link shows, to anyone holding it. */
  async preview(token: string): Promise<InvitationPreview> {
    const now = this.clock.now();
    const invitation = await this.repository.byTokenHash(hashSecret(token));
    if (!invitation) throw notFound('Cette invitation est inconnue ; vérifiez le lien reçu par e-mail.');
    const organization = await this.organizations.organizationByIdOrFail(invitation.organizationId);
    const inviter = invitation.invitedById ? await this.accounts.userById(invitation.invitedById) : null;
    const accountExists = await this.accounts.emailTaken(invitation.email);
    return {
      organization: {
        id: organization.id,
        name: organization.name,
        family: organization.family,
        kind: organization.kind,
        kindLabel: KINDS_BY_FAMILY[organization.family][organization.kind] ?? organization.kind,
      },
      email: invitation.email,
      role: invitation.role,
      status: invitationStatus(invitation, now),
      expiresAt: invitation.expiresAt,
      invitedBy: inviter ? `${inviter.firstName} ${inviter.lastName}` : null,
      accountExists,
    };
  }

  /** A signed-in user accepts an invitation sent to their address. */
  async accept(userId: string, token: string): Promise<{ organizationId: string; role: MembershipRole }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findPendingByToken(manager, token, now);
      if (!invitation) {
        const known = await this.repository.existsWithTokenHash(manager, hashSecret(token));
        if (!known) throw notFound('Cette invitation est inconnue ; vérifiez le lien reçu par e-mail.');
        throw new Problem(IdentityProblems.invitationNotPending, 'Cette invitation a expiré, a été annulée ou a déjà été acceptée ; demandez-en une nouvelle.');
      }
      const user = await this.accounts.userByIdOrFail(userId, manager);
      if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw new Problem(IdentityProblems.invitationEmailMismatch, `Cette invitation a été envoyée à une autre adresse que ${user.email}.`);
      }
      const membership = await this.acceptWithinTransaction(manager, invitation, user, now);
      return { organizationId: membership.organizationId, role: membership.role };
    });
  }

  /** The pending invitations sent to an address by these organisations (a ProConnect sign-in proved the address). */
  async findPendingForEmail(manager: EntityManager, email: string, organizationIds: string[], now: Date): Promise<Invitation[]> {
    if (!organizationIds.length) return [];
    const rows = await this.repository.toEmailFrom(manager, email, organizationIds);
    return rows.filter((row) => invitationStatus(row, now) === 'pending');
  }

  async findPendingByToken(manager: EntityManager, token: string, now: Date): Promise<Invitation | null> {
    const invitation = await this.repository.byTokenHash(hashSecret(token), manager, { lock: true });
    return invitation && invitationStatus(invitation, now) === 'pending' ? invitation : null;
  }

  async acceptWithinTransaction(manager: EntityManager, invitation: Invitation, user: User, now: Date): Promise<Membership> {
    await this.organizations.organizationByIdForUpdate(manager, invitation.organizationId);
    requireAccess(organizationAccess({ userId: user.id, kind: user.kind, isStaff: user.isStaff, organization: null }, 'join'));
    if (await this.organizations.isMember(manager, invitation.organizationId, user.id)) {
      throw new Problem(IdentityProblems.alreadyMember, 'Vous êtes déjà membre de cette organisation.');
    }
    // The first active member is the admin: deactivated accounts count as members no more.
    const count = await this.organizations.activeMemberCount(manager, invitation.organizationId);
    const membership = await this.organizations.createMembership(manager, {
      organizationId: invitation.organizationId,
      userId: user.id,
      role: roleOfNewMember(count, invitation.role),
    });
    invitation.acceptedAt = now;
    invitation.acceptedById = user.id;
    await this.repository.save(manager, invitation);

    await this.audit.record(manager, {
      action: 'membership.joined',
      subjectType: 'organization',
      subjectId: invitation.organizationId,
      actorUserId: user.id,
      details: { invitationId: invitation.id, role: membership.role },
    });
    return membership;
  }

  private view(row: Invitation, now: Date): InvitationView {
    return {
      id: row.id,
      organizationId: row.organizationId,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      role: row.role,
      status: invitationStatus(row, now),
      expiresAt: row.expiresAt,
      invitedById: row.invitedById,
      createdAt: row.createdAt,
      acceptedAt: row.acceptedAt,
    };
  }
}
