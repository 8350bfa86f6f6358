import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp, createTestApp } from '@iae/testing';
import { Call, ROUTES, Role, World, createWorld, routesProConnectEnv, stopRoutesProConnect } from '../../support/routes';

/**
 * Every write of the API takes an `Idempotency-Key`, so that a double click or a retried request never acts twice,
 * except the few below, exempt by nature (each with its reason). Checked against the OpenAPI document, so a new write
 * route cannot forget it; then each write is sent twice with the same key (the second replays the first answer and
 * writes no row), and once more with the same key and another body or file (refused with a 409). The web application's
 * calls to those routes each send a key (a static reading of its sources).
 */
const EXEMPT: Record<string, string> = {
  'POST /api/auth/login':
    'Opens a session: its answer is a fresh token and a refresh cookie, which a replay could not give; logging in twice creates nothing twice.',
  'POST /api/auth/refresh': 'Rotates the refresh cookie: the cookie itself is single-use, a replayed answer would hand out a revoked token.',
  'POST /api/auth/logout': 'Ends the session of the token it is sent with; a second call ends nothing more.',
  'POST /api/auth/proconnect/callback':
    'The authorization code is single-use (it is the key): ProConnect refuses a second exchange, and the answer opens a session.',
  'POST /api/auth/proconnect/logout': 'Answers with a redirection to ProConnect and ends the local session; a second call ends nothing more.',
  'POST /api/auth/confirm-email': 'The e-mailed token is the key: opened again, it answers the same and confirms nothing more.',
  'POST /api/auth/password-reset': 'The e-mailed token is single-use (it is the key): a second reset with the same token is refused, nothing changes twice.',
  'POST /api/auth/password-reset/preview': 'Reads a link, writes nothing (POST only to keep the token out of URLs).',
  'POST /api/invitations/preview': 'Reads an invitation, writes nothing (POST only to keep the token out of URLs).',
  'POST /api/candidate-invitations/preview': 'Reads an invitation, writes nothing (POST only to keep the token out of URLs).',
  'POST /api/candidates/lookup': 'A search by NIR or identity, writes nothing (POST only to keep the NIR out of URLs).',
  'POST /api/me/password':
    'Checks the current password: a repeat is refused on it and changes nothing twice; its body (passwords) is better kept out of any store.',
  'POST /api/me/closure': 'Closes the account and its sessions: a repeat is refused at authentication, nothing happens twice.',
};

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
/** Tables the API or its background processes write whatever the request (the key itself, the mail relay). */
const NOT_COUNTED = ['idempotency_keys', 'outbox_messages', 'email_messages', 'migrations', 'test_row_writes'];

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
}

