import { NOTIFICATIONS_QUEUE, NotificationEvent } from '@iae/notifications';

/**
 * What employers tells the other contexts, through the outbox in the transaction of its change.
 * Search listens to `employers` (its SearchIndexRequest is made of the senders' messages): the employer's structure and
 * all its offers are read again. The notifications listener turns the others into their e-mails after the commit.
 */
export interface EmployersChanged {
  queue: 'search';
  /** Search marks it handled once indexed: a job Redis lost is queued again. */
  tracked: true;
  jobName: 'employers';
  payload: { employerIds: string[] };
}

/** An employer, or one of its job descriptions, changed. */
export function employersChanged(employerIds: string[]): EmployersChanged {
  return { queue: 'search', tracked: true, jobName: 'employers', payload: { employerIds } };
}

/**
 * The freshness job warned of an employer's job descriptions left untouched (`employers.job-descriptions-stale`), or
 * closed them (`employers.job-descriptions-closed`): one event per employer and step, told to its admins (or members)
 * by the notifications listener (`employer-notifications.ts`). Each description is carried as the job found it: it may
 * be edited or deleted before the listener runs, and the e-mail tells what was warned of or closed.
 */
export type JobDescriptionsFreshness = NotificationEvent<
  'employers.job-descriptions-stale' | 'employers.job-descriptions-closed',
  {
    employerId: string;
    jobDescriptions: Array<{
      id: string;
      appellationCode: string;
      customTitle: string | null;
      /** For a warning: the day it closes without an update. */
      deactivationDate: string | null;
    }>;
  }
>;

export function jobDescriptionsFreshness(jobName: JobDescriptionsFreshness['jobName'], payload: JobDescriptionsFreshness['payload']): JobDescriptionsFreshness {
  return { queue: NOTIFICATIONS_QUEUE, jobName, payload };
}
