import type { EmployersChanged } from '@iae/employers';
import type { PrescriberOrganizationsChanged } from '@iae/prescribers';

/**
 * What search listens to: the messages the other contexts send, in their own words (their events.ts), through the
 * outbox in the transaction of their change. Search imports only their types, so it may read their constants freely
 * and they never depend on search.
 */
export const SEARCH_QUEUE = 'search';

export const SearchJobs = {
  /** An employer, or one of its job descriptions, changed: its structure and all its offers are read again. */
  employers: 'employers',
  /** A prescriber organisation changed (profile, address, habilitation). */
  prescribers: 'prescribers',
} as const;

export type SearchIndexRequest = EmployersChanged | PrescriberOrganizationsChanged;

// The senders' messages name this queue and these jobs: a change on either side fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _queueNamed: Same<SearchIndexRequest['queue'], typeof SEARCH_QUEUE> = true;
const _jobsNamed: Same<SearchIndexRequest['jobName'], (typeof SearchJobs)[keyof typeof SearchJobs]> = true;
void _queueNamed;
void _jobsNamed;