describe('Idempotency-Key on every write', () => {
  let t: TestApp;
  let w: World;
  let writes: Array<{ key: string; idempotent: boolean }>;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000', ...(await routesProConnectEnv()) } });
    w = await createWorld(t);
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    writes = Object.entries<Record<string, OpenApiOperation>>(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => WRITE_METHODS.includes(method))
        .map(([method, operation]) => ({
          key: `${method.toUpperCase()} ${path}`,
          idempotent: (operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        })),
    );
    // Counts every row written (inserted, updated, deleted), table by table.
    await t.dataSource.query(`
      CREATE TABLE test_row_writes (tbl text NOT NULL, op text NOT NULL);
      CREATE FUNCTION test_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO test_row_writes VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$;`);
    const tables: Array<{ name: string }> = await t.dataSource.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL($1)`,
      [NOT_COUNTED],
    );
    for (const { name } of tables) {
      await t.dataSource.query(
        `CREATE TRIGGER test_count_row_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION test_count_row_write()`,
      );
    }
  });
  afterAll(async () => {
    await t.close();
    await stopRoutesProConnect();
  });

  it('is taken by every write route but the exempt ones, and each exemption names a documented route', () => {
    expect(
      writes
        .filter((r) => !r.idempotent)
        .map((r) => r.key)
        .sort(),
    ).toEqual(Object.keys(EXEMPT).sort());
    expect(writes.length).toBeGreaterThan(80);
  });

  function send(method: string, call: Call, role: Role, key: string, change?: 'body' | 'file') {
    const request = (t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[method.toLowerCase()](call.url);
    if (role !== 'anonymous') {
      const caller = w.callers[role];
      request.set('authorization', `Bearer ${caller.token}`);
      if (caller.organizationId) request.set('x-organization-id', caller.organizationId);
    }
    if (call.headers) request.set(call.headers);
    request.set('idempotency-key', key);
    if (call.upload) {
      for (const [name, value] of Object.entries(call.upload.fields)) request.field(name, value);
      const content = change === 'file' ? Buffer.concat([call.upload.content, Buffer.from('\n% autre fichier\n')]) : call.upload.content;
      return request.attach(call.upload.field, content, call.upload.fileName);
    }
    if (change === 'body') return request.send({ ...call.body, autreRequete: true });
    return call.body ? request.send(call.body) : request;
  }

  const writesCounted = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await t.dataSource.query(`SELECT tbl || ' ' || op AS k, count(*)::int AS n FROM test_row_writes GROUP BY 1`)).map((r: { k: string; n: number }) => [
        r.k,
        r.n,
      ]),
    );

  it('acts once per key on every idempotent write: the retry replays the answer and writes no row; another request with the key is refused', async () => {
    const checked: string[] = [];
    const wrote: string[] = [];
    for (const { key } of writes.filter((r) => r.idempotent)) {
      const route = ROUTES[key];
      const [method] = key.split(' ');
      const role: Role = route.allowed === 'public' ? 'anonymous' : route.allowed.includes('staff') ? 'staff' : route.allowed[0];
      const call = await route.build(t, w, role);
      const idempotencyKey = `every-write-${checked.length}-${Date.now()}`;
      const untouched = await writesCounted();
      const first = await send(method, call, role, idempotencyKey);
      expect({ key, status: first.status < 300 ? 'success' : first.status, body: first.status < 300 ? undefined : first.body }).toEqual({
        key,
        status: 'success',
        body: undefined,
      });
      const before = await writesCounted();
      if (JSON.stringify(before) !== JSON.stringify(untouched)) wrote.push(key);
      const retry = await send(method, call, role, idempotencyKey);
      expect({ key, status: retry.status, replayed: retry.headers['idempotent-replayed'], body: retry.body }).toEqual({
        key,
        status: first.status,
        replayed: 'true',
        body: first.body,
      });
      expect({ key, writes: await writesCounted() }).toEqual({ key, writes: before });
      if (call.upload || call.body) {
        const other = await send(method, call, role, idempotencyKey, call.upload ? 'file' : 'body');
        expect({ key, status: other.status, type: other.body.type }).toEqual({ key, status: 409, type: '/api/problems/idempotency-key-conflict' });
        expect({ key, writes: await writesCounted() }).toEqual({ key, writes: before });
      }
      checked.push(key);
    }
    expect(checked.length).toBe(writes.length - Object.keys(EXEMPT).length);
    // The count sees the writes: nearly every first request wrote rows (a few, like a reset request for an unknown address, write none).
    expect(wrote.length).toBeGreaterThan(checked.length * 0.9);
  });

  it('is sent by the web application on each of its writes to a route that takes it', () => {
    const root = join(__dirname, '../../../apps/web/src');
    const sources = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return walk(path);
        return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
      });
    })(root);
    const calls: Array<{ route: string; where: string; sendsKey: boolean }> = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bapi\.(POST|PUT|PATCH|DELETE)\(/g)) {
        // The call's arguments, up to the parenthesis that closes it.
        let depth = 1;
        let end = match.index + match[0].length;
        while (depth > 0 && end < text.length) {
          if (text[end] === '(') depth++;
          if (text[end] === ')') depth--;
          end++;
        }
        const args = text.slice(match.index + match[0].length, end - 1);
        const path = /^\s*'([^']+)'/.exec(args)?.[1];
        const where = `${file.slice(root.length + 1)}:${text.slice(0, match.index).split('\n').length}`;
        // A literal path, so that the route is known here.
        expect({ where, path }).toEqual({ where, path: expect.stringMatching(/^\/api\//) });
        // A key from the write helpers (useWriteHeaders' `headers()` or `key()`, useWriteForm's `header`) or named here.
        const sendsKey = /'Idempotency-Key'|\.(headers|key)\(\)|[{,]\s*header\s*[,}]/.test(args);
        calls.push({ route: `${match[1]} ${path}`, where, sendsKey });
      }
    }
    expect(calls.length).toBeGreaterThan(60);
    const documented = new Set(writes.map((r) => r.key));
    const missing = calls.filter((c) => !documented.has(c.route) || (!EXEMPT[c.route] && !c.sendsKey));
    expect(missing).toEqual([]);
  });
});
