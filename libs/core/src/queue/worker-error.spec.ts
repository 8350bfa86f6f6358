import { OUTAGE_AFTERMATH_MS, WorkerErrorKind, classifyWorkerError } from './worker-error';

describe("what a queue worker's error means", () => {
  it.each<[string, WorkerErrorKind]>([
    ['connect ECONNREFUSED 127.0.0.1:6390', 'outage'],
    ['read ECONNRESET', 'outage'],
    ['Connection is closed.', 'outage'],
    ["Stream isn't writeable and enableOfflineQueue options is false", 'outage'],
    // The messages BullMQ gives when the job's key or lock is gone.
    ['Missing key for job 1b80dc57-b063-4e7b-ab21-5b600ee2ff80. moveToFinished', 'job-lost'],
    ['Missing lock for job 17892468-18e5-4497-80d5-2e806289b67d. moveToDelayed', 'job-lost'],
    ['could not renew lock for job 17892468-18e5-4497-80d5-2e806289b67d', 'job-lost'],
    ['Cannot read properties of undefined (reading "id")', 'bug'],
    ['Missing key for parent job bull:mail:1. addJob', 'bug'],
    ['Job 42 is not in the waiting state. promote', 'bug'],
    ['ERR Error running script', 'bug'],
  ])('%s: %s', (message, kind) => {
    expect(classifyWorkerError(new Error(message), null)).toBe(kind);
  });

  // Another run of the same id holds the job: the sweep's copy after Redis lost it, or a lock that expired while it ran.
  it.each([
    'Lock mismatch for job 17892468-18e5-4497-80d5-2e806289b67d. Cmd moveToFinished from active',
    'Job 17892468-18e5-4497-80d5-2e806289b67d is not in the active state. moveToFinished',
  ])('%s: lost after an outage, taken over (maybe run twice) otherwise', (message) => {
    expect(classifyWorkerError(new Error(message), 4_000)).toBe('job-lost');
    expect(classifyWorkerError(new Error(message), OUTAGE_AFTERMATH_MS)).toBe('job-lost');
    expect(classifyWorkerError(new Error(message), OUTAGE_AFTERMATH_MS + 1)).toBe('taken-over');
    expect(classifyWorkerError(new Error(message), null)).toBe('taken-over');
  });
});
