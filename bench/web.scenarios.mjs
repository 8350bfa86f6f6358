// The web application, measured as people meet it: the JavaScript the public search loads first, how long results
// take after the last keystroke in Chromium (national data set), and Lighthouse on six pages (part 1 and part 2).
//   BENCH_DATABASE_NAME=iae_web_bench npm run bench -- web
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, step } from '../scripts/lib/shell.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Lighthouse 12.2.3 records no trace with --headless=new on Chromium 156 (NO_NAVSTART); --headless works.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LIGHTHOUSE = 'lighthouse@12.2.3';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const DEMO_PASSWORD = 'inclusion-demo-2026';
const COMMUNES = [
  'Lyon',
  'Marseille',
  'Toulouse',
  'Lille',
  'Nantes',
  'Rennes',
  'Bordeaux',
  'Grenoble',
  'Dijon',
  'Reims',
  'Brest',
  'Limoges',
  'Amiens',
  'Metz',
  'Besançon',
  'Perpignan',
  'Orléans',
  'Rouen',
  'Caen',
  'Nancy',
];
const findings = [];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n) => Math.round(n * 10) / 10;
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]} / ${sorted[Math.floor(sorted.length / 2)]} / ${sorted.at(-1)}`;
};

async function browser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
}

/** The demo accounts log the Lighthouse runs into the candidate's page and the prescriber's list. */
async function seedDemoAccounts({ env }) {
  const { DataSource } = await import('typeorm');
  const { seedDemo } = await import(join(root, 'dist/libs/database/src/seeds/demo.seed.js'));
  const dataSource = new DataSource({ type: 'postgres', url: env.DATABASE_URL });
  await dataSource.initialize();
  try {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.example.org'`);
    if (n === 0) {
      const { seeded } = await seedDemo(dataSource, { auth: { passwordHash: { memoryKiB: 19456, iterations: 2, parallelism: 1 } } });
      if (!seeded) findings.push('- Lighthouse: the demo accounts could not be seeded (the database has other users): logged-in pages not measured.');
    }
  } finally {
    await dataSource.destroy();
  }
}

