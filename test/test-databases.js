// Throw-away databases for one `npm test` run: a migrated template, cloned per Jest worker.
const { Client } = require('pg');

function serverUrl() {
  return process.env.TEST_DATABASE_SERVER_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

function runId() {
  if (!process.env.IAE_TEST_RUN_ID) process.env.IAE_TEST_RUN_ID = String(process.pid);
  return process.env.IAE_TEST_RUN_ID;
}

function databaseUrl(name) {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const templateName = () => `iae_test_${runId()}_template`;
const workerName = (worker) => `iae_test_${runId()}_w${worker}`;

async function withServer(fn) {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(client, name) {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

module.exports = { serverUrl, runId, databaseUrl, templateName, workerName, withServer, dropDatabase };
