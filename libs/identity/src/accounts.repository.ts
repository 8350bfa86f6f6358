import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { MembershipRole, OrganizationFamily, UserKind } from '@iae/core';
import { preparedQuery } from '@iae/database';
import { ProConnectIdentity } from './proconnect/proconnect-identity.entity';
import { RefreshToken, RevokedReason } from './refresh-token.entity';
import { Session, SessionEndReason } from './session.entity';
import { User } from './user.entity';
import { UserToken, UserTokenPurpose } from './user-token.entity';

/** The tables whose rows expire (`expires_at`), purged a week later. */
export type ExpiringTable = 'user_tokens' | 'refresh_tokens' | 'sessions';

/** The caller, their organisation and role in it, and whether their session is open (see ActorLoader). */
export interface ActorRow {
  id: string;
  email: string;
  kind: UserKind;
  is_staff: boolean;
  disabled: boolean;
  org_id: string | null;
  org_family: OrganizationFamily | null;
  org_kind: string | null;
  org_name: string | null;
  authorization_status: string | null;
  department_code: string | null;
  region_code: string | null;
  role: MembershipRole | null;
  session_open: boolean;
}

/**
 * The accounts' SQL (users, one-time links, sessions and their refresh tokens, ProConnect identities), one method per
 * query; a method given an EntityManager runs in the caller's transaction.
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many rows of the table expired before `cutoff`. */
  async expiredCount(table: ExpiringTable, cutoff: Date): Promise<number> {
    return (await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE expires_at < $1`, [cutoff]))[0].n as number;
  }

  /** Deletes the rows of the table that expired before `cutoff`, answering how many. */
  async purgeExpired(table: ExpiringTable, cutoff: Date): Promise<number> {
    return (await this.dataSource.query(`WITH d AS (DELETE FROM ${table} WHERE expires_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM d`, [cutoff]))[0]
      .n as number;
  }

  /** Creates the account unless its address has one already: the new account's id, or null. */
  async insertUserUnlessEmailTaken(manager: EntityManager, values: Partial<User>): Promise<string | null> {
    const inserted = await manager.createQueryBuilder().insert().into(User).values(values).orIgnore().returning(['id']).execute();
    return (inserted.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  createUser(manager: EntityManager, values: Partial<User>): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(values));
  }

  userById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  userByIdOrFail(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    return manager.getRepository(User).findOneByOrFail({ id });
  }

  userByIdForUpdate(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks the account's row (against a concurrent deactivation). */
  async lockUser(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [id]);
  }

  userByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email });
  }

  userByEmailForUpdate(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
  }

  /** The account of the address with its password hash (not selected otherwise). */
  userWithPasswordHashByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  /** The account with its password hash (not selected otherwise). */
  userWithPasswordHashById(id: string): Promise<User> {
    return this.dataSource.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOneOrFail();
  }

  emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(User).existsBy({ email });
  }

  /** The platform's staff who can act (not disabled), by e-mail. */
  async activeStaff(manager: EntityManager): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    const rows: Array<{ id: string; email: string; first_name: string }> = await manager.query(
      `SELECT id, email, first_name FROM users WHERE is_staff AND disabled_at IS NULL ORDER BY email`,
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, firstName: r.first_name }));
  }

  saveUser(manager: EntityManager, user: User): Promise<User> {
    return manager.getRepository(User).save(user);
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { passwordHash });
  }

  /** A new password: its hash and when it changed. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string, now: Date): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { passwordHash, passwordChangedAt: now });
  }

  async setEmailConfirmed(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { emailConfirmedAt: now });
  }

  async setLastLogin(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { lastLoginAt: now });
  }

  async updateNames(userId: string, patch: Pick<Partial<User>, 'firstName' | 'lastName'>): Promise<void> {
    await this.dataSource.getRepository(User).update({ id: userId }, patch);
  }

  /** Disables the account (with the date the person closed it themselves, if they did). */
  async disableUser(manager: EntityManager, userId: string, how: { now: Date; reason: string; byUserId: string; closedAt: Date | null }): Promise<void> {
    await manager.query(`UPDATE users SET disabled_at = $2, disabled_reason = $3, disabled_by_id = $4, closed_at = $5 WHERE id = $1`, [
      userId,
      how.now,
      how.reason,
      how.byUserId,
      how.closedAt,
    ]);
  }

  createSession(manager: EntityManager, values: Partial<Session>): Promise<Session> {
    return manager.getRepository(Session).save(manager.getRepository(Session).create(values));
  }

  /** A session refreshed: when, and its new end. */
  async extendSession(manager: EntityManager, id: string, now: Date, expiresAt: Date): Promise<void> {
    await manager.getRepository(Session).update({ id }, { lastRefreshedAt: now, expiresAt });
  }

  /** Ends the sessions of the scope still open. */
  async endSessions(manager: EntityManager, scope: FindOptionsWhere<Session>, reason: SessionEndReason, now: Date): Promise<void> {
    await manager.getRepository(Session).update({ ...scope, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  /** The ProConnect ID token of the session a refresh token belongs to (null for a password session or an unknown token). */
  async proconnectIdTokenOfRefreshToken(tokenHash: string): Promise<string | null> {
    const rows: Array<{ id_token: string | null }> = await this.dataSource.query(
      `SELECT s.proconnect_id_token AS id_token FROM refresh_tokens r JOIN sessions s ON s.id = r.family_id WHERE r.token_hash = $1`,
      [tokenHash],
    );
    return rows[0]?.id_token ?? null;
  }

  refreshTokenByHash(manager: EntityManager, tokenHash: string, options: { lock?: boolean } = {}): Promise<RefreshToken | null> {
    return manager.getRepository(RefreshToken).findOne({ where: { tokenHash }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The id of the refresh token just issued with this hash. */
  async refreshTokenIdByHash(manager: EntityManager, tokenHash: string): Promise<string> {
    return (await manager.getRepository(RefreshToken).findOneByOrFail({ tokenHash })).id;
  }

  async insertRefreshToken(manager: EntityManager, values: Partial<RefreshToken>): Promise<void> {
    await manager.getRepository(RefreshToken).insert(values);
  }

  /** Revokes the refresh tokens of the scope not revoked yet. */
  async revokeRefreshTokens(manager: EntityManager, scope: FindOptionsWhere<RefreshToken>, reason: RevokedReason, now: Date): Promise<void> {
    await manager.getRepository(RefreshToken).update({ ...scope, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  /** A refresh token used once: revoked, and replaced by the next of its chain. */
  async markRotated(manager: EntityManager, id: string, replacedById: string, now: Date): Promise<void> {
    await manager.getRepository(RefreshToken).update({ id }, { revokedAt: now, revokedReason: 'rotated', replacedById });
  }

  /** A one-time link by its hash, locked when asked. */
  linkByHash(tokenHash: string, purpose: UserTokenPurpose, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}) {
    return manager
      .getRepository(UserToken)
      .findOne({ where: { tokenHash, purpose }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async insertLink(manager: EntityManager, values: Partial<UserToken>): Promise<void> {
    await manager.getRepository(UserToken).insert(values);
  }

  saveLink(manager: EntityManager, link: UserToken): Promise<UserToken> {
    return manager.getRepository(UserToken).save(link);
  }

  /** Expires the account's unused links (of one purpose, or all). */
  async expireUnusedLinks(manager: EntityManager, userId: string, now: Date, purpose?: UserTokenPurpose): Promise<void> {
    await manager.getRepository(UserToken).update({ userId, ...(purpose ? { purpose } : {}), usedAt: IsNull() }, { expiresAt: now });
  }

  proconnectIdentityBySubForUpdate(manager: EntityManager, issuer: string, sub: string): Promise<ProConnectIdentity | null> {
    return manager.getRepository(ProConnectIdentity).findOne({ where: { issuer, sub }, lock: { mode: 'pessimistic_write' } });
  }

  hasProconnectIdentity(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.getRepository(ProConnectIdentity).existsBy({ userId });
  }

  saveProconnectIdentity(manager: EntityManager, identity: ProConnectIdentity): Promise<ProConnectIdentity> {
    return manager.getRepository(ProConnectIdentity).save(identity);
  }

  async deleteProconnectIdentities(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM proconnect_identities WHERE user_id = $1`, [userId]);
  }

  /** The caller, whether the session of their token is still open, and, when one is named, the organisation and their role in it. */
  async actor(userId: string, organizationId: string | null, sessionId: string): Promise<ActorRow | null> {
    // Prepared: every authenticated request asks it.
    const rows = await preparedQuery<ActorRow>(
      this.dataSource.manager,
      `SELECT u.id, u.email, u.kind, u.is_staff, u.disabled_at IS NOT NULL AS disabled,
              o.id AS org_id, o.family AS org_family, o.kind AS org_kind, o.name AS org_name,
              o.authorization_status, o.department_code, o.region_code, m.role,
              EXISTS (SELECT 1 FROM sessions s WHERE s.id = $3::uuid AND s.user_id = u.id AND s.revoked_at IS NULL) AS session_open
         FROM users u
         LEFT JOIN organizations o ON o.id = $2::uuid
         LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = u.id
        WHERE u.id = $1::uuid`,
      [userId, organizationId, sessionId],
    );
    return rows[0] ?? null;
  }

  /** The account and its memberships, one row per membership (one with null organisation columns without any). */
  profileRows(userId: string): Promise<Array<Record<string, unknown>>> {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.first_name, u.last_name, u.kind, u.is_staff, u.email_confirmed_at, u.created_at,
              u.password_hash NOT LIKE '!%' AS has_password,
              EXISTS (SELECT 1 FROM proconnect_identities p WHERE p.user_id = u.id) AS proconnect,
              m.role, m.created_at AS since,
              o.id AS org_id, o.family, o.kind AS org_kind, o.name, o.siret, o.authorization_status,
              o.department_code, o.region_code, o.created_at AS org_created_at
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organizations o ON o.id = m.organization_id
        WHERE u.id = $1
        ORDER BY o.name, o.id`,
      [userId],
    );
  }
}