/** A fresh refresh cookie per Lighthouse run (each page load spends it). */
async function sessionCookie(port, email) {
  const login = () =>
    fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-refresh-cookie': '1', origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
  // The connection kept alive since the last login may have been closed by the API during a long Lighthouse run.
  const response = await login().catch(login);
  if (!response.ok) return null;
  return /^(iae_refresh=[^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? null;
}

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
];
// BENCH_LIGHTHOUSE_DIR=var/lighthouse keeps each run's JSON report (opportunities, diagnostics, request chains) to read.
const REPORTS_DIR = process.env.BENCH_LIGHTHOUSE_DIR;

/**
 * One Lighthouse run: the page gathered once, audited as it was observed and again with each main-thread event lasting
 * its thread time (the CPU the renderer had) rather than its wall time. On a shared or two-core machine the renderer
 * waits for the CPU behind Lighthouse, the API and other work, and the simulated throttling multiplies that waiting
 * by 4; the second figure is what the same trace gives without it (the network, simulated, is the same in both).
 */
function lighthouse(url, cookie, reportName) {
  const dir = mkdtempSync(join(os.tmpdir(), 'iae-lighthouse-'));
  try {
    const common = [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ];
    const lh = (args) => {
      const result = spawnSync('npx', [...common, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM } });
      if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}: ${result.stderr.slice(-2000)}`);
      return result.stdout;
    };
    lh([`-G=${join(dir, 'observed')}`]);
    const observed = lh([`-A=${join(dir, 'observed')}`, '--output=json', '--output-path=stdout']);
    cpSync(join(dir, 'observed'), join(dir, 'thread-time'), { recursive: true });
    toThreadTime(join(dir, 'thread-time'));
    const threadTime = lh([`-A=${join(dir, 'thread-time')}`, '--output=json', '--output-path=stdout']);
    if (REPORTS_DIR) {
      mkdirSync(REPORTS_DIR, { recursive: true });
      writeFileSync(join(REPORTS_DIR, `${reportName}.json`), observed);
      writeFileSync(join(REPORTS_DIR, `${reportName}.thread-time.json`), threadTime);
    }
    const read = (json) => {
      const report = JSON.parse(json);
      return {
        performance: Math.round(report.categories.performance.score * 100),
        accessibility: Math.round(report.categories.accessibility.score * 100),
        metrics: Object.fromEntries(METRICS.map(([id, short]) => [short, report.audits[id]?.numericValue ?? NaN])),
      };
    };
    return { ...read(observed), threadTime: read(threadTime) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each complete event of the gathered trace made to last its thread time (`tdur`), where the two differ. */
function toThreadTime(artifactsDir) {
  const file = readdirSync(artifactsDir).find((name) => name.endsWith('.trace.json'));
  if (!file) throw new Error('Lighthouse gathered no trace');
  const trace = JSON.parse(readFileSync(join(artifactsDir, file), 'utf8'));
  for (const event of trace.traceEvents ?? trace) if (event.ph === 'X' && typeof event.tdur === 'number' && event.dur > event.tdur) event.dur = event.tdur;
  writeFileSync(join(artifactsDir, file), JSON.stringify(trace));
}

export const WEB_SCENARIOS = [
  {
    name: 'web: initial JavaScript of the public search (kB gzipped)',
    async measure({ port }) {
      if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (CHROMIUM_PATH)`);
      const b = await browser();
      try {
        const page = await b.newPage();
        const scripts = new Set();
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
        });
        await page.goto(`http://127.0.0.1:${port}/?commune=69123&communeLabel=Lyon%20(69)`, { waitUntil: 'networkidle' });
        await page
          .getByRole('status')
          .filter({ hasText: /km de Lyon/ })
          .waitFor();
        const sizes = [...scripts].map((path) => {
          const file = join(root, 'dist/web', path);
          return { path, gzip: gzipSync(readFileSync(file), { level: 9 }).length, raw: statSync(file).size };
        });
        const kb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
        findings.push(
          `- Initial JavaScript of the public search: ${round(kb)} kB gzipped (${round(sizes.reduce((s, x) => s + x.raw, 0) / 1024)} kB raw) in ${sizes.length} files — budget 200 kB.`,
        );
        return { connections: 1, rps: 0, p50: round(kb), p95: round(kb), p99: round(kb), errors: kb > 200 ? 1 : 0 };
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'web: results after the last keystroke (ms, Chromium, national data set)',
    needsNationalSeed: true,
    async measure({ port }) {
      const b = await browser();
      const times = [];
      try {
        const page = await b.newPage();
        await page.goto(`http://127.0.0.1:${port}/`);
        const commune = page.getByRole('combobox', { name: /Commune/ });
        for (const name of COMMUNES) {
          await commune.fill('');
          // Typed at a person's pace; the Enter that picks the commune is the last keystroke.
          await commune.pressSequentially(name, { delay: 60 });
          await page
            .getByRole('option', { name: new RegExp(`^${name} \\(`) })
            .first()
            .waitFor();
          await commune.press('ArrowDown');
          const start = performance.now();
          await commune.press('Enter');
          await page
            .getByRole('status')
            .filter({ hasText: new RegExp(`km de ${name}$`) })
            .waitFor({ timeout: 30_000 });
          times.push(performance.now() - start);
        }
      } finally {
        await b.close();
      }
      times.sort((a, b) => a - b);
      findings.push(
        `- Results after the last keystroke (${times.length} communes, Chromium): p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms — budget 1,000 ms.`,
      );
      return { connections: 1, rps: 0, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), errors: 0 };
    },
  },
  {
    name: `web: Lighthouse 12.2.3, ${RUNS} runs per page (mobile, simulated throttling)`,
    prepare: seedDemoAccounts,
    async measure({ port }) {
      const base = `http://127.0.0.1:${port}`;
      const pages = [
        { name: 'public search', url: `${base}/?commune=69123&communeLabel=Lyon%20(69)` },
        { name: 'candidate’s space', url: `${base}/candidat`, email: 'candidat@demo.example.org' },
        { name: 'prescriber’s sent candidatures', url: `${base}/prescripteur/candidatures`, email: 'prescripteur@demo.example.org' },
        // Part 2 (issue 17): an employer's, a State service's and the staff's pages.
        { name: 'SIAE’s received candidatures', url: `${base}/siae/candidatures`, email: 'siae.admin@demo.example.org' },
        { name: 'DDETS’s habilitation board', url: `${base}/ddets/habilitations`, email: 'ddets@demo.example.org' },
        { name: 'staff’s home', url: `${base}/equipe`, email: 'staff@demo.example.org' },
      ];
      const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',');
      let worst = 100;
      for (const target of pages) {
        if (only && !only.some((o) => target.name.includes(o))) continue;
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          step(`Lighthouse: ${target.name}, run ${i + 1}/${RUNS}…`);
          const cookie = target.email ? await sessionCookie(port, target.email) : null;
          if (target.email && !cookie) break;
          try {
            // The machine's load is part of the figure: Lighthouse's simulated throttling scales the CPU time it observes.
            const load = os.loadavg()[0];
            runs.push({
              ...lighthouse(target.url, cookie, `${target.url.replace(/^https?:\/\/[^/]+\//, '').replace(/\W+/g, '-') || 'search'}-${i + 1}`),
              load,
            });
          } catch (error) {
            findings.push(`- Lighthouse, ${target.name}, run ${i + 1}: ${error.message.split('\n')[0].slice(0, 300)}`);
          }
        }
        if (runs.length === 0) {
          findings.push(`- Lighthouse, ${target.name}: not measured (no demo account).`);
          continue;
        }
        worst = Math.min(worst, ...runs.map((r) => r.performance));
        const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
        const medians = (audits) =>
          METRICS.map(([, short]) => {
            const value = median(audits.map((audit) => audit.metrics[short]));
            return short === 'CLS' ? `${short} ${value.toFixed(3)}` : `${short} ${Math.round(value)} ms`;
          }).join(', ');
        const timings = medians(runs);
        const threadTimings = medians(runs.map((r) => r.threadTime));
        findings.push(
          `- Lighthouse, ${target.name}: performance ${spread(runs.map((r) => r.performance))}, accessibility ${spread(runs.map((r) => r.accessibility))} (min / median / max of ${runs.length}); medians ${timings}; load average ${runs.map((r) => r.load.toFixed(1)).join(' / ')}.`,
          `  - the same traces in thread time (the renderer's CPU, without its waits for the machine): performance ${spread(runs.map((r) => r.threadTime.performance))}; medians ${threadTimings}.`,
        );
      }
      return { connections: 1, rps: 0, p50: worst, p95: worst, p99: worst, errors: 0 };
    },
    report: () => findings.splice(0),
  },
];
