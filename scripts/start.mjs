// npm start: install what is missing, reach PostgreSQL and Redis, migrate, seed an empty
// database, then run the API and the worker together until Ctrl-C.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { build } from './build.mjs';
import { prepareLocal } from './lib/prepare.mjs';
import { root, run, step } from './lib/shell.mjs';

await prepareLocal();

try {
  build();
  step('Applying migrations…');
  run(process.execPath, ['dist/libs/database/src/cli.js', 'migrate']);
  run(process.execPath, ['dist/libs/database/src/cli.js', 'seed', '--print-accounts']);
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
children.push(
  spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, APP_NAME: 'iae-api' } }),
  spawn(process.execPath, ['--enable-source-maps', 'dist/apps/worker/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, APP_NAME: 'iae-worker' },
  }),
);
console.log(`
  Web       ${publicUrl}/   (the application; \`npm run dev:web\` serves it with hot reload on :5173)
  API       ${publicUrl}/api
  API docs  ${publicUrl}/api/docs   (OpenAPI JSON: ${publicUrl}/api/docs-json)
  Health    ${publicUrl}/api/health/ready${proconnectLine}
  E-mails   ${process.env.SMTP_URL ? `sent through ${process.env.SMTP_URL.replace(/\/\/[^@]*@/, '//***@')}` : `written to ${process.env.MAIL_DIR || 'var/mail'}/*.eml`}
  Ctrl-C stops both processes.
`);

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
