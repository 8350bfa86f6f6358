import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  DEFAULT_PAGE_SIZE,
  FieldError,
  MembershipRole,
  OrganizationFamily,
  Page,
  Problem,
  UserKind,
  decodeCursor,
  isValidSiret,
  normalizeSiret,
  notFound,
  requireAccess,
  toPage,
  validationProblem,
} from '@iae/core';
import { AuditTrail } from '@iae/database';
import { hasDdets, hasDreets } from '@iae/territory';
import { AccountsRepository } from './accounts.repository';
import { Organization } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { IdentityProblems } from './problems';
import { organizationAccess } from './rules/identity-access';
import { checkRemoval, checkRoleChange } from './rules/membership-rules';
import { AuthorizationStatus, KINDS_BY_FAMILY, PrescriberKind, initialAuthorizationStatus, isHabilitated, requiresSiret } from './rules/organization-kinds';

export interface CreateOrganizationInput {
  family: OrganizationFamily;
  kind: string;
  name: string;
  siret?: string;
  departmentCode?: string;
  regionCode?: string;
}

export interface OrganizationView {
  id: string;
  family: OrganizationFamily;
  kind: string;
  kindLabel: string;
  name: string;
  siret: string | null;
  authorizationStatus: AuthorizationStatus | null;
  habilitated: boolean;
  departmentCode: string | null;
  regionCode: string | null;
  createdAt: Date;
}

export interface Profile {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  kind: UserKind;
  isStaff: boolean;
  emailConfirmed: boolean;
  /** False for an account created through ProConnect that never chose a password (the reset link gives one). */
  hasPassword: boolean;
  /** Whether the account is linked to a ProConnect identity. */
  proconnect: boolean;
  createdAt: Date;
  memberships: Array<{ role: MembershipRole; since: Date; organization: OrganizationView }>;
}

export interface MemberView {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: MembershipRole;
  joinedAt: Date;
}

export function organizationView(
  o: Pick<Organization, 'id' | 'family' | 'kind' | 'name' | 'siret' | 'authorizationStatus' | 'departmentCode' | 'regionCode' | 'createdAt'>,
): OrganizationView {
  return {
    id: o.id,
    family: o.family,
    kind: o.kind,
    kindLabel: KINDS_BY_FAMILY[o.family][o.kind] ?? o.kind,
    name: o.name,
    siret: o.siret,
    authorizationStatus: o.authorizationStatus,
    habilitated: isHabilitated(o.family, o.authorizationStatus),
    departmentCode: o.departmentCode,
    regionCode: o.regionCode,
    createdAt: o.createdAt,
  };
}

