import * as fc from 'fast-check';
import { TestApp, createTestApp } from '@iae/testing';
import { Call, ROUTES, Role, World, createWorld, routesProConnectEnv, stopRoutesProConnect } from '../support/routes';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { abuseDir, abuseLogFile, recordFigures } from './abuse-log';
import { ApiDocument, Operation, SchemaObject, loadApiDocument, propertyPaths, schemaAt } from './openapi';
import { Exchange, Sender } from './sender';

/**
 * A property-based fuzzer over every operation of the OpenAPI document: starting from a valid
 * request (test/support/routes.ts) by someone allowed to make it, it breaks one thing or a few —
 * wrong types, missing and null fields, huge and deep values, unicode and NUL, unknown fields,
 * wrong content types, spoilt path and query parameters and headers — and expects no answer
 * ≥ 500, and every error as problem+json. Seeded (FUZZ_SEED) so a failure replays; FUZZ_RUNS
 * scales the number of requests (10,000 at least by default).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_205);
const RUNS_PER_BODY = Number(process.env.FUZZ_RUNS ?? 90);
const RUNS_OTHER = Math.max(10, Math.round(RUNS_PER_BODY / 2));

const MISSING = '§missing§';
type Value = unknown;

/** Values any field may be given, valid or not, the nastiest first. */
const nasty: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(MISSING),
  fc.constant(null),
  fc.constantFrom('', '   ', '\u0000', 'a\u0000b', '\ud800', '\u202eevil', '😀'.repeat(300), 'e\u0301'.repeat(50), '<script>alert(1)</script>'),
  fc.constantFrom("' OR 1=1 --", '../../etc/passwd', '%00', '${jndi:ldap://x}', '2026-02-30', '0000-00-00', '9999-12-31', '1e309', 'NaN', '-1'),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '__proto__', 'constructor'),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -0, true, false),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 10_001, max: 120_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 26 }).map((depth) => nest(depth)),
  fc.constant(Array.from({ length: 6_000 }, () => 0)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

function nest(depth: number): unknown {
  let value: unknown = 'bout';
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** A value the schema would accept, to keep the rest of the request valid while one part is broken. */
function plausible(schema: SchemaObject): fc.Arbitrary<Value> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.type === 'integer') return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000 });
  if (schema.type === 'number') return fc.double({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000, noNaN: true });
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'array')
    return fc.array(schema.items?.enum?.length ? fc.constantFrom(...schema.items.enum) : fc.string({ maxLength: 8 }), { maxLength: 3 });
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date' || /date/i.test(schema.format ?? '')) return fc.constantFrom('2026-01-15', '1990-04-12', '2030-12-31');
  return fc.string({ maxLength: Math.min(schema.maxLength ?? 30, 30) });
}

type Mutation =
  | { kind: 'fields'; changes: Array<{ path: string[]; value: Value }> }
  | { kind: 'unknown-field'; name: string; value: Value }
  | { kind: 'raw-body'; contentType: string | null; body: string }
  | { kind: 'query'; name: string; value: string | string[] }
  | { kind: 'path'; index: number; value: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'upload'; parts: UploadPart[] };

interface UploadPart {
  field: string;
  fileName?: string;
  content: string | Buffer;
  contentType?: string;
}

const RAW_BODIES: Array<{ contentType: string | null; body: string }> = [
  { contentType: 'application/json', body: '{"a":' },
  { contentType: 'application/json', body: '[1,2,3]' },
  { contentType: 'application/json', body: '"texte"' },
  { contentType: 'application/json', body: 'null' },
  { contentType: 'application/json', body: '{"__proto__":{"isStaff":true}}' },
  { contentType: 'application/json', body: '{"constructor":{"prototype":{"isStaff":true}}}' },
  { contentType: 'application/json; charset=utf-16', body: '{}' },
  { contentType: 'text/plain', body: 'email=x' },
  { contentType: 'application/xml', body: '<a>1</a>' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=2' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' },
  { contentType: 'multipart/form-data', body: 'pas un formulaire' },
  { contentType: null, body: '{"a":1}' },
  { contentType: 'application/json', body: `{"a":${'['.repeat(40)}${']'.repeat(40)}}` },
];

