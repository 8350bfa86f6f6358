import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { commandExists, step } from './shell.mjs';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/iae';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port, 250)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const isLocal = (host) => ['127.0.0.1', 'localhost', '::1'].includes(host);

function startPostgres() {
  if (existsSync('/etc/postgresql') && commandExists('pg_ctlcluster')) {
    for (const version of readdirSync('/etc/postgresql')) {
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'ignore' });
    }
    return true;
  }
  return false;
}

function startRedis(port) {
  if (!commandExists('redis-server')) return false;
  spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  return true;
}

const HOW_TO = `
How to get them:
  - with Docker:            docker compose -f docker/compose.yml up -d postgres redis
  - on Debian or Ubuntu:    sudo apt install postgresql redis-server
  - elsewhere:              point DATABASE_URL and REDIS_URL (in .env) at servers you run.`;

/** Reaches PostgreSQL and Redis, starting local ones that are installed but stopped. */
export async function ensureServices({ databaseUrl, redisUrl }) {
  const pg = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  const pgPort = Number(pg.port || 5432);
  const redisPort = Number(redis.port || 6379);
  const missing = [];

  if (!(await reachable(pg.hostname, pgPort))) {
    if (isLocal(pg.hostname) && startPostgres()) {
      step('PostgreSQL was stopped: starting it…');
    }
    if (!(await waitFor(pg.hostname, pgPort, 15))) missing.push(`PostgreSQL at ${pg.hostname}:${pgPort} (DATABASE_URL)`);
  }
  if (!(await reachable(redis.hostname, redisPort))) {
    if (isLocal(redis.hostname) && startRedis(redisPort)) {
      step('Redis was stopped: starting it…');
    }
    if (!(await waitFor(redis.hostname, redisPort, 10))) missing.push(`Redis at ${redis.hostname}:${redisPort} (REDIS_URL)`);
  }
  if (missing.length) {
    console.error(`\n✖ Cannot reach ${missing.join(' nor ')}.\n${HOW_TO}\n`);
    process.exit(1);
  }
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(databaseUrl) {
  const { default: pg } = await import('pg');
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      step(`Creating database ${name}…`);
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}
