/**
 * What the other contexts ask of search, through the outbox in the transaction of their change.
 * Senders import only the type (`satisfies SearchIndexRequest`), so no module depends on this
 * library at run time and search may read their constants freely.
 */
export const SEARCH_QUEUE = 'search';

export const SearchJobs = {
  /** An employer, or one of its job descriptions, changed: its structure and all its offers are read again. */
  employers: 'employers',
  /** A prescriber organisation changed (profile, address, habilitation). */
  prescribers: 'prescribers',
} as const;

export type SearchIndexRequest =
  | { queue: typeof SEARCH_QUEUE; jobName: typeof SearchJobs.employers; payload: { employerIds: string[] } }
  | { queue: typeof SEARCH_QUEUE; jobName: typeof SearchJobs.prescribers; payload: { organizationIds: string[] } };
