// Pilotage figures (issues 7 and 15) on the national data set (2 million candidatures): each figure set for the
// whole country, read one at a time (the latency a DDETS or the DGEFP waits for), and per département. The default
// period (12 months) and the last three calendar years are read from the snapshots, which the bench computes first
// (timed), with the days every set is counted on; any other period is a sum over its days.
import argon2 from 'argon2';
import { spawnSync } from 'node:child_process';
import { root } from '../scripts/lib/shell.mjs';
import { p95AtMost } from './goals.mjs';
import { PASSWORD } from './users.mjs';

const STAFF_EMAIL = 'bench.staff@exemple.fr';
const state = { departements: [], token: null, snapshots: null };
// The server's year is Paris's (the snapshot's last calendar year turns at midnight there).
const LAST_YEAR = Number(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date())) - 1;

/** The background job, as the worker runs it: every territory's default period and last three calendar years. */
function refreshSnapshots(env) {
  if (state.snapshots) return;
  const started = performance.now();
  const job = spawnSync(process.execPath, ['dist/apps/worker/src/job.js', 'stats.refresh-snapshots'], { cwd: root, env, encoding: 'utf8' });
  if (job.status !== 0) throw new Error(`stats.refresh-snapshots failed: ${job.stderr}`);
  state.snapshots = { seconds: (performance.now() - started) / 1000, summary: job.stdout.trim() };
}

/** Once in the notes, however many stats scenarios ran. */
function snapshotReport() {
  if (!state.snapshots || state.reported) return [];
  state.reported = true;
  return [`- stats.refresh-snapshots: ${state.snapshots.seconds.toFixed(1)} s (${state.snapshots.summary})`];
}

async function prepare({ client, env }) {
  refreshSnapshots(env);
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await client.query(
    `INSERT INTO users (email, password_hash, first_name, last_name, is_staff, email_confirmed_at)
     VALUES ($1, $2, 'Bench', 'Staff', true, now()) ON CONFLICT (email) DO NOTHING`,
    [STAFF_EMAIL, hash],
  );
  // The départements with the most SIAE, where a DDETS waits longest.
  state.departements = (
    await client.query(`SELECT m.departement_code FROM employers e JOIN communes m ON m.code = e.commune_code GROUP BY 1 ORDER BY count(*) DESC LIMIT 10`)
  ).rows.map((r) => r.departement_code);
}

async function staffToken(port) {
  if (state.token) return state.token;
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: STAFF_EMAIL, password: PASSWORD }),
  });
  state.token = (await response.json()).accessToken;
  return state.token;
}

function scenario(name, path, { connections = 1, staff = false, perDepartement = false } = {}) {
  return {
    name,
    needsNationalSeed: true,
    prepare,
    report: snapshotReport,
    goals: [p95AtMost(300)],
    options: async ({ port }) => {
      const headers = staff ? { authorization: `Bearer ${await staffToken(port)}` } : {};
      let i = 0;
      return {
        connections,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const n = i++;
              const where = perDepartement ? `${path.includes('?') ? '&' : '?'}departement=${state.departements[n % state.departements.length]}` : '';
              return { ...request, path: `${path}${where}`, headers };
            },
          },
        ],
      };
    },
  };
}

export const STATS_SCENARIOS = [
  scenario(
    `GET /api/stats/candidatures?from=${LAST_YEAR}-01-01&to=${LAST_YEAR}-12-31 (France, last calendar year, daily snapshot, 1 client)`,
    `/api/stats/candidatures?from=${LAST_YEAR}-01-01&to=${LAST_YEAR}-12-31`,
  ),
  scenario(
    `GET /api/stats/candidatures?from=${LAST_YEAR - 2}-01-01&to=${LAST_YEAR - 2}-12-31 (France, the oldest year kept, daily snapshot, 1 client)`,
    `/api/stats/candidatures?from=${LAST_YEAR - 2}-01-01&to=${LAST_YEAR - 2}-12-31`,
  ),
  // Any other period: the candidatures and the PASS IAE summed over the days the job counted, the other sets live.
  scenario(
    `GET /api/stats/candidatures?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30 (France, a half-year, summed over its days, 1 client)`,
    `/api/stats/candidatures?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30`,
  ),
  scenario(
    `GET /api/stats/pass-iae?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30 (France, a half-year, summed over its days, 1 client)`,
    `/api/stats/pass-iae?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30`,
  ),
  scenario(
    `GET /api/stats/candidatures?from=${LAST_YEAR + 1}-04-01&to=${LAST_YEAR + 1}-06-30&departement= (a quarter, 10 largest, 4 clients)`,
    `/api/stats/candidatures?from=${LAST_YEAR + 1}-04-01&to=${LAST_YEAR + 1}-06-30`,
    { connections: 4, perDepartement: true },
  ),
  scenario(
    `GET /api/stats/auto-prescription?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30 (France, a half-year, summed over its days, staff, 1 client)`,
    `/api/stats/auto-prescription?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30`,
    { staff: true },
  ),
  scenario(
    `GET /api/stats/prescribers/organizations?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30 (France, a half-year, summed over its days, staff, 1 client)`,
    `/api/stats/prescribers/organizations?from=${LAST_YEAR + 1}-01-01&to=${LAST_YEAR + 1}-06-30`,
    { staff: true },
  ),
  scenario('GET /api/stats/candidatures (France, 2 M candidatures, 1 client)', '/api/stats/candidatures'),
  scenario('GET /api/stats/pass-iae (France, 1 client)', '/api/stats/pass-iae'),
  scenario('GET /api/stats/prescribers (France, 1 client)', '/api/stats/prescribers'),
  scenario('GET /api/stats/prescribers/organizations (France, staff, 1 client)', '/api/stats/prescribers/organizations', { staff: true }),
  scenario('GET /api/stats/auto-prescription (France, staff, 1 client)', '/api/stats/auto-prescription', { staff: true }),
  scenario('GET /api/stats/candidatures?format=csv (France, 1 client)', '/api/stats/candidatures?format=csv'),
  scenario('GET /api/stats/candidatures?departement= (10 largest, 4 clients)', '/api/stats/candidatures', { connections: 4, perDepartement: true }),
  scenario('GET /api/stats/auto-prescription?departement= (10 largest, staff, 4 clients)', '/api/stats/auto-prescription', {
    connections: 4,
    staff: true,
    perDepartement: true,
  }),
];
