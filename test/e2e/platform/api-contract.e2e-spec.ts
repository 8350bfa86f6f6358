import { createHash, randomBytes } from 'node:crypto';
import {
  Member,
  TEST_PASSWORD,
  TestApp,
  addMember,
  createCandidateAccount,
  createDdets,
  createHabilitatedPrescriber,
  createOrganization,
  createOrienteur,
  createSiae,
  createStaff,
  createTestApp,
  createUser,
  login,
} from '@iae/testing';

/**
 * Two tables over every route of the API, checked against the OpenAPI document so a new
 * route cannot be forgotten: who may call it (401 / 403 / 2xx per role), and what bad
 * input gets (400 problem+json naming the field, never a 500).
 */

type Role = 'anonymous' | 'candidate' | 'orienteur' | 'prescriber' | 'siaeAdmin' | 'siaeMember' | 'ddets' | 'staff';
const ROLES: Role[] = ['anonymous', 'candidate', 'orienteur', 'prescriber', 'siaeAdmin', 'siaeMember', 'ddets', 'staff'];
const AUTHENTICATED = ROLES.filter((r) => r !== 'anonymous');
const PROFESSIONALS = AUTHENTICATED.filter((r) => r !== 'candidate');

interface Caller {
  user: { id: string; email: string; password: string };
  token: string;
}

interface World {
  callers: Record<Exclude<Role, 'anonymous'>, Caller>;
  siae: Member;
}

interface Call {
  url: string;
  body?: Record<string, unknown>;
}

interface Route {
  /** Who gets a 2xx; an authenticated caller outside the list gets 403, an anonymous one 401. */
  allowed: Role[] | 'public';
  /** A valid request, with fresh prerequisites, for that role. */
  build: (t: TestApp, w: World, role: Role) => Promise<Call>;
}

const FREE_DEPARTEMENTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'];
const nextDepartement = () => FREE_DEPARTEMENTS.shift() as string;

const randomEmail = () => `qui.${randomBytes(4).toString('hex')}@exemple.fr`;

function linkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: createHash('sha256').update(token).digest('hex') };
}

async function userLink(t: TestApp, purpose: 'email_confirmation' | 'password_reset'): Promise<string> {
  const user = await createUser(t.dataSource, { confirmed: purpose === 'password_reset' });
  const { token, hash } = linkToken();
  await t.dataSource.query(`INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [user.id, purpose, hash]);
  return token;
}

async function invitation(t: TestApp, organizationId: string, email = `invite.${randomBytes(4).toString('hex')}@exemple.fr`): Promise<{ id: string; token: string }> {
  const { token, hash } = linkToken();
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'member', $3, now() + interval '14 days') RETURNING id`,
    [organizationId, email, hash],
  );
  return { id, token };
}

async function freshMember(t: TestApp, organizationId: string): Promise<string> {
  const user = await createUser(t.dataSource);
  await addMember(t.dataSource, user.id, organizationId, 'member');
  return user.id;
}