const PATH_VALUES = [
  'x',
  '0',
  '-1',
  '..',
  '%2e%2e',
  'a'.repeat(250),
  '%00',
  '%C0%AF',
  'ü',
  '00000000-0000-0000-0000-000000000000',
  'NaN',
  '1e9',
  '%20',
  'null',
];
const HEADERS: Array<{ name: string; values: string[] }> = [
  { name: 'x-organization-id', values: ['x', '00000000-0000-0000-0000-000000000000', ' ', 'a'.repeat(300)] },
  { name: 'authorization', values: ['Bearer', 'Bearer x.y.z', 'Basic YTpi', 'Bearer ' + 'a'.repeat(4000)] },
  { name: 'x-access-reason', values: ['%00', 'a%00b', '%E0%A4%A', 'x'.repeat(2000), '%F0%9F%98%80'] },
  { name: 'idempotency-key', values: ['', ' ', 'x'.repeat(500), 'clé-accentuée', '%00'] },
  { name: 'accept', values: ['application/xml', 'text/csv', '*/*;q=0'] },
];

function mutations(operation: Operation, doc: ApiDocument): fc.Arbitrary<Mutation> {
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<Mutation> }> = [];
  const body = operation.jsonBody;
  if (body) {
    const paths = propertyPaths(body, doc.resolve);
    if (paths.length) {
      const change = fc
        .constantFrom(...paths)
        .chain((path) =>
          fc.oneof({ weight: 4, arbitrary: nasty }, { weight: 1, arbitrary: plausible(schemaAt(body, path, doc.resolve)) }).map((value) => ({ path, value })),
        );
      options.push({ weight: 10, arbitrary: fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => ({ kind: 'fields' as const, changes })) });
      // Every required field missing, or null, at once.
      const required = body.required ?? [];
      if (required.length) {
        options.push({
          weight: 1,
          arbitrary: fc.constantFrom(MISSING, null).map((value) => ({ kind: 'fields' as const, changes: required.map((name) => ({ path: [name], value })) })),
        });
      }
    }
    options.push({
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('unknown-field' as const), name: fc.string({ minLength: 1, maxLength: 12 }), value: nasty }),
    });
  }
  if (body || operation.multipart || operation.method !== 'GET') {
    options.push({ weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ kind: 'raw-body' as const, ...raw })) });
  }
  if (operation.multipart) {
    const part = fc.record({
      field: fc.constantFrom('file', 'fichier', 'label', ''),
      fileName: fc.option(fc.constantFrom('a.pdf', '../../x.pdf', '\u0000.pdf', 'x'.repeat(400), 'é.png'), { nil: undefined }),
      content: fc.oneof(
        fc.constantFrom('', '%PDF-', '%PDF-1.4\n<html><script>alert(1)</script></html>', 'MZ\x90\x00', '<svg onload=alert(1)>'),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      ),
      contentType: fc.option(fc.constantFrom('application/pdf', 'text/html', 'image/png'), { nil: undefined }),
    });
    options.push({ weight: 6, arbitrary: fc.array(part, { minLength: 0, maxLength: 3 }).map((parts) => ({ kind: 'upload' as const, parts })) });
  }
  const queries = operation.parameters.filter((p) => p.in === 'query');
  if (queries.length) {
    const value = fc.oneof(
      fc.constantFrom('', 'x', '-1', '0', '99999999999999999999', '1.5', 'true', 'null', '\u0000', '%', 'a'.repeat(5000), '2026-13-45', ',,,', 'ü'),
      fc.string({ maxLength: 20 }),
      fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
    );
    options.push({
      weight: 6,
      arbitrary: fc.record({ kind: fc.constant('query' as const), name: fc.constantFrom(...queries.map((q) => q.name), 'inconnu'), value }),
    });
  }
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  if (pathParams.length) {
    options.push({
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('path' as const),
        index: fc.integer({ min: 0, max: pathParams.length - 1 }),
        value: fc.constantFrom(...PATH_VALUES),
      }),
    });
  }
  options.push({
    weight: 3,
    arbitrary: fc
      .constantFrom(...HEADERS)
      .chain((header) => fc.constantFrom(...header.values).map((value) => ({ kind: 'header' as const, name: header.name, value }))),
  });
  return fc.oneof(...options);
}

function setAt(target: Record<string, unknown>, path: string[], value: Value): void {
  let current = target;
  for (const name of path.slice(0, -1)) {
    if (typeof current[name] !== 'object' || current[name] === null || Array.isArray(current[name])) current[name] = {};
    current = current[name] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === MISSING) delete current[last];
  else current[last] = value;
}

