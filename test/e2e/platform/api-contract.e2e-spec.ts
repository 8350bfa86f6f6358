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
  siretOfSameCompany,
  validSiret,
} from '@iae/testing';
import { FilesService } from '@iae/storage';

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
  /** The organisation the caller acts for (sent as X-Organization-Id). */
  organizationId?: string;
}

interface World {
  callers: Record<Exclude<Role, 'anonymous'>, Caller>;
  siae: Member;
}

interface Call {
  url: string;
  body?: Record<string, unknown>;
  /** A multipart upload instead of a JSON body. */
  upload?: { field: string; content: Buffer; fileName: string; fields: Record<string, string> };
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


const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const AXES = { identification: 'Identifiée', mission: 'Accueil', staff_competence: 'Diplômés', unmet_need: 'Besoin local' };

async function anyAppellation(t: TestApp): Promise<string> {
  return (await t.dataSource.query(`SELECT code FROM appellations WHERE rome_code = 'K2204' ORDER BY code LIMIT 1`))[0].code;
}

async function jobDescription(t: TestApp, employerId: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, last_employer_update_at) VALUES ($1, $2, 'FIXED_TERM_I', now()) RETURNING id`,
    [employerId, await anyAppellation(t)],
  );
  return id;
}

/** A habilitation request of `organizationId` in the given status, the only open one. */
async function habilitationRequest(t: TestApp, organizationId: string, status: string, departementCode: string, options: { cdiae?: boolean } = {}): Promise<string> {
  await t.dataSource.query(`UPDATE habilitation_requests SET status = 'cancelled' WHERE organization_id = $1 AND status IN ('draft', 'submitted', 'information_requested')`, [organizationId]);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO habilitation_requests (organization_id, departement_code, status, identification, mission, staff_competence, unmet_need, submitted_at, cdiae_opinion_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $3 <> 'draft' THEN now() END, $8) RETURNING id`,
    [organizationId, departementCode, status, AXES.identification, AXES.mission, AXES.staff_competence, AXES.unmet_need, options.cdiae ? '2026-01-01' : null],
  );
  return id;
}

/** A prescriber organisation (not habilitated by law) with an open request instructed by the DDETS of the Nord. */
async function requestInNord(t: TestApp, status = 'submitted', options: { cdiae?: boolean } = {}): Promise<{ organizationId: string; requestId: string }> {
  const organization = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'OTHER', communeCode: '59350' });
  return { organizationId: organization.id, requestId: await habilitationRequest(t, organization.id, status, '59', options) };
}

async function document(t: TestApp, requestId: string): Promise<string> {
  const file = await t.get(FilesService).store(t.dataSource.manager, { fieldName: 'file', fileName: 'statuts.pdf', content: PDF, fields: {} }, 'habilitation_request', null);
  const [{ id }] = await t.dataSource.query(`INSERT INTO habilitation_request_documents (request_id, file_id, label) VALUES ($1, $2, 'Statuts') RETURNING id`, [requestId, file.id]);
  return id;
}

const ADDRESS = { line: '1 rue Nationale', postalCode: '59000', communeCode: '59350' };

