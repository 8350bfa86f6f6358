// Once per run: drop what crashed runs left behind, create and migrate the template database.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { databaseUrl, dropDatabase, runId, templateName, withServer } = require('./test-databases');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

module.exports = async function globalSetup() {
  runId();
  const root = path.resolve(__dirname, '..');
  const cli = path.join(root, 'dist/libs/database/src/cli.js');
  if (!existsSync(cli)) spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

  await withServer(async (client) => {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'iae\\_test\\_%'`);
    for (const { datname } of rows) {
      // Run ids start with the pid of the process that owns the run; one that does not is someone's own run, left alone.
      const owner = Number(/^iae_test_(\d+)/.exec(datname)?.[1]);
      if ((owner && !alive(owner)) || datname.startsWith(`iae_test_${runId()}_`)) await dropDatabase(client, datname);
    }
    await client.query(`CREATE DATABASE "${templateName()}"`);
  });

  const result = spawnSync(process.execPath, [cli, 'migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(templateName()), LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
};
