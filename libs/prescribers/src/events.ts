import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';
import type { AuthorizationStatus } from '@iae/identity';

/**
 * What prescribers tells the other contexts, through the outbox in the transaction of its change.
 * Search listens to `prescribers` (its SearchIndexRequest is made of the senders' messages): the organisation is read
 * again. The notifications listener turns the others into their e-mails after the commit
 * (`prescriber-notifications.ts`); names and addresses are read then.
 */
export interface PrescriberOrganizationsChanged {
  queue: 'search';
  /** Search marks it handled once indexed: a job Redis lost is queued again. */
  tracked: true;
  jobName: 'prescribers';
  payload: { organizationIds: string[] };
}

/** A prescriber organisation changed (profile, address, habilitation). */
export function prescriberOrganizationsChanged(organizationIds: string[]): PrescriberOrganizationsChanged {
  return { queue: 'search', tracked: true, jobName: 'prescribers', payload: { organizationIds } };
}

/**
 * An organisation of a kind habilitated by law waits for the platform's team to check it: registered, or its kind
 * changed to one. The kind is the one to check (it may change again before the team reads the e-mail).
 */
export type OrganizationToCheck = NotificationEvent<'prescribers.organization-to-check', { organizationId: string; kind: string }>;

export function organizationToCheck(payload: OrganizationToCheck['payload']): OrganizationToCheck {
  return { queue: NOTIFICATIONS_QUEUE, jobName: 'prescribers.organization-to-check', payload };
}

/** The team changed an organisation's kind: from which, to which, and the authorisation it was left with. */
export type PrescriberKindChanged = NotificationEvent<
  'prescribers.kind-changed',
  { organizationId: string; fromKind: string; toKind: string; authorizationStatus: AuthorizationStatus }
>;

export function prescriberKindChanged(payload: PrescriberKindChanged['payload']): PrescriberKindChanged {
  return { queue: NOTIFICATIONS_QUEUE, jobName: 'prescribers.kind-changed', payload };
}

/** The team checked an organisation of a kind habilitated by law: validated, or refused with the reason it gave. */
export type AuthorizationDecided = NotificationEvent<
  'prescribers.authorization-validated' | 'prescribers.authorization-refused',
  { organizationId: string; reason: string | null }
>;

export function authorizationDecided(validated: boolean, payload: AuthorizationDecided['payload']): AuthorizationDecided {
  return { queue: NOTIFICATIONS_QUEUE, jobName: validated ? 'prescribers.authorization-validated' : 'prescribers.authorization-refused', payload };
}

/**
 * A step of a prefectoral habilitation request: sent to the DDETS (`-submitted`, `-answered`: its members are told) or
 * answered by it (`-information-requested`, `habilitation-granted`, `habilitation-refused`: the organisation is told).
 * The words of the step are carried as given.
 */
export type HabilitationRequestEvent = NotificationEvent<
  | 'prescribers.habilitation-request-submitted'
  | 'prescribers.habilitation-request-answered'
  | 'prescribers.habilitation-information-requested'
  | 'prescribers.habilitation-granted'
  | 'prescribers.habilitation-refused',
  {
    requestId: string;
    /** The organisation's answer, or the DDETS's question. */
    message: string | null;
    /** For a grant: the decision's reference and the habilitation's end. */
    grant: { decisionReference: string; validUntil: string } | null;
    /** For a refusal: the DDETS's reason. */
    reason: string | null;
  }
>;

export function habilitationRequestEvent(
  jobName: HabilitationRequestEvent['jobName'],
  payload: Pick<HabilitationRequestEvent['payload'], 'requestId'> & Partial<HabilitationRequestEvent['payload']>,
): HabilitationRequestEvent {
  return { queue: NOTIFICATIONS_QUEUE, jobName, payload: { message: null, grant: null, reason: null, ...payload } };
}

/**
 * A prefectoral habilitation nears its end (`-expiring`, 90 and 30 days before: the admins are told), ended
 * (`-expired`) or was taken back by its DDETS (`-withdrawn`, with the reason given). The end date is carried: ending
 * the habilitation clears it.
 */
export type HabilitationEvent = NotificationEvent<
  'prescribers.habilitation-expiring' | 'prescribers.habilitation-expired' | 'prescribers.habilitation-withdrawn',
  { organizationId: string; validUntil: string | null; daysLeft: number | null; reason: string | null }
>;

export function habilitationEvent(
  jobName: HabilitationEvent['jobName'],
  payload: Pick<HabilitationEvent['payload'], 'organizationId'> & Partial<HabilitationEvent['payload']>,
): HabilitationEvent {
  return { queue: NOTIFICATIONS_QUEUE, jobName, payload: { validUntil: null, daysLeft: null, reason: null, ...payload } };
}
