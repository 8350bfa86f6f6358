/**
 * A private deployment for the fault suite: its own PostgreSQL cluster and Redis server on free ports
 * in a temporary folder, the built API and worker as separate processes, and an SMTP catcher.
 * Everything here can be killed and restarted, as an operator's dependencies can.
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { SmtpCatcher, eventually } from '@iae/testing';

/** The built product the suite runs: this tree, or another build (`FAULTS_APP_ROOT`, e.g. to measure an older one). */
export const ROOT = process.env.FAULTS_APP_ROOT ?? join(__dirname, '..', '..');

/** Why the suite cannot run on this machine, or null. */
export function missingTools(): string | null {
  for (const tool of ['redis-server', 'initdb', 'pg_ctl']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not on PATH (install redis-server and the PostgreSQL server binaries)`;
  }
  if (!existsSync(join(ROOT, 'dist/apps/api/src/main.js'))) return 'the API is not built (npm run build)';
  if (process.getuid?.() === 0 && !postgresUser()) return 'running as root and no "postgres" user to run PostgreSQL as';
  return null;
}

function postgresUser(): { uid: number; gid: number } | null {
  const result = spawnSync('id', ['postgres'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return { uid: Number(/uid=(\d+)/.exec(result.stdout)?.[1]), gid: Number(/gid=(\d+)/.exec(result.stdout)?.[1]) };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

type Role = 'api' | 'worker';

export interface ProcessHandle {
  role: Role;
  name: string;
  port?: number;
  child: ChildProcess;
  log: string;
}

export class Stack {
  readonly dir = mkdtempSync(join(tmpdir(), 'iae-faults-'));
  readonly smtp = new SmtpCatcher();
  readonly secret = 'fault-suite-secret-fault-suite-secret-00';
  readonly publicUrl = 'http://faults.iae.test';
  pgPort = 0;
  redisPort = 0;
  db!: Pool;
  private redisChild?: ChildProcess;
  private readonly processes: ProcessHandle[] = [];
  private readonly asPostgres = process.getuid?.() === 0 ? postgresUser() : null;
  private counter = 0;

  get databaseUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.pgPort}/iae`;
  }
  get redisUrl(): string {
    return `redis://127.0.0.1:${this.redisPort}`;
  }

  async start(): Promise<void> {
    if (this.asPostgres) chownSync(this.dir, this.asPostgres.uid, this.asPostgres.gid);
    await this.smtp.start();
    this.pgPort = await freePort();
    this.redisPort = await freePort();
    this.pg(['initdb', '-D', this.pgData, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    await this.startPostgres();
    await this.startRedis();
    const admin = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${this.pgPort}/postgres`, max: 1 });
    await admin.query('CREATE DATABASE iae');
    await admin.end();
    const migrated = spawnSync(process.execPath, [join(ROOT, 'dist/libs/database/src/cli.js'), 'migrate'], {
      env: this.env({ LOG_LEVEL: 'warn' }),
      encoding: 'utf8',
    });
    if (migrated.status !== 0) throw new Error(`Migrating the private database failed:\n${migrated.stdout}\n${migrated.stderr}`);
    this.db = new Pool({ connectionString: this.databaseUrl, max: 4 });
    this.db.on('error', () => undefined); // the suite restarts the server under it
  }

  private get pgData(): string {
    return join(this.dir, 'pgdata');
  }

  /** Runs a PostgreSQL tool, as the postgres user when the suite runs as root (initdb refuses root). */
  private pg(args: string[]): void {
    const [command, ...rest] = args;
    const argv = this.asPostgres ? ['setpriv', `--reuid=${this.asPostgres.uid}`, `--regid=${this.asPostgres.gid}`, '--clear-groups', command, ...rest] : args;
    execFileSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], cwd: this.dir });
  }

  async startPostgres(): Promise<void> {
    const options = `-p ${this.pgPort} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
    this.pg(['pg_ctl', '-D', this.pgData, '-o', options, '-l', join(this.dir, 'postgres.log'), '-w', 'start']);
  }

  /** `immediate` is a crash: no checkpoint, every connection cut, recovery from the WAL at the next start. */
  stopPostgres(mode: 'fast' | 'immediate' = 'immediate'): void {
    this.pg(['pg_ctl', '-D', this.pgData, '-m', mode, '-w', 'stop']);
  }

  /** Without persistence, as a cache-configured Redis: a restart starts empty. */
  async startRedis(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
      stdio: 'ignore',
    });
    this.redisChild = child;
    const probe = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await eventually(
        () =>
          probe
            .connect()
            .then(() => probe.ping())
            .catch(() => probe.disconnect()),
        (pong) => pong === 'PONG',
        10_000,
      );
    } finally {
      probe.disconnect();
    }
  }

  async killRedis(): Promise<void> {
    const child = this.redisChild;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const keep = ['PATH', 'HOME', 'LANG', 'TZ'];
    return {
      ...Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
      NODE_ENV: 'test',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      REDIS_KEY_PREFIX: 'faults',
      JWT_SECRET: this.secret,
      JWT_ACCESS_TTL_SECONDS: '7200',
      PUBLIC_URL: this.publicUrl,
      SMTP_URL: this.smtp.url,
      LOG_LEVEL: 'info',
      LOGIN_RATE_LIMIT: '100000',
      PASSWORD_HASH_MEMORY_KIB: '4096',
      PASSWORD_HASH_ITERATIONS: '1',
      MAIL_DIR: join(this.dir, 'mail'),
      STORAGE_DIR: join(this.dir, 'storage'),
      ...extra,
    };
  }

  async startApi(extra: Record<string, string> = {}): Promise<ProcessHandle> {
    const port = await freePort();
    const handle = this.spawn('api', { PORT: String(port), HOST: '127.0.0.1', ...extra });
    handle.port = port;
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${port}/api/health`)
          .then((r) => r.status)
          .catch(() => 0),
      (status) => status === 200 || handle.child.exitCode !== null,
      60_000,
    );
    if (handle.child.exitCode !== null) throw new Error(`The API exited (${handle.child.exitCode}):\n${this.logOf(handle)}`);
    return handle;
  }

  async startWorker(extra: Record<string, string> = {}): Promise<ProcessHandle> {
    const handle = this.spawn('worker', extra);
    await eventually(
      async () => this.logOf(handle),
      (log) => log.includes('Worker started') || handle.child.exitCode !== null,
      60_000,
    );
    if (handle.child.exitCode !== null) throw new Error(`The worker exited (${handle.child.exitCode}):\n${this.logOf(handle)}`);
    return handle;
  }

  private spawn(role: Role, extra: Record<string, string>): ProcessHandle {
    const name = `${role}-${++this.counter}`;
    const log = join(this.dir, `${name}.log`);
    const child = spawn(process.execPath, [join(ROOT, `dist/apps/${role}/src/main.js`)], {
      cwd: this.dir,
      env: this.env({ APP_NAME: `iae-${name}`, ...extra }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log);
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    const handle = { role, name, child, log };
    this.processes.push(handle);
    return handle;
  }

  logOf(handle: ProcessHandle): string {
    return existsSync(handle.log) ? readFileSync(handle.log, 'utf8') : '';
  }

  /** The pino lines of a process, parsed. */
  linesOf(handle: ProcessHandle): Array<Record<string, any>> {
    return this.logOf(handle)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => {
        try {
          return JSON.parse(line);
        } catch {
          return {};
        }
      });
  }

  async kill(handle: ProcessHandle, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (handle.child.exitCode !== null || handle.child.signalCode !== null) return;
    const exited = once(handle.child, 'exit');
    handle.child.kill(signal);
    await exited;
  }

  all(role: Role): ProcessHandle[] {
    return this.processes.filter((p) => p.role === role);
  }

  running(role: Role): ProcessHandle[] {
    return this.processes.filter((p) => p.role === role && p.child.exitCode === null && p.child.signalCode === null);
  }

  async stop(keepFiles = false): Promise<void> {
    for (const handle of this.processes) await this.kill(handle, 'SIGKILL');
    await this.db?.end().catch(() => undefined);
    await this.killRedis();
    try {
      this.stopPostgres('immediate');
    } catch {
      // already stopped
    }
    await this.smtp.stop();
    if (!keepFiles) rmSync(this.dir, { recursive: true, force: true });
  }
}
