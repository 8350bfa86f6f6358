import { createCandidate, Member, TEST_FILES, TestApp } from '@iae/testing';

export const PDF = TEST_FILES.pdf;

/** A job description of the employer, open, in a métier of the referential. */
export async function openJob(t: TestApp, employerId: string, options: { resumeMandatory?: boolean; contractType?: string } = {}): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, is_resume_mandatory, last_employer_update_at)
     SELECT $1, code, $2, $3, $4 FROM appellations WHERE rome_code = 'K2204' ORDER BY code LIMIT 1 RETURNING id`,
    [employerId, options.contractType ?? 'FIXED_TERM_I', options.resumeMandatory ?? false, t.clock.now()],
  );
  return id;
}

export async function prescriberDiagnosis(t: TestApp, prescriber: Member, candidateId: string): Promise<void> {
  const response = await t.http.post(`/api/candidates/${candidateId}/eligibility-diagnoses`).set(prescriber.headers).send({});
  if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
}

/** A SIAE's own diagnosis with one proof per criterion. */
export async function siaeDiagnosis(t: TestApp, siae: Pick<Member, 'headers'>, candidateId: string, keys: string[], proofDate: string): Promise<void> {
  const criteria = [];
  for (const key of keys) {
    const proof = await t.http.post('/api/eligibility-proofs').set(siae.headers).attach('file', PDF, `${key}.pdf`).expect(201);
    criteria.push({ key, proofFileId: proof.body.id, proofDate });
  }
  const response = await t.http.post(`/api/candidates/${candidateId}/eligibility-diagnoses`).set(siae.headers).send({ criteria });
  if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
}

export async function send(t: TestApp, by: { headers: Record<string, string> }, body: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await t.http
    .post('/api/candidatures')
    .set(by.headers)
    .send({ message: 'Motivée, disponible, accompagnée depuis 6 mois.', ...body });
  if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A candidate followed by `by`, with a habilitated prescriber's diagnosis if `prescriber` is given. */
export async function eligibleCandidate(t: TestApp, by: Member, prescriber?: Member, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const candidate = await createCandidate(t, by, overrides);
  if (prescriber) {
    if (prescriber !== by) await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(prescriber.headers).send({ nir: candidate.nir }).expect(201);
    await prescriberDiagnosis(t, prescriber, candidate.id);
  }
  return candidate;
}
