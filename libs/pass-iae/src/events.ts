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
