import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';

/**
 * What the PASS IAE context tells the others, through the outbox in the transaction of its change. The notifications
 * listener turns each into its e-mails (declared in `pass-iae-notifications.ts`) after the commit.
 */

/** A hire got its PASS IAE: a new one (`pass-iae.issued`) or the person's current one (`pass-iae.reused`). */
export type PassIaeIssued = NotificationEvent<
  'pass-iae.issued' | 'pass-iae.reused',
  {
    passId: string;
    candidateId: string;
    employerId: string;
    /** The member who accepted the hire: told first, or the admins when they are no longer a member. */
    hiredByUserId: string;
    /** As issued for this hire (a later hire, suspension or prolongation moves them). */
    passNumber: string;
    startDate: string;
    endDate: string;
  }
>;

export function passIaeIssued(reused: boolean, payload: PassIaeIssued['payload']): PassIaeIssued {
  return { queue: NOTIFICATIONS_QUEUE, jobName: reused ? 'pass-iae.reused' : 'pass-iae.issued', payload };
}

/**
 * A prolongation request's news: asked of a prescriber organisation, reminded to it (day 10, 20, 30), stranded (that
 * organisation is no longer habilitated: the SIAE is told to address it elsewhere), granted or denied (the SIAE and the
 * person are told). The period carried is the one of the moment (asked, or as granted); the words of
 * a denial are carried as given.
 */
export type ProlongationRequestEvent = NotificationEvent<
  | 'pass-iae.prolongation-requested'
  | 'pass-iae.prolongation-request-reminded'
  | 'pass-iae.prolongation-request-stranded'
  | 'pass-iae.prolongation-granted'
  | 'pass-iae.prolongation-denied',
  {
    requestId: string;
    startDate: string;
    endDate: string;
    /** The reminder's rank (1 to 3), for `pass-iae.prolongation-request-reminded`. */
    reminder: number | null;
    /** For `pass-iae.prolongation-denied`: the reason's and the proposed actions' labels, the explanation. */
    denial: { reason: string; explanation: string | null; proposedActions: string[] } | null;
    /** For `pass-iae.prolongation-request-stranded`: the organisation that lost its habilitation (the request may have moved since). */
    prescriberOrganizationId: string | null;
  }
>;

export function prolongationRequestEvent(
  jobName: ProlongationRequestEvent['jobName'],
  payload: Pick<ProlongationRequestEvent['payload'], 'requestId' | 'startDate' | 'endDate'> & Partial<ProlongationRequestEvent['payload']>,
): ProlongationRequestEvent {
  return { queue: NOTIFICATIONS_QUEUE, jobName, payload: { reminder: null, denial: null, prescriberOrganizationId: null, ...payload } };
}
