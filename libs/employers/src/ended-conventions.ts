import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ScheduledJobs, addDays } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { OrganizationsService, isSiaeKind } from '@iae/identity';
import { Employer } from './employer.entity';
import { EmployersRepository } from './employers.repository';
import { CONVENTION_GRACE_DAYS, afterGrace } from './rules/employer-activity';
import { employersChanged } from './events';

export const ENDED_CONVENTIONS_JOB = 'employers.ended-conventions';

/**
 * After the 30 days of grace of an ended convention (rules card, reference platform): a SIAE that holds
 * no data is deleted; the others are kept, with their candidatures and hires, and unlisted for good.
 */
@Injectable()
export class EndedConventions implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
    private readonly repository: EmployersRepository,
    private readonly organizations: OrganizationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: ENDED_CONVENTIONS_JOB,
      description: `Après les ${CONVENTION_GRACE_DAYS} jours de grâce d’un conventionnement terminé, supprime la SIAE sans données, sort les autres des recherches (leurs candidatures et embauches gardées).`,
      cron: '50 5 * * *',
      run: ({ dryRun }) => this.run(dryRun),
    });
  }

  async run(dryRun: boolean): Promise<{ summary: string; deleted: number; unlisted: number }> {
    const today = this.clock.today();
    const due = await this.repository.endedConventionsBy(addDays(today, -CONVENTION_GRACE_DAYS));
    const done = { deleted: 0, unlisted: 0 };
    for (const id of due) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        // Re-read under lock: a reactivation may have come in between.
        const employer = await this.repository.findByIdForUpdate(manager, id);
        if (!employer) return null;
        const holds = await this.repository.holdsData(manager, id);
        const step = afterGrace(
          { isSiae: isSiaeKind(employer.kind), deactivatedOn: employer.deactivatedOn, unlisted: !!employer.unlistedAt, holdsData: holds },
          today,
        );
        if (!step || dryRun) return step;
        if (step === 'delete') await this.delete(manager, employer);
        else await this.unlist(manager, employer);
        return step;
      });
      if (outcome === 'delete') done.deleted++;
      if (outcome === 'unlist') done.unlisted++;
    }
    return { summary: `${done.deleted} SIAE ${dryRun ? 'to delete' : 'deleted'}, ${done.unlisted} ${dryRun ? 'to unlist' : 'unlisted'}`, ...done };
  }

  private async delete(manager: EntityManager, employer: Employer): Promise<void> {
    const [organization] = await this.organizations.findByIds([employer.id], manager);
    await this.audit.record(manager, {
      action: 'employer.deleted_after_grace',
      subjectType: 'organization',
      subjectId: employer.id,
      details: { name: organization?.name ?? null, siret: organization?.siret ?? null, kind: employer.kind, deactivatedOn: employer.deactivatedOn },
    });
    // The organisation carries its employer profile, job descriptions, memberships and invitations with it.
    await this.organizations.deleteWithinTransaction(manager, employer.id);
    await this.reindex(manager, employer.id);
  }

  private async unlist(manager: EntityManager, employer: Employer): Promise<void> {
    await this.repository.update(manager, employer.id, { unlistedAt: this.clock.now() });
    await this.audit.record(manager, {
      action: 'employer.unlisted_after_grace',
      subjectType: 'organization',
      subjectId: employer.id,
      details: { kind: employer.kind, deactivatedOn: employer.deactivatedOn },
    });
    await this.reindex(manager, employer.id);
  }

  private async reindex(manager: EntityManager, employerId: string): Promise<void> {
    await this.outbox.publish(manager, employersChanged([employerId]));
  }
}
