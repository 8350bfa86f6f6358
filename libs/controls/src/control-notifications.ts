import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { EmailRequest, NotificationListeners, Outbox } from '@iae/notifications';
import { findDepartement } from '@iae/territory';
import { CampaignRow, ControlsRepository, EvaluationRow } from './controls.repository';
import { CampaignClosed, ControlEvaluationEvent, campaignClosed, controlEvaluationEvent } from './events';
import { REFUSAL_REASON_LABELS, RefusalReason } from './rules/review-rules';

const EVALUATION_EVENTS: ReadonlyArray<ControlEvaluationEvent['jobName']> = [
  'controls.evaluation-selected',
  'controls.evaluation-reminded',
  'controls.evaluation-submitted',
  'controls.evaluation-accepted',
  'controls.evaluation-refused',
  'controls.adversarial-phase-opened',
  'controls.evaluation-sanctioned',
];

/**
 * The e-mails of the control (reference platform §3, siae_evaluations/emails.py): to the SIAE's members at each step,
 * to the DDETS's members when there is something to review. Each step publishes its events (`events.ts`) in its
 * transaction, so a rollback sends nothing and a commit sends once; the notifications listener makes the e-mails after
 * the commit, with the campaign, the SIAE and the members read then.
 */
@Injectable()
export class ControlNotifications implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly outbox: Outbox,
    private readonly repository: ControlsRepository,
    private readonly listeners: NotificationListeners,
  ) {}

  onModuleInit(): void {
    for (const jobName of EVALUATION_EVENTS) this.listeners.on<ControlEvaluationEvent>(jobName, ({ payload }) => this.evaluationStep(jobName, payload));
    this.listeners.on<CampaignClosed>('controls.campaign-closed', ({ payload }) => this.awaitingSanctionsEmails(payload));
  }

  // ——— in the step's transaction: what happened ———

  async selected(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    await this.publish(manager, 'controls.evaluation-selected', campaign, evaluationIds);
  }

  async reminder(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[], adversarial: boolean): Promise<void> {
    await this.publish(manager, 'controls.evaluation-reminded', campaign, evaluationIds, { adversarial });
  }

  async submitted(manager: EntityManager, campaign: CampaignRow, evaluation: EvaluationRow, adversarial: boolean): Promise<void> {
    await this.publish(manager, 'controls.evaluation-submitted', campaign, [evaluation.id], { adversarial });
  }

  async accepted(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[], forced: boolean): Promise<void> {
    await this.publish(manager, 'controls.evaluation-accepted', campaign, evaluationIds, { forced });
  }

  async refused(
    manager: EntityManager,
    campaign: CampaignRow,
    evaluationIds: string[],
    refusal: { final: boolean; reason: RefusalReason; comment: string | null },
  ): Promise<void> {
    await this.publish(manager, 'controls.evaluation-refused', campaign, evaluationIds, { refusal });
  }

  /** At the close, to the campaign's DDETS: the SIAE refused that now await its sanctions (nothing when none). */
  async awaitingSanctions(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    if (evaluationIds.length === 0) return;
    await this.outbox.publish(manager, campaignClosed({ campaignId: campaign.id, awaitingSanctions: evaluationIds }));
  }

  async adversarialOpened(manager: EntityManager, campaign: CampaignRow, evaluationIds: string[]): Promise<void> {
    await this.publish(manager, 'controls.adversarial-phase-opened', campaign, evaluationIds);
  }

  /** The sanctions are read from their row when the listener runs: decided once, they never change. */
  async sanctioned(manager: EntityManager, campaign: CampaignRow, evaluation: EvaluationRow): Promise<void> {
    await this.publish(manager, 'controls.evaluation-sanctioned', campaign, [evaluation.id]);
  }

  private async publish(
    manager: EntityManager,
    jobName: ControlEvaluationEvent['jobName'],
    campaign: CampaignRow,
    evaluationIds: string[],
    facts: Partial<ControlEvaluationEvent['payload']> = {},
  ): Promise<void> {
    for (const evaluationId of evaluationIds) {
      await this.outbox.publish(manager, controlEvaluationEvent(jobName, { ...facts, campaignId: campaign.id, evaluationId }));
    }
  }

  // ——— after the commit, in the notifications listener: the e-mails ———

  private async evaluationStep(jobName: ControlEvaluationEvent['jobName'], event: ControlEvaluationEvent['payload']): Promise<EmailRequest[]> {
    const campaign = await this.repository.findCampaign(event.campaignId);
    const evaluation = await this.repository.findEvaluation(event.evaluationId);
    if (!campaign || !evaluation) return [];
    switch (jobName) {
      case 'controls.evaluation-selected':
        return this.toSiae(campaign, evaluation, 'evaluation-selected', {
          periodStart: campaign.periodStart,
          periodEnd: campaign.periodEnd,
          deadline: campaign.submissionDeadline,
          hires: (await this.repository.hires(evaluation.id)).length,
        });
      case 'controls.evaluation-reminded':
        return this.toSiae(campaign, evaluation, 'evaluation-reminder', {
          adversarial: event.adversarial,
          deadline: event.adversarial ? campaign.adversarialDeadline : campaign.submissionDeadline,
        });
      case 'controls.evaluation-submitted':
        return this.toMembers(campaign.institutionId, 'evaluation-submitted', {
          employerName: evaluation.employerName,
          employerKind: evaluation.employerKind,
          campaignName: campaign.name,
          adversarial: event.adversarial,
          link: this.page(`/ddets/controles/evaluations/${evaluation.id}`),
        });
      case 'controls.evaluation-accepted':
        return this.toSiae(campaign, evaluation, 'evaluation-accepted', { forced: event.forced });
      case 'controls.evaluation-refused':
        if (!event.refusal) return [];
        return this.toSiae(campaign, evaluation, 'evaluation-refused', {
          final: event.refusal.final,
          reasonLabel: REFUSAL_REASON_LABELS[event.refusal.reason],
          comment: event.refusal.comment,
          adversarialStart: campaign.adversarialStart,
          adversarialDeadline: campaign.adversarialDeadline,
        });
      case 'controls.adversarial-phase-opened':
        return this.toSiae(campaign, evaluation, 'adversarial-phase-opened', { deadline: campaign.adversarialDeadline });
      case 'controls.evaluation-sanctioned': {
        const sanctions = await this.repository.sanctions(evaluation.id);
        if (!sanctions) return [];
        return this.toSiae(campaign, evaluation, 'evaluation-sanctioned', {
          sanctioned: sanctions.noSanctionReason === null,
          trainingSession: sanctions.trainingSession,
          withdrawal: sanctions.withdrawalFrom ? { from: sanctions.withdrawalFrom, to: sanctions.withdrawalTo } : null,
          subsidyCut: sanctions.subsidyCutPercent ? { percent: sanctions.subsidyCutPercent, from: sanctions.subsidyCutFrom, to: sanctions.subsidyCutTo } : null,
          deactivationProposed: sanctions.deactivationProposed,
          explanation: sanctions.explanation,
          noSanctionReason: sanctions.noSanctionReason,
        });
      }
    }
  }

  private async awaitingSanctionsEmails(event: CampaignClosed['payload']): Promise<EmailRequest[]> {
    const campaign = await this.repository.findCampaign(event.campaignId);
    if (!campaign) return [];
    const evaluations: EvaluationRow[] = [];
    for (const id of event.awaitingSanctions) {
      const row = await this.repository.findEvaluation(id);
      if (row) evaluations.push(row);
    }
    return this.toMembers(campaign.institutionId, 'campaign-closed', {
      campaignName: campaign.name,
      count: evaluations.length,
      siae: evaluations
        .map((e) => ({
          name: e.employerName,
          kind: e.employerKind,
          reasonLabel: e.finalReason ? REFUSAL_REASON_LABELS[e.finalReason] : '',
          link: this.page(`/ddets/controles/evaluations/${e.id}`),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    });
  }

  private toSiae(campaign: CampaignRow, evaluation: EvaluationRow, template: string, context: Record<string, unknown>): Promise<EmailRequest[]> {
    return this.toMembers(evaluation.employerId, template, {
      employerName: evaluation.employerName,
      campaignName: campaign.name,
      institutionName: campaign.institutionName,
      departementName: findDepartement(campaign.departementCode)?.name ?? campaign.departementCode,
      link: this.page(`/siae/controles/${evaluation.id}`),
      ...context,
    });
  }

  /** One e-mail per member of the organisation (the SIAE controlled, or the campaign's DDETS). */
  private async toMembers(organizationId: string, template: string, context: Record<string, unknown>): Promise<EmailRequest[]> {
    return (await this.organizations.memberEmails(organizationId)).map((member) => ({
      to: member.email,
      userId: member.userId,
      organizationId,
      template: `controls/${template}`,
      context: { firstName: member.firstName, ...context },
    }));
  }

  /** A page of the web application (the API's addresses answer a browser 401). */
  private page(path: string): string {
    return `${this.config.http.publicUrl}${path}`;
  }
}
