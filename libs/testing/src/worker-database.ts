import Redis from 'ioredis';
import { Client } from 'pg';

/** Tables filled by migrations with reference data: never truncated between test files. */
export const REFERENCE_TABLES = new Set<string>([
  'schema_migrations',
  'regions',
  'departements',
  'communes',
  'rome_domains',
  'romes',
  'appellations',
  'administrative_criteria',
]);

function adminUrl(): string {
  return process.env.TEST_DATABASE_SERVER_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function ensureWorkerDatabase(name: string, template: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    // Two workers may clone at the same instant; PostgreSQL lets only one read the template at a time.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

/** Gives the current Jest worker its own database, emptied, and clears its Redis keys. */
export async function resetWorkerDatabase(): Promise<void> {
  const url = new URL(process.env.DATABASE_URL as string);
  const name = url.pathname.slice(1);
  await ensureWorkerDatabase(name, `iae_test_${process.env.IAE_TEST_RUN_ID}_template`);

  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const tables = rows.map((r) => r.tablename).filter((t) => !REFERENCE_TABLES.has(t));
    if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
  await clearRedisPrefix(process.env.REDIS_KEY_PREFIX as string);
}

/**
 * Deletes every key under the prefix at once, as a Redis restarted without persistence loses them: one script, so a
 * worker running meanwhile never sees half of them gone (a scheduler's job left without its schedule, say).
 */
export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
    await redis.eval(
      `local keys = redis.call('KEYS', ARGV[1])
       for i = 1, #keys, 1000 do redis.call('DEL', unpack(keys, i, math.min(i + 999, #keys))) end
       return #keys`,
      0,
      pattern,
    );
  } finally {
    redis.disconnect();
  }
}
