/**
 * What employers tells the other contexts, through the outbox in the transaction of its change.
 * Search listens to it (its SearchIndexRequest is made of the senders' messages): the employer's structure and all its
 * offers are read again.
 */
export interface EmployersChanged {
  queue: 'search';
  jobName: 'employers';
  payload: { employerIds: string[] };
}

/** An employer, or one of its job descriptions, changed. */
export function employersChanged(employerIds: string[]): EmployersChanged {
  return { queue: 'search', jobName: 'employers', payload: { employerIds } };
}
