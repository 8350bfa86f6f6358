import { createHash, randomBytes } from 'node:crypto';
import {
  addMember,
  createCandidateAccount,
  createDdets,
  createHabilitatedPrescriber,
  createOrganization,
  createOrienteur,
  createSiae,
  createStaff,
  createUser,
  login,
  Member,
  siretOfSameCompany,
  TEST_FILES,
  TEST_PASSWORD,
  TestApp,
  testNir,
  validSiret,
} from '@iae/testing';
import { FilesService } from '@iae/storage';
import { addDays, addYears } from '@iae/core';
import { insertCampaign, insertHires } from '../e2e/controls/controls-helpers';
import { LocalProConnect } from './proconnect-provider';

/**
 * A valid request for every route of the API, for each role that may make it, with fresh
 * prerequisites: the contract test (who may call what) and the abuse suite (the same calls made
 * by the wrong people, or spoilt) both start from here. A route missing here fails the contract test.
 */

export type Role = 'anonymous' | 'candidate' | 'orienteur' | 'prescriber' | 'siaeAdmin' | 'siaeMember' | 'ddets' | 'staff';
export const ROLES: Role[] = ['anonymous', 'candidate', 'orienteur', 'prescriber', 'siaeAdmin', 'siaeMember', 'ddets', 'staff'];
export const AUTHENTICATED = ROLES.filter((r) => r !== 'anonymous');
export const PROFESSIONALS = AUTHENTICATED.filter((r) => r !== 'candidate');

export interface Caller {
  user: { id: string; email: string; password: string };
  token: string;
  /** The organisation the caller acts for (sent as X-Organization-Id). */
  organizationId?: string;
}

export interface World {
  callers: Record<Exclude<Role, 'anonymous'>, Caller>;
  siae: Member;
}

export interface Call {
  url: string;
  body?: Record<string, unknown>;
  /** A multipart upload instead of a JSON body. */
  upload?: { field: string; content: Buffer; fileName: string; fields: Record<string, string> };
  headers?: Record<string, string>;
}

export interface Route {
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
  await t.dataSource.query(`INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4::timestamptz + interval '1 hour')`, [
    user.id,
    purpose,
    hash,
    t.clock.now(),
  ]);
  return token;
}

async function invitation(
  t: TestApp,
  organizationId: string,
  email = `invite.${randomBytes(4).toString('hex')}@exemple.fr`,
): Promise<{ id: string; token: string }> {
  const { token, hash } = linkToken();
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'member', $3, $4::timestamptz + interval '14 days') RETURNING id`,
    [organizationId, email, hash, t.clock.now()],
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
    [status, status === 'sent' ? t.clock.now() : null],
  );
  return id;
}

const PDF = TEST_FILES.pdf;
const AXES = { identification: 'Identifiée', mission: 'Accueil', staff_competence: 'Diplômés', unmet_need: 'Besoin local' };

async function anyAppellation(t: TestApp): Promise<string> {
  return (await t.dataSource.query(`SELECT code FROM appellations WHERE rome_code = 'K2204' ORDER BY code LIMIT 1`))[0].code;
}

async function jobDescription(t: TestApp, employerId: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, last_employer_update_at) VALUES ($1, $2, 'FIXED_TERM_I', $3) RETURNING id`,
    [employerId, await anyAppellation(t), t.clock.now()],
  );
  return id;
}

/** A habilitation request of `organizationId` in the given status, the only open one. */
async function habilitationRequest(
  t: TestApp,
  organizationId: string,
  status: string,
  departementCode: string,
  options: { cdiae?: boolean } = {},
): Promise<string> {
  await t.dataSource.query(
    `UPDATE habilitation_requests SET status = 'cancelled' WHERE organization_id = $1 AND status IN ('draft', 'submitted', 'information_requested')`,
    [organizationId],
  );
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO habilitation_requests (organization_id, departement_code, status, identification, mission, staff_competence, unmet_need, submitted_at, cdiae_opinion_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $3 <> 'draft' THEN $9::timestamptz END, $8) RETURNING id`,
    [
      organizationId,
      departementCode,
      status,
      AXES.identification,
      AXES.mission,
      AXES.staff_competence,
      AXES.unmet_need,
      options.cdiae ? addDays(t.clock.today(), -30) : null,
      t.clock.now(),
    ],
  );
  return id;
}

/** A prescriber organisation (not habilitated by law) with an open request instructed by the DDETS of the Nord. */
async function requestInNord(t: TestApp, status = 'submitted', options: { cdiae?: boolean } = {}): Promise<{ organizationId: string; requestId: string }> {
  const organization = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'OTHER', communeCode: '59350' });
  return { organizationId: organization.id, requestId: await habilitationRequest(t, organization.id, status, '59', options) };
}

async function document(t: TestApp, requestId: string): Promise<string> {
  const file = await t
    .get(FilesService)
    .store(t.dataSource.manager, { fieldName: 'file', fileName: 'statuts.pdf', content: PDF, fields: {} }, 'habilitation_request', null);
  const [{ id }] = await t.dataSource.query(`INSERT INTO habilitation_request_documents (request_id, file_id, label) VALUES ($1, $2, 'Statuts') RETURNING id`, [
    requestId,
    file.id,
  ]);
  return id;
}

const ADDRESS = { line: '1 rue Nationale', postalCode: '59000', communeCode: '59350' };

const ORG = (w: World) => `/api/organizations/${w.siae.organization.id}`;
const EMPLOYER = (w: World) => `/api/employers/${w.siae.organization.id}`;
const ORIENTEUR_ORG = (w: World) => `/api/prescriber-organizations/${w.callers.orienteur.organizationId}`;

const FILE_READERS: Role[] = ['candidate', 'orienteur', 'prescriber', 'siaeAdmin', 'siaeMember', 'staff'];
const FOLLOWERS: Role[] = ['orienteur', 'prescriber', 'siaeAdmin', 'siaeMember'];
/** Staff open a candidate's data with a reason. */
const STAFF_REASON = { 'x-access-reason': encodeURIComponent('Vérification du contrat d’API') };

async function insertCandidate(t: TestApp, options: { userId?: string; organizationId?: string; email?: string } = {}): Promise<{ id: string; nir: string }> {
  const nir = testNir('MME', '1990-04-12');
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO candidates (user_id, title, first_name, last_name, birth_date, nir, france_travail_id_missing_reason, email, created_by_organization_id)
     VALUES ($1, 'MME', 'Camille', 'Martin', '1990-04-12', $2, 'not_registered', $3, $4) RETURNING id`,
    [options.userId ?? null, nir, options.email ?? null, options.organizationId ?? null],
  );
  if (options.organizationId) {
    await t.dataSource.query(`INSERT INTO candidate_assignments (candidate_id, organization_id, reason) VALUES ($1, $2, 'created')`, [
      id,
      options.organizationId,
    ]);
  }
  return { id, nir };
}

/** The candidate account's own file (created once). */
async function ownCandidate(t: TestApp, w: World): Promise<string> {
  const userId = w.callers.candidate.user.id;
  const [existing] = await t.dataSource.query(`SELECT id FROM candidates WHERE user_id = $1`, [userId]);
  return existing?.id ?? (await insertCandidate(t, { userId })).id;
}

