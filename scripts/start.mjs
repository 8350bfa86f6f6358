// npm start: install what is missing, reach PostgreSQL and Redis, migrate, seed an empty
// database, then run the API and the worker together until Ctrl-C.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { build } from './build.mjs';
import { prepareLocal } from './lib/prepare.mjs';
import { root, run, step } from './lib/shell.mjs';

await prepareLocal();

try {
  build();
  const started = performance.now();
  step('Applying migrations (the first run loads the 35,000 communes: about half a minute)…');
  run(process.execPath, ['dist/libs/database/src/cli.js', 'migrate']);
  step(`Database up to date in ${((performance.now() - started) / 1000).toFixed(1)} s; seeding the demo data if it is empty…`);
  run(process.execPath, ['dist/libs/database/src/cli.js', 'seed']);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(error.exitCode ?? 1);
}

const port = process.env.PORT || '3000';
const publicUrl = (process.env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');

// `npm start -- --proconnect` (or PROCONNECT_LOCAL=true): a local ProConnect on loopback (oidc-provider with test
// accounts), so that the "S'identifier avec ProConnect" button works without an account anywhere else.
const children = [];
let proconnectLine = '';
if (process.argv.includes('--proconnect') || process.env.PROCONNECT_LOCAL === 'true') {
  const redirectUrl = `${publicUrl}/connexion/proconnect`;
  const provider = spawn(
    process.execPath,
    [
      'scripts/proconnect-dev-provider.mjs',
      '--port',
      process.env.PROCONNECT_DEV_PORT || '4100',
      '--redirect-uri',
      redirectUrl,
      '--post-logout-redirect-uri',
      `${publicUrl}/connexion`,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(provider);
  const [line] = await once(createInterface({ input: provider.stdout }), 'line');
  const { issuer, clientId, clientSecret } = JSON.parse(line);
  Object.assign(process.env, {
    PROCONNECT_ISSUER: issuer,
    PROCONNECT_CLIENT_ID: clientId,
    PROCONNECT_CLIENT_SECRET: clientSecret,
    PROCONNECT_REDIRECT_URL: redirectUrl,
  });
  proconnectLine = `\n  ProConnect ${issuer}   (local provider: pick a test account on its login page)`;
}
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, APP_NAME: 'iae-api' },
});
children.push(
  api,
  spawn(process.execPath, ['--enable-source-maps', 'dist/apps/worker/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, APP_NAME: 'iae-worker' },
  }),
);
step('Starting the API and the worker…');

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.once('exit', (code) => stop(code ?? 1));

/** Resolves once the API answers ready (its database and Redis reached), or false when it exited first. */
async function apiReady() {
  const url = `http://127.0.0.1:${port}/api/health/ready`;
  while (api.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  return false;
}

// The banner comes last, once the API answers, so that the boot's logs do not bury it.
if (await apiReady()) {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = createRequire(import.meta.url)(`${root}/dist/libs/database/src/seeds/demo-accounts.js`);
  const accounts = DEMO_ACCOUNTS.map((account) => `              ${account.email.padEnd(34)} ${account.role}`).join('\n');
  console.log(`
  Web       ${publicUrl}/   (the application; \`npm run dev:web\` serves it with hot reload on :5173)
  API       ${publicUrl}/api
  API docs  ${publicUrl}/api/docs   (OpenAPI JSON: ${publicUrl}/api/docs-json)
  Health    ${publicUrl}/api/health/ready${proconnectLine}
  E-mails   ${process.env.SMTP_URL ? `sent through ${process.env.SMTP_URL.replace(/\/\/[^@]*@/, '//***@')}` : `written to ${process.env.MAIL_DIR || 'var/mail'}/*.eml`}
  Accounts  password for all: ${DEMO_PASSWORD} (seeded on an empty database, see the README)
${accounts}
  Ctrl-C stops both processes.
`);
}
