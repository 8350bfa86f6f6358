// After the run: drop this run's databases and Redis keys.
const { readFileSync, readdirSync, rmSync } = require('node:fs');
const path = require('node:path');
const Redis = require('ioredis');
const { dropDatabase, runId, withServer } = require('./test-databases');

/** The abuse suite's figures (test/abuse), printed once at the end of the run that produced them. */
function printAbuseFigures() {
  const dir = path.resolve(__dirname, '..', 'var', 'test-logs', `${runId()}-abuse`);
  let files;
  try {
    files = readdirSync(dir).filter((name) => /^figures\..+\.json$/.test(name));
  } catch {
    return;
  }
  if (!files.length) return;
  const lines = ['', 'Abuse suite (test/abuse):'];
  for (const file of files.sort()) {
    const figures = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const shown = Object.entries(figures).map(([name, value]) => `${name} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
    lines.push(`  ${file.slice(8, -5)}: ${shown.join(', ')}`);
  }
  console.log(lines.join('\n'));
}

module.exports = async function globalTeardown() {
  printAbuseFigures();
  const prefix = `iae_test_${runId()}_`;
  await withServer(async (client) => {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
    for (const { datname } of rows) await dropDatabase(client, datname);
  });
  // Files the run wrote (uploads, .eml): this run's folders only.
  for (const folder of ['test-storage', 'test-mail', 'test-logs']) {
    const dir = path.resolve(__dirname, '..', 'var', folder);
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) if (entry.startsWith(`${runId()}-`)) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `iae-test:${runId()}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
};
