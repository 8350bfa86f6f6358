/**
 * What prescribers tells the other contexts, through the outbox in the transaction of its change.
 * Search listens to it (its SearchIndexRequest is made of the senders' messages): the organisation is read again.
 */
export interface PrescriberOrganizationsChanged {
  queue: 'search';
  jobName: 'prescribers';
  payload: { organizationIds: string[] };
}

/** A prescriber organisation changed (profile, address, habilitation). */
export function prescriberOrganizationsChanged(organizationIds: string[]): PrescriberOrganizationsChanged {
  return { queue: 'search', jobName: 'prescribers', payload: { organizationIds } };
}
