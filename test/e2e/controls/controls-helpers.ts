import { addDays } from '@iae/core';
import { addMember, createOrganization, createTestApp, createUser, login, Member, SmtpCatcher, TEST_FILES, TestApp } from '@iae/testing';

export const PDF = TEST_FILES.pdf;

/** The API with its worker, e-mails caught over SMTP, the clock at 9:00 (Paris: 10:00) on `today`. */
export async function startControlsApp(today: string): Promise<{ t: TestApp; smtp: SmtpCatcher }> {
  const smtp = await new SmtpCatcher().start();
  // Sign-ins follow the clock (many of them), uploads are capped at 64 KiB to test the limit cheaply.
  const t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '1000', UPLOAD_MAX_BYTES: '65536' }, now: `${today}T09:00:00Z` });
  return { t, smtp };
}

export async function stopControlsApp(t: TestApp | undefined, smtp: SmtpCatcher | undefined): Promise<void> {
  await t?.close();
  await smtp?.stop();
}

/** A member of an existing organisation, signed in now (tokens follow the test clock). */
export async function memberOf(t: TestApp, organization: Member['organization'], role: 'admin' | 'member' = 'member'): Promise<Member> {
  const user = await createUser(t.dataSource);
  await addMember(t.dataSource, user.id, organization.id, role);
  const token = await login(t.http, user);
  return { user, organization, token, headers: { authorization: `Bearer ${token}`, 'x-organization-id': organization.id } };
}

/** A SIAE located in `communeCode` (Lille 59350, Arras 62041, Amiens 80021…), with its admin signed in. */
export async function siaeIn(t: TestApp, kind: string, communeCode: string): Promise<Member> {
  return memberOf(t, await createOrganization(t.dataSource, { family: 'employer', kind, communeCode }), 'admin');
}

/** Headers with a token issued at the test clock's current time. */
export async function relogin(t: TestApp, member: Member): Promise<Member> {
  const token = await login(t.http, member.user);
  return { ...member, token, headers: { ...member.headers, authorization: `Bearer ${token}` } };
}

export interface HireOptions {
  /** First hiring start; the next ones follow day by day (28-day cycle). */
  from: string;
  criteria?: string[];
  /** Who validated the eligibility: the SIAE itself (default) or a prescriber organisation. */
  author?: { kind: 'employer' } | { kind: 'prescriber'; organizationId: string };
  /** Whether the PASS was issued for this hire (else it is reused from an earlier one). */
  issuedPass?: boolean;
  state?: 'accepted' | 'refused' | 'processing';
}

/**
 * `count` hires of a SIAE as the candidatures and PASS IAE contexts record them: a candidate the SIAE
 * follows, its eligibility diagnosis with criteria, the accepted candidature, the PASS and its hire.
 * Returns the candidature ids, in hiring order.
 */
export async function insertHires(t: TestApp, siae: { id: string; kind: string }, count: number, options: HireOptions): Promise<string[]> {
  const author = options.author ?? { kind: 'employer' };
  const authorOrganizationId = author.kind === 'employer' ? siae.id : author.organizationId;
  const rows: Array<{ candidature_id: string }> = await t.dataSource.query(
    `WITH plan AS MATERIALIZED (
       SELECT g, gen_random_uuid() AS candidate_id, gen_random_uuid() AS diagnosis_id, gen_random_uuid() AS candidature_id, gen_random_uuid() AS pass_id,
              ($3::date + (g - 1) % 28) AS hiring_start
         FROM generate_series(1, $2::int) g),
     people AS (
       INSERT INTO candidates (id, first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason, created_by_organization_id)
       SELECT candidate_id, 'Camille', 'Contrôle ' || g, '1988-03-04', 'no_nir', 'not_registered', $1 FROM plan),
     followed AS (INSERT INTO candidate_assignments (candidate_id, organization_id, reason) SELECT candidate_id, $1, 'created' FROM plan),
     diagnoses AS (
       INSERT INTO eligibility_diagnoses (id, candidate_id, author_kind, author_organization_id, employer_kind, created_on, expires_on)
       SELECT diagnosis_id, candidate_id, $5, $6, CASE WHEN $5 = 'employer' THEN $4 END, hiring_start - 10, hiring_start + 82 FROM plan),
     criteria AS (INSERT INTO eligibility_diagnosis_criteria (diagnosis_id, criterion_key) SELECT diagnosis_id, unnest($7::text[]) FROM plan),
     candidatures AS (
       INSERT INTO candidatures (id, candidate_id, employer_id, state, sender_kind, sender_organization_id, eligibility_diagnosis_id, message,
                                 hiring_start, pass_iae_id, refusal_reason, processed_at)
       SELECT candidature_id, candidate_id, $1, $9, 'employer', $1, diagnosis_id, 'Embauche directe.', hiring_start, pass_id,
              CASE WHEN $9 = 'refused' THEN 'other' END, $10::timestamptz FROM plan),
     passes AS (
       INSERT INTO pass_iae (id, number, candidate_id, start_date, end_date, eligibility_diagnosis_id, origin_employer_id, origin_employer_kind, origin_sender_kind)
       SELECT pass_id, '99999' || lpad(nextval('pass_iae_number_seq')::text, 7, '0'), candidate_id, hiring_start, hiring_start + 729, diagnosis_id, $1, $4, 'employer' FROM plan),
     hires AS (
       INSERT INTO pass_iae_hires (pass_id, candidate_id, employer_id, candidature_id, hiring_start, issued_pass)
       SELECT pass_id, candidate_id, $1, candidature_id, hiring_start, $8 FROM plan)
     SELECT candidature_id FROM plan ORDER BY g`,
    [
      siae.id,
      count,
      options.from,
      siae.kind,
      author.kind,
      authorOrganizationId,
      options.criteria ?? ['RSA'],
      options.issuedPass ?? true,
      options.state ?? 'accepted',
      t.clock.now(),
    ],
  );
  return rows.map((r) => r.candidature_id);
}

