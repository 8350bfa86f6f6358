import { createHash } from 'node:crypto';
import { drawSelection } from '@iae/controls';
import { Member, TestApp, createDdets, createHabilitatedPrescriber, createStaff } from '@iae/testing';
import { CALENDAR, insertHires, siaeIn, startControlsApp, stopControlsApp } from './controls-helpers';
import type { SmtpCatcher } from '@iae/testing';

const TODAY = '2026-11-23';

/**
 * The draw of the a-posteriori control over constructed populations, one département each so each
 * boundary stands alone: 1 hire does not qualify, 2 do; 9 hires → 2 controlled, 150 → 20; a fixed
 * seed draws again what it drew.
 */
describe('a-posteriori control: who is drawn', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let nord: Member;
  let pasDeCalais: Member;
  let somme: Member;
  let staff: Awaited<ReturnType<typeof createStaff>>;
  const siae: Record<string, Member> = {};

  beforeAll(async () => {
    ({ t, smtp } = await startControlsApp(TODAY));
    [nord, pasDeCalais, somme] = [await createDdets(t, '59'), await createDdets(t, '62'), await createDdets(t, '80')];
    staff = await createStaff(t);
    const prescriber = await createHabilitatedPrescriber(t, 'FT');

    // Nord: one hire in one ACI (not qualifying), two in another (qualifying), and hires outside the population.
    siae.one = await siaeIn(t, 'ACI', '59350');
    siae.two = await siaeIn(t, 'EI', '59599');
    await insertHires(t, siae.one.organization, 1, { from: '2026-03-01' });
    await insertHires(t, siae.two.organization, 2, { from: '2026-03-01' });
    await insertHires(t, siae.one.organization, 3, { from: '2026-03-01', author: { kind: 'prescriber', organizationId: prescriber.organization.id } });
    await insertHires(t, siae.one.organization, 3, { from: '2025-11-01' }); // before the period
    await insertHires(t, siae.one.organization, 3, { from: '2026-03-01', issuedPass: false }); // the PASS came from another hire
    await insertHires(t, siae.one.organization, 3, { from: '2026-03-01', state: 'refused' });
    const eiti = await siaeIn(t, 'EITI', '59350');
    await insertHires(t, eiti.organization, 4, { from: '2026-03-01' }); // EITI are not controlled
    const lyon = await siaeIn(t, 'AI', '69123');
    await insertHires(t, lyon.organization, 4, { from: '2026-03-01' }); // another département

    // Pas-de-Calais: 9 hires in one AI. Somme: 150 in one ETTI.
    siae.nine = await siaeIn(t, 'AI', '62041');
    await insertHires(t, siae.nine.organization, 9, { from: '2026-02-01', criteria: ['JEUNE', 'QPV'] });
    siae.many = await siaeIn(t, 'ETTI', '80021');
    await insertHires(t, siae.many.organization, 150, { from: '2026-01-05', criteria: ['ASS'] });
  });
  afterAll(() => stopControlsApp(t, smtp));

  let campaigns: Record<string, string>;

  it('lets staff open a campaign for every DDETS at once, with one calendar', async () => {
    await t.http
      .post('/api/control-campaign-batches')
      .set(nord.headers)
      .send({ name: 'x', ...CALENDAR })
      .expect(403);
    const response = await t.http
      .post('/api/control-campaign-batches')
      .set(staff.headers)
      .send({ name: 'Contrôle 2026', ...CALENDAR })
      .expect(201);
    expect(response.body.created.map((c: { departementCode: string }) => c.departementCode)).toEqual(['59', '62', '80']);
    expect(response.body.skipped).toEqual([]);
    campaigns = Object.fromEntries(response.body.created.map((c: { id: string; departementCode: string }) => [c.departementCode, c.id]));

    const mine = await t.http.get('/api/control-campaigns').set(nord.headers).expect(200);
    expect(mine.body.map((c: { id: string }) => c.id)).toEqual([campaigns['59']]);
    expect(mine.body[0]).toMatchObject({
      ...CALENDAR,
      state: 'draft',
      ratioPercent: 30,
      right: 'decide',
      batchId: response.body.batchId,
      departement: { code: '59', name: 'Nord' },
    });
    const all = await t.http.get('/api/control-campaigns').set(staff.headers).expect(200);
    expect(all.body.map((c: { right: string }) => c.right)).toEqual(['read', 'read', 'read']);

    // Again over the same period: every département is already covered.
    const again = await t.http
      .post('/api/control-campaign-batches')
      .set(staff.headers)
      .send({ name: 'Doublon', ...CALENDAR })
      .expect(201);
    expect(again.body.created).toEqual([]);
    expect(again.body.skipped.map((s: { departementCode: string }) => s.departementCode)).toEqual(['59', '62', '80']);
    const overlap = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Doublon', ...CALENDAR, periodStart: '2026-09-01' })
      .expect(409);
    expect(overlap.body.type).toBe('/api/problems/control-period-overlap');
  });

  it('shows the Nord its population before the draw: the SIAE with 1 hire does not qualify, the one with 2 does', async () => {
    const population = await t.http.get(`/api/control-campaigns/${campaigns['59']}/population`).set(nord.headers).expect(200);
    expect(population.body).toMatchObject({ state: 'draft', ratioPercent: 30, seed: null, hires: 3, siae: 2, qualifyingSiae: 1, siaeToSelect: 1 });
    expect(population.body.bySiae).toEqual([
      {
        employer: { id: siae.two.organization.id, name: siae.two.organization.name, kind: 'EI' },
        hires: 2,
        qualifies: true,
        hiresControlledIfDrawn: 2,
        selected: false,
      },
      {
        employer: { id: siae.one.organization.id, name: siae.one.organization.name, kind: 'ACI' },
        hires: 1,
        qualifies: false,
        hiresControlledIfDrawn: 0,
        selected: false,
      },
    ]);
    // Another DDETS reads nothing of it.
    await t.http.get(`/api/control-campaigns/${campaigns['59']}/population`).set(somme.headers).expect(403);
  });

  it('draws the qualifying SIAE with its 2 hires, never the one with a single hire', async () => {
    await t.http.post(`/api/control-campaigns/${campaigns['59']}/selection`).set(somme.headers).expect(403);
    await t.http.post(`/api/control-campaigns/${campaigns['59']}/selection`).set(staff.headers).expect(403);
    const selected = await t.http.post(`/api/control-campaigns/${campaigns['59']}/selection`).set(nord.headers).expect(200);
    expect(selected.body).toMatchObject({ state: 'selected', selection: { populationHires: 3, qualifyingSiae: 1, selectedSiae: 1 } });
    expect(selected.body.evaluations).toEqual([
      expect.objectContaining({ employer: expect.objectContaining({ id: siae.two.organization.id }), state: 'pending', hiresInPopulation: 2 }),
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM control_hires h JOIN control_evaluations e ON e.id = h.evaluation_id WHERE e.campaign_id = $1`,
      [campaigns['59']],
    );
    expect(n).toBe(2);
    await t.http.post(`/api/control-campaigns/${campaigns['59']}/selection`).set(nord.headers).expect(409);
    // The draw stays confidential until the notification day.
    expect((await t.http.get('/api/control-evaluations').set(siae.two.headers).expect(200)).body).toEqual([]);
  });

  it('controls 2 of the 9 hires of the Pas-de-Calais AI', async () => {
    const population = await t.http.get(`/api/control-campaigns/${campaigns['62']}/population`).set(pasDeCalais.headers).expect(200);
    expect(population.body).toMatchObject({
      hires: 9,
      qualifyingSiae: 1,
      siaeToSelect: 1,
      bySiae: [expect.objectContaining({ hires: 9, hiresControlledIfDrawn: 2 })],
    });
    await t.http.post(`/api/control-campaigns/${campaigns['62']}/selection`).set(pasDeCalais.headers).expect(200);
    const criteria = await t.dataSource.query(
      `SELECT h.candidature_id, array_agg(k.criterion_key ORDER BY k.criterion_key) AS keys
         FROM control_hires h JOIN control_evaluations e ON e.id = h.evaluation_id JOIN control_criteria k ON k.hire_id = h.id
        WHERE e.campaign_id = $1 GROUP BY h.candidature_id`,
      [campaigns['62']],
    );
    expect(criteria).toHaveLength(2);
    // Every criterion of the hire's diagnosis is controlled.
    for (const row of criteria) expect(row.keys).toEqual(['JEUNE', 'QPV']);
  });

  it('controls 20 of the 150 hires of the Somme ETTI, the ones the seed drawn with them draws again from the recorded population', async () => {
    await t.http.patch(`/api/control-campaigns/${campaigns['80']}`).set(somme.headers).send({ ratioPercent: 40, name: 'Contrôle 2026 — Somme' }).expect(200);
    const population = await t.http.get(`/api/control-campaigns/${campaigns['80']}/population`).set(somme.headers).expect(200);
    expect(population.body).toMatchObject({
      ratioPercent: 40,
      hires: 150,
      qualifyingSiae: 1,
      siaeToSelect: 1,
      bySiae: [expect.objectContaining({ hiresControlledIfDrawn: 20 })],
    });
    const selected = await t.http.post(`/api/control-campaigns/${campaigns['80']}/selection`).set(somme.headers).expect(200);
    expect(selected.body).toMatchObject({ name: 'Contrôle 2026 — Somme', ratioPercent: 40, seed: expect.any(Number) });
    const seed: number = selected.body.seed;
    await t.http.patch(`/api/control-campaigns/${campaigns['80']}`).set(somme.headers).send({ ratioPercent: 20 }).expect(409);

    const drawn: Array<{ candidature_id: string }> = await t.dataSource.query(
      `SELECT h.candidature_id FROM control_hires h JOIN control_evaluations e ON e.id = h.evaluation_id WHERE e.campaign_id = $1 ORDER BY h.candidature_id`,
      [campaigns['80']],
    );
    expect(drawn).toHaveLength(20);

    // The audit records the seed and the population drawn from: anyone draws again from them and finds the same hires.
    const history = (await t.http.get(`/api/control-campaigns/${campaigns['80']}`).set(somme.headers).expect(200)).body.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['control_campaign.opened', 'control_campaign.updated', 'control_campaign.selected']);
    expect(history[0].details).not.toHaveProperty('seed');
    const recorded: { candidatureIds: string[]; sha256: string } = history[2].details.population;
    const candidatures: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM candidatures WHERE employer_id = $1 ORDER BY id`, [
      siae.many.organization.id,
    ]);
    expect(recorded.candidatureIds).toEqual(candidatures.map((c) => c.id).sort());
    expect(recorded.sha256).toBe(createHash('sha256').update(recorded.candidatureIds.join('\n')).digest('hex'));
    const population150 = recorded.candidatureIds.map((candidatureId) => ({ candidatureId, employerId: siae.many.organization.id, employerKind: 'ETTI' }));
    const again = drawSelection(population150, 40, seed);
    expect(again.siae[0].hires.map((h) => h.candidatureId).sort()).toEqual(drawn.map((d) => d.candidature_id));
    const otherSeed = drawSelection(population150, 40, seed + 1);
    expect(otherSeed.siae[0].hires.map((h) => h.candidatureId).sort()).not.toEqual(drawn.map((d) => d.candidature_id));
    expect(history[2]).toMatchObject({ actorUserId: somme.user.id, details: { seed, ratioPercent: 40, populationHires: 150, qualifyingSiae: 1 } });
  });

  it('refuses a bad calendar or ratio with a 400 naming the field', async () => {
    const bad = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Mauvais calendrier', ...CALENDAR, periodStart: '2027-01-01', periodEnd: '2027-02-01', adversarialStart: '2027-01-10' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'periodEnd:beforeNotification',
      'adversarialStart:afterSubmissionDeadline',
    ]);
    const ratio = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Taux', ...CALENDAR, ratioPercent: 50 })
      .expect(400);
    expect(ratio.body.errors).toEqual([expect.objectContaining({ field: 'ratioPercent' })]);
    const date = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .send({ name: 'Date', ...CALENDAR, endsOn: '2027-02-30' })
      .expect(400);
    expect(date.body.errors).toEqual([expect.objectContaining({ field: 'endsOn', code: 'isDate' })]);
  });
});
