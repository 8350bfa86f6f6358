import { randomUUID } from 'node:crypto';
import { CandidatesService } from '@iae/candidates';
import { HireForPass, PassIaeService, PassView } from '@iae/pass-iae';
import { createTestApp, createUser, login, Member, SmtpCatcher, TEST_FILES, TestApp } from '@iae/testing';

/** The API with its worker, e-mails caught, the clock at 9:00 on `today`; and who accepts the hires. */
export async function startPassIaeApp(today: string): Promise<{ t: TestApp; smtp: SmtpCatcher }> {
  const smtp = await new SmtpCatcher().start();
  const t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: `${today}T09:00:00Z` });
  await prepareAcceptor(t);
  return { t, smtp };
}

export async function stopPassIaeApp(t: TestApp | undefined, smtp: SmtpCatcher | undefined): Promise<void> {
  await t?.close();
  await smtp?.stop();
}

/** Who accepts the hires built by hireOf unless told otherwise (a user must exist: it is recorded). */
const acceptor = { id: '' };
async function prepareAcceptor(t: TestApp): Promise<void> {
  acceptor.id = (await createUser(t.dataSource)).id;
}

/** An accepted hire as the candidatures context will hand it over, with sensible defaults. */
export function hireOf(candidateId: string, employer: { id: string; kind: string }, hiringStart: string, overrides: Partial<HireForPass> = {}): HireForPass {
  return {
    candidateId,
    candidatureId: randomUUID(),
    employer: { id: employer.id, kind: employer.kind, locatedInPrison: false },
    hiringStart,
    hiringEnd: null,
    eligibilityDiagnosisId: null,
    sender: { kind: 'prescriber', habilitatedPrescriber: true },
    personUnderJustice: false,
    hasValidPrescriberDiagnosis: true,
    acceptedByUserId: acceptor.id,
    ...overrides,
  };
}

/** Accepts the hire the way candidatures does: the person locked, then issueForHire under that lock, in one transaction. */
export async function acceptHire(t: TestApp, hire: HireForPass): Promise<PassView | null> {
  const issued = await t.dataSource.transaction(async (manager) =>
    t.get(PassIaeService).issueForHire(manager, hire, await t.get(CandidatesService).lock(manager, hire.candidateId)),
  );
  if (!issued) return null;
  // The PASS as it is read after the commit: the one the hire answered, with the same dates.
  const view = await t.get(PassIaeService).latestFor(hire.candidateId);
  expect(view && { id: view.id, number: view.number, startDate: view.startDate, endDate: view.endDate }).toEqual(issued);
  return view;
}

/** The hire of `candidateId` by the SIAE `siae` from `hiringStart`, accepted by one of its members. */
export async function hireBy(t: TestApp, siae: Member, candidateId: string, hiringStart: string, overrides: Partial<HireForPass> = {}): Promise<PassView> {
  const pass = await acceptHire(t, hireOf(candidateId, siae.organization, hiringStart, { acceptedByUserId: siae.user.id, ...overrides }));
  if (!pass) throw new Error('No PASS issued');
  return pass;
}

/** Headers with a token issued at the test clock's current time (tokens follow the clock). */
export async function relogin(t: TestApp, member: Member): Promise<Member> {
  const token = await login(t.http, member.user);
  return { ...member, token, headers: { ...member.headers, authorization: `Bearer ${token}` } };
}

/** A candidate row, directly (for volume): no NIR, not registered at France Travail. */
export async function insertCandidates(t: TestApp, count: number, birthDate = '1985-05-17'): Promise<string[]> {
  const rows: Array<{ id: string }> = await t.dataSource.query(
    `INSERT INTO candidates (first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason)
     SELECT 'Personne', 'Numéro ' || n, $2::date, 'no_nir', 'not_registered' FROM generate_series(1, $1::int) AS n RETURNING id`,
    [count, birthDate],
  );
  return rows.map((r) => r.id);
}

export const PDF = TEST_FILES.pdf;
export const PNG = TEST_FILES.png;