async function email(t: TestApp, status: 'sent' | 'failed'): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO email_messages (template, recipient, context, status, attempts, sent_at)
     VALUES ('identity/password-reset', 'x@exemple.fr', '{"firstName":"x","link":"l","token":"t","expiresAt":"2026-01-01"}', $1, 3, $2) RETURNING id`,
    [status, status === 'sent' ? new Date() : null],
  );
  return id;
}

const ORG = (w: World) => `/api/organizations/${w.siae.organization.id}`;

const ROUTES: Record<string, Route> = {
  'GET /api/health': { allowed: 'public', build: async () => ({ url: '/api/health' }) },
  'GET /api/health/ready': { allowed: 'public', build: async () => ({ url: '/api/health/ready' }) },
  'GET /api/problems': { allowed: 'public', build: async () => ({ url: '/api/problems' }) },
  'GET /api/problems/{slug}': { allowed: 'public', build: async () => ({ url: '/api/problems/forbidden' }) },

  'POST /api/auth/signup': {
    allowed: 'public',
    build: async () => ({
      url: '/api/auth/signup',
      body: { email: `nouveau.${randomBytes(4).toString('hex')}@exemple.fr`, password: 'une-phrase-de-passe-neuve', firstName: 'Zoé', lastName: 'Blanc' },
    }),
  },
  'POST /api/auth/confirmation-requests': { allowed: 'public', build: async () => ({ url: '/api/auth/confirmation-requests', body: { email: randomEmail() } }) },
  'GET /api/auth/confirm-email': { allowed: 'public', build: async (t) => ({ url: `/api/auth/confirm-email?token=${await userLink(t, 'email_confirmation')}` }) },
  'POST /api/auth/confirm-email': { allowed: 'public', build: async (t) => ({ url: '/api/auth/confirm-email', body: { token: await userLink(t, 'email_confirmation') } }) },
  'POST /api/auth/login': {
    allowed: 'public',
    build: async (t) => {
      const user = await createUser(t.dataSource);
      return { url: '/api/auth/login', body: { email: user.email, password: user.password } };
    },
  },
  'POST /api/auth/refresh': {
    allowed: 'public',
    build: async (t) => {
      const user = await createUser(t.dataSource);
      const session = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password });
      return { url: '/api/auth/refresh', body: { refreshToken: session.body.refreshToken } };
    },
  },
  'POST /api/auth/logout': { allowed: 'public', build: async () => ({ url: '/api/auth/logout', body: { refreshToken: 'unknown-token-is-fine' } }) },
  'POST /api/auth/password-reset-requests': { allowed: 'public', build: async () => ({ url: '/api/auth/password-reset-requests', body: { email: randomEmail() } }) },
  'GET /api/auth/password-reset': { allowed: 'public', build: async (t) => ({ url: `/api/auth/password-reset?token=${await userLink(t, 'password_reset')}` }) },
  'POST /api/auth/password-reset': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/auth/password-reset', body: { token: await userLink(t, 'password_reset'), password: 'une-toute-nouvelle-phrase' } }),
  },

  'GET /api/me': { allowed: AUTHENTICATED, build: async () => ({ url: '/api/me' }) },
  'PATCH /api/me': { allowed: AUTHENTICATED, build: async () => ({ url: '/api/me', body: { firstName: 'Alix' } }) },
  'POST /api/me/password': { allowed: AUTHENTICATED, build: async () => ({ url: '/api/me/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }) },

  'POST /api/institutions': {
    allowed: ['staff'],
    build: async () => ({ url: '/api/institutions', body: { kind: 'DDETS_IAE', name: 'DDETS', departmentCode: nextDepartement() } }),
  },
  'GET /api/organizations/{organizationId}': { allowed: ['siaeAdmin', 'siaeMember', 'staff'], build: async (_t, w) => ({ url: ORG(w) }) },
  'GET /api/organizations/{organizationId}/members': { allowed: ['siaeAdmin', 'siaeMember', 'staff'], build: async (_t, w) => ({ url: `${ORG(w)}/members` }) },
  'PATCH /api/organizations/{organizationId}/members/{userId}': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (t, w) => ({ url: `${ORG(w)}/members/${await freshMember(t, w.siae.organization.id)}`, body: { role: 'admin' } }),
  },
  'DELETE /api/organizations/{organizationId}/members/{userId}': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (t, w) => ({ url: `${ORG(w)}/members/${await freshMember(t, w.siae.organization.id)}` }),
  },
  'POST /api/organizations/{organizationId}/invitations': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (_t, w) => ({ url: `${ORG(w)}/invitations`, body: { email: `recrue.${randomBytes(4).toString('hex')}@exemple.fr` } }),
  },
  'GET /api/organizations/{organizationId}/invitations': { allowed: ['siaeAdmin', 'staff'], build: async (_t, w) => ({ url: `${ORG(w)}/invitations` }) },
  'DELETE /api/organizations/{organizationId}/invitations/{invitationId}': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (t, w) => ({ url: `${ORG(w)}/invitations/${(await invitation(t, w.siae.organization.id)).id}` }),
  },
  'GET /api/invitations/{token}': { allowed: 'public', build: async (t, w) => ({ url: `/api/invitations/${(await invitation(t, w.siae.organization.id)).token}` }) },
  'POST /api/invitations/{token}/accept': {
    // Any signed-in professional invited at their own address; a candidate account cannot join.
    allowed: PROFESSIONALS,
    build: async (t, w, role) => {
      const organization = await createOrganization(t.dataSource, { family: 'employer', kind: 'AI' });
      const invitee = role === 'anonymous' ? 'personne@exemple.fr' : w.callers[role].user.email;
      return { url: `/api/invitations/${(await invitation(t, organization.id, invitee)).token}/accept` };
    },
  },

  'GET /api/emails': { allowed: ['staff'], build: async () => ({ url: '/api/emails' }) },
  'GET /api/emails/{id}': { allowed: ['staff'], build: async (t) => ({ url: `/api/emails/${await email(t, 'sent')}` }) },
  'POST /api/emails/{id}/retry': { allowed: ['staff'], build: async (t) => ({ url: `/api/emails/${await email(t, 'failed')}/retry` }) },
};

describe('API contract over every route', () => {
  let t: TestApp;
  let w: World;
  let documented: Array<{ key: string; method: string; path: string; operation: OpenApiOperation }>;
  let schemas: Record<string, OpenApiSchema>;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
    const caller = async (m: { user: Caller['user']; token: string }): Promise<Caller> => ({ user: m.user, token: m.token });
    const siae = await createSiae(t, 'ACI');
    const siaeMemberUser = await createUser(t.dataSource);
    await addMember(t.dataSource, siaeMemberUser.id, siae.organization.id, 'member');
    w = {
      siae,
      callers: {
        candidate: await caller(await createCandidateAccount(t)),
        orienteur: await caller(await createOrienteur(t)),
        prescriber: await caller(await createHabilitatedPrescriber(t)),
        siaeAdmin: await caller(siae),
        siaeMember: { user: siaeMemberUser, token: await login(t.http, siaeMemberUser) },
        ddets: await caller(await createDdets(t, '59')),
        staff: await caller(await createStaff(t)),
      },
    };
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    schemas = doc.components.schemas;
    documented = Object.entries<Record<string, OpenApiOperation>>(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, operation })),
    );
  });
  afterAll(() => t.close());

  function send(method: string, call: Call, role: Role) {
    const request = (t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[method.toLowerCase()](call.url);
    if (role !== 'anonymous') request.set('authorization', `Bearer ${w.callers[role].token}`);
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
        const got = response.status >= 200 && response.status < 300 ? '2xx' : response.status;
        expect({ key, role, status: got, body: got === expected ? undefined : response.body }).toEqual({ key, role, status: expected, body: undefined });
        if (!allowed) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      });
    }
  });

  describe('bad input on every route that takes a body', () => {
    const cases = () =>
      documented
        .filter((d) => d.operation.requestBody)
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
      const request = (t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[c.method](call.url).set('content-type', 'application/json');
      if (role !== 'anonymous') request.set('authorization', `Bearer ${w.callers[role].token}`);
      return request.send(raw);
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

    it('names an oversized string (10,000 characters)', async () => {
      const withoutFreeText = cases().filter((c) => !Object.values(c.schema.properties ?? {}).some((p) => p.type === 'string' && !p.enum));
      expect(withoutFreeText.map((c) => c.key)).toEqual(['PATCH /api/organizations/{organizationId}/members/{userId}']);
      for (const c of cases()) {
        const strings = Object.entries(c.schema.properties ?? {}).filter(([, p]) => p.type === 'string' && !p.enum);
        for (const [field] of strings) {
          const { call, role } = await authorised(c.key);
          const response = await send(c.method, { ...call, body: { ...call.body, [field]: 'a'.repeat(10_000) } }, role);
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