const ORG = (w: World) => `/api/organizations/${w.siae.organization.id}`;
const EMPLOYER = (w: World) => `/api/employers/${w.siae.organization.id}`;
const ORIENTEUR_ORG = (w: World) => `/api/prescriber-organizations/${w.callers.orienteur.organizationId}`;

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

  'GET /api/communes': { allowed: 'public', build: async () => ({ url: '/api/communes?q=lyon' }) },
  'GET /api/communes/{code}': { allowed: 'public', build: async () => ({ url: '/api/communes/69123' }) },
  'GET /api/departements': { allowed: 'public', build: async () => ({ url: '/api/departements' }) },

  'GET /api/metiers': { allowed: 'public', build: async () => ({ url: '/api/metiers?q=macon' }) },
  'GET /api/metiers/domains': { allowed: 'public', build: async () => ({ url: '/api/metiers/domains' }) },
  'GET /api/romes/{code}': { allowed: 'public', build: async () => ({ url: '/api/romes/K2204' }) },

  'POST /api/employers': {
    allowed: ['staff'],
    build: async () => ({ url: '/api/employers', body: { kind: 'EI', name: 'Envie Nord', siret: validSiret(), address: ADDRESS } }),
  },
  'GET /api/employers': { allowed: 'public', build: async () => ({ url: '/api/employers?departement=69' }) },
  'GET /api/employers/{employerId}': { allowed: 'public', build: async (_t, w) => ({ url: EMPLOYER(w) }) },
  'PATCH /api/employers/{employerId}': { allowed: ['siaeAdmin', 'staff'], build: async (_t, w) => ({ url: EMPLOYER(w), body: { description: 'Chantier de maraîchage' } }) },
  'POST /api/employers/{employerId}/antennes': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (_t, w) => ({
      url: `${EMPLOYER(w)}/antennes`,
      body: { name: 'Antenne de Lille', siret: siretOfSameCompany(w.siae.organization.siret as string), address: ADDRESS },
    }),
  },
  'POST /api/employers/{employerId}/deactivation': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/employers/${(await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI' })).id}/deactivation`, body: { reason: 'Fin de convention' } }),
  },
  'DELETE /api/employers/{employerId}/deactivation': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/employers/${(await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI' })).id}/deactivation` }),
  },
  'GET /api/employers/{employerId}/job-descriptions': { allowed: ['siaeAdmin', 'siaeMember', 'staff'], build: async (_t, w) => ({ url: `${EMPLOYER(w)}/job-descriptions` }) },
  'POST /api/employers/{employerId}/job-descriptions': {
    allowed: ['siaeAdmin', 'siaeMember', 'staff'],
    build: async (t, w) => ({ url: `${EMPLOYER(w)}/job-descriptions`, body: { appellationCode: await anyAppellation(t), contractType: 'FIXED_TERM_I' } }),
  },
  'PATCH /api/employers/{employerId}/job-descriptions/{jobDescriptionId}': {
    allowed: ['siaeAdmin', 'siaeMember', 'staff'],
    build: async (t, w) => ({ url: `${EMPLOYER(w)}/job-descriptions/${await jobDescription(t, w.siae.organization.id)}`, body: { openPositions: 2 } }),
  },
  'DELETE /api/employers/{employerId}/job-descriptions/{jobDescriptionId}': {
    allowed: ['siaeAdmin', 'siaeMember', 'staff'],
    build: async (t, w) => ({ url: `${EMPLOYER(w)}/job-descriptions/${await jobDescription(t, w.siae.organization.id)}` }),
  },
  'GET /api/job-descriptions/{jobDescriptionId}': { allowed: 'public', build: async (t, w) => ({ url: `/api/job-descriptions/${await jobDescription(t, w.siae.organization.id)}` }) },

  'POST /api/prescriber-organizations': {
    allowed: PROFESSIONALS,
    build: async () => ({ url: '/api/prescriber-organizations', body: { kind: 'OTHER', name: 'Association Entraide', siret: validSiret() } }),
  },
  'GET /api/prescriber-organizations': { allowed: 'public', build: async () => ({ url: '/api/prescriber-organizations' }) },
  'GET /api/prescriber-organizations/{organizationId}': { allowed: 'public', build: async (_t, w) => ({ url: `/api/prescriber-organizations/${w.callers.prescriber.organizationId}` }) },
  'PATCH /api/prescriber-organizations/{organizationId}': {
    allowed: ['prescriber', 'staff'],
    build: async (_t, w) => ({ url: `/api/prescriber-organizations/${w.callers.prescriber.organizationId}`, body: { description: 'Accueil des jeunes de 16 à 25 ans' } }),
  },
  'POST /api/prescriber-organizations/{organizationId}/authorization': {
    allowed: ['staff'],
    build: async (t) => ({
      url: `/api/prescriber-organizations/${(await createOrganization(t.dataSource, { family: 'prescriber', kind: 'ML', authorizationStatus: 'not_set' })).id}/authorization`,
      body: { status: 'validated' },
    }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-requests': {
    allowed: ['orienteur'],
    build: async (t, w) => {
      await t.dataSource.query(`UPDATE habilitation_requests SET status = 'cancelled' WHERE organization_id = $1`, [w.callers.orienteur.organizationId]);
      return { url: `${ORIENTEUR_ORG(w)}/habilitation-requests`, body: { departementCode: '69' } };
    },
  },
  'GET /api/prescriber-organizations/{organizationId}/habilitation-requests': { allowed: ['orienteur', 'staff'], build: async (_t, w) => ({ url: `${ORIENTEUR_ORG(w)}/habilitation-requests` }) },
  'GET /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}': {
    allowed: ['orienteur', 'staff'],
    build: async (t, w) => ({ url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}` }),
  },
  'PATCH /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}': {
    allowed: ['orienteur'],
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}`,
      body: { mission: 'Accompagnement global' },
    }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/documents': {
    allowed: ['orienteur'],
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}/documents`,
      upload: { field: 'file', content: PDF, fileName: 'statuts.pdf', fields: { label: 'Statuts' } },
    }),
  },
  'GET /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/documents/{documentId}': {
    allowed: ['orienteur', 'staff'],
    build: async (t, w) => {
      const requestId = await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69');
      return { url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${requestId}/documents/${await document(t, requestId)}` };
    },
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/submission': {
    allowed: ['orienteur'],
    build: async (t, w) => ({ url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}/submission` }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/answers': {
    allowed: ['orienteur'],
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'information_requested', '69')}/answers`,
      body: { message: 'Voici le bilan demandé.' },
    }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/cancellation': {
    allowed: ['orienteur'],
    build: async (t, w) => ({ url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}/cancellation` }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-withdrawal': {
    allowed: ['ddets'],
    build: async (t) => {
      const organization = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'OTHER', communeCode: '59350' });
      await t.dataSource.query(`UPDATE organizations SET authorization_status = 'validated' WHERE id = $1`, [organization.id]);
      await t.dataSource.query(
        `UPDATE prescriber_organizations SET habilitation_basis = 'prefectoral', habilitation_departement_code = '59', habilitation_valid_until = '2030-01-01' WHERE id = $1`,
        [organization.id],
      );
      return { url: `/api/prescriber-organizations/${organization.id}/habilitation-withdrawal`, body: { reason: 'Activité arrêtée' } };
    },
  },
  'GET /api/habilitation-requests': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/habilitation-requests' }) },
  'GET /api/habilitation-requests/{requestId}': { allowed: ['ddets', 'staff'], build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}` }) },
  'GET /api/habilitation-requests/{requestId}/documents/{documentId}': {
    allowed: ['ddets', 'staff'],
    build: async (t) => {
      const { requestId } = await requestInNord(t);
      return { url: `/api/habilitation-requests/${requestId}/documents/${await document(t, requestId)}` };
    },
  },
  'POST /api/habilitation-requests/{requestId}/information-requests': {
    allowed: ['ddets'],
    build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/information-requests`, body: { message: 'Joignez vos statuts.' } }),
  },
  'POST /api/habilitation-requests/{requestId}/cdiae-opinion': {
    allowed: ['ddets'],
    build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/cdiae-opinion`, body: { on: '2026-11-01', opinion: 'favorable' } }),
  },
  'POST /api/habilitation-requests/{requestId}/grant': {
    allowed: ['ddets'],
    build: async (t) => ({
      url: `/api/habilitation-requests/${(await requestInNord(t, 'submitted', { cdiae: true })).requestId}/grant`,
      body: { decisionReference: 'Arrêté 59-2026-001', validUntil: '2028-01-01' },
    }),
  },
  'POST /api/habilitation-requests/{requestId}/refusal': {
    allowed: ['ddets'],
    build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/refusal`, body: { reason: 'Besoin couvert' } }),
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
    const caller = async (m: { user: Caller['user']; token: string; organization?: { id: string } }): Promise<Caller> => ({
      user: m.user,
      token: m.token,
      organizationId: m.organization?.id,
    });
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
        siaeMember: { user: siaeMemberUser, token: await login(t.http, siaeMemberUser), organizationId: siae.organization.id },
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

  function authenticate(request: import('supertest').Test, role: Role): import('supertest').Test {
    if (role === 'anonymous') return request;
    const caller = w.callers[role];
    request.set('authorization', `Bearer ${caller.token}`);
    if (caller.organizationId) request.set('x-organization-id', caller.organizationId);
    return request;
  }

  function send(method: string, call: Call, role: Role) {
    const request = authenticate((t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[method.toLowerCase()](call.url), role);
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
      const request = authenticate((t.http as unknown as Record<string, (url: string) => import('supertest').Test>)[c.method](call.url), role);
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
      expect(withoutFreeText.map((c) => c.key)).toEqual(['PATCH /api/organizations/{organizationId}/members/{userId}']);
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
