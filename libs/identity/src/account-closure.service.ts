import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, notFound, ruleProblem, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { AccountsRepository } from './accounts.repository';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordHasher } from './password-hasher';
import { successorAdmin } from './rules/membership-rules';
import { User } from './user.entity';

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
    private readonly accounts: AccountsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async deactivate(actor: Actor, userId: string, reason: string): Promise<void> {
    if (userId === actor.userId) {
      throw ruleProblem([{ field: 'userId', code: 'notSelf', message: 'Un membre de l’équipe ne désactive pas son propre compte ; un autre le fait.' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await this.accounts.userByIdForUpdate(manager, userId);
      if (!user) throw notFound('Aucun compte ne porte cet identifiant.');
      if (user.disabledAt) return;
      await this.disableWithinTransaction(manager, user, { byUserId: actor.userId, reason: reason.trim(), closedByPerson: false });
    });
  }

  /** A person closes their own account, password confirmed. */
  async closeOwn(actor: Actor, password: string): Promise<ClosureView> {
    const user = await this.accounts.userWithPasswordHashById(actor.userId);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw validationProblem([{ field: 'password', code: 'wrongPassword', message: 'Le mot de passe est incorrect.' }]);
    }
    const closedAt = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.lockUser(manager, user.id);
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
    await this.accounts.disableUser(manager, user.id, { now, reason: how.reason, byUserId: how.byUserId, closedAt: how.closedByPerson ? now : null });
    await this.accounts.revokeRefreshTokens(manager, { userId: user.id }, 'disabled', now);
    await this.accounts.expireUnusedLinks(manager, user.id, now);
    if (how.closedByPerson) {
      await this.organizations.deleteNotificationPreferences(manager, user.id);
      // The ProConnect identity goes too: a later sign-in meets the closed account by its address, and is refused.
      await this.accounts.deleteProconnectIdentities(manager, user.id);
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
    for (const organizationId of await this.organizations.administeredBy(manager, userId)) {
      const members = await this.organizations.lockMembers(manager, organizationId);
      const successor = successorAdmin(members, userId);
      if (!successor) continue;
      await this.organizations.setRoleOf(manager, organizationId, successor, 'admin');

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
