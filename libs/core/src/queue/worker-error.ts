import { unavailableDependency } from '../errors/to-problem';

/**
 * What a BullMQ worker's `error` event means:
 * - `outage`: Redis is unreachable; jobs wait until it is back (one line per outage);
 * - `job-lost`: the job this worker ran is gone from Redis or held by another run: Redis restarted empty under it
 *   (its key or its lock missing), or the sweep queued the same id again and that copy waits or runs with another
 *   lock. What the job did is in the database and its sweep runs it again: a warning, not a bug;
 * - `bug`: anything else.
 */
export type WorkerErrorKind = 'outage' | 'job-lost' | 'bug';

const REDIS_SOCKET = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection is closed/;
const JOB_LOST = /^(Missing key for job |Missing lock for job |could not renew lock for job |Lock mismatch for job |Job \S+ is not in the active state)/;

export function classifyWorkerError(err: Error): WorkerErrorKind {
  if (unavailableDependency(err) || REDIS_SOCKET.test(err.message)) return 'outage';
  if (JOB_LOST.test(err.message)) return 'job-lost';
  return 'bug';
}