/** Organisations of the three families and their members. Richer profiles live in each family's context. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: OrganizationsRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  /** State services (DDETS, DREETS, DGEFP) are set up by platform staff, who then invite their agents. */
  async createInstitution(actor: Actor, input: Omit<CreateOrganizationInput, 'family' | 'siret'>): Promise<OrganizationView> {
    requireAccess(organizationAccess(actor, 'register-institution'));
    return this.dataSource.transaction((manager) => this.createWithinTransaction(manager, actor, { ...input, family: 'institution' }, { creatorJoins: false }));
  }

  /**
   * Checks an organisation's identity (kind of its family, SIRET key, territory) and writes it in the
   * caller's transaction, with the creator as first admin when asked. Each family's context decides
   * who may create one and adds its own profile in the same transaction.
   */
  async createWithinTransaction(
    manager: EntityManager,
    actor: Actor,
    input: CreateOrganizationInput,
    options: { creatorJoins: boolean },
  ): Promise<OrganizationView> {
    const errors = this.checkCreation(input);
    if (errors.length) throw validationProblem(errors);
    const siret = input.siret ? normalizeSiret(input.siret) : null;
    const row: Partial<Organization> = {
      family: input.family,
      kind: input.kind,
      name: input.name.trim(),
      siret,
      authorizationStatus: input.family === 'prescriber' ? initialAuthorizationStatus(input.kind as PrescriberKind) : null,
      departmentCode: input.kind === 'DDETS_IAE' ? (input.departmentCode ?? null) : null,
      regionCode: input.kind === 'DREETS_IAE' ? (input.regionCode ?? null) : null,
      createdById: actor.userId,
    };
    const existing = await this.repository.duplicateOf(manager, row);
    if (existing) {
      throw new Problem(IdentityProblems.organizationExists, `${existing.name} est déjà inscrite ; demandez à son administrateur de vous inviter.`, {
        extensions: { existingOrganizationId: existing.id },
      });
    }
    const organization = await this.repository.createOrganization(manager, row);
    if (options.creatorJoins) {
      await this.repository.addMember(manager, { organizationId: organization.id, userId: actor.userId, role: 'admin' });
    }
    await this.audit.record(manager, {
      action: 'organization.created',
      subjectType: 'organization',
      subjectId: organization.id,
      actorUserId: actor.userId,
      details: { family: organization.family, kind: organization.kind, name: organization.name, siret },
    });
    return organizationView(organization);
  }

  /** Renames an organisation or corrects its SIRET (same checks as at creation). */
  async updateIdentityWithinTransaction(
    manager: EntityManager,
    actor: Actor,
    organizationId: string,
    changes: { name?: string; siret?: string | null },
  ): Promise<void> {
    const current = await this.repository.organizationByIdOrFail(organizationId, manager);
    const patch: Partial<Organization> = {};
    if (changes.name !== undefined) patch.name = changes.name.trim();
    if (changes.siret !== undefined) {
      const siret = changes.siret === null ? null : normalizeSiret(changes.siret);
      if (siret !== null && !isValidSiret(siret)) {
        throw validationProblem([{ field: 'siret', code: 'isSiret', message: 'Le SIRET doit compter 14 chiffres et sa clé de contrôle doit être juste.' }]);
      }
      if (siret === null && requiresSiret(current.family, current.kind)) {
        throw validationProblem([{ field: 'siret', code: 'isDefined', message: 'Le SIRET est obligatoire pour ce type d’organisation.' }]);
      }
      const duplicate = siret ? await this.repository.duplicateOf(manager, { ...current, siret }) : null;
      if (duplicate && duplicate.id !== organizationId) {
        throw new Problem(IdentityProblems.organizationExists, `Une autre organisation de ce type porte déjà ce SIRET (${duplicate.name}).`, {
          extensions: { existingOrganizationId: duplicate.id },
        });
      }
      patch.siret = siret;
    }
    if (Object.keys(patch).length === 0) return;
    await this.repository.updateOrganization(manager, organizationId, patch);
    await this.audit.record(manager, {
      action: 'organization.identity_changed',
      subjectType: 'organization',
      subjectId: organizationId,
      actorUserId: actor.userId,
      details: { from: { name: current.name, siret: current.siret }, to: patch },
    });
  }

  /** Sets a prescriber organisation's authorisation (staff validation, prefectoral habilitation, expiry). */
  async setAuthorizationStatusWithinTransaction(manager: EntityManager, organizationId: string, status: AuthorizationStatus): Promise<void> {
    await this.repository.setPrescriberAuthorization(manager, organizationId, { authorizationStatus: status });
  }

  /** A prescriber organisation's kind and authorisation, changed together (the prescribers context decides which). */
  async setPrescriberKindWithinTransaction(manager: EntityManager, organizationId: string, kind: PrescriberKind, status: AuthorizationStatus): Promise<void> {
    await this.repository.setPrescriberAuthorization(manager, organizationId, { kind, authorizationStatus: status });
  }

  /**
   * E-mail addresses of an organisation's members (admins only when asked), for notices; with
   * `notification`, without the members who switched that optional notification off there.
   */
  memberEmails(
    organizationId: string,
    options: { adminsOnly?: boolean; notification?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    return this.repository.memberEmails(manager, organizationId, options);
  }

  /**
   * Who hears of what one member did for the organisation: that member, unless they switched the
   * notification off; if they left it, their account was deactivated (or they acted as staff), its
   * admins instead, as the reference does.
   */
  async memberOrAdmins(
    organizationId: string,
    userId: string | null,
    options: { notification?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    const member = userId ? await this.repository.memberToNotify(manager, organizationId, userId, options.notification ?? null) : undefined;
    // A deactivated account counts as no member: its organisation's admins hear instead, as when a member left.
    if (member?.active) return member.switchedOff ? [] : [{ userId: member.userId, email: member.email, firstName: member.firstName }];
    return this.memberEmails(organizationId, { adminsOnly: true, notification: options.notification }, manager);
  }

  /** Whether a member left an optional notification on for this organisation. */
  async wantsNotification(userId: string, organizationId: string, notification: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return !(await this.repository.switchedOff(manager, userId, organizationId, notification));
  }

  /**
   * Whether the organisation is a habilitated prescriber now, read in the caller's transaction under a share lock:
   * a decision reserved to habilitated prescribers (a prolongation request's) is taken while the habilitation runs,
   * and its end (expiry, withdrawal, refusal) waits for the decision's commit, or is seen by it once committed.
   */
  async isHabilitatedWithinTransaction(manager: EntityManager, organizationId: string): Promise<boolean> {
    const organization = await this.repository.organizationByIdForShare(manager, organizationId);
    return !!organization && isHabilitated(organization.family, organization.authorizationStatus);
  }

  /** One organisation read in the caller's transaction under a share lock: a change of its habilitation waits for that transaction. */
  async findByIdForShare(manager: EntityManager, id: string): Promise<OrganizationView | null> {
    const organization = await this.repository.organizationByIdForShare(manager, id);
    return organization ? organizationView(organization) : null;
  }

  async findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<OrganizationView[]> {
    if (ids.length === 0) return [];
    return (await this.repository.organizationsByIds(ids, manager)).map(organizationView);
  }

  /**
   * Prescriber organisations of a kind habilitated by law whose habilitation the platform's team has not checked yet
   * (`not_set`), oldest first: the team's queue.
   */
  async pageAwaitingAuthorization(page: { cursor?: string; limit?: number }): Promise<Page<OrganizationView>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(page.cursor, ['timestamp', 'uuid']);
    const rows = await this.repository.awaitingAuthorization(after, limit + 1);
    const views = new Map((await this.findByIds(rows.map((r) => r.id))).map((o) => [o.id, o]));
    return toPage(
      rows,
      limit,
      (r) => [r.at, r.id],
      (r) => views.get(r.id) as OrganizationView,
    );
  }

  async membershipRole(userId: string, organizationId: string): Promise<MembershipRole | null> {
    const membership = await this.repository.membership(userId, organizationId);
    return membership?.role ?? null;
  }

  /** The DDETS IAE of a département, if it is on the platform. */
  async findDdets(departementCode: string, manager: EntityManager = this.dataSource.manager): Promise<OrganizationView | null> {
    const organization = await this.repository.ddetsOf(departementCode, manager);
    return organization ? organizationView(organization) : null;
  }

  /** Deletes the organisation, with what hangs on it (its memberships, invitations, and the profile another context keeps for it). */
  async deleteWithinTransaction(manager: EntityManager, id: string): Promise<void> {
    await this.repository.deleteOrganization(manager, id);
  }

  /** Every DDETS on the platform, by département. */
  async listDdets(manager: EntityManager = this.dataSource.manager): Promise<OrganizationView[]> {
    return (await this.repository.allDdets(manager)).map(organizationView);
  }

  async get(id: string): Promise<OrganizationView> {
    const organization = await this.repository.organizationById(id);
    if (!organization) throw notFound('Aucune organisation ne porte cet identifiant.');
    return organizationView(organization);
  }

  async listMembers(organizationId: string, page: { cursor?: string; limit?: number }): Promise<Page<MemberView>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(page.cursor, ['text', 'uuid']);
    const rows = await this.repository.membersPage(organizationId, after, limit + 1);
    return toPage(
      rows,
      limit,
      (r) => [r.sort_name, r.user_id],
      (r) => ({
        userId: r.user_id,
        firstName: r.first_name,
        lastName: r.last_name,
        email: r.email,
        role: r.role,
        joinedAt: r.created_at,
      }),
    );
  }

  async changeRole(actor: Actor, organizationId: string, userId: string, role: MembershipRole): Promise<MemberView> {
    return this.dataSource.transaction(async (manager) => {
      const { target, adminCount } = await this.lockMembers(manager, organizationId, userId);
      requireAccess(organizationAccess(actor, 'change-role'));
      const refusal = checkRoleChange({
        actorRole: actor.organization?.role ?? null,
        actorIsStaff: actor.isStaff,
        targetRole: target.role,
        newRole: role,
        adminCount,
      });
      if (refusal === 'last_admin') {
        throw new Problem(IdentityProblems.lastAdmin, 'C’est le dernier administrateur : nommez d’abord un autre administrateur.');
      }
      if (target.role !== role) {
        await this.repository.setRole(manager, target.id, role);
        await this.audit.record(manager, {
          action: 'membership.role_changed',
          subjectType: 'organization',
          subjectId: organizationId,
          actorUserId: actor.userId,
          actorOrganizationId: actor.organization?.id ?? null,
          details: { userId, from: target.role, to: role },
        });
      }
      return this.memberView(manager, organizationId, userId);
    });
  }

  async removeMember(actor: Actor, organizationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { target, adminCount, memberCount } = await this.lockMembers(manager, organizationId, userId);
      requireAccess(organizationAccess(actor, 'remove-member', { userId }));
      const refusal = checkRemoval({
        actorRole: actor.organization?.role ?? null,
        actorIsStaff: actor.isStaff,
        removingSelf: actor.userId === userId,
        targetRole: target.role,
        adminCount,
        memberCount,
      });
      if (refusal === 'last_admin') {
        throw new Problem(
          IdentityProblems.lastAdmin,
          'Le dernier administrateur ne peut pas partir tant que d’autres membres restent : nommez-en un autre d’abord.',
        );
      }
      await this.repository.deleteMembership(manager, target.id);
      await this.audit.record(manager, {
        action: actor.userId === userId ? 'membership.left' : 'membership.removed',
        subjectType: 'organization',
        subjectId: organizationId,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: { userId, role: target.role },
      });
    });
  }

  /** The account and its memberships, for `GET /api/me`: one query. */
  async profileOf(userId: string): Promise<Profile> {
    const rows = await this.accounts.profileRows(userId);
    if (rows.length === 0) throw notFound('Ce compte n’existe plus.');
    const user = rows[0];
    return {
      id: user.id as string,
      email: user.email as string,
      firstName: user.first_name as string,
      lastName: user.last_name as string,
      kind: user.kind as UserKind,
      isStaff: user.is_staff as boolean,
      emailConfirmed: user.email_confirmed_at !== null,
      hasPassword: user.has_password as boolean,
      proconnect: user.proconnect as boolean,
      createdAt: user.created_at as Date,
      memberships: rows
        .filter((row) => row.org_id !== null)
        .map((row) => ({
          role: row.role as MembershipRole,
          since: row.since as Date,
          organization: organizationView({
            id: row.org_id as string,
            family: row.family as OrganizationFamily,
            kind: row.org_kind as string,
            name: row.name as string,
            siret: row.siret as string | null,
            authorizationStatus: row.authorization_status as AuthorizationStatus | null,
            departmentCode: row.department_code as string | null,
            regionCode: row.region_code as string | null,
            createdAt: row.org_created_at as Date,
          }),
        })),
    };
  }

  private checkCreation(input: CreateOrganizationInput): FieldError[] {
    const errors: FieldError[] = [];
    const kinds = KINDS_BY_FAMILY[input.family];
    if (!(input.kind in kinds)) {
      errors.push({
        field: 'kind',
        code: 'isIn',
        message: `Le type « ${input.kind} » n’existe pas pour cette famille ; valeurs possibles : ${Object.keys(kinds).join(', ')}.`,
      });
      return errors;
    }
    if (input.siret !== undefined) {
      if (!isValidSiret(normalizeSiret(input.siret))) {
        errors.push({ field: 'siret', code: 'isSiret', message: 'Le SIRET doit compter 14 chiffres et sa clé de contrôle doit être juste.' });
      }
    } else if (requiresSiret(input.family, input.kind)) {
      errors.push({ field: 'siret', code: 'isDefined', message: 'Le SIRET est obligatoire pour ce type d’organisation.' });
    }
    if (input.kind === 'DDETS_IAE' && !(input.departmentCode && hasDdets(input.departmentCode))) {
      errors.push({ field: 'departmentCode', code: 'isDepartement', message: 'Indiquez le code d’un département de France (01 à 95, 2A, 2B, 971 à 976).' });
    }
    if (input.kind === 'DREETS_IAE' && !(input.regionCode && hasDreets(input.regionCode))) {
      errors.push({ field: 'regionCode', code: 'isRegion', message: 'Indiquez le code INSEE d’une région (11, 24, 84…).' });
    }
    return errors;
  }

  /** Locks the organisation's memberships so role counts cannot change under us; a deactivated account counts for nothing. */
  private async lockMembers(manager: EntityManager, organizationId: string, userId: string) {
    const members = await this.repository.lockMembers(manager, organizationId);
    const target = members.find((m) => m.userId === userId);
    if (!target) throw notFound('Cette personne n’est pas membre de l’organisation.');
    const active = members.filter((m) => m.active);
    return { target, adminCount: active.filter((m) => m.role === 'admin').length, memberCount: active.length };
  }

  private async memberView(manager: EntityManager, organizationId: string, userId: string): Promise<MemberView> {
    const row = (await this.repository.member(manager, organizationId, userId))!;
    return { userId: row.user_id, firstName: row.first_name, lastName: row.last_name, email: row.email, role: row.role, joinedAt: row.created_at };
  }
}
