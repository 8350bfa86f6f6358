// Per Jest worker: its own database (cloned from the template) and its own Redis key prefix.
const { databaseUrl, runId, workerName } = require('./test-databases');

const worker = process.env.JEST_WORKER_ID || '1';
process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = databaseUrl(workerName(worker));
process.env.REDIS_KEY_PREFIX = `iae-test:${runId()}:${worker}`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL || 'silent';
process.env.SCHEDULES_ENABLED = 'false';
process.env.MAIL_BACKOFF_MS = '50';
process.env.MAIL_MAX_ATTEMPTS = process.env.MAIL_MAX_ATTEMPTS || '3';
process.env.OUTBOX_POLL_MS = '200';
process.env.PASSWORD_HASH_MEMORY_KIB = '4096';
process.env.PASSWORD_HASH_ITERATIONS = '1';
process.env.PUBLIC_URL = 'http://iae.test';
process.env.JWT_SECRET = process.env.JWT_SECRET || 'test-secret-test-secret-test-secret-42';
process.env.MAIL_DIR = `var/test-mail/${runId()}-${worker}`;
process.env.STORAGE_DIR = `var/test-storage/${runId()}-${worker}`;
delete process.env.SMTP_URL;
