// npm run bench [-- scenario-name …]: starts the built API against a dedicated database and
// measures each scenario with autocannon, next to the bare GET /api/health of the same run.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import pg from 'pg';
import { root, run, step } from '../scripts/lib/shell.mjs';
import { goalsTable } from './goals.mjs';
import { SCENARIOS } from './scenarios.mjs';

const BENCH_DB = process.env.BENCH_DATABASE_NAME || 'iae_bench';
const PORT = Number(process.env.BENCH_PORT || 3999);
const DURATION = Number(process.env.BENCH_DURATION || 10);

function databaseUrl() {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/iae');
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs one scenario; latencies are recorded per response, so p95 is a real p95. */
export async function measure(name, options) {
  const times = [];
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    duration: DURATION,
    ...options,
    setupClient: (client) => client.on('response', (_status, _bytes, ms) => times.push(ms)),
  });
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    scenario: name,
    connections: options.connections,
    rps: Math.round(result.requests.average),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors: result.errors + result.timeouts + (result.non2xx || 0),
  };
}

/** The national-scale data set, once (the seed skips what exists). */
async function ensureNationalSeed(client, env) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM job_descriptions)::int AS jobs, (SELECT count(*) FROM candidates)::int AS candidates, (SELECT count(*) FROM candidatures)::int AS candidatures`,
  );
  if (rows[0].jobs >= 100_000 && rows[0].candidates >= 1_000_000 && rows[0].candidatures >= 2_000_000) return;
  if (process.env.BENCH_SEED === 'skip') {
    // A partial data set (a seed interrupted on a busy machine): the figures must say so.
    step(`BENCH_SEED=skip: measuring on ${rows[0].jobs} job descriptions, ${rows[0].candidates} candidates, ${rows[0].candidatures} candidatures`);
    return;
  }
  step('Seeding the national-scale data set (once)…');
  // The seed refuses production; this database is the bench's own.
  run(process.execPath, ['dist/libs/database/src/cli.js', 'seed', '--scale=national'], { env: { ...env, NODE_ENV: 'development' } });
}

export async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl(),
    PORT: String(PORT),
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
    LOGIN_RATE_LIMIT: '1000000',
    // Benches of several databases on one Redis keep their queues apart, and never share the keys of a running
    // npm start's worker: BENCH_REDIS_KEY_PREFIX, else one after the database.
    REDIS_KEY_PREFIX: process.env.BENCH_REDIS_KEY_PREFIX || (BENCH_DB === 'iae_bench' ? 'iae-bench' : `iae-bench-${BENCH_DB}`),
    JWT_SECRET: process.env.JWT_SECRET || 'bench-secret-bench-secret-bench-secret-000',
  };
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  step(`Preparing database ${BENCH_DB}…`);
  run(process.execPath, ['dist/libs/database/src/cli.js', 'migrate'], { env });
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const context = { client, env, port: PORT };
  const scenarios = SCENARIOS.filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)));
  if (scenarios.some((s) => s.needsNationalSeed)) await ensureNationalSeed(client, env);
  for (const scenario of scenarios) await scenario.prepare?.(context);

  step('Starting the API…');
  // BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=var/prof' profiles the API (NODE_OPTIONS refuses these flags).
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
  const api = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  context.apiPid = api.pid;
  try {
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const rows = [];
    const bare = { connections: 32, requests: [{ method: 'GET', path: '/api/health' }] };
    await measure('warm-up', { ...bare, duration: 2 });
    rows.push(await measure('GET /api/health (bare)', bare));
    for (const scenario of scenarios) {
      // A scenario measuring something else than the API (raw SQL) reports its own row.
      if (scenario.measure) {
        rows.push({ scenario: scenario.name, ...(await scenario.measure(context)) });
        continue;
      }
      const options = await scenario.options(context);
      await measure('warm-up', { ...options, duration: 2 });
      rows.push(await measure(scenario.name, options));
    }
    rows.push(await measure('GET /api/health (bare, again)', bare));

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ');
    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${cpu} · Node ${process.version} · load ${loadAtStart} at the start, ${load} at the end (1 / 5 / 15 min) · ${DURATION} s per scenario\n`,
    );
    console.log('| scenario | connections | req/s | p50 ms | p95 ms | p99 ms | errors | vs bare |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const bareRps = rows[0].rps;
    for (const r of rows) {
      console.log(`| ${r.scenario} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${((r.rps / bareRps) * 100).toFixed(1)} % |`);
    }
    const notes = [];
    for (const scenario of scenarios) notes.push(...((await scenario.report?.(context, rows)) ?? []));
    if (notes.length) console.log(`\n${notes.join('\n')}`);
    const goals = goalsTable(scenarios, rows);
    if (goals.length) console.log(`\n${goals.join('\n')}`);
  } finally {
    api.kill('SIGTERM');
    await once(api, 'exit');
    await client.end();
  }
}