/** A candidate the caller may open: its own file, or one its organisation follows (any for staff). */
async function candidateFor(t: TestApp, w: World, role: Role): Promise<string> {
  if (role === 'candidate') return ownCandidate(t, w);
  return (await insertCandidate(t, { organizationId: role === 'anonymous' ? undefined : w.callers[role].organizationId })).id;
}

const fileCall = (url: string, role: Role, body?: Record<string, unknown>): Call => ({ url, body, headers: role === 'staff' ? STAFF_REASON : undefined });

async function candidateInvitation(t: TestApp, email = `futur.${randomBytes(4).toString('hex')}@exemple.fr`): Promise<string> {
  const { id } = await insertCandidate(t, { email });
  const { token, hash } = linkToken();
  await t.dataSource.query(
    `INSERT INTO candidate_account_invitations (candidate_id, email, token_hash, expires_at) VALUES ($1, $2, $3, $4::timestamptz + interval '30 days')`,
    [id, email, hash, t.clock.now()],
  );
  return token;
}

async function nirCorrection(t: TestApp): Promise<string> {
  const { id } = await insertCandidate(t);
  const [request] = await t.dataSource.query(
    `INSERT INTO nir_correction_requests (candidate_id, requested_nir, reason) VALUES ($1, $2, 'Erreur de saisie') RETURNING id`,
    [id, testNir('MME', '1990-04-12')],
  );
  return request.id;
}

async function proofFile(t: TestApp, organizationId: string): Promise<string> {
  const upload = { fieldName: 'file', fileName: 'attestation.pdf', content: PDF, fields: {} };
  return (await t.get(FilesService).store(t.dataSource.manager, upload, 'eligibility_proof', null, organizationId)).id;
}

/** An eligibility diagnosis with the proof of its RSA criterion, by a prescriber or by the SIAE for itself. */
async function diagnosisWithProof(t: TestApp, candidateId: string, author: { organizationId: string; kind: 'prescriber' | 'employer' }): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, employer_kind, created_on, expires_on)
     VALUES ($1, $2, $3, $4, current_date, current_date + 92) RETURNING id`,
    [candidateId, author.kind, author.organizationId, author.kind === 'employer' ? 'ACI' : null],
  );
  await t.dataSource.query(
    `INSERT INTO eligibility_diagnosis_criteria (diagnosis_id, criterion_key, proof_file_id, proof_date) VALUES ($1, 'RSA', $2, current_date)`,
    [id, await proofFile(t, author.organizationId)],
  );
  return id;
}

/** A PASS IAE of a candidate the caller may open (see candidateFor), hired by the ACI w.siae; `ending` ends in 29 days. */
async function passFor(t: TestApp, w: World, role: Role, options: { ending?: boolean } = {}): Promise<{ id: string; number: string; endDate: string }> {
  const candidateId = await candidateFor(t, w, role);
  // The candidate account's own file serves several routes: one PASS at a time per person.
  const [existing] = await t.dataSource.query(`SELECT id, number, end_date::text AS "endDate" FROM pass_iae WHERE candidate_id = $1`, [candidateId]);
  if (existing) return existing;
  const start = addDays(t.clock.today(), options.ending ? -700 : -100);
  const [pass] = await t.dataSource.query(
    `INSERT INTO pass_iae (number, candidate_id, start_date, end_date, origin_employer_id, origin_employer_kind, origin_sender_kind)
     VALUES ('99999' || lpad(nextval('pass_iae_number_seq')::text, 7, '0'), $1, $2, $3, $4, 'ACI', 'prescriber') RETURNING id, number, end_date::text AS "endDate"`,
    [candidateId, start, addDays(start, 729), w.siae.organization.id],
  );
  await t.dataSource.query(
    `INSERT INTO pass_iae_hires (pass_id, candidate_id, employer_id, candidature_id, hiring_start, issued_pass) VALUES ($1, $2, $3, gen_random_uuid(), $4, true)`,
    [pass.id, candidateId, w.siae.organization.id, start],
  );
  return pass;
}

/** A suspension of a fresh PASS, made by w.siae ten days ago for five days. */
async function suspensionFor(t: TestApp, w: World, role: Role): Promise<{ number: string; suspensionId: string }> {
  const pass = await passFor(t, w, role);
  const today = t.clock.today();
  await t.dataSource.query(`DELETE FROM pass_iae_suspensions WHERE pass_id = $1`, [pass.id]);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO pass_iae_suspensions (pass_id, start_date, end_date, reason, organization_id, author_kind) VALUES ($1, $2, $3, 'CONTRACT_SUSPENDED', $4, 'employer') RETURNING id`,
    [pass.id, addDays(today, -10), addDays(today, -6), w.siae.organization.id],
  );
  return { number: pass.number, suspensionId: id };
}

/** A pending prolongation request of w.siae to the habilitated prescriber's organisation (unless told), with its report. */
async function prolongationRequest(t: TestApp, w: World, role: Role, prescriberOrganizationId = w.callers.prescriber.organizationId): Promise<string> {
  const pass = await passFor(t, w, role, { ending: true });
  const upload = { fieldName: 'file', fileName: 'bilan.pdf', content: PDF, fields: {} };
  const report = await t.get(FilesService).store(t.dataSource.manager, upload, 'prolongation_report', null, w.siae.organization.id);
  await t.dataSource.query(
    `UPDATE pass_iae_prolongation_requests SET status = 'denied', processed_at = $2, deny_reason = 'IAE' WHERE pass_id = $1 AND status = 'pending'`,
    [pass.id, t.clock.now()],
  );
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO pass_iae_prolongation_requests (pass_id, start_date, end_date, reason, reason_explanation, declared_by_employer_id, prescriber_organization_id, report_file_id, created_on)
     VALUES ($1, $2, $3, 'RQTH', 'RQTH renouvelée', $4, $5, $6, $7) RETURNING id`,
    [pass.id, addDays(pass.endDate, 1), addDays(pass.endDate, 90), w.siae.organization.id, prescriberOrganizationId, report.id, t.clock.today()],
  );
  return id;
}

/** A candidature in a given state: to `employerId`, sent by the caller's organisation for professionals. */
async function insertCandidature(
  t: TestApp,
  options: { candidateId: string; employerId: string; state: string; sender?: { userId: string; organizationId: string | null }; hiringStart?: string },
): Promise<string> {
  const sender = options.sender ?? null;
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_user_id, sender_organization_id, message, refusal_reason, hiring_start)
     VALUES ($1, $2, $3, $4, $5, $6, 'Candidature', CASE WHEN $3 = 'refused' THEN 'no_position' END, $7) RETURNING id`,
    [
      options.candidateId,
      options.employerId,
      options.state,
      sender?.organizationId ? 'prescriber' : 'candidate',
      sender?.userId ?? null,
      sender?.organizationId ?? null,
      options.hiringStart ?? (options.state === 'accepted' ? t.clock.today() : null),
    ],
  );
  return id;
}

