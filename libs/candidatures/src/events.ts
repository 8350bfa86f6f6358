import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';
import { CandidatureState, TransitionName } from './rules/candidature-states';
import { RefusalReason } from './rules/refusal-reasons';

/**
 * What the candidatures context tells the others, through the outbox in the transaction of its change. The
 * notifications listener turns each into its e-mails (declared in `candidature-notifications.ts`) after the commit.
 */

/** The name of the event of each move, in the words of what happened. */
export const CANDIDATURE_EVENTS = {
  process: 'candidature.processing',
  postpone: 'candidature.postponed',
  accept: 'candidature.accepted',
  add_to_pool: 'candidature.added-to-pool',
  move_to_prior_to_hire: 'candidature.prior-to-hire',
  cancel_prior_to_hire: 'candidature.prior-to-hire-cancelled',
  refuse: 'candidature.refused',
  cancel: 'candidature.hire-cancelled',
  change_hiring_dates: 'candidature.hiring-dates-changed',
  render_obsolete: 'candidature.obsoleted',
  transfer: 'candidature.transferred',
  reset: 'candidature.reset',
  external_transfer: 'candidature.transferred-externally',
} as const satisfies Record<TransitionName, `candidature.${string}`>;

export type CandidatureEventName = (typeof CANDIDATURE_EVENTS)[TransitionName];

/** Who hears of a move: an automatic refusal is told to the candidate only, an obsolescence to the sender only. */
export type MoveAudience = 'both' | 'candidate' | 'sender' | 'nobody';

/**
 * A candidature moved (one event per candidature: a hire is `candidature.accepted`, and one `candidature.obsoleted` per
 * pending candidature of the same person). The state reached and the words of the move are carried: the candidature
 * may move again before the listener runs; names and addresses are read when it runs.
 */
export type CandidatureMoved = NotificationEvent<
  CandidatureEventName,
  {
    candidatureId: string;
    /** The employer that holds it after the move (after a transfer, the new one). */
    employerId: string;
    toState: CandidatureState;
    refusalReason: RefusalReason | null;
    /** The employer's answer to the candidate, if any. */
    answer: string | null;
    /** What only the sender reads (private comment, postponement or cancellation comment). */
    forSender: string | null;
    audience: MoveAudience;
    /** After a transfer: the name of the employer it came from, which the new one's members are told. */
    transferredFrom: string | null;
  }
>;

/** A candidature was sent (or sent on by an employer, an external transfer): its employer and the candidate are told. */
export type CandidatureSent = NotificationEvent<'candidature.sent', { candidatureId: string; employerId: string }>;

export function candidatureSent(payload: CandidatureSent['payload']): CandidatureSent {
  return { queue: NOTIFICATIONS_QUEUE, jobName: 'candidature.sent', payload };
}

export function candidatureMoved(transition: TransitionName, payload: CandidatureMoved['payload']): CandidatureMoved {
  return { queue: NOTIFICATIONS_QUEUE, jobName: CANDIDATURE_EVENTS[transition], payload };
}
