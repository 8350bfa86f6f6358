import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, ScheduledJobs } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { ControlNotifications } from './control-notifications';
import { CampaignRow, ControlsRepository } from './controls.repository';
import { CampaignStep, dueSteps, secondChanceLeft } from './rules/campaign-calendar';
import { closingOutcome, openingOutcome, reviewsOf } from './rules/review-rules';
import { SEED_LIMIT, drawSelection, populationFigures, populationRecord } from './rules/selection';

export const ADVANCE_PHASES_JOB = 'controls.advance-phases';

/**
 * The campaign calendar, applied: each step is a state-guarded UPDATE in its own transaction, and
 * only the call that made the change sends its e-mails, so a job run twice (or late) does each once.
 */
@Injectable()
export class ControlPhases implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly repository: ControlsRepository,
    private readonly notifications: ControlNotifications,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: ADVANCE_PHASES_JOB,
      description:
        'Contrôle a posteriori : tire et notifie les SIAE à la date de notification, relance 7 jours avant chaque échéance, refuse pour délai les transmissions manquantes, ouvre la phase contradictoire, clôt les campagnes.',
      cron: '15 6 * * *',
      run: ({ dryRun }) => this.advance(dryRun),
    });
  }

  async advance(dryRun: boolean): Promise<{ summary: string; steps: Record<string, number> }> {
    const today = this.clock.today();
    const steps: Record<string, number> = {};
    for (const { id } of await this.repository.openCampaignIds()) {
      const campaign = await this.repository.findCampaign(id);
      if (!campaign) continue;
      for (const step of dueSteps(campaign, today)) {
        if (dryRun) {
          steps[step] = (steps[step] ?? 0) + 1;
          continue;
        }
        const done = await this.dataSource.transaction(async (manager) => {
          const current = await this.repository.findCampaign(id, manager, { lock: 'update' });
          return current ? this.apply(manager, current, step, null) : false;
        });
        if (done) steps[step] = (steps[step] ?? 0) + 1;
      }
    }
    const line =
      Object.entries(steps)
        .map(([step, n]) => `${step} ×${n}`)
        .join(', ') || 'nothing due';
    return { summary: `${dryRun ? 'would do: ' : ''}${line}`, steps };
  }

  /** One step on a locked campaign, stamped with the clock's instant; false when another run did it first. */
  async apply(manager: EntityManager, campaign: CampaignRow, step: CampaignStep, userId: string | null): Promise<boolean> {
    const now = this.clock.now();
    switch (step) {
      case 'select':
        return this.draw(manager, campaign, userId);
      case 'notify': {
        if (!(await this.repository.moveCampaign(manager, campaign.id, 'selected', 'submission', 'notified_at', now))) return false;
        const ids = await this.repository.moveEvaluations(manager, campaign.id, ['pending'], `state = 'submittable'`);
        await this.notifications.selected(manager, campaign, ids);
        await this.record(manager, campaign.id, 'control_campaign.notified', userId, { evaluations: ids.length });
        return true;
      }
      case 'remindSubmission':
      case 'remindAdversarial': {
        const adversarial = step === 'remindAdversarial';
        const ids = await this.repository.stampReminders(manager, campaign.id, adversarial ? 'adversarial' : 'submittable', now);
        await this.notifications.reminder(manager, campaign, ids, adversarial);
        return ids.length > 0;
      }
      case 'refuseLate': {
        const ids = await this.repository.moveEvaluations(
          manager,
          campaign.id,
          ['submittable'],
          `state = 'refused', refusal_reason = 'delay', reviewed_at = $3`,
          [now],
        );
        await this.notifications.refused(manager, campaign, ids, { final: false, reason: 'delay', comment: null });
        for (const id of ids) await this.recordEvaluation(manager, id, 'control_evaluation.refused_for_delay', { phase: 1 });
        return ids.length > 0;
      }
      case 'openAdversarial':
      case 'catchUpAdversarial': {
        const opening = step === 'openAdversarial';
        if (
          opening
            ? !(await this.repository.moveCampaign(manager, campaign.id, 'submission', 'adversarial', 'adversarial_opened_at', now))
            : campaign.state !== 'adversarial'
        )
          return false;
        const refused = await this.repository.moveEvaluations(manager, campaign.id, ['refused'], `state = 'adversarial'`);
        const undecided = await this.settleUndecided(manager, campaign, now);
        const ids = [...refused, ...undecided.adversarial];
        await this.notifications.adversarialOpened(manager, campaign, ids);
        await this.notifications.accepted(manager, campaign, undecided.accepted, true);
        if (opening)
          await this.record(manager, campaign.id, 'control_campaign.adversarial_opened', userId, {
            evaluations: ids.length,
            acceptedUnreviewed: undecided.accepted.length,
          });
        else for (const id of refused) await this.recordEvaluation(manager, id, 'control_evaluation.adversarial_opened', { late: true });
        return opening || ids.length + undecided.accepted.length > 0;
      }
      case 'close': {
        if (!(await this.repository.moveCampaign(manager, campaign.id, 'adversarial', 'closed', 'closed_at', now))) return false;
        const open = await this.repository.openEvaluations(manager, campaign.id);
        const closed = { late: [] as string[], refused: [] as string[], accepted: [] as string[] };
        for (const evaluation of open) {
          const reviews = (await this.repository.criteria(evaluation.id, manager)).map(reviewsOf);
          const outcome = closingOutcome(evaluation.state, reviews);
          if (!outcome) continue;
          const set =
            outcome.final === 'accepted'
              ? { state: 'closed', final_state: 'accepted', final_forced: true, closed_at: now }
              : { state: 'closed', final_state: 'refused', final_reason: outcome.reason, closed_at: now };
          if (!(await this.repository.updateEvaluation(manager, evaluation.id, evaluation.state, set))) continue;
          if (outcome.final === 'accepted') closed.accepted.push(evaluation.id);
          else (outcome.reason === 'delay' ? closed.late : closed.refused).push(evaluation.id);
          await this.recordEvaluation(
            manager,
            evaluation.id,
            'control_evaluation.closed',
            outcome.final === 'accepted' ? { finalState: 'accepted', forced: true } : { finalState: 'refused', reason: outcome.reason, awaitsSanctions: true },
          );
        }
        await this.notifications.refused(manager, campaign, closed.late, { final: true, reason: 'delay', comment: null });
        await this.notifications.refused(manager, campaign, closed.refused, { final: true, reason: 'invalid_proof', comment: null });
        // Sent in time but not examined by the end: the SIAE is not held to the DDETS's delay.
        await this.notifications.accepted(manager, campaign, closed.accepted, true);
        // The DDETS is told which SIAE now await their sanctions.
        await this.notifications.awaitingSanctions(manager, campaign, [...closed.late, ...closed.refused]);
        await this.record(manager, campaign.id, 'control_campaign.closed', userId, {
          refusedForDelay: closed.late.length,
          refusedAfterReview: closed.refused.length,
          acceptedUnreviewed: closed.accepted.length,
          awaitingSanctions: [...closed.late, ...closed.refused],
        });
        return true;
      }
    }
  }

  /**
   * The submissions the DDETS has not decided on when the adversarial phase opens: accepted when it refused no proof
   * (the SIAE sent in time and is not held to the DDETS's delay), else sent to the adversarial phase, refused for
   * their proofs.
   */
  private async settleUndecided(manager: EntityManager, campaign: CampaignRow, now: Date): Promise<{ accepted: string[]; adversarial: string[] }> {
    const settled = { accepted: [] as string[], adversarial: [] as string[] };
    const secondChance = secondChanceLeft(campaign, this.clock.today());
    for (const evaluation of await this.repository.openEvaluations(manager, campaign.id)) {
      if (evaluation.state !== 'submitted') continue;
      const criteria = await this.repository.criteria(evaluation.id, manager);
      const outcome = openingOutcome(criteria.map(reviewsOf));
      // Opened too late for the SIAE to answer: the close settles it, refused for its proofs.
      if (outcome === 'adversarial' && !secondChance) continue;
      const set =
        outcome === 'accepted'
          ? { state: 'closed', final_state: 'accepted', final_forced: true, reviewed_at: now, closed_at: now }
          : { state: 'adversarial', refusal_reason: 'invalid_proof', reviewed_at: now };
      if (!(await this.repository.updateEvaluation(manager, evaluation.id, 'submitted', set))) continue;
      // What it never reviewed is accepted (rules card): the second round asks again only for the refused proofs.
      if (outcome === 'adversarial') {
        for (const criterion of criteria) {
          if (reviewsOf(criterion).phase1 === null) await this.repository.upsertReview(manager, criterion.id, 1, 'accepted', null, null, now);
        }
      }
      settled[outcome].push(evaluation.id);
      await this.recordEvaluation(
        manager,
        evaluation.id,
        outcome === 'accepted' ? 'control_evaluation.closed' : 'control_evaluation.refused',
        outcome === 'accepted'
          ? { finalState: 'accepted', forced: true, at: 'adversarial_opening' }
          : { phase: 1, reason: 'invalid_proof', state: 'adversarial', at: 'adversarial_opening' },
      );
    }
    return settled;
  }

  /**
   * The draw with the campaign's ratio and a seed drawn now (known before, it would let the outcome of
   * each ratio be computed and chosen), recorded with the population it was drawn from.
   */
  async draw(manager: EntityManager, campaign: CampaignRow, userId: string | null): Promise<boolean> {
    if (campaign.state !== 'draft') return false;
    const seed = randomInt(0, SEED_LIMIT);
    const population = await this.repository.population(campaign, manager);
    const figures = populationFigures(population, campaign.ratioPercent);
    const selection = drawSelection(population, campaign.ratioPercent, seed);
    if (
      !(await this.repository.markSelected(manager, campaign.id, {
        at: this.clock.now(),
        seed,
        populationHires: figures.hires,
        qualifyingSiae: figures.qualifyingSiae,
        userId,
      }))
    )
      return false;
    await this.repository.insertSelection(manager, campaign.id, selection, population);
    await this.record(manager, campaign.id, 'control_campaign.selected', userId, {
      seed,
      ratioPercent: campaign.ratioPercent,
      populationHires: figures.hires,
      qualifyingSiae: figures.qualifyingSiae,
      population: populationRecord(population),
      selected: selection.siae.map((s) => ({ employerId: s.employerId, hires: s.hires.map((h) => h.candidatureId) })),
    });
    return true;
  }

  private record(manager: EntityManager, campaignId: string, action: string, userId: string | null, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(manager, { action, subjectType: 'control_campaign', subjectId: campaignId, actorUserId: userId, details });
  }

  private recordEvaluation(manager: EntityManager, evaluationId: string, action: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(manager, { action, subjectType: 'control_evaluation', subjectId: evaluationId, details });
  }
}
