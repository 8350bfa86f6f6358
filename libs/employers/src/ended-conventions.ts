import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ScheduledJobs, addDays } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { isSiaeKind } from '@iae/identity';
import { Employer } from './employer.entity';
import { CONVENTION_GRACE_DAYS, afterGrace } from './rules/employer-activity';
import { employersChanged } from './events';

export const ENDED_CONVENTIONS_JOB = 'employers.ended-conventions';

/**
 * Whether anything on the platform still refers to the employer: candidatures received, sent or
 * transferred, hires and their PASS IAE, eligibility diagnoses, a control, suspensions, prolongations,
 * candidates it followed, files, antennes. A read across the contexts' tables, like the control's
 * population: the employers context cannot depend on the ones that depend on it.
 */
const HOLDS_DATA = `
  SELECT EXISTS (SELECT 1 FROM candidatures WHERE employer_id = $1 OR sender_organization_id = $1 OR transferred_from_employer_id = $1)
      OR EXISTS (SELECT 1 FROM pass_iae_hires WHERE employer_id = $1)
      OR EXISTS (SELECT 1 FROM pass_iae WHERE origin_employer_id = $1)
      OR EXISTS (SELECT 1 FROM eligibility_diagnoses WHERE author_organization_id = $1)
      OR EXISTS (SELECT 1 FROM control_evaluations WHERE employer_id = $1)
      OR EXISTS (SELECT 1 FROM pass_iae_suspensions WHERE organization_id = $1)
      OR EXISTS (SELECT 1 FROM pass_iae_prolongations WHERE declared_by_employer_id = $1)
      OR EXISTS (SELECT 1 FROM pass_iae_prolongation_requests WHERE declared_by_employer_id = $1)
      OR EXISTS (SELECT 1 FROM candidates WHERE created_by_organization_id = $1)
      OR EXISTS (SELECT 1 FROM candidate_assignments WHERE organization_id = $1)
      OR EXISTS (SELECT 1 FROM stored_files WHERE organization_id = $1)
      OR EXISTS (SELECT 1 FROM employers WHERE parent_id = $1) AS holds`;

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
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM employers WHERE deactivated_on IS NOT NULL AND unlisted_at IS NULL AND deactivated_on <= $1 ORDER BY deactivated_on, id`,
      [addDays(today, -CONVENTION_GRACE_DAYS)],
    );
    const done = { deleted: 0, unlisted: 0 };
    for (const { id } of due) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        // Re-read under lock: a reactivation may have come in between.
        const employer = await manager.getRepository(Employer).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!employer) return null;
        const [{ holds }] = await manager.query(HOLDS_DATA, [id]);
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
    const [organization] = await manager.query(`SELECT name, siret FROM organizations WHERE id = $1`, [employer.id]);
    await this.audit.record(manager, {
      action: 'employer.deleted_after_grace',
      subjectType: 'organization',
      subjectId: employer.id,
      details: { name: organization?.name ?? null, siret: organization?.siret ?? null, kind: employer.kind, deactivatedOn: employer.deactivatedOn },
    });
    // The organisation carries its employer profile, job descriptions, memberships and invitations with it.
    await manager.query(`DELETE FROM organizations WHERE id = $1`, [employer.id]);
    await this.reindex(manager, employer.id);
  }

  private async unlist(manager: EntityManager, employer: Employer): Promise<void> {
    await manager.getRepository(Employer).update({ id: employer.id }, { unlistedAt: this.clock.now() });
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
