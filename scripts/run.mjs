// npm run migrate | seed | job -- <name>: the same preparation as npm start, then one command.
import { ensureDependencies, run } from './lib/shell.mjs';

ensureDependencies();
const { ensureEnvFile, loadEnvFile } = await import('./lib/env.mjs');
const { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, ensureDatabase, ensureServices } = await import('./lib/services.mjs');
const { build } = await import('./build.mjs');

const [command, ...args] = process.argv.slice(2);
const entry = {
  migrate: ['dist/libs/database/src/cli.js', 'migrate'],
  seed: ['dist/libs/database/src/cli.js', 'seed'],
  job: ['dist/apps/worker/src/job.js'],
}[command];
if (!entry) {
  console.error('Usage: node scripts/run.mjs <migrate|seed|job> [args]');
  process.exit(64);
}
ensureEnvFile();
loadEnvFile();
const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
await ensureServices({ databaseUrl, redisUrl: process.env.REDIS_URL || DEFAULT_REDIS_URL });
await ensureDatabase(databaseUrl);
try {
  build();
  if (command !== 'migrate') run(process.execPath, ['dist/libs/database/src/cli.js', 'migrate']);
  run(process.execPath, [...entry, ...args]);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(error.exitCode ?? 1);
}
