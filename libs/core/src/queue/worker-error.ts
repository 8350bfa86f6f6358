import { unavailableDependency } from '../errors/to-problem';

/**
 * What a BullMQ worker's `error` event means:
 * - `outage`: Redis is unreachable; jobs wait until it is back (one line per outage);
 * - `job-lost`: the job this worker ran is gone from Redis (its key or its lock missing: Redis restarted empty under
 *   it), or, shortly after an outage, held by another run of the same id (the sweep queued it again). What the job did
 *   is in the database and its sweep runs it again: a warning;
 * - `taken-over`: another run holds the job with no outage to explain it: its lock expired while it ran (an event loop
 *   blocked longer than the lock), so it may have run twice: an error;
 * - `bug`: anything else.
 */
export type WorkerErrorKind = 'outage' | 'job-lost' | 'taken-over' | 'bug';

/** How long after a Redis outage a job held by another run is still its consequence. */
export const OUTAGE_AFTERMATH_MS = 10 * 60_000;

const REDIS_SOCKET = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection is closed/;
const JOB_GONE = /^(Missing key for job |Missing lock for job |could not renew lock for job )/;
const JOB_HELD_ELSEWHERE = /^(Lock mismatch for job |Job \S+ is not in the active state)/;

/** `sinceOutageMs`: how long ago this process last saw Redis unreachable (null: never). */
export function classifyWorkerError(err: Error, sinceOutageMs: number | null): WorkerErrorKind {
  if (unavailableDependency(err) || REDIS_SOCKET.test(err.message)) return 'outage';
  if (JOB_GONE.test(err.message)) return 'job-lost';
  if (JOB_HELD_ELSEWHERE.test(err.message)) return sinceOutageMs !== null && sinceOutageMs <= OUTAGE_AFTERMATH_MS ? 'job-lost' : 'taken-over';
  return 'bug';
}
