import { addDays } from '@iae/core';
import { MIGRATIONS } from '@iae/database';
import { Member, SmtpCatcher, TestApp, createDdets } from '@iae/testing';
import { CALENDAR, calendarFrom, insertCampaign, insertEvaluation, insertHires, relogin, siaeIn, startControlsApp, stopControlsApp } from './controls-helpers';

const TODAY = '2026-11-23';

/**
 * The calendar of a campaign: the SIAE's last day to send again in the adversarial phase, strictly
 * between its start and the end, so that the DDETS has days to review what was sent before the
 * close; checked by the API and guarded by the database.
 */
describe('a-posteriori control: the calendar', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let nord: Member;
  let siae: Member;

  beforeAll(async () => {
    ({ t, smtp } = await startControlsApp(TODAY));
    nord = await createDdets(t, '59');
    siae = await siaeIn(t, 'ACI', '59350');
  });
  afterAll(() => stopControlsApp(t, smtp));

  const problems = (body: { errors: Array<{ field: string; code: string }> }) => body.errors.map((e) => `${e.field}:${e.code}`);

  it('takes the adversarial deadline given, checks it against the adversarial start and the end, and keeps it through edits', async () => {
    const calendar = { ...CALENDAR, periodStart: '2025-01-01', periodEnd: '2025-06-30' };
    const created = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Contrôle 2025', ...calendar, adversarialDeadline: '2027-03-10' })
      .expect(201);
    expect(created.body).toMatchObject({ adversarialStart: '2027-02-01', adversarialDeadline: '2027-03-10', endsOn: '2027-03-15' });

    const send = (body: object) =>
      t.http
        .post('/api/control-campaigns')
        .set(nord.headers)
        .send({ name: 'Contrôle', ...CALENDAR, ...body })
        .expect(400);
    expect(problems((await send({ adversarialDeadline: '2027-03-15' })).body)).toEqual(['endsOn:afterAdversarialDeadline']);
    expect(problems((await send({ adversarialDeadline: '2027-02-01' })).body)).toEqual(['adversarialDeadline:afterAdversarialStart']);
    expect(problems((await send({ adversarialDeadline: '1 mars' })).body)).toEqual(['adversarialDeadline:matches']);
    // A single day of adversarial phase leaves no room for the default deadline.
    expect(problems((await send({ endsOn: '2027-02-02' })).body)).toEqual(['endsOn:afterAdversarialDeadline']);

    const url = `/api/control-campaigns/${created.body.id}`;
    const shorter = await t.http.patch(url).set(nord.headers).send({ endsOn: '2027-03-10' }).expect(400);
    expect(problems(shorter.body)).toEqual(['endsOn:afterAdversarialDeadline']);
    const moved = await t.http.patch(url).set(nord.headers).send({ endsOn: '2027-03-10', adversarialDeadline: '2027-03-03' }).expect(200);
    expect(moved.body).toMatchObject({ adversarialDeadline: '2027-03-03', endsOn: '2027-03-10' });
    expect((await t.http.patch(url).set(nord.headers).send({ endsOn: '2027-03-31' }).expect(200)).body.adversarialDeadline).toBe('2027-03-03');

    // The database guards it too.
    await expect(t.dataSource.query(`UPDATE control_campaigns SET adversarial_deadline = ends_on WHERE id = $1`, [created.body.id])).rejects.toThrow(
      /control_campaigns_adversarial_deadline/,
    );
    await expect(t.dataSource.query(`UPDATE control_campaigns SET adversarial_deadline = adversarial_start WHERE id = $1`, [created.body.id])).rejects.toThrow(
      /control_campaigns_adversarial_deadline/,
    );
  });

  it('answers null for any field of a campaign with a 400 naming it, never a 500', async () => {
    const draft = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Contrôle 2024', ...CALENDAR, periodStart: '2024-01-01', periodEnd: '2024-06-30' })
      .expect(201);
    const fields = ['name', 'periodStart', 'periodEnd', 'notifyOn', 'submissionDeadline', 'adversarialStart', 'adversarialDeadline', 'endsOn', 'ratioPercent'];
    for (const field of fields) {
      const response = await t.http
        .patch(`/api/control-campaigns/${draft.body.id}`)
        .set(nord.headers)
        .send({ [field]: null });
      expect({ field, status: response.status, type: response.body.type }).toEqual({ field, status: 400, type: '/api/problems/validation-error' });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    for (const field of ['ratioPercent', 'adversarialDeadline']) {
      const response = await t.http
        .post('/api/control-campaigns')
        .set(nord.headers)
        .send({ name: 'Contrôle', ...CALENDAR, [field]: null });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const unchanged = await t.http.get(`/api/control-campaigns/${draft.body.id}`).set(nord.headers).expect(200);
    expect(unchanged.body).toMatchObject({ name: 'Contrôle 2024', ratioPercent: 30, adversarialDeadline: '2027-03-01' });
  });

  it('gives the campaigns opened before the deadline existed one, 14 days before their end, and drops the seed their drafts showed (migration 1400)', async () => {
    const migration = MIGRATIONS.find((m) => m.name === 'ControlCalendarAndDraw1763900001400')!;
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await new migration().down(runner);
      const old = async (periodDay: string, adversarialStart: string, endsOn: string): Promise<string> => {
        const [{ id }] = await runner.query(
          `INSERT INTO control_campaigns (institution_id, departement_code, name, period_start, period_end, notify_on, submission_deadline, adversarial_start, ends_on, seed)
           VALUES ($1, '59', 'Avant la date limite contradictoire', $2, $2, '2026-12-01', '2027-01-15', $3, $4, 1) RETURNING id`,
          [nord.organization.id, periodDay, adversarialStart, endsOn],
        );
        return id;
      };
      const ordinary = await old('2019-01-01', '2027-02-01', '2027-03-15');
      const short = await old('2019-01-02', '2027-02-01', '2027-02-10');
      const oneDay = await old('2019-01-03', '2027-02-01', '2027-02-02');
      await new migration().up(runner);
      const rows: Array<{ id: string; adversarialDeadline: string; endsOn: string; seed: number | null }> = await runner.query(
        `SELECT id, adversarial_deadline::text AS "adversarialDeadline", ends_on::text AS "endsOn", seed FROM control_campaigns WHERE id = ANY($1)`,
        [[ordinary, short, oneDay]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(ordinary)).toMatchObject({ adversarialDeadline: '2027-03-01', endsOn: '2027-03-15', seed: null });
      expect(byId.get(short)).toMatchObject({ adversarialDeadline: '2027-02-02', endsOn: '2027-02-10' });
      // No day between the adversarial start and the end: the end moves one day.
      expect(byId.get(oneDay)).toMatchObject({ adversarialDeadline: '2027-02-02', endsOn: '2027-02-03' });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('no longer lets the DDETS refuse a first submission once the SIAE could not answer in the adversarial phase', async () => {
    // Adversarial phase open since 30 days, the SIAE's deadline 4 days ago, the end in 10 days.
    const past = calendarFrom(addDays(TODAY, -70), '2019-02-01');
    const late = await insertEvaluation(t, await insertCampaign(t, nord.organization.id, past, 'adversarial'), siae.organization, 'submitted', {
      phase1: 'refused',
    });
    const decision = `/api/control-evaluations/${late.evaluationId}/decision`;
    const refused = await t.http.post(decision).set(nord.headers).send({ decision: 'refused', reason: 'invalid_proof' }).expect(409);
    expect(refused.body).toMatchObject({ type: '/api/problems/control-evaluation-state', state: 'submitted', deadline: past.adversarialDeadline });
    await t.http
      .post(`/api/control-evaluations/${late.evaluationId}/criteria/${late.criterionId}/review`)
      .set(nord.headers)
      .send({ decision: 'accepted' })
      .expect(200);
    expect((await t.http.post(decision).set(nord.headers).send({ decision: 'accepted' }).expect(200)).body).toMatchObject({
      state: 'closed',
      final: { state: 'accepted' },
    });

    // Before the SIAE's deadline, a first refusal in the adversarial phase opens its second chance at once.
    const open = calendarFrom(addDays(TODAY, -45), '2019-02-02');
    const inTime = await insertEvaluation(t, await insertCampaign(t, nord.organization.id, open, 'adversarial'), siae.organization, 'submitted', {
      phase1: 'refused',
    });
    const second = await t.http
      .post(`/api/control-evaluations/${inTime.evaluationId}/decision`)
      .set(nord.headers)
      .send({ decision: 'refused', reason: 'invalid_proof' })
      .expect(200);
    expect(second.body).toMatchObject({ state: 'adversarial', deadline: open.adversarialDeadline });
    const seen = await t.http.get(`/api/control-evaluations/${inTime.evaluationId}`).set(siae.headers).expect(200);
    expect(seen.body).toMatchObject({ openPhase: 2, deadline: open.adversarialDeadline, campaign: { adversarialDeadline: open.adversarialDeadline } });
  });

  it('does not draw before the evaluated period has ended: later hires would never be controlled', async () => {
    const calendar = { ...CALENDAR, periodStart: '2026-10-01', periodEnd: TODAY };
    const created = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Contrôle de l’automne', ...calendar })
      .expect(201);
    const selection = `/api/control-campaigns/${created.body.id}/selection`;
    const early = await t.http.post(selection).set(nord.headers).expect(409);
    expect(early.body).toMatchObject({ type: '/api/problems/control-campaign-state', state: 'draft', periodEnd: TODAY });
    expect(early.body.detail).toContain(TODAY);
    // Hired on the last two days of the period: in the draw the next day.
    await insertHires(t, siae.organization, 2, { from: '2026-11-22' });
    t.clock.set('2026-11-24T09:00:00Z');
    nord = await relogin(t, nord);
    const drawn = await t.http.post(selection).set(nord.headers).expect(200);
    expect(drawn.body).toMatchObject({ state: 'selected', selection: { populationHires: 2, selectedSiae: 1 } });
  });
});