/** The calendar used by the campaigns of these tests (today is 2026-11-23). */
export const CALENDAR = {
  periodStart: '2026-01-01',
  periodEnd: '2026-09-30',
  notifyOn: '2026-12-01',
  submissionDeadline: '2027-01-15',
  adversarialStart: '2027-02-01',
  endsOn: '2027-03-15',
};

export type Calendar = typeof CALENDAR & { adversarialDeadline: string };

/**
 * A calendar from its notification day: 30 days to send, the adversarial phase 10 days later, the
 * SIAE's deadline in it 26 days later, the end 14 days after. Over a period of its own (`periodDay`,
 * long past) so that campaigns of one département never overlap.
 */
export function calendarFrom(notifyOn: string, periodDay: string): Calendar {
  return {
    periodStart: periodDay,
    periodEnd: periodDay,
    notifyOn,
    submissionDeadline: addDays(notifyOn, 30),
    adversarialStart: addDays(notifyOn, 40),
    adversarialDeadline: addDays(notifyOn, 66),
    endsOn: addDays(notifyOn, 80),
  };
}

/** A campaign of the DDETS `institutionId` written as the draw and the job leave it in `state` (drawn and notified unless a draft). */
export async function insertCampaign(
  t: TestApp,
  institutionId: string,
  calendar: Calendar,
  state: 'draft' | 'submission' | 'adversarial' = 'draft',
  departementCode = '59',
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO control_campaigns (institution_id, departement_code, name, period_start, period_end, notify_on, submission_deadline, adversarial_start, adversarial_deadline,
                                    ends_on, seed, state, population_hires, qualifying_siae, selected_at, notified_at, adversarial_opened_at)
     VALUES ($1, $2, 'Contrôle a posteriori', $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10 <> 'draft' THEN 1 END, $10::text,
             CASE WHEN $10 <> 'draft' THEN 2 END, CASE WHEN $10 <> 'draft' THEN 1 END, CASE WHEN $10 <> 'draft' THEN $11::timestamptz END,
             CASE WHEN $10 <> 'draft' THEN $11::timestamptz END, CASE WHEN $10 = 'adversarial' THEN $11::timestamptz END)
     RETURNING id`,
    [
      institutionId,
      departementCode,
      calendar.periodStart,
      calendar.periodEnd,
      calendar.notifyOn,
      calendar.submissionDeadline,
      calendar.adversarialStart,
      calendar.adversarialDeadline,
      calendar.endsOn,
      state,
      t.clock.now(),
    ],
  );
  return id;
}

/**
 * The control of `siae` in a campaign, in `state`: one auto-prescribed hire and its RSA criterion,
 * with the DDETS's reviews of each round given (a refusal with its comment). Returns the ids.
 */
export async function insertEvaluation(
  t: TestApp,
  campaignId: string,
  siae: { id: string; kind: string },
  state: 'submittable' | 'submitted' | 'refused' | 'adversarial' | 'resubmitted',
  reviews: { phase1?: 'accepted' | 'refused'; phase2?: 'accepted' | 'refused' } = {},
): Promise<{ evaluationId: string; criterionId: string; candidatureId: string }> {
  const [candidatureId] = await insertHires(t, siae, 1, { from: '2020-03-01' });
  const refusedOnce = ['refused', 'adversarial', 'resubmitted'].includes(state);
  const [{ evaluationId, criterionId }] = await t.dataSource.query(
    `WITH e AS (
       INSERT INTO control_evaluations (campaign_id, employer_id, employer_kind, hires_in_population, state, submitted_at, reviewed_at, refusal_reason, resubmitted_at)
       VALUES ($1, $2, $3, 2, $4, CASE WHEN $4 <> 'submittable' THEN $7::timestamptz END, CASE WHEN $6 THEN $7::timestamptz END, CASE WHEN $6 THEN 'invalid_proof' END,
               CASE WHEN $4 = 'resubmitted' THEN $7::timestamptz END)
       RETURNING id),
     h AS (
       INSERT INTO control_hires (evaluation_id, candidature_id, candidate_id, eligibility_diagnosis_id, hiring_start)
       SELECT e.id, c.id, c.candidate_id, c.eligibility_diagnosis_id, c.hiring_start FROM e, candidatures c WHERE c.id = $5 RETURNING id, evaluation_id)
     INSERT INTO control_criteria (evaluation_id, hire_id, criterion_key) SELECT evaluation_id, id, 'RSA' FROM h RETURNING evaluation_id AS "evaluationId", id AS "criterionId"`,
    [campaignId, siae.id, siae.kind, state, candidatureId, refusedOnce, t.clock.now()],
  );
  for (const [phase, decision] of [
    [1, reviews.phase1],
    [2, reviews.phase2],
  ] as const) {
    if (!decision) continue;
    await t.dataSource.query(`INSERT INTO control_reviews (criterion_id, phase, decision, comment, reviewed_at) VALUES ($1, $2, $3, $4, $5)`, [
      criterionId,
      phase,
      decision,
      decision === 'refused' ? 'L’attestation ne couvre pas la date d’embauche.' : null,
      t.clock.now(),
    ]);
  }
  return { evaluationId, criterionId, candidatureId };
}
