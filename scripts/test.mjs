// npm test: install what is missing, reach PostgreSQL and Redis, build (which type-checks),
// then run every test (unit, end-to-end and the journeys in a real browser) against a throw-away database.
import { randomBytes } from 'node:crypto';
import { build } from './build.mjs';
import { lint } from './lint.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { DEFAULT_REDIS_URL, ensureServices } from './lib/services.mjs';
import { ensureDependencies, root, run, step } from './lib/shell.mjs';

ensureDependencies();

// Tests never touch the development database: they only borrow the server.
const server = new URL(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
server.pathname = '/postgres';
const env = {
  ...process.env,
  NODE_ENV: 'test',
  TEST_DATABASE_SERVER_URL: server.toString(),
  REDIS_URL: process.env.REDIS_URL || DEFAULT_REDIS_URL,
  JWT_SECRET: process.env.JWT_SECRET || randomBytes(48).toString('base64url'),
  IAE_TEST_RUN_ID: `${process.pid}x${randomBytes(2).toString('hex')}`,
};
await ensureServices({ databaseUrl: server.toString(), redisUrl: env.REDIS_URL });
// The journeys in test/browser need a Chromium; without one they say why and are skipped.
const noBrowser = ensureChromium();
if (noBrowser) {
  env.IAE_BROWSER_SKIP = noBrowser;
  console.warn(`⚠ Browser tests skipped: ${noBrowser}`);
}

try {
  lint();
  build();
  step('Running the tests…');
  run(process.execPath, [`${root}/node_modules/jest/bin/jest.js`, ...process.argv.slice(2)], { env });
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(error.exitCode ?? 1);
}
