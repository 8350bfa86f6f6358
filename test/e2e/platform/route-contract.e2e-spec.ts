import { TestApp, createTestApp } from '@iae/testing';
import { Call, ROLES, ROUTES, Role, World, createWorld, routesProConnectEnv, stopRoutesProConnect } from '../../support/routes';

/**
 * Two tables over every route of the API, checked against the OpenAPI document so a new
 * route cannot be forgotten: who may call it (401 / 403 / 2xx per role), and what bad
 * input gets (400 problem+json naming the field, never a 500). The valid call of each
 * route for each role is in test/support/routes.ts.
 */

describe('API contract over every route', () => {
  let t: TestApp;
  let w: World;
  let documented: Array<{ key: string; method: string; path: string; operation: OpenApiOperation }>;
  let schemas: Record<string, OpenApiSchema>;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000', ...(await routesProConnectEnv()) } });
    w = await createWorld(t);
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    schemas = doc.components.schemas;
    documented = Object.entries<Record<string, OpenApiOperation>>(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, operation })),
    );
  });
  afterAll(async () => {
    await t.close();
    await stopRoutesProConnect();
  });

  function authenticate(request: import('supertest').Test, role: Role): import('supertest').Test {
    if (role === 'anonymous') return request;
    const caller = w.callers[role];
    request.set('authorization', `Bearer ${caller.token}`);
    if (caller.organizationId) request.set('x-organization-id', caller.organizationId);
    return request;
  }

  function send(method: string, call: Call, role: Role) {
    const request = authenticate((t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[method.toLowerCase()](call.url), role);
    if (call.headers) request.set(call.headers);
    if (call.upload) {
      for (const [name, value] of Object.entries(call.upload.fields)) request.field(name, value);
      return request.attach(call.upload.field, call.upload.content, call.upload.fileName);
    }
    return call.body ? request.send(call.body) : request;
  }

  it('covers every documented route, and nothing else', () => {
    expect(documented.map((d) => d.key).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe('who may call what (role × route)', () => {
    for (const [key, route] of Object.entries(ROUTES)) {
      const [method] = key.split(' ');
      it.each(ROLES)(`${key} as %s`, async (role) => {
        const call = await route.build(t, w, role);
        const response = await send(method, call, role);
        const allowed = route.allowed === 'public' || route.allowed.includes(role);
        const expected = allowed ? '2xx' : role === 'anonymous' ? 401 : 403;
        // A 303 to where the route sends the browser (ProConnect's authorization) is its success.
        const redirected = response.status === 303 && !!response.headers.location;
        const got = (response.status >= 200 && response.status < 300) || redirected ? '2xx' : response.status;
        expect({ key, role, status: got, body: got === expected ? undefined : response.body }).toEqual({ key, role, status: expected, body: undefined });
        if (!allowed) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      });
    }
  });

  describe('bad input on every route that takes a body', () => {
    const cases = () =>
      documented
        .filter((d) => d.operation.requestBody?.content['application/json'])
        .map((d) => {
          const ref = d.operation.requestBody!.content['application/json'].schema.$ref as string;
          return { ...d, schema: schemas[ref.split('/').pop() as string] };
        });

    async function authorised(key: string): Promise<{ call: Call; role: Role }> {
      const route = ROUTES[key];
      const role: Role = route.allowed === 'public' ? 'anonymous' : route.allowed.includes('staff') ? 'staff' : route.allowed[0];
      return { call: await route.build(t, w, role), role };
    }

    function expectProblem(response: { status: number; headers: Record<string, string>; body: { type: string } }, type: string) {
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe(type);
    }

    it('has bodies to check', () => expect(cases().length).toBeGreaterThanOrEqual(13));

    async function sendRaw(c: { key: string; method: string }, raw: string) {
      const { call, role } = await authorised(c.key);
      const request = authenticate((t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[c.method](call.url), role);
      if (call.headers) request.set(call.headers);
      return request.set('content-type', 'application/json').send(raw);
    }

    it('answers a malformed JSON body with 400 malformed-body', async () => {
      for (const c of cases()) {
        const response = await sendRaw(c, '{"email": "oops",');
        expect({ route: c.key, status: response.status }).toEqual({ route: c.key, status: 400 });
        expectProblem(response, '/api/problems/malformed-body');
      }
    });

    it('answers a body that is not an object with 400 malformed-body', async () => {
      for (const c of cases()) {
        const response = await sendRaw(c, '[1, 2]');
        expect({ route: c.key, status: response.status }).toEqual({ route: c.key, status: 400 });
        expectProblem(response, '/api/problems/malformed-body');
      }
    });

    it('names an unknown field', async () => {
      for (const c of cases()) {
        const { call, role } = await authorised(c.key);
        const response = await send(c.method, { ...call, body: { ...call.body, isAdmin: true } }, role);
        expect({ route: c.key, status: response.status }).toEqual({ route: c.key, status: 400 });
        expectProblem(response, '/api/problems/validation-error');
        expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'isAdmin', code: 'unknownField' })]));
      }
    });

    it('names a field of the wrong type', async () => {
      for (const c of cases()) {
        const [field, property] = Object.entries(c.schema.properties ?? {})[0];
        const wrong = property.type === 'string' || property.enum ? 12345 : 'not-the-right-type';
        const { call, role } = await authorised(c.key);
        const response = await send(c.method, { ...call, body: { ...call.body, [field]: wrong } }, role);
        expect({ route: c.key, field, status: response.status }).toEqual({ route: c.key, field, status: 400 });
        expectProblem(response, '/api/problems/validation-error');
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });

    it('names an oversized string (over 10,000 characters, and over any documented maximum)', async () => {
      const withoutFreeText = cases().filter((c) => !Object.values(c.schema.properties ?? {}).some((p) => p.type === 'string' && !p.enum));
      expect(withoutFreeText.map((c) => c.key).sort()).toEqual([
        'PATCH /api/organizations/{organizationId}/members/{userId}',
        'PUT /api/me/notification-settings/{organizationId}',
      ]);
      for (const c of cases()) {
        const strings = Object.entries(c.schema.properties ?? {}).filter(([, p]) => p.type === 'string' && !p.enum);
        for (const [field, property] of strings) {
          const { call, role } = await authorised(c.key);
          const oversized = 'a'.repeat(Math.max(10_001, (property.maxLength ?? 0) + 1));
          const response = await send(c.method, { ...call, body: { ...call.body, [field]: oversized } }, role);
          expect({ route: c.key, field, status: response.status }).toEqual({ route: c.key, field, status: 400 });
          expectProblem(response, '/api/problems/validation-error');
          expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        }
      }
    });

    it('answers a body over the size limit with 413', async () => {
      const response = await t.http.post('/api/auth/login').send({ email: 'x@exemple.fr', password: 'p'.repeat(2_000_000) });
      expect(response.status).toBe(413);
      expect(response.body.type).toBe('/api/problems/payload-too-large');
    });

    it('answers a body in another format with 415', async () => {
      const response = await t.http.post('/api/auth/login').set('content-type', 'text/plain').send('email=x');
      expect(response.status).toBe(415);
      expect(response.body.type).toBe('/api/problems/unsupported-media-type');
    });
  });
});

interface OpenApiSchema {
  properties?: Record<string, { type?: string; enum?: unknown[]; maxLength?: number }>;
}

interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