function mutate(operation: Operation, base: Call, mutation: Mutation): Exchange {
  const exchange: Exchange = { method: operation.method, url: base.url, headers: { ...(base.headers ?? {}) }, body: base.body, upload: base.upload };
  switch (mutation.kind) {
    case 'fields': {
      const body = structuredClone(base.body ?? {}) as Record<string, unknown>;
      for (const change of mutation.changes) setAt(body, change.path, change.value);
      return { ...exchange, body, upload: undefined };
    }
    case 'unknown-field':
      return { ...exchange, body: { ...(base.body ?? {}), [mutation.name]: mutation.value === MISSING ? 1 : mutation.value }, upload: undefined };
    case 'raw-body':
      return { ...exchange, body: undefined, upload: undefined, raw: { contentType: mutation.contentType, body: mutation.body } };
    case 'upload':
      return { ...exchange, body: undefined, upload: undefined, multipart: mutation.parts };
    case 'query': {
      const url = new URL(base.url, 'http://x');
      url.searchParams.delete(mutation.name);
      for (const value of ([] as string[]).concat(mutation.value)) url.searchParams.append(mutation.name, value);
      return { ...exchange, url: url.pathname + url.search };
    }
    case 'path': {
      const template = operation.path.split('/');
      const actual = new URL(base.url, 'http://x').pathname.split('/');
      const positions = template.map((segment, i) => (segment.startsWith('{') ? i : -1)).filter((i) => i >= 0);
      actual[positions[mutation.index]] = mutation.value;
      return { ...exchange, url: actual.join('/') + new URL(base.url, 'http://x').search };
    }
    case 'header':
      return { ...exchange, headers: { ...exchange.headers, [mutation.name]: mutation.value } };
  }
}

function seedOf(key: string): number {
  let hash = SEED;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

describe('abuse: a fuzzer over every request schema', () => {
  let t: TestApp;
  let w: World;
  let doc: ApiDocument;
  let sender: Sender;
  const logFile = abuseLogFile('fuzz');

  beforeAll(async () => {
    t = await createTestApp({
      logFile,
      env: { LOGIN_RATE_LIMIT: '1000000', LOGIN_ACCOUNT_RATE_LIMIT: '1000000', ...(await routesProConnectEnv()) },
    });
    w = await createWorld(t);
    doc = await loadApiDocument(t);
    sender = new Sender(t, w);
  });
  afterAll(async () => {
    await t.close();
    await stopRoutesProConnect();
  });

  /**
   * The valid call of a route. What the fuzzer created before may stand in its way (a control
   * campaign over every period of the département): then it starts over in a fresh world.
   */
  const spareDepartements = ['62', '80', '60', '02', '27', '76'];
  async function build(key: string, role: Role): Promise<Call | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const call = await ROUTES[key].build(t, w, role);
        sender.ledger.addFrom(call.body);
        return call;
      } catch {
        if (!spareDepartements.length) return null;
        w = await createWorld(t, { ddetsDepartement: spareDepartements.shift() });
        sender.addWorld(w);
      }
    }
    return null;
  }

  it('answers every spoilt request below 500, and every error as problem+json', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;
    for (const operation of doc.operations) {
      const route = ROUTES[operation.key];
      if (!route) {
        failures.push(`${operation.key}: no valid call in test/support/routes.ts`);
        continue;
      }
      const role: Role = route.allowed === 'public' ? 'anonymous' : route.allowed.includes('staff') ? 'staff' : route.allowed[0];
      const runs = operation.jsonBody || operation.multipart ? RUNS_PER_BODY : RUNS_OTHER;
      const cases = fc.sample(mutations(operation, doc), { seed: seedOf(operation.key), numRuns: runs });
      let base = await build(operation.key, role);
      if (!base) {
        failures.push(`${operation.key}: its valid call could not be built, even in a fresh world`);
        continue;
      }
      for (const [index, mutation] of cases.entries()) {
        // A fresh valid request now and then: a case that succeeded may have used it up.
        if (index > 0 && index % 30 === 0) base = (await build(operation.key, role)) ?? base;
        // Only what the valid calls and the answers carry counts as a secret, not the fuzzer's junk.
        const response = await sender.send(mutate(operation, base, mutation), role, w, { ledger: false });
        requests++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const problem = sender.problemIssue(response);
        if (response.status >= 500 || problem) {
          failures.push(
            `${operation.key} as ${role} — ${JSON.stringify(mutation).slice(0, 300)} → ${response.status} ${problem ?? ''} ${response.body.slice(0, 300)}`,
          );
        }
      }
    }
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    recordFigures('fuzz', {
      seed: SEED,
      operations: doc.operations.length,
      requests,
      serverErrors,
      nonProblemErrors: failures.length - serverErrors,
      statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    });
    writeFileSync(resolve(abuseDir(), 'fuzz-failures.txt'), failures.join('\n'));
    expect(requests).toBeGreaterThanOrEqual(RUNS_PER_BODY >= 90 ? 10_000 : 0);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 900_000);

  it('keeps the log free of every secret and personal datum the fuzzer sent', async () => {
    recordFigures('fuzz', await sender.expectLogFree(logFile, { database: false }));
  });
});
