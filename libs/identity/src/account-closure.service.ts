import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, Clock, MembershipRole, notFound, ruleProblem, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { Membership } from './membership.entity';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { successorAdmin } from './rules/membership-rules';
import { User } from './user.entity';
import { UserToken } from './user-token.entity';

/** What a closed account leaves behind, and why (the person reads it). */
export const KEPT_AFTER_CLOSURE = [
  'Votre dossier de candidat, vos candidatures, vos PASS IAE et vos diagnostics d’éligibilité : les structures et l’État en rendent compte (aide au poste, contrôle a posteriori).',
  'Le journal de ce qui a été fait sur la plateforme, et par qui : il sert de preuve en cas de contrôle ou de litige.',
  'Vos appartenances passées aux organisations : elles datent les actions faites en leur nom.',
];

export interface ClosureView {
  closedAt: Date;
  kept: string[];
}

/**
 * Deactivated accounts: staff deactivate one, a person closes their own. Either way the sessions end,
 * the account no longer signs in nor counts as a member (or prescriber) of any organisation, and what
 * the law keeps stays.
 */
@Injectable()
export class AccountClosureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async deactivate(actor: Actor, userId: string, reason: string): Promise<void> {
    if (userId === actor.userId) {
      throw ruleProblem([{ field: 'userId', code: 'notSelf', message: 'Un membre de l’équipe ne désactive pas son propre compte ; un autre le fait.' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('Aucun compte ne porte cet identifiant.');
      if (user.disabledAt) return;
      await this.disableWithinTransaction(manager, user, { byUserId: actor.userId, reason: reason.trim(), closedByPerson: false });
    });
  }

  /** A person closes their own account, password confirmed. */
  async closeOwn(actor: Actor, password: string): Promise<ClosureView> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw validationProblem([{ field: 'password', code: 'wrongPassword', message: 'Le mot de passe est incorrect.' }]);
    }
    const closedAt = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      await this.disableWithinTransaction(manager, user, { byUserId: user.id, reason: 'Fermé à la demande de la personne', closedByPerson: true });
    });
    return { closedAt, kept: KEPT_AFTER_CLOSURE };
  }

  private async disableWithinTransaction(
    manager: EntityManager,
    user: User,
    how: { byUserId: string; reason: string; closedByPerson: boolean },
  ): Promise<void> {
    const now = this.clock.now();
    await manager.query(`UPDATE users SET disabled_at = $2, disabled_reason = $3, disabled_by_id = $4, closed_at = $5 WHERE id = $1`, [
      user.id,
      now,
      how.reason,
      how.byUserId,
      how.closedByPerson ? now : null,
    ]);
    await manager.getRepository(RefreshToken).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now, revokedReason: 'disabled' });
    await manager.getRepository(UserToken).update({ userId: user.id, usedAt: IsNull() }, { expiresAt: now });
    if (how.closedByPerson) {
      await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [user.id]);
      // The ProConnect identity goes too: a later sign-in meets the closed account by its address, and is refused.
      await manager.query(`DELETE FROM proconnect_identities WHERE user_id = $1`, [user.id]);
    }
    await this.keepAnAdmin(manager, user.id, how.byUserId);
    await this.audit.record(manager, {
      action: how.closedByPerson ? 'user.closed' : 'user.deactivated',
      subjectType: 'user',
      subjectId: user.id,
      actorUserId: how.byUserId,
      details: { reason: how.reason },
    });
  }

  /** Each organisation the person administered keeps an active admin (the longest-standing active member). */
  private async keepAnAdmin(manager: EntityManager, userId: string, byUserId: string): Promise<void> {
    const organizations: Array<{ organization_id: string }> = await manager.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1 AND role = 'admin'`,
      [userId],
    );
    for (const { organization_id: organizationId } of organizations) {
      const members: Array<{ userId: string; role: MembershipRole; active: boolean; joinedAt: Date }> = await manager.query(
        `SELECT m.user_id AS "userId", m.role, u.disabled_at IS NULL AS active, m.created_at AS "joinedAt"
           FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 FOR UPDATE OF m`,
        [organizationId],
      );
      const successor = successorAdmin(members, userId);
      if (!successor) continue;
      await manager.getRepository(Membership).update({ organizationId, userId: successor }, { role: 'admin' });
      await this.audit.record(manager, {
        action: 'membership.admin_appointed',
        subjectType: 'organization',
        subjectId: organizationId,
        actorUserId: byUserId,
        details: { userId: successor, replacing: userId, why: 'account_deactivated' },
      });
    }
  }
}
