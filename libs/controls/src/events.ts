import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';
import { RefusalReason } from './rules/review-rules';

/**
 * What the a posteriori control tells the others, through the outbox in the transaction of its step. The
 * notifications listener turns each into its e-mails (declared in `control-notifications.ts`) after the commit; the
 * campaign, the evaluation's SIAE and the members are read then (a campaign's calendar is fixed from its draw on).
 */

/**
 * A step of one SIAE's control: one event per evaluation (a member of two SIAE of one campaign hears of each). What
 * the step decided is carried: the evaluation may move again before the listener runs.
 */
export type ControlEvaluationEvent = NotificationEvent<
  | 'controls.evaluation-selected'
  | 'controls.evaluation-reminded'
  | 'controls.evaluation-submitted'
  | 'controls.evaluation-accepted'
  | 'controls.evaluation-refused'
  | 'controls.adversarial-phase-opened'
  | 'controls.evaluation-sanctioned',
  {
    campaignId: string;
    evaluationId: string;
    /** Reminded or submitted in the adversarial phase. */
    adversarial: boolean;
    /** Accepted at the close without having been reviewed. */
    forced: boolean;
    /** For `controls.evaluation-refused`: final or not, the reason and the DDETS's comment. */
    refusal: { final: boolean; reason: RefusalReason; comment: string | null } | null;
  }
>;

export function controlEvaluationEvent(
  jobName: ControlEvaluationEvent['jobName'],
  payload: Pick<ControlEvaluationEvent['payload'], 'campaignId' | 'evaluationId'> & Partial<ControlEvaluationEvent['payload']>,
): ControlEvaluationEvent {
  return { queue: NOTIFICATIONS_QUEUE, jobName, payload: { adversarial: false, forced: false, refusal: null, ...payload } };
}

/** A campaign closed with SIAE refused that now await their sanctions: its DDETS is told which. */
export type CampaignClosed = NotificationEvent<'controls.campaign-closed', { campaignId: string; awaitingSanctions: string[] }>;

export function campaignClosed(payload: CampaignClosed['payload']): CampaignClosed {
  return { queue: NOTIFICATIONS_QUEUE, jobName: 'controls.campaign-closed', payload };
}
