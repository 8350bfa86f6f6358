// The API's memory over a long mixed load (issue 15: RSS flat over 10 minutes, slope reported). Its resident set is
// read from /proc every 5 s; the slope is fitted after the first minute (caches and the JIT warm up meanwhile).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { OFFER_MIX, STRUCTURE_MIX } from './search.scenarios.mjs';
import { ensureUsers, loginAll } from './users.mjs';

const MINUTES = Number(process.env.BENCH_RSS_MINUTES || 10);
const CONNECTIONS = 8;
const state = { notes: [] };

function rssMb(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return kb / 1024;
}

/** Least squares: MB per minute. */
export function slopeOf(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.minutes, 0) / n;
  const my = points.reduce((s, p) => s + p.mb, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.minutes - mx) * (p.mb - my), 0);
  const sxx = points.reduce((s, p) => s + (p.minutes - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** A quarter each: who am I, offers, structures, the national candidatures figures. */
async function mixedRequests(port) {
  const tokens = await loginAll(port);
  let i = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        const n = i++;
        switch (n % 4) {
          case 0:
            return { ...request, path: '/api/me', headers: { authorization: `Bearer ${tokens[n % tokens.length]}` } };
          case 1:
            return { ...request, path: OFFER_MIX[n % OFFER_MIX.length] };
          case 2:
            return { ...request, path: STRUCTURE_MIX[n % STRUCTURE_MIX.length] };
          default:
            return { ...request, path: '/api/stats/candidatures?departement=69' };
        }
      },
    },
  ];
}

export const MEMORY_SCENARIOS = [
  {
    name: `api: RSS over ${MINUTES} minutes of mixed load (me, offers, structures, figures)`,
    prepare: ({ client }) => ensureUsers(client),
    // Flat: under 1 MB a minute after the warm-up (a leak of one object per request grows by tens).
    goals: [{ label: 'RSS slope ≤ 1 MB/min', check: (row) => ({ measured: `${row.slope.toFixed(2)} MB/min`, met: row.slope <= 1 }) }],
    measure: async ({ port, apiPid }) => {
      const requests = await mixedRequests(port);
      const samples = [];
      const started = performance.now();
      const sample = () => samples.push({ minutes: (performance.now() - started) / 60_000, mb: rssMb(apiPid) });
      sample();
      const timer = setInterval(sample, 5_000);
      const times = [];
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`,
        connections: CONNECTIONS,
        duration: MINUTES * 60,
        requests,
        setupClient: (client) => client.on('response', (_status, _bytes, ms) => times.push(ms)),
      });
      clearInterval(timer);
      sample();
      times.sort((a, b) => a - b);
      const at = (p) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] * 10) / 10;
      const steady = samples.filter((s) => s.minutes >= 1);
      const slope = slopeOf(steady);
      const peak = Math.max(...samples.map((s) => s.mb));
      state.notes.push(
        `- API RSS over ${MINUTES} min of mixed load: ${samples[0].mb.toFixed(0)} MB at the start, ${steady[0]?.mb.toFixed(0)} MB after 1 min, ` +
          `${samples.at(-1).mb.toFixed(0)} MB at the end, peak ${peak.toFixed(0)} MB; slope after the first minute ${slope.toFixed(2)} MB/min ` +
          `(${samples.length} samples, ${result.requests.total} requests)`,
      );
      return {
        connections: CONNECTIONS,
        rps: Math.round(result.requests.average),
        p50: at(50),
        p95: at(95),
        p99: at(99),
        errors: result.errors + result.timeouts + (result.non2xx || 0),
        slope,
      };
    },
    report: () => state.notes.splice(0),
  },
];
