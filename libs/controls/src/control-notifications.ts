import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { findDepartement } from '@iae/territory';
import { CampaignRow, ControlsRepository, EvaluationRow, SanctionsRow } from './controls.repository';
import { REFUSAL_REASON_LABELS, RefusalReason } from './rules/review-rules';

/**
 * The e-mails of the control (reference platform §3, siae_evaluations/emails.py): to the SIAE's
 * members at each step, to the DDETS's members when there is something to review. Queued in the
 * transaction of the step, so a rollback sends nothing and a commit sends once.
 */
@Injectable()
export class ControlNotifications {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly outbox: Outbox,
    private readonly repository: ControlsRepository,
  ) {}

  async selected(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    for (const evaluation of await this.evaluations(manager, evaluationIds)) {
      const hires = (await this.repository.hires(evaluation.id, manager)).length;
      await this.toSiae(manager, campaign, evaluation, 'evaluation-selected', {
        periodStart: campaign.periodStart,
        periodEnd: campaign.periodEnd,
        deadline: campaign.submissionDeadline,
        hires,
      });
    }
  }

  async reminder(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[], adversarial: boolean): Promise<void> {
    for (const evaluation of await this.evaluations(manager, evaluationIds)) {
      await this.toSiae(manager, campaign, evaluation, 'evaluation-reminder', {
        adversarial,
        deadline: adversarial ? campaign.adversarialDeadline : campaign.submissionDeadline,
      });
    }
  }

  async submitted(manager: EntityManager, campaign: CampaignRow, evaluation: EvaluationRow, adversarial: boolean): Promise<void> {
    await this.toMembers(manager, campaign.institutionId, 'evaluation-submitted', {
      employerName: evaluation.employerName,
      employerKind: evaluation.employerKind,
      campaignName: campaign.name,
      adversarial,
      link: this.link(evaluation.id),
    });
  }

  async accepted(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[], forced: boolean): Promise<void> {
    for (const evaluation of await this.evaluations(manager, evaluationIds)) {
      await this.toSiae(manager, campaign, evaluation, 'evaluation-accepted', { forced });
    }
  }

  async refused(
    manager: EntityManager,
    campaign: CampaignRow,
    evaluationIds: string[],
    refusal: { final: boolean; reason: RefusalReason; comment: string | null },
  ): Promise<void> {
    for (const evaluation of await this.evaluations(manager, evaluationIds)) {
      await this.toSiae(manager, campaign, evaluation, 'evaluation-refused', {
        final: refusal.final,
        reasonLabel: REFUSAL_REASON_LABELS[refusal.reason],
        comment: refusal.comment,
        adversarialStart: campaign.adversarialStart,
        adversarialDeadline: campaign.adversarialDeadline,
      });
    }
  }

  /** At the close, to the campaign's DDETS: the SIAE refused that now await its sanctions (nothing when none). */
  async awaitingSanctions(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    if (evaluationIds.length === 0) return;
    const evaluations = await this.evaluations(manager, evaluationIds);
    await this.toMembers(manager, campaign.institutionId, 'campaign-closed', {
      campaignName: campaign.name,
      count: evaluations.length,
      siae: evaluations
        .map((e) => ({
          name: e.employerName,
          kind: e.employerKind,
          reasonLabel: e.finalReason ? REFUSAL_REASON_LABELS[e.finalReason] : '',
          link: this.link(e.id),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    });
  }

  async adversarialOpened(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    for (const evaluation of await this.evaluations(manager, evaluationIds)) {
      await this.toSiae(manager, campaign, evaluation, 'adversarial-phase-opened', { deadline: campaign.adversarialDeadline });
    }
  }

  async sanctioned(manager: EntityManager, campaign: CampaignRow, evaluation: EvaluationRow, sanctions: Omit<SanctionsRow, 'id' | 'decidedAt'>): Promise<void> {
    const sanctioned = sanctions.noSanctionReason === null;
    await this.toSiae(manager, campaign, evaluation, 'evaluation-sanctioned', {
      sanctioned,
      trainingSession: sanctions.trainingSession,
      withdrawal: sanctions.withdrawalFrom ? { from: sanctions.withdrawalFrom, to: sanctions.withdrawalTo } : null,
      subsidyCut: sanctions.subsidyCutPercent ? { percent: sanctions.subsidyCutPercent, from: sanctions.subsidyCutFrom, to: sanctions.subsidyCutTo } : null,
      deactivationProposed: sanctions.deactivationProposed,
      explanation: sanctions.explanation,
      noSanctionReason: sanctions.noSanctionReason,
    });
  }

  private async evaluations(manager: EntityManager, ids: string[]): Promise<EvaluationRow[]> {
    // One after the other: inside a transaction, the manager holds one connection, which runs one query at a time.
    const rows: EvaluationRow[] = [];
    for (const id of ids) {
      const row = await this.repository.findEvaluation(id, manager);
      if (row) rows.push(row);
    }
    return rows;
  }

  private toSiae(manager: EntityManager, campaign: CampaignRow, evaluation: EvaluationRow, template: string, context: Record<string, unknown>): Promise<void> {
    return this.toMembers(manager, evaluation.employerId, template, {
      employerName: evaluation.employerName,
      campaignName: campaign.name,
      institutionName: campaign.institutionName,
      departementName: findDepartement(campaign.departementCode)?.name ?? campaign.departementCode,
      link: this.link(evaluation.id),
      ...context,
    });
  }

  /** One e-mail per member of the organisation (the SIAE controlled, or the campaign's DDETS). */
  private async toMembers(manager: EntityManager, organizationId: string, template: string, context: Record<string, unknown>): Promise<void> {
    for (const member of await this.organizations.memberEmails(organizationId, {}, manager)) {
      await this.outbox.queueEmail(manager, {
        to: member.email,
        userId: member.userId,
        organizationId,
        template: `controls/${template}`,
        context: { firstName: member.firstName, ...context },
      });
    }
  }

  private link(evaluationId: string): string {
    return `${this.config.http.publicUrl}/api/control-evaluations/${evaluationId}`;
  }
}
