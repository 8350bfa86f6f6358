import { ensureEnvFile, loadEnvFile } from './env.mjs';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, ensureDatabase, ensureServices } from './services.mjs';
import { ensureDependencies } from './shell.mjs';

/**
 * What `npm start`, `npm run <command>` and `npm run bench` do first: dependencies, `.env`,
 * PostgreSQL and Redis reachable, the database created. Returns the URLs in use.
 */
export async function prepareLocal({ databaseName } = {}) {
  ensureDependencies();
  ensureEnvFile();
  loadEnvFile();
  const database = new URL(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  if (databaseName) database.pathname = `/${databaseName}`;
  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  await ensureServices({ databaseUrl: database.toString(), redisUrl });
  await ensureDatabase(database.toString());
  return { databaseUrl: database.toString(), redisUrl };
}
