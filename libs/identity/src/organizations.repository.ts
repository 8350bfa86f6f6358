import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { MembershipRole } from '@iae/core';
import { findEntityBy } from '@iae/database';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { AuthorizationStatus, PrescriberKind } from './rules/organization-kinds';

/** A member as the rules on roles see them: a deactivated account is not `active`. */
export interface LockedMember {
  id: string;
  userId: string;
  role: MembershipRole;
  active: boolean;
  joinedAt: Date;
}

export interface MemberRow {
  user_id: string;
  first_name: string;
  last_name: string;
  email: string;
  role: MembershipRole;
  created_at: Date;
}

/**
 * The organisations' SQL (organisations, memberships, the members' notification preferences), one method per query;
 * a method given an EntityManager runs in the caller's transaction.
 */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  createOrganization(manager: EntityManager, values: Partial<Organization>): Promise<Organization> {
    return manager.getRepository(Organization).save(manager.getRepository(Organization).create(values));
  }

  organizationById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ id });
  }

  organizationByIdOrFail(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organization> {
    return manager.getRepository(Organization).findOneByOrFail({ id });
  }

  /** The organisation, locked: one change of its members or invitations at a time. */
  organizationByIdForUpdate(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.getRepository(Organization).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The organisation, share-locked: what a decision made in its name reads of it (its authorisation) cannot change
   * until the decision commits; a change already committed (a habilitation ended or withdrawn) is the one read.
   */
  organizationByIdForShare(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.getRepository(Organization).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  async organizationsByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Organization[]> {
    // One id (the employer of an eligibility answer, a candidature's parties): a statement planned once per connection.
    if (ids.length === 1) {
      const organization = await findEntityBy(manager, Organization, 'id', ids[0]);
      return organization ? [organization] : [];
    }
    return manager.getRepository(Organization).findBy({ id: In(ids) });
  }

  /** The organisations of a SIRET, the oldest first. */
  organizationsWithSiret(manager: EntityManager, siret: string): Promise<Organization[]> {
    return manager.getRepository(Organization).find({ where: { siret }, order: { createdAt: 'ASC' } });
  }

  /** The organisation this one would duplicate: the same kind and SIRET, or the single State service of its territory. */
  duplicateOf(manager: EntityManager, row: Partial<Organization>): Promise<Organization | null> {
    const organizations = manager.getRepository(Organization);
    if (row.siret) return organizations.findOneBy({ siret: row.siret, kind: row.kind });
    if (row.kind === 'DDETS_IAE') return organizations.findOneBy({ kind: row.kind, departmentCode: row.departmentCode ?? undefined });
    if (row.kind === 'DREETS_IAE') return organizations.findOneBy({ kind: row.kind, regionCode: row.regionCode ?? undefined });
    if (row.kind === 'DGEFP_IAE') return organizations.findOneBy({ kind: row.kind });
    return Promise.resolve(null);
  }

  /** The DDETS IAE of a département, if it is on the platform. */
  ddetsOf(departementCode: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ kind: 'DDETS_IAE', departmentCode: departementCode });
  }

  /** Every DDETS on the platform, by département. */
  allDdets(manager: EntityManager = this.dataSource.manager): Promise<Organization[]> {
    return manager.getRepository(Organization).find({ where: { kind: 'DDETS_IAE' }, order: { departmentCode: 'ASC' } });
  }

  /**
   * Prescriber organisations whose habilitation awaits the team's check, oldest first, after the cursor (created_at, id);
   * the timestamp as PostgreSQL's text, to the microsecond: a JavaScript date would lose the order of ties.
   */
  awaitingAuthorization(after: Array<string | number | null> | null, limit: number): Promise<Array<{ id: string; at: string }>> {
    return this.dataSource.query(
      `SELECT id, created_at::text AS at FROM organizations
        WHERE family = 'prescriber' AND authorization_status = 'not_set'
          AND ($1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid))
        ORDER BY created_at, id
        LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async updateOrganization(manager: EntityManager, id: string, patch: Partial<Organization>): Promise<void> {
    await manager.getRepository(Organization).update({ id }, patch);
  }

  /** Sets a prescriber organisation's authorisation, and its kind when given. */
  async setPrescriberAuthorization(
    manager: EntityManager,
    id: string,
    change: { authorizationStatus: AuthorizationStatus; kind?: PrescriberKind },
  ): Promise<void> {
    await manager.getRepository(Organization).update({ id, family: 'prescriber' }, change);
  }

  /** Deletes the organisation, with what hangs on it (its memberships, invitations, and the profile another context keeps for it). */
  async deleteOrganization(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Organization).delete({ id });
  }

  async addMember(manager: EntityManager, values: { organizationId: string; userId: string; role: MembershipRole }): Promise<void> {
    await manager.getRepository(Membership).insert(values);
  }

  createMembership(manager: EntityManager, values: { organizationId: string; userId: string; role: MembershipRole }): Promise<Membership> {
    return manager.getRepository(Membership).save(manager.getRepository(Membership).create(values));
  }

  membership(userId: string, organizationId: string): Promise<Membership | null> {
    return this.dataSource.getRepository(Membership).findOneBy({ userId, organizationId });
  }

  isMember(manager: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    return manager.getRepository(Membership).existsBy({ organizationId, userId });
  }

  /** Whether an account of this address is a member of the organisation. */
  async hasMemberWithEmail(manager: EntityManager, organizationId: string, email: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`, [
      organizationId,
      email,
    ]);
    return rows.length > 0;
  }

  /** The person's memberships among these organisations. */
  membershipsIn(manager: EntityManager, userId: string, organizationIds: string[]): Promise<Membership[]> {
    return manager.getRepository(Membership).findBy(organizationIds.map((organizationId) => ({ userId, organizationId })));
  }

  /** How many members the organisation has whose account is active. */
  async activeMemberCount(manager: EntityManager, organizationId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `SELECT count(*)::int AS count FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.disabled_at IS NULL`,
      [organizationId],
    );
    return count;
  }

  /** The organisations the person administers. */
  async administeredBy(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: Array<{ organization_id: string }> = await manager.query(`SELECT organization_id FROM memberships WHERE user_id = $1 AND role = 'admin'`, [
      userId,
    ]);
    return rows.map((r) => r.organization_id);
  }

  /** The organisation's memberships, locked so that role counts cannot change under the caller. */
  lockMembers(manager: EntityManager, organizationId: string): Promise<LockedMember[]> {
    return manager.query(
      `SELECT m.id, m.user_id AS "userId", m.role, u.disabled_at IS NULL AS active, m.created_at AS "joinedAt"
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 FOR UPDATE OF m`,
      [organizationId],
    );
  }

  async setRole(manager: EntityManager, membershipId: string, role: MembershipRole): Promise<void> {
    await manager.getRepository(Membership).update({ id: membershipId }, { role });
  }

  async setRoleOf(manager: EntityManager, organizationId: string, userId: string, role: MembershipRole): Promise<void> {
    await manager.getRepository(Membership).update({ organizationId, userId }, { role });
  }

  async deleteMembership(manager: EntityManager, membershipId: string): Promise<void> {
    await manager.getRepository(Membership).delete({ id: membershipId });
  }

  async member(manager: EntityManager, organizationId: string, userId: string): Promise<MemberRow | undefined> {
    const [row] = await manager.query(
      `SELECT m.user_id, u.first_name, u.last_name, u.email, m.role, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND m.user_id = $2`,
      [organizationId, userId],
    );
    return row;
  }

  /** A page of the organisation's active members, by name, after the cursor (lower name, user id). */
  membersPage(organizationId: string, after: Array<string | number | null> | null, limit: number): Promise<Array<MemberRow & { sort_name: string }>> {
    return this.dataSource.query(
      `SELECT m.user_id, u.first_name, u.last_name, u.email, m.role, m.created_at,
              lower(u.last_name || ' ' || u.first_name) AS sort_name
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND u.disabled_at IS NULL
          AND ($2::text IS NULL OR (lower(u.last_name || ' ' || u.first_name), m.user_id) > ($2::text, $3::uuid))
        ORDER BY sort_name, m.user_id
        LIMIT $4`,
      [organizationId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /**
   * E-mail addresses of an organisation's active members (admins only when asked); with `notification`, without the
   * members who switched that optional notification off there.
   */
  memberEmails(
    manager: EntityManager,
    organizationId: string,
    options: { adminsOnly?: boolean; notification?: string },
  ): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    return manager.query(
      `SELECT u.id AS "userId", u.email, u.first_name AS "firstName"
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND ($2::boolean IS FALSE OR m.role = 'admin') AND u.disabled_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u.id AND p.organization_id = $1 AND p.notification = $3)
        ORDER BY u.email`,
      [organizationId, options.adminsOnly ?? false, options.notification ?? null],
    );
  }

  /** The member's address, whether their account is active and whether they switched the notification off there. */
  async memberToNotify(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    notification: string | null,
  ): Promise<{ userId: string; email: string; firstName: string; active: boolean; switchedOff: boolean } | undefined> {
    const [member] = await manager.query(
      `SELECT u.id AS "userId", u.email, u.first_name AS "firstName", u.disabled_at IS NULL AS active,
              EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u.id AND p.organization_id = $1 AND p.notification = $3) AS "switchedOff"
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND m.user_id = $2`,
      [organizationId, userId, notification],
    );
    return member;
  }

  /** Whether a member switched an optional notification off for this organisation. */
  async switchedOff(manager: EntityManager, userId: string, organizationId: string, notification: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM notification_preferences WHERE user_id = $1 AND organization_id = $2 AND notification = $3`, [
      userId,
      organizationId,
      notification,
    ]);
    return rows.length > 0;
  }

  /** The organisations the person is a member of, by name. */
  organizationsOfMember(userId: string): Promise<Array<{ id: string; name: string; family: string }>> {
    return this.dataSource.query(
      `SELECT o.id, o.name, o.family FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }

  /** The notifications the person switched off, per organisation. */
  switchedOffNotifications(userId: string): Promise<Array<{ organization_id: string; notification: string }>> {
    return this.dataSource.query(`SELECT organization_id, notification FROM notification_preferences WHERE user_id = $1`, [userId]);
  }

  /** Switches every notification of the organisation back on for the person. */
  async clearSwitchedOff(manager: EntityManager, userId: string, organizationId: string): Promise<void> {
    await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1 AND organization_id = $2`, [userId, organizationId]);
  }

  async switchOff(manager: EntityManager, userId: string, organizationId: string, notifications: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (user_id, organization_id, notification) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
      [userId, organizationId, notifications],
    );
  }

  /** Forgets the person's notification preferences everywhere (a closed account). */
  async deleteNotificationPreferences(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
  }
}