/** A candidature the role may read: its own, its organisation's, or received by the SIAE. */
async function candidatureFor(t: TestApp, w: World, role: Role): Promise<string> {
  const candidateId = await candidateFor(t, w, role);
  if (role === 'candidate')
    return insertCandidature(t, {
      candidateId,
      employerId: w.siae.organization.id,
      state: 'new',
      sender: { userId: w.callers.candidate.user.id, organizationId: null },
    });
  const prescriber = w.callers.prescriber;
  const sender = role === 'orienteur' ? w.callers.orienteur : prescriber;
  return insertCandidature(t, {
    candidateId,
    employerId: w.siae.organization.id,
    state: 'new',
    sender: { userId: sender.user.id, organizationId: sender.organizationId! },
  });
}

/** A candidature received by the ACI `w.siae` in a given state. */
async function received(t: TestApp, w: World, state: string): Promise<string> {
  const candidateId = (await insertCandidate(t, { organizationId: w.siae.organization.id })).id;
  const prescriber = w.callers.prescriber;
  return insertCandidature(t, {
    candidateId,
    employerId: w.siae.organization.id,
    state,
    sender: { userId: prescriber.user.id, organizationId: prescriber.organizationId! },
  });
}

/** Another employer the SIAE members belong to (a GEIQ, for the moves only a GEIQ makes). */
async function sisterEmployer(t: TestApp, w: World, kind = 'GEIQ'): Promise<string> {
  const sister = await createOrganization(t.dataSource, { family: 'employer', kind });
  await addMember(t.dataSource, w.callers.siaeAdmin.user.id, sister.id, 'admin');
  await addMember(t.dataSource, w.callers.siaeMember.user.id, sister.id, 'member');
  return sister.id;
}

/** A GEIQ candidature, acted on as that GEIQ (members of w.siae are also its members). */
async function atGeiq(t: TestApp, w: World, state: string, action: string): Promise<Call> {
  const geiq = await sisterEmployer(t, w);
  const candidateId = (await insertCandidate(t, { organizationId: geiq })).id;
  const id = await insertCandidature(t, {
    candidateId,
    employerId: geiq,
    state,
    sender: { userId: w.callers.prescriber.user.id, organizationId: w.callers.prescriber.organizationId! },
  });
  return { url: `/api/candidatures/${id}/${action}`, headers: { 'x-organization-id': geiq } };
}

/** Each control campaign of the Nord covers a day of its own: the periods of a département never overlap. */
let controlDays = 0;
const controlCalendar = (t: TestApp) => {
  const day = addDays('2000-01-01', controlDays++);
  const today = t.clock.today();
  return {
    periodStart: day,
    periodEnd: day,
    notifyOn: addDays(today, 10),
    submissionDeadline: addDays(today, 40),
    adversarialStart: addDays(today, 50),
    adversarialDeadline: addDays(today, 76),
    endsOn: addDays(today, 90),
  };
};

/** A control campaign of the world’s DDETS, in `state` (drawn and notified unless a draft). */
async function controlCampaign(t: TestApp, w: World, state: 'draft' | 'submission' = 'draft'): Promise<string> {
  const [{ code }] = await t.dataSource.query(`SELECT department_code AS code FROM organizations WHERE id = $1`, [w.callers.ddets.organizationId]);
  return insertCampaign(t, w.callers.ddets.organizationId!, controlCalendar(t), state, code);
}

/**
 * The control of w.siae in a campaign of the Nord: one auto-prescribed hire and its RSA criterion, with
 * its proof (and review) as the state needs. Returns the evaluation's and the criterion's ids.
 */
async function controlEvaluation(
  t: TestApp,
  w: World,
  state: 'submittable' | 'submitted' | 'refused',
  options: { proof?: boolean; review?: boolean } = {},
): Promise<{ evaluationId: string; criterionId: string; url: string }> {
  const campaignId = await controlCampaign(t, w, 'submission');
  const [candidatureId] = await insertHires(t, { id: w.siae.organization.id, kind: 'ACI' }, 1, { from: '2020-03-01' });
  const closed = state === 'refused';
  const [{ evaluationId, criterionId }] = await t.dataSource.query(
    `WITH e AS (
       INSERT INTO control_evaluations (campaign_id, employer_id, employer_kind, hires_in_population, state, submitted_at, final_state, final_reason, closed_at)
       VALUES ($1, $2, 'ACI', 2, $4, CASE WHEN $4 <> 'submittable' THEN $6::timestamptz END, CASE WHEN $5 THEN 'refused' END, CASE WHEN $5 THEN 'invalid_proof' END, CASE WHEN $5 THEN $6::timestamptz END)
       RETURNING id),
     h AS (
       INSERT INTO control_hires (evaluation_id, candidature_id, candidate_id, eligibility_diagnosis_id, hiring_start)
       SELECT e.id, c.id, c.candidate_id, c.eligibility_diagnosis_id, c.hiring_start FROM e, candidatures c WHERE c.id = $3 RETURNING id, evaluation_id)
     INSERT INTO control_criteria (evaluation_id, hire_id, criterion_key) SELECT evaluation_id, id, 'RSA' FROM h RETURNING evaluation_id AS "evaluationId", id AS "criterionId"`,
    [campaignId, w.siae.organization.id, candidatureId, closed ? 'closed' : state, closed, t.clock.now()],
  );
  if (options.proof || state !== 'submittable') {
    const upload = { fieldName: 'file', fileName: 'attestation-rsa.pdf', content: PDF, fields: {} };
    const file = await t.get(FilesService).store(t.dataSource.manager, upload, 'control_proof', null, w.siae.organization.id);
    await t.dataSource.query(`INSERT INTO control_proofs (criterion_id, phase, file_id, uploaded_at, submitted_at) VALUES ($1, 1, $2, $4, $3)`, [
      criterionId,
      file.id,
      state === 'submittable' ? null : t.clock.now(),
      t.clock.now(),
    ]);
  }
  if (options.review)
    await t.dataSource.query(`INSERT INTO control_reviews (criterion_id, phase, decision, reviewed_at) VALUES ($1, 1, 'accepted', $2)`, [
      criterionId,
      t.clock.now(),
    ]);
  return { evaluationId, criterionId, url: `/api/control-evaluations/${evaluationId}` };
}

const CONTROL_READERS: Role[] = ['siaeAdmin', 'siaeMember', 'ddets', 'staff'];
const SIAE_MEMBERS: Role[] = ['siaeAdmin', 'siaeMember'];

/** The callers of every role, each in an organisation of its own (the DDETS of `ddetsDepartement`). */
export async function createWorld(t: TestApp, options: { ddetsDepartement?: string } = {}): Promise<World> {
  const caller = async (m: { user: Caller['user']; token: string; organization?: { id: string } }): Promise<Caller> => ({
    user: m.user,
    token: m.token,
    organizationId: m.organization?.id,
  });
  const siae = await createSiae(t, 'ACI');
  const siaeMemberUser = await createUser(t.dataSource);
  await addMember(t.dataSource, siaeMemberUser.id, siae.organization.id, 'member');
  return {
    siae,
    callers: {
      candidate: await caller(await createCandidateAccount(t)),
      orienteur: await caller(await createOrienteur(t)),
      prescriber: await caller(await createHabilitatedPrescriber(t)),
      siaeAdmin: await caller(siae),
      siaeMember: { user: siaeMemberUser, token: await login(t.http, siaeMemberUser), organizationId: siae.organization.id },
      ddets: await caller(await createDdets(t, options.ddetsDepartement ?? '59')),
      staff: await caller(await createStaff(t)),
    },
  };
}

