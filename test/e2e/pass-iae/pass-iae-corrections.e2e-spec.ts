import { SmtpCatcher, TestApp, createCandidate, createSiae, createStaff } from '@iae/testing';
import { hireBy, startPassIaeApp, stopPassIaeApp } from './pass-iae-helpers';

const TODAY = '2026-11-23';

/** Staff correct the dates of a PASS IAE (the end never before the start), with the reason, and read its history. */
describe('PASS IAE: corrections by staff, and the history', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    ({ t, smtp } = await startPassIaeApp(TODAY));
  });
  afterAll(() => stopPassIaeApp(t, smtp));

  it('corrects the start or the end with a reason, the end always after the start; audited and shown in the history', async () => {
    const staff = await createStaff(t);
    const siae = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, siae);
    const pass = await hireBy(t, siae, candidate.id, '2026-01-05');
    const url = `/api/pass-iae/${pass.number}/date-corrections`;

    await t.http.post(url).set(siae.headers).send({ endDate: '2028-06-30', reason: 'x' }).expect(403);
    const noReason = await t.http.post(url).set(staff.headers).send({ endDate: '2028-06-30' }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const noSuchDay = await t.http.post(url).set(staff.headers).send({ endDate: '2027-02-29', reason: 'Erreur de saisie' }).expect(400);
    expect(noSuchDay.body.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'isDate' })]);
    const before = await t.http.post(url).set(staff.headers).send({ endDate: '2026-01-04', reason: 'Erreur de saisie' }).expect(422);
    expect(before.body).toMatchObject({ type: '/api/problems/rule-not-met', errors: [expect.objectContaining({ field: 'endDate', code: 'endAfterStart' })] });
    await t.http.post(url).set(staff.headers).send({ endDate: '2026-01-05', reason: 'Erreur de saisie' }).expect(422);
    await t.http.post(url).set(staff.headers).send({ startDate: '2028-01-05', reason: 'Erreur de saisie' }).expect(422);

    const corrected = await t.http
      .post(url)
      .set(staff.headers)
      .send({ startDate: '2026-01-02', endDate: '2028-01-01', reason: 'Contrat signé le 2 janvier : date d’embauche mal saisie.' })
      .expect(201);
    expect(corrected.body).toMatchObject({ number: pass.number, startDate: '2026-01-02', endDate: '2028-01-01' });
    const oneDayMore = await t.http.post(url).set(staff.headers).send({ endDate: '2026-01-03', reason: 'Essai' }).expect(201);
    expect(oneDayMore.body).toMatchObject({ startDate: '2026-01-02', endDate: '2026-01-03' });
    await t.http.post(url).set(staff.headers).send({ endDate: '2028-01-01', reason: 'Retour à la bonne fin' }).expect(201);

    await t.http.get(`/api/pass-iae/${pass.number}/history`).set(siae.headers).expect(403);
    const history = await t.http.get(`/api/pass-iae/${pass.number}/history`).set(staff.headers).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual([
      'pass_iae.issued',
      'pass_iae.dates_corrected',
      'pass_iae.dates_corrected',
      'pass_iae.dates_corrected',
    ]);
    expect(history.body[1]).toMatchObject({
      actorUserId: staff.user.id,
      details: {
        number: pass.number,
        reason: 'Contrat signé le 2 janvier : date d’embauche mal saisie.',
        before: { startDate: '2026-01-05', endDate: '2028-01-04' },
        after: { startDate: '2026-01-02', endDate: '2028-01-01' },
      },
    });
    await t.http.get('/api/pass-iae/999990000000/history').set(staff.headers).expect(404);
  });

  it('never leaves a suspension or a prolongation outside the PASS (409 naming them): correct or remove those first', async () => {
    const staff = await createStaff(t);
    const siae = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, siae);
    const pass = await hireBy(t, siae, candidate.id, '2025-03-05'); // ends 4 March 2027
    const passUrl = `/api/pass-iae/${pass.number}`;
    const suspended = await t.http
      .post(`${passUrl}/suspensions`)
      .set(siae.headers)
      .send({ startDate: '2026-11-01', endDate: '2026-11-10', reason: 'CONTRACT_SUSPENDED', explanation: 'Arrêt maladie de plus de 15 jours' })
      .expect(201);
    expect(suspended.body.endDate).toBe('2027-03-13'); // pushed back by 9 days
    const prolonged = await t.http.post(`${passUrl}/prolongations`).set(siae.headers).send({ reason: 'COMPLETE_TRAINING', endDate: '2027-08-31' }).expect(201);
    expect(prolonged.body.prolongations).toEqual([expect.objectContaining({ startDate: '2027-03-14', endDate: '2027-08-31' })]);
    const correct = (body: Record<string, string>) =>
      t.http
        .post(`${passUrl}/date-corrections`)
        .set(staff.headers)
        .send({ reason: 'Vérification', ...body });

    const intoProlongation = await correct({ endDate: '2027-06-30' }).expect(409);
    expect(intoProlongation.body).toMatchObject({
      type: '/api/problems/pass-iae-correction-leaves-periods-out',
      errors: [expect.objectContaining({ field: 'endDate', code: 'prolongationOutside' })],
      prolongations: [expect.objectContaining({ startDate: '2027-03-14', endDate: '2027-08-31' })],
    });
    const afterSuspension = await correct({ startDate: '2026-11-05' }).expect(409);
    expect(afterSuspension.body).toMatchObject({
      errors: [expect.objectContaining({ field: 'startDate', code: 'suspensionOutside' })],
      suspensions: [expect.objectContaining({ startDate: '2026-11-01', endDate: '2026-11-10' })],
    });
    const unchanged = await t.http.get(passUrl).set(siae.headers).expect(200);
    expect(unchanged.body).toMatchObject({ startDate: '2025-03-05', endDate: '2027-08-31' });

    // Up to the day the suspension starts, and beyond the prolongation's end: the periods stay inside.
    await correct({ startDate: '2025-03-03', endDate: '2027-09-02' }).expect(201);
    await correct({ startDate: '2026-11-01', endDate: '2027-08-31' }).expect(201);
  });

  it('never over another PASS of the person (409)', async () => {
    const staff = await createStaff(t);
    const siae = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, siae);
    await t.dataSource.query(
      `INSERT INTO pass_iae (number, candidate_id, start_date, end_date, origin_employer_id, origin_employer_kind, origin_sender_kind)
       VALUES ('99999' || lpad(nextval('pass_iae_number_seq')::text, 7, '0'), $1, '2022-01-01', '2023-12-31', $2, 'ACI', 'prescriber')`,
      [candidate.id, siae.organization.id],
    );
    const pass = await hireBy(t, siae, candidate.id, TODAY, { sender: { kind: 'prescriber', habilitatedPrescriber: true } });
    const overlap = await t.http
      .post(`/api/pass-iae/${pass.number}/date-corrections`)
      .set(staff.headers)
      .send({ startDate: '2023-12-31', reason: 'Reprise d’un ancien agrément' })
      .expect(409);
    expect(overlap.body.type).toBe('/api/problems/pass-iae-dates-overlap');
    await t.http.post(`/api/pass-iae/${pass.number}/date-corrections`).set(staff.headers).send({ startDate: '2024-01-01', reason: 'Reprise' }).expect(201);
  });
});
