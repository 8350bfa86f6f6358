import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Invitation } from './invitation.entity';

/** The invitations' SQL, one method per query; a method given an EntityManager runs in the caller's transaction. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many invitations of the organisation are still pending at `now`. */
  pendingCount(manager: EntityManager, organizationId: string, now: Date): Promise<number> {
    return manager.getRepository(Invitation).count({ where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  /** The invitation of the organisation to this address neither accepted nor revoked (expired or not). */
  openInvitation(manager: EntityManager, organizationId: string, email: string): Promise<Invitation | null> {
    return manager.getRepository(Invitation).findOneBy({ organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() });
  }

  save(manager: EntityManager, invitation: Invitation): Promise<Invitation> {
    return manager.getRepository(Invitation).save(invitation);
  }

  /** The organisation's latest invitations, newest first. */
  latestOf(organizationId: string, limit: number): Promise<Invitation[]> {
    return this.dataSource.getRepository(Invitation).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** One of the organisation's invitations, locked. */
  ofOrganizationForUpdate(manager: EntityManager, organizationId: string, id: string): Promise<Invitation | null> {
    return manager.getRepository(Invitation).findOne({ where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  byTokenHash(tokenHash: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<Invitation | null> {
    return manager.getRepository(Invitation).findOne({ where: { tokenHash }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  existsWithTokenHash(manager: EntityManager, tokenHash: string): Promise<boolean> {
    return manager.getRepository(Invitation).existsBy({ tokenHash });
  }

  /** The invitations sent to an address by these organisations, locked, the oldest first. */
  toEmailFrom(manager: EntityManager, email: string, organizationIds: string[]): Promise<Invitation[]> {
    return manager
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.email = :email AND i.organization_id IN (:...organizationIds)', { email, organizationIds })
      .setLock('pessimistic_write')
      .orderBy('i.created_at', 'ASC')
      .getMany();
  }
}