/**
 * The local ProConnect the valid calls of its routes sign in through: a harness that covers every route passes
 * `await routesProConnectEnv()` to createTestApp, and `stopRoutesProConnect()` when done.
 */
const ROUTES_PROCONNECT_REDIRECT = 'http://iae.test/connexion/proconnect';
let routesProvider: Promise<LocalProConnect> | null = null;
export async function routesProConnectEnv(): Promise<Record<string, string>> {
  routesProvider ??= LocalProConnect.start({ redirectUri: ROUTES_PROCONNECT_REDIRECT, postLogoutRedirectUri: 'http://iae.test/connexion' });
  return (await routesProvider).env(ROUTES_PROCONNECT_REDIRECT);
}
export async function stopRoutesProConnect(): Promise<void> {
  const provider = routesProvider;
  routesProvider = null;
  await (await provider)?.stop();
}
async function proconnectReturn(t: TestApp): Promise<Call> {
  if (!routesProvider) throw new Error('The local ProConnect is not started: pass `await routesProConnectEnv()` to createTestApp.');
  const provider = await routesProvider;
  const account = await provider.addAccount({ email: randomEmail(), given_name: 'Dominique', usual_name: 'Lefèvre' });
  const start = await t.http.get('/api/auth/proconnect/authorize');
  const cookie = (start.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
  const back = await provider.signIn(start.headers.location as string, account.sub, ROUTES_PROCONNECT_REDIRECT);
  return { url: '/api/auth/proconnect/callback', body: back, headers: { cookie } };
}

export const ROUTES: Record<string, Route> = {
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
  'POST /api/auth/confirmation-requests': {
    allowed: 'public',
    build: async () => ({ url: '/api/auth/confirmation-requests', body: { email: randomEmail() } }),
  },
  'POST /api/auth/confirm-email': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/auth/confirm-email', body: { token: await userLink(t, 'email_confirmation') } }),
  },
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
  'GET /api/auth/proconnect': { allowed: 'public', build: async () => ({ url: '/api/auth/proconnect' }) },
  // A redirection to the provider (303): the contract counts it as the success it is.
  'GET /api/auth/proconnect/authorize': { allowed: 'public', build: async () => ({ url: '/api/auth/proconnect/authorize' }) },
  'POST /api/auth/proconnect/callback': { allowed: 'public', build: (t) => proconnectReturn(t) },
  'POST /api/auth/proconnect/logout': {
    allowed: 'public',
    build: async () => ({ url: '/api/auth/proconnect/logout', body: { refreshToken: 'unknown-token-is-fine' } }),
  },
  'POST /api/auth/password-reset-requests': {
    allowed: 'public',
    build: async () => ({ url: '/api/auth/password-reset-requests', body: { email: randomEmail() } }),
  },
  'POST /api/auth/password-reset/preview': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/auth/password-reset/preview', body: { token: await userLink(t, 'password_reset') } }),
  },
  'POST /api/auth/password-reset': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/auth/password-reset', body: { token: await userLink(t, 'password_reset'), password: 'une-toute-nouvelle-phrase' } }),
  },

  'GET /api/me': { allowed: AUTHENTICATED, build: async () => ({ url: '/api/me' }) },
  'PATCH /api/me': { allowed: AUTHENTICATED, build: async () => ({ url: '/api/me', body: { firstName: 'Alix' } }) },
  'GET /api/me/notification-settings': { allowed: PROFESSIONALS, build: async () => ({ url: '/api/me/notification-settings' }) },
  'PUT /api/me/notification-settings/{organizationId}': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (_t, w) => ({ url: `/api/me/notification-settings/${w.siae.organization.id}`, body: { disabled: [] } }),
  },
  'POST /api/me/password': {
    allowed: AUTHENTICATED,
    build: async () => ({ url: '/api/me/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },
  'POST /api/me/closure': {
    allowed: AUTHENTICATED,
    // A fresh account of the caller's kind closes itself: the callers of the other routes stay open.
    build: async (t, w, role) => {
      if (role === 'anonymous') return { url: '/api/me/closure', body: { password: TEST_PASSWORD } };
      const user = await createUser(t.dataSource, { kind: role === 'candidate' ? 'candidate' : 'professional', isStaff: role === 'staff' });
      // It acts for the caller's organisation (X-Organization-Id), so it belongs to it.
      const organizationId = w.callers[role].organizationId;
      if (organizationId) await addMember(t.dataSource, user.id, organizationId, 'member');
      return { url: '/api/me/closure', body: { password: TEST_PASSWORD }, headers: { authorization: `Bearer ${await login(t.http, user)}` } };
    },
  },
  'POST /api/users/{userId}/deactivation': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/users/${(await createUser(t.dataSource)).id}/deactivation`, body: { reason: 'Départ de la structure' } }),
  },

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
  'POST /api/invitations/preview': {
    allowed: 'public',
    build: async (t, w) => ({ url: '/api/invitations/preview', body: { token: (await invitation(t, w.siae.organization.id)).token } }),
  },
  'POST /api/invitations/acceptance': {
    // Any signed-in professional invited at their own address; a candidate account cannot join.
    allowed: PROFESSIONALS,
    build: async (t, w, role) => {
      const organization = await createOrganization(t.dataSource, { family: 'employer', kind: 'AI' });
      const invitee = role === 'anonymous' ? 'personne@exemple.fr' : w.callers[role].user.email;
      return { url: '/api/invitations/acceptance', body: { token: (await invitation(t, organization.id, invitee)).token } };
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
  'PATCH /api/employers/{employerId}': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (_t, w) => ({ url: EMPLOYER(w), body: { description: 'Chantier de maraîchage' } }),
  },
  'GET /api/employers/{employerId}/antennes': {
    allowed: ['siaeAdmin', 'siaeMember', 'staff'],
    build: async (_t, w) => ({ url: `${EMPLOYER(w)}/antennes` }),
  },
  'POST /api/employers/{employerId}/antennes': {
    allowed: ['siaeAdmin', 'staff'],
    build: async (_t, w) => ({
      url: `${EMPLOYER(w)}/antennes`,
      body: { name: 'Antenne de Lille', siret: siretOfSameCompany(w.siae.organization.siret as string), address: ADDRESS },
    }),
  },
  'POST /api/employers/{employerId}/deactivation': {
    allowed: ['staff'],
    build: async (t) => ({
      url: `/api/employers/${(await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI' })).id}/deactivation`,
      body: { reason: 'Fin de convention' },
    }),
  },
  'DELETE /api/employers/{employerId}/deactivation': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/employers/${(await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI' })).id}/deactivation` }),
  },
  'GET /api/employers/{employerId}/job-descriptions': {
    allowed: ['siaeAdmin', 'siaeMember', 'staff'],
    build: async (_t, w) => ({ url: `${EMPLOYER(w)}/job-descriptions` }),
  },
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
  'GET /api/job-descriptions/{jobDescriptionId}': {
    allowed: 'public',
    build: async (t, w) => ({ url: `/api/job-descriptions/${await jobDescription(t, w.siae.organization.id)}` }),
  },

  'GET /api/search/job-offers': { allowed: 'public', build: async () => ({ url: '/api/search/job-offers?commune=69123&q=cuisinier&kind=ACI' }) },
  'GET /api/search/structures': { allowed: 'public', build: async () => ({ url: '/api/search/structures?commune=59350&radius=10' }) },
  'GET /api/search/prescribers': { allowed: 'public', build: async () => ({ url: '/api/search/prescribers?commune=69123&kind=ML' }) },
  'GET /api/search/suggestions': {
    allowed: 'public',
    build: async () => ({ url: '/api/search/suggestions?commune=69123&appellation=13861&maxDistanceKm=30' }),
  },

  'POST /api/prescriber-organizations': {
    allowed: PROFESSIONALS,
    build: async () => ({ url: '/api/prescriber-organizations', body: { kind: 'OTHER', name: 'Association Entraide', siret: validSiret() } }),
  },
  'GET /api/prescriber-organizations': { allowed: 'public', build: async () => ({ url: '/api/prescriber-organizations' }) },
  'GET /api/prescriber-organizations/{organizationId}': {
    allowed: 'public',
    build: async (_t, w) => ({ url: `/api/prescriber-organizations/${w.callers.prescriber.organizationId}` }),
  },
  'PATCH /api/prescriber-organizations/{organizationId}': {
    allowed: ['prescriber', 'staff'],
    build: async (_t, w) => ({
      url: `/api/prescriber-organizations/${w.callers.prescriber.organizationId}`,
      body: { description: 'Accueil des jeunes de 16 à 25 ans' },
    }),
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
  'GET /api/prescriber-organizations/{organizationId}/habilitation-requests': {
    allowed: ['orienteur', 'staff'],
    build: async (_t, w) => ({ url: `${ORIENTEUR_ORG(w)}/habilitation-requests` }),
  },
  'GET /api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}': {
    allowed: ['orienteur', 'staff'],
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}`,
    }),
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
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}/submission`,
    }),
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
    build: async (t, w) => ({
      url: `${ORIENTEUR_ORG(w)}/habilitation-requests/${await habilitationRequest(t, w.callers.orienteur.organizationId!, 'draft', '69')}/cancellation`,
    }),
  },
  'POST /api/prescriber-organizations/{organizationId}/habilitation-withdrawal': {
    allowed: ['ddets'],
    build: async (t) => {
      // Habilitated by the préfet: an OHPD (an "autre" organisation is never habilitated).
      const organization = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'OHPD', communeCode: '59350' });
      await t.dataSource.query(
        `UPDATE prescriber_organizations SET habilitation_basis = 'prefectoral', habilitation_departement_code = '59', habilitation_valid_until = '2030-01-01' WHERE id = $1`,
        [organization.id],
      );
      return { url: `/api/prescriber-organizations/${organization.id}/habilitation-withdrawal`, body: { reason: 'Activité arrêtée' } };
    },
  },
  'GET /api/habilitation-requests': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/habilitation-requests' }) },
  'GET /api/habilitation-requests/{requestId}': {
    allowed: ['ddets', 'staff'],
    build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}` }),
  },
  'GET /api/habilitation-requests/{requestId}/documents/{documentId}': {
    allowed: ['ddets', 'staff'],
    build: async (t) => {
      const { requestId } = await requestInNord(t);
      return { url: `/api/habilitation-requests/${requestId}/documents/${await document(t, requestId)}` };
    },
  },
  'POST /api/habilitation-requests/{requestId}/information-requests': {
    allowed: ['ddets'],
    build: async (t) => ({
      url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/information-requests`,
      body: { message: 'Joignez vos statuts.' },
    }),
  },
  'POST /api/habilitation-requests/{requestId}/cdiae-opinion': {
    allowed: ['ddets'],
    build: async (t) => ({
      url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/cdiae-opinion`,
      body: { on: addDays(t.clock.today(), -7), opinion: 'favorable' },
    }),
  },
  'POST /api/habilitation-requests/{requestId}/grant': {
    allowed: ['ddets'],
    build: async (t) => ({
      url: `/api/habilitation-requests/${(await requestInNord(t, 'submitted', { cdiae: true })).requestId}/grant`,
      // Dates follow the test's clock: a fixed date would expire as the calendar moves on.
      body: { decisionReference: 'Arrêté 59-2026-001', validUntil: addYears(t.clock.today(), 1) },
    }),
  },
  'POST /api/habilitation-requests/{requestId}/refusal': {
    allowed: ['ddets'],
    build: async (t) => ({ url: `/api/habilitation-requests/${(await requestInNord(t)).requestId}/refusal`, body: { reason: 'Besoin couvert' } }),
  },

  'POST /api/candidates': {
    allowed: FOLLOWERS,
    build: async () => ({
      url: '/api/candidates',
      body: {
        title: 'M',
        firstName: 'Hugo',
        lastName: 'Roux',
        birthDate: '1985-06-02',
        nir: testNir('M', '1985-06-02'),
        franceTravailIdMissingReason: 'forgotten',
      },
    }),
  },
  'GET /api/candidates': { allowed: FOLLOWERS, build: async () => ({ url: '/api/candidates' }) },
  'POST /api/candidates/lookup': { allowed: FOLLOWERS, build: async () => ({ url: '/api/candidates/lookup', body: { nir: testNir('M', '1985-06-02') } }) },
  'GET /api/candidates/{candidateId}': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}`, role),
  },
  'PATCH /api/candidates/{candidateId}': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}`, role, { phone: '06 12 34 56 78' }),
  },
  'POST /api/candidates/{candidateId}/assignments': {
    allowed: FOLLOWERS,
    build: async (t) => {
      const { id, nir } = await insertCandidate(t);
      return { url: `/api/candidates/${id}/assignments`, body: { nir } };
    },
  },
  'GET /api/candidates/{candidateId}/consents': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}/consents`, role),
  },
  'POST /api/candidates/{candidateId}/consents': {
    // Staff do not collect consents.
    allowed: ['candidate', ...FOLLOWERS],
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      await t.dataSource.query(`UPDATE candidate_consents SET revoked_at = $2 WHERE candidate_id = $1`, [id, t.clock.now()]);
      return fileCall(`/api/candidates/${id}/consents`, role, {
        purpose: 'share_diagnostic',
        employerId: w.siae.organization.id,
        method: role === 'candidate' ? 'by_candidate' : 'in_person',
      });
    },
  },
  'DELETE /api/candidates/{candidateId}/consents/{consentId}': {
    // The candidate, or the organisation that collected it.
    allowed: ['candidate', ...FOLLOWERS],
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      const collector = role === 'anonymous' || role === 'candidate' ? null : (w.callers[role].organizationId ?? null);
      await t.dataSource.query(`UPDATE candidate_consents SET revoked_at = $2 WHERE candidate_id = $1`, [id, t.clock.now()]);
      const [consent] = await t.dataSource.query(
        `INSERT INTO candidate_consents (candidate_id, purpose, employer_id, method, collected_at, collected_by_organization_id)
         VALUES ($1, 'share_diagnostic', $2, $3, $5, $4) RETURNING id`,
        [id, w.siae.organization.id, collector ? 'in_person' : 'by_candidate', collector, t.clock.now()],
      );
      return fileCall(`/api/candidates/${id}/consents/${consent.id}`, role);
    },
  },
  'POST /api/candidates/{candidateId}/nir-correction-requests': {
    // Staff review the requests; they do not file them.
    allowed: ['candidate', ...FOLLOWERS],
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      await t.dataSource.query(`UPDATE nir_correction_requests SET status = 'rejected', decided_at = $2 WHERE candidate_id = $1 AND status = 'pending'`, [
        id,
        t.clock.now(),
      ]);
      return fileCall(`/api/candidates/${id}/nir-correction-requests`, role, { nir: testNir('MME', '1990-04-12'), reason: 'Erreur de saisie' });
    },
  },
  'GET /api/candidates/{candidateId}/diagnostic': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}/diagnostic`, role),
  },
  'PUT /api/candidates/{candidateId}/diagnostic': {
    allowed: ['orienteur', 'prescriber'],
    build: async (t, w, role) =>
      fileCall(`/api/candidates/${await candidateFor(t, w, role)}/diagnostic`, role, { orientation: 'professional', changeSummary: 'Premier entretien' }),
  },
  'GET /api/candidates/{candidateId}/diagnostic/versions': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}/diagnostic/versions`, role),
  },
  'GET /api/candidates/{candidateId}/diagnostic/versions/{version}': {
    allowed: FILE_READERS,
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      await t.dataSource.query(
        `INSERT INTO diagnostic_versions (candidate_id, version, grid, barriers, project, orientation) VALUES ($1, 1, '{}', '[]', '{}', 'social') ON CONFLICT DO NOTHING`,
        [id],
      );
      return fileCall(`/api/candidates/${id}/diagnostic/versions/1`, role);
    },
  },
  'GET /api/me/candidate': { allowed: ['candidate'], build: async (t, w) => (await ownCandidate(t, w), { url: '/api/me/candidate' }) },
  'POST /api/me/candidate': {
    allowed: ['candidate'],
    build: async (t, w) => {
      await t.dataSource.query(`DELETE FROM candidates WHERE user_id = $1`, [w.callers.candidate.user.id]);
      return {
        url: '/api/me/candidate',
        body: {
          title: 'MME',
          firstName: 'Léa',
          lastName: 'Nguyen',
          birthDate: '1998-02-11',
          nirMissingReason: 'no_nir',
          franceTravailIdMissingReason: 'not_registered',
        },
      };
    },
  },
  'POST /api/me/candidate/assignments': {
    allowed: ['candidate'],
    build: async (t, w) => (await ownCandidate(t, w), { url: '/api/me/candidate/assignments', body: { organizationId: w.siae.organization.id } }),
  },
  'GET /api/me/candidate/access-log': { allowed: ['candidate'], build: async (t, w) => (await ownCandidate(t, w), { url: '/api/me/candidate/access-log' }) },
  'POST /api/candidate-invitations/preview': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/candidate-invitations/preview', body: { token: await candidateInvitation(t) } }),
  },
  'POST /api/candidate-invitations/signup': {
    allowed: 'public',
    build: async (t) => ({ url: '/api/candidate-invitations/signup', body: { token: await candidateInvitation(t), password: 'une-phrase-de-passe-solide' } }),
  },
  'POST /api/candidate-invitations/acceptance': {
    // A candidate account invited at its own address, without a file yet.
    allowed: ['candidate'],
    build: async (t, w, role) => {
      await t.dataSource.query(`DELETE FROM candidates WHERE user_id = $1`, [w.callers.candidate.user.id]);
      return {
        url: '/api/candidate-invitations/acceptance',
        body: { token: await candidateInvitation(t, role === 'anonymous' ? undefined : w.callers[role].user.email) },
      };
    },
  },
  'GET /api/nir-correction-requests': { allowed: ['staff'], build: async () => ({ url: '/api/nir-correction-requests' }) },
  'GET /api/prescriber-organizations/awaiting-authorization': {
    allowed: ['staff'],
    build: async () => ({ url: '/api/prescriber-organizations/awaiting-authorization' }),
  },
  'POST /api/nir-correction-requests/{requestId}/approval': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/nir-correction-requests/${await nirCorrection(t)}/approval`, body: { note: 'Vérifié sur pièce' } }),
  },
  'POST /api/nir-correction-requests/{requestId}/rejection': {
    allowed: ['staff'],
    build: async (t) => ({ url: `/api/nir-correction-requests/${await nirCorrection(t)}/rejection`, body: { note: 'Pièce illisible' } }),
  },

  'GET /api/eligibility-criteria': { allowed: 'public', build: async () => ({ url: '/api/eligibility-criteria' }) },
  'POST /api/eligibility-proofs': {
    allowed: FOLLOWERS,
    build: async () => ({ url: '/api/eligibility-proofs', upload: { field: 'file', content: PDF, fileName: 'attestation.pdf', fields: {} } }),
  },
  'POST /api/candidates/{candidateId}/eligibility-diagnoses': {
    // Habilitated prescribers and SIAE; an orienteur gets the 403 of its own rule.
    allowed: ['prescriber', 'siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      if (role === 'siaeAdmin' || role === 'siaeMember') {
        const criteria = [{ key: 'RSA', proofFileId: await proofFile(t, w.siae.organization.id), proofDate: addDays(t.clock.today(), -21) }];
        return { url: `/api/candidates/${id}/eligibility-diagnoses`, body: { criteria } };
      }
      return { url: `/api/candidates/${id}/eligibility-diagnoses`, body: { notes: 'Entretien du jour' } };
    },
  },
  'GET /api/candidates/{candidateId}/eligibility-diagnoses': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}/eligibility-diagnoses`, role),
  },
  'GET /api/candidates/{candidateId}/eligibility': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidates/${await candidateFor(t, w, role)}/eligibility?employer=${w.siae.organization.id}`, role),
  },
  'GET /api/candidates/{candidateId}/eligibility-diagnoses/{diagnosisId}/criteria/{key}/proof': {
    // The author of the diagnosis, the candidate and staff; not an orienteur who sees the diagnosis.
    allowed: ['candidate', 'prescriber', 'siaeAdmin', 'siaeMember', 'staff'],
    build: async (t, w, role) => {
      const id = await candidateFor(t, w, role);
      const author =
        role === 'siaeAdmin' || role === 'siaeMember'
          ? { organizationId: w.siae.organization.id, kind: 'employer' as const }
          : { organizationId: w.callers.prescriber.organizationId!, kind: 'prescriber' as const };
      return fileCall(`/api/candidates/${id}/eligibility-diagnoses/${await diagnosisWithProof(t, id, author)}/criteria/RSA/proof`, role);
    },
  },

  'GET /api/pass-iae/check': {
    allowed: 'public',
    build: async (t, w) => ({ url: `/api/pass-iae/check?number=${(await passFor(t, w, 'siaeAdmin')).number}&birthDate=1990-04-12` }),
  },
  'GET /api/pass-iae/{number}': { allowed: FILE_READERS, build: async (t, w, role) => fileCall(`/api/pass-iae/${(await passFor(t, w, role)).number}`, role) },
  'POST /api/pass-iae/{number}/date-corrections': {
    allowed: ['staff'],
    build: async (t, w, role) => {
      const pass = await passFor(t, w, role);
      return { url: `/api/pass-iae/${pass.number}/date-corrections`, body: { endDate: pass.endDate, reason: 'Vérification du contrat d’API' } };
    },
  },
  'GET /api/pass-iae/{number}/history': {
    allowed: ['staff'],
    build: async (t, w, role) => ({ url: `/api/pass-iae/${(await passFor(t, w, role)).number}/history` }),
  },
  'POST /api/pass-iae/{number}/suspensions': {
    // The SIAE of the last hire, or a habilitated prescriber; an orienteur gets the 403 of the rule.
    allowed: ['prescriber', 'siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => ({
      url: `/api/pass-iae/${(await passFor(t, w, role)).number}/suspensions`,
      body: { startDate: t.clock.today(), endDate: addDays(t.clock.today(), 10), reason: 'CONTRACT_BROKEN' },
    }),
  },
  'PATCH /api/pass-iae/{number}/suspensions/{suspensionId}': {
    // Only the organisation that made it.
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => {
      const { number, suspensionId } = await suspensionFor(t, w, role);
      return { url: `/api/pass-iae/${number}/suspensions/${suspensionId}`, body: { endDate: addDays(t.clock.today(), -3) } };
    },
  },
  'DELETE /api/pass-iae/{number}/suspensions/{suspensionId}': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => {
      const { number, suspensionId } = await suspensionFor(t, w, role);
      return { url: `/api/pass-iae/${number}/suspensions/${suspensionId}` };
    },
  },
  'POST /api/pass-iae/{number}/prolongations': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => {
      const pass = await passFor(t, w, role, { ending: true });
      return {
        url: `/api/pass-iae/${pass.number}/prolongations`,
        body: { reason: 'COMPLETE_TRAINING', endDate: addDays(pass.endDate, 60), explanation: 'Titre professionnel' },
      };
    },
  },
  'POST /api/pass-iae/{number}/prolongation-requests': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => {
      const pass = await passFor(t, w, role, { ending: true });
      return {
        url: `/api/pass-iae/${pass.number}/prolongation-requests`,
        body: {
          reason: 'RQTH',
          endDate: addDays(pass.endDate, 90),
          prescriberOrganizationId: w.callers.prescriber.organizationId,
          explanation: 'RQTH renouvelée',
        },
      };
    },
  },
  'POST /api/prolongation-reports': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async () => ({ url: '/api/prolongation-reports', upload: { field: 'file', content: PDF, fileName: 'bilan.pdf', fields: {} } }),
  },
  'GET /api/prolongation-requests': { allowed: ['prescriber'], build: async () => ({ url: '/api/prolongation-requests?status=pending' }) },
  'GET /api/prolongation-requests/{requestId}/report': {
    // The SIAE that asks and the organisation that decides.
    allowed: ['prescriber', 'siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => ({ url: `/api/prolongation-requests/${await prolongationRequest(t, w, role)}/report` }),
  },
  'POST /api/prolongation-requests/{requestId}/grant': {
    allowed: ['prescriber'],
    build: async (t, w, role) => ({ url: `/api/prolongation-requests/${await prolongationRequest(t, w, role)}/grant` }),
  },
  'POST /api/prolongation-requests/{requestId}/readdress': {
    // The SIAE that asked, once the organisation asked is no longer habilitated (here an orienteur one).
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w, role) => ({
      url: `/api/prolongation-requests/${await prolongationRequest(t, w, role, w.callers.orienteur.organizationId)}/readdress`,
      body: { prescriberOrganizationId: w.callers.prescriber.organizationId },
    }),
  },
  'POST /api/prolongation-requests/{requestId}/deny': {
    allowed: ['prescriber'],
    build: async (t, w, role) => ({
      url: `/api/prolongation-requests/${await prolongationRequest(t, w, role)}/deny`,
      body: { reason: 'DURATION', explanation: 'Six mois suffiront' },
    }),
  },

  'POST /api/candidatures': {
    allowed: ['candidate', ...FOLLOWERS],
    build: async (t, w, role) => {
      const geiq = await createOrganization(t.dataSource, { family: 'employer', kind: 'GEIQ' });
      const body = { employerId: geiq.id, message: 'Motivée et disponible.' };
      if (role === 'candidate') return { url: '/api/candidatures', body: (await ownCandidate(t, w), body) };
      return { url: '/api/candidatures', body: { ...body, candidateId: await candidateFor(t, w, role) } };
    },
  },
  'POST /api/candidature-resumes': {
    allowed: ['candidate', ...FOLLOWERS, 'staff'],
    build: async () => ({ url: '/api/candidature-resumes', upload: { field: 'file', content: PDF, fileName: 'cv.pdf', fields: {} } }),
  },
  'GET /api/refusal-reasons': { allowed: 'public', build: async () => ({ url: '/api/refusal-reasons?employerKind=GEIQ' }) },
  'GET /api/candidatures/received': { allowed: ['siaeAdmin', 'siaeMember'], build: async () => ({ url: '/api/candidatures/received?state=new,processing' }) },
  'GET /api/candidatures/received/counts': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async () => ({ url: '/api/candidatures/received/counts?senderKind=prescriber' }),
  },
  'GET /api/candidatures/sent': { allowed: FOLLOWERS, build: async () => ({ url: '/api/candidatures/sent?scope=organization' }) },
  'GET /api/me/candidatures': { allowed: ['candidate'], build: async (t, w) => (await ownCandidate(t, w), { url: '/api/me/candidatures' }) },
  'GET /api/candidatures/export': { allowed: FOLLOWERS, build: async () => ({ url: '/api/candidatures/export?month=2026-11' }) },
  'GET /api/candidatures/{candidatureId}': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidatures/${await candidatureFor(t, w, role)}`, role),
  },
  'GET /api/candidatures/{candidatureId}/history': {
    allowed: FILE_READERS,
    build: async (t, w, role) => fileCall(`/api/candidatures/${await candidatureFor(t, w, role)}/history`, role),
  },
  'POST /api/candidatures/{candidatureId}/processing': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'new')}/processing` }),
  },
  'POST /api/candidatures/{candidatureId}/postponement': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'new')}/postponement`, body: { comment: 'Entretien en janvier' } }),
  },
  'POST /api/candidatures/{candidatureId}/pool': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'processing')}/pool`, body: { answer: 'Nous vous recontacterons.' } }),
  },
  'POST /api/candidatures/{candidatureId}/prior-to-hire': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => atGeiq(t, w, 'processing', 'prior-to-hire'),
  },
  'POST /api/candidatures/{candidatureId}/prior-to-hire-cancellation': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => atGeiq(t, w, 'prior_to_hire', 'prior-to-hire-cancellation'),
  },
  'POST /api/candidatures/{candidatureId}/refusal': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({
      url: `/api/candidatures/${await received(t, w, 'new')}/refusal`,
      body: { reason: 'no_position', answer: 'Pas de poste ouvert.' },
    }),
  },
  'POST /api/candidatures/{candidatureId}/acceptance': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => {
      const id = await received(t, w, 'processing');
      await t.dataSource.query(
        `INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on)
         SELECT candidate_id, 'prescriber', $2, $3::date, $3::date + 180 FROM candidatures WHERE id = $1`,
        [id, w.callers.prescriber.organizationId, t.clock.today()],
      );
      return { url: `/api/candidatures/${id}/acceptance`, body: { hiringStart: t.clock.today() } };
    },
  },
  'POST /api/candidatures/{candidatureId}/cancellation': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'accepted')}/cancellation`, body: { comment: 'Désistement' } }),
  },
  'POST /api/candidatures/{candidatureId}/hiring-dates': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => {
      const id = await received(t, w, 'accepted');
      await t.dataSource.query(`UPDATE candidatures SET hiring_start = $2 WHERE id = $1`, [id, addDays(t.clock.today(), 10)]);
      return { url: `/api/candidatures/${id}/hiring-dates`, body: { hiringStart: addDays(t.clock.today(), 20) } };
    },
  },
  'POST /api/candidatures/{candidatureId}/archive': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'refused')}/archive` }),
  },
  'DELETE /api/candidatures/{candidatureId}/archive': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => {
      const id = await received(t, w, 'refused');
      await t.dataSource.query(`UPDATE candidatures SET archived_at = $2 WHERE id = $1`, [id, t.clock.now()]);
      return { url: `/api/candidatures/${id}/archive` };
    },
  },
  'POST /api/candidatures/{candidatureId}/reset': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'obsolete')}/reset` }),
  },
  'POST /api/candidatures/{candidatureId}/transfer': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => ({ url: `/api/candidatures/${await received(t, w, 'new')}/transfer`, body: { employerId: await sisterEmployer(t, w, 'EI') } }),
  },
  'POST /api/candidatures/{candidatureId}/external-transfer': {
    allowed: ['siaeAdmin', 'siaeMember'],
    build: async (t, w) => {
      const geiq = await createOrganization(t.dataSource, { family: 'employer', kind: 'GEIQ' });
      return { url: `/api/candidatures/${await received(t, w, 'refused')}/external-transfer`, body: { employerId: geiq.id } };
    },
  },

  'POST /api/control-campaigns': {
    allowed: ['ddets'],
    build: async (t) => ({ url: '/api/control-campaigns', body: { name: 'Contrôle a posteriori', ...controlCalendar(t) } }),
  },
  'POST /api/control-campaign-batches': {
    allowed: ['staff'],
    build: async (t) => ({ url: '/api/control-campaign-batches', body: { name: 'Contrôle national', ...controlCalendar(t) } }),
  },
  'GET /api/control-campaigns': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/control-campaigns' }) },
  'GET /api/control-campaigns/{campaignId}': {
    allowed: ['ddets', 'staff'],
    build: async (t, w) => ({ url: `/api/control-campaigns/${await controlCampaign(t, w)}` }),
  },
  'PATCH /api/control-campaigns/{campaignId}': {
    allowed: ['ddets'],
    build: async (t, w) => ({ url: `/api/control-campaigns/${await controlCampaign(t, w)}`, body: { name: 'Contrôle renommé', ratioPercent: 20 } }),
  },
  'GET /api/control-campaigns/{campaignId}/population': {
    allowed: ['ddets', 'staff'],
    build: async (t, w) => ({ url: `/api/control-campaigns/${await controlCampaign(t, w)}/population` }),
  },
  'POST /api/control-campaigns/{campaignId}/selection': {
    allowed: ['ddets'],
    build: async (t, w) => ({ url: `/api/control-campaigns/${await controlCampaign(t, w)}/selection` }),
  },
  'GET /api/control-evaluations': { allowed: SIAE_MEMBERS, build: async () => ({ url: '/api/control-evaluations' }) },
  'GET /api/control-evaluations/{evaluationId}': {
    allowed: CONTROL_READERS,
    build: async (t, w) => ({ url: (await controlEvaluation(t, w, 'submittable')).url }),
  },
  'POST /api/control-evaluations/{evaluationId}/criteria/{criterionId}/proof': {
    allowed: SIAE_MEMBERS,
    build: async (t, w) => {
      const { url, criterionId } = await controlEvaluation(t, w, 'submittable');
      return { url: `${url}/criteria/${criterionId}/proof`, upload: { field: 'file', content: PDF, fileName: 'attestation-rsa.pdf', fields: {} } };
    },
  },
  'GET /api/control-evaluations/{evaluationId}/criteria/{criterionId}/proof': {
    allowed: CONTROL_READERS,
    build: async (t, w) => {
      const { url, criterionId } = await controlEvaluation(t, w, 'submitted');
      return { url: `${url}/criteria/${criterionId}/proof` };
    },
  },
  'POST /api/control-evaluations/{evaluationId}/submission': {
    allowed: SIAE_MEMBERS,
    build: async (t, w) => ({ url: `${(await controlEvaluation(t, w, 'submittable', { proof: true })).url}/submission` }),
  },
  'POST /api/control-evaluations/{evaluationId}/criteria/{criterionId}/review': {
    allowed: ['ddets'],
    build: async (t, w) => {
      const { url, criterionId } = await controlEvaluation(t, w, 'submitted');
      return { url: `${url}/criteria/${criterionId}/review`, body: { decision: 'refused', comment: 'L’attestation date de 2019.' } };
    },
  },
  'POST /api/control-evaluations/{evaluationId}/decision': {
    allowed: ['ddets'],
    build: async (t, w) => ({
      url: `${(await controlEvaluation(t, w, 'submitted', { review: true })).url}/decision`,
      body: { decision: 'accepted', comment: 'Conforme.' },
    }),
  },
  'POST /api/control-evaluations/{evaluationId}/sanctions': {
    allowed: ['ddets'],
    build: async (t, w) => ({
      url: `${(await controlEvaluation(t, w, 'refused')).url}/sanctions`,
      body: { noSanctionReason: 'Première campagne de la structure.' },
    }),
  },
  'GET /api/habilitation-board': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/habilitation-board' }) },

  'GET /api/stats/candidatures': { allowed: 'public', build: async () => ({ url: '/api/stats/candidatures?departement=59' }) },
  'GET /api/stats/pass-iae': { allowed: 'public', build: async () => ({ url: '/api/stats/pass-iae?region=32&format=csv' }) },
  'GET /api/stats/prescribers': { allowed: 'public', build: async () => ({ url: '/api/stats/prescribers' }) },
  // The DDETS reads its own département by default; another one is refused (tested in stats).
  'GET /api/stats/prescribers/organizations': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/stats/prescribers/organizations' }) },
  'GET /api/stats/auto-prescription': { allowed: ['ddets', 'staff'], build: async () => ({ url: '/api/stats/auto-prescription?from=2026-01-01' }) },

  'GET /api/emails': { allowed: ['staff'], build: async () => ({ url: '/api/emails' }) },
  'GET /api/emails/{id}': { allowed: ['staff'], build: async (t) => ({ url: `/api/emails/${await email(t, 'sent')}` }) },
  'POST /api/emails/{id}/retry': { allowed: ['staff'], build: async (t) => ({ url: `/api/emails/${await email(t, 'failed')}/retry` }) },
};
