import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';

/**
 * What identity tells the notifications listener, through the outbox in the transaction of its change; the listener
 * makes the e-mails after the commit (`identity-notifications.ts`). The account e-mails (confirmation, reset,
 * invitation) stay direct: each is the use case itself, written with the token it carries.
 */

/**
 * A person signed in with ProConnect with the SIRET of an organisation they are not a member of, and is recorded as
 * asking to join it (`identity.join-requested`): its admins hear of it. Names and addresses are read by the listener.
 */
export type JoinRequested = NotificationEvent<'identity.join-requested', { organizationId: string; userId: string }>;

export function joinRequested(payload: JoinRequested['payload']): JoinRequested {
  return { queue: NOTIFICATIONS_QUEUE, jobName: 'identity.join-requested', payload };
}
