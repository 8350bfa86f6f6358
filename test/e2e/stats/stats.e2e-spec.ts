import {
  Member,
  TestApp,
  addMember,
  createCandidate,
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
import { ScheduledJobs } from '@iae/core';
import { STATS_SNAPSHOTS_JOB } from '@iae/stats';
import { DEPARTEMENTS, REGIONS } from '@iae/territory';
import { eligibleCandidate, send, siaeDiagnosis } from '../candidatures/world';
import { StatsDaysRepository } from '../../../libs/stats/src/stats-days.repository';

/**
 * A small territory built through the API: two SIAE and a prescriber in Lyon (69), one SIAE in
 * Marseille (13), five candidatures answered at known delays, two hires with their PASS IAE.
 */
describe('pilotage figures', () => {
  let t: TestApp;
  let aci: Member;
  let ei: Member;
  let marseille: Member;
  let prescriber: Member;
  let orienteur: Member;
  let ddets69: Member;

  async function at(instant: string, ...members: Member[]): Promise<void> {
    t.clock.set(instant);
    for (const m of members) m.headers.authorization = `Bearer ${await login(t.http, m.user)}`;
  }

  const get = (path: string, headers: Record<string, string> = {}) => t.http.get(path).set(headers);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-10-10T09:00:00Z' });
    aci = await createSiae(t, 'ACI');
    ei = await createSiae(t, 'EI');
    marseille = await createSiae(t, 'ACI');
    await t.dataSource.query(`UPDATE employers SET commune_code = '13055', postal_code = '13001' WHERE id = $1`, [marseille.organization.id]);
    prescriber = await createHabilitatedPrescriber(t, 'ML');
    orienteur = await createOrienteur(t);
    ddets69 = await createDdets(t, '69');

    // Sent on 10 October and never answered.
    const c = await eligibleCandidate(t, prescriber, prescriber);
    await send(t, prescriber, { candidateId: c.id, employerId: ei.organization.id });

    await at('2026-11-16T09:00:00Z', aci, ei, marseille, prescriber, orienteur);
    const a = await eligibleCandidate(t, prescriber, prescriber);
    const toA = await send(t, prescriber, { candidateId: a.id, employerId: aci.organization.id });
    const b = await eligibleCandidate(t, prescriber, prescriber);
    const toB = await send(t, prescriber, { candidateId: b.id, employerId: aci.organization.id });
    const e = await createCandidate(t, orienteur);
    const toE = await send(t, orienteur, { candidateId: e.id, employerId: marseille.organization.id });
    // The ACI prescribes for itself and hires at once: answered after 0 hours.
    const d = await createCandidate(t, aci, { rsaSince: '2025-06-01' });
    await siaeDiagnosis(t, aci, d.id, ['RSA'], '2026-11-02');
    const toD = await send(t, aci, { candidateId: d.id, employerId: aci.organization.id });
    await t.http.post(`/api/candidatures/${toD.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-16' }).expect(200);

    await at('2026-11-17T09:00:00Z', aci);
    const hiredA = await t.http.post(`/api/candidatures/${toA.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-17' }).expect(200);
    await at('2026-11-18T09:00:00Z', aci);
    await t.http.post(`/api/candidatures/${toB.id}/refusal`).set(aci.headers).send({ reason: 'did_not_come' }).expect(200);
    await at('2026-11-20T09:00:00Z', aci, marseille);
    await t.http.post(`/api/candidatures/${toE.id}/refusal`).set(marseille.headers).send({ reason: 'lacking_skills' }).expect(200);
    await t.http
      .post(`/api/pass-iae/${hiredA.body.passIae.number}/suspensions`)
      .set(aci.headers)
      .send({ startDate: '2026-11-20', endDate: '2026-12-31', reason: 'CONTRACT_SUSPENDED', explanation: 'Arrêt maladie' })
      .expect(201);

    await at('2026-11-23T09:00:00Z', aci, ddets69, prescriber);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts the candidatures of the last 12 months for everyone, with no personal data', async () => {
    const figures = (await get('/api/stats/candidatures').expect(200)).body;
    expect(figures).toMatchObject({
      territory: { level: 'national', code: null },
      period: { from: '2025-11-24', to: '2026-11-23' },
      today: '2026-11-23',
      sent: 5,
      accepted: 2,
      refused: 2,
      pending: 1,
      pendingOver30Days: 1,
      transformationRate: 40,
      answered: 4,
      // Delays of 0, 24, 48 and 96 hours.
      medianDaysToFirstAnswer: 1.5,
    });
    expect(figures.refusedByReason).toEqual([
      { key: 'did_not_come', label: 'Candidat non joignable', refused: 1 },
      { key: 'lacking_skills', label: 'Le candidat n’a pas les compétences requises pour le poste', refused: 1 },
    ]);
    expect(figures.bySender).toEqual([
      {
        key: 'prescriber:ML:habilitated',
        sender: 'prescriber',
        organizationKind: 'ML',
        habilitated: true,
        sent: 3,
        accepted: 1,
        refused: 1,
        pending: 1,
        transformationRate: 33.3,
      },
      { key: 'employer', sender: 'employer', organizationKind: null, habilitated: null, sent: 1, accepted: 1, refused: 0, pending: 0, transformationRate: 100 },
      {
        key: 'prescriber:OTHER:orienteur',
        sender: 'prescriber',
        organizationKind: 'OTHER',
        habilitated: false,
        sent: 1,
        accepted: 0,
        refused: 1,
        pending: 0,
        transformationRate: 0,
      },
    ]);
    expect(figures.byEmployerKind).toEqual([
      expect.objectContaining({
        key: 'ACI',
        sent: 4,
        accepted: 2,
        refused: 2,
        pending: 0,
        transformationRate: 50,
        pendingOver30Days: 0,
        medianDaysToFirstAnswer: 1.5,
      }),
      expect.objectContaining({ key: 'EI', sent: 1, accepted: 0, pending: 1, transformationRate: 0, pendingOver30Days: 1, medianDaysToFirstAnswer: null }),
    ]);
    expect(JSON.stringify(figures)).not.toMatch(/firstName|lastName|nir|@/);
  });

  it('narrows to a département, a région, a period', async () => {
    const lyon = (await get('/api/stats/candidatures?departement=69').expect(200)).body;
    expect(lyon).toMatchObject({ territory: { level: 'departement', code: '69', name: 'Rhône' }, sent: 4, accepted: 2, refused: 1, pending: 1 });
    const paca = (await get('/api/stats/candidatures?region=93').expect(200)).body;
    expect(paca).toMatchObject({ territory: { level: 'region', code: '93' }, sent: 1, refused: 1, transformationRate: 0 });
    // Only what was sent from 16 November; the candidature of October still waits (a stock, counted on today).
    const recent = (await get('/api/stats/candidatures?from=2026-11-16&to=2026-11-23').expect(200)).body;
    expect(recent).toMatchObject({ sent: 4, pending: 0, pendingOver30Days: 1 });
    const none = (await get('/api/stats/candidatures?from=2026-01-01&to=2026-01-31').expect(200)).body;
    expect(none).toMatchObject({ sent: 0, transformationRate: null, medianDaysToFirstAnswer: null, refusedByReason: [] });
  });

  it('gives a DDETS its département by default', async () => {
    const figures = (await get('/api/stats/candidatures', ddets69.headers).expect(200)).body;
    expect(figures.territory).toEqual({ level: 'departement', code: '69', name: 'Rhône' });
    expect(figures.sent).toBe(4);
  });

  it('counts the PASS IAE: issued, running, suspended, ending soon', async () => {
    const figures = (await get('/api/stats/pass-iae?departement=69').expect(200)).body;
    expect(figures).toMatchObject({ issued: 2, running: 2, suspended: 1, runningProlonged: 0, endingWithin90Days: 0, prolongationsStarted: 0 });
    expect(figures.byEmployerKind).toEqual([
      { key: 'ACI', label: 'Atelier et chantier d’insertion', issued: 2, running: 2, suspended: 1, runningProlonged: 0, endingWithin90Days: 0 },
    ]);
    expect((await get('/api/stats/pass-iae?departement=13').expect(200)).body).toMatchObject({ issued: 0, running: 0 });
    // Seen from 1 September 2028: the PASS of 16 November 2026 ends on 14 November 2028 (729 days later);
    // the other one moved back by its 42 days of suspension, to 27 December.
    await at('2028-09-01T09:00:00Z');
    const later = (await get('/api/stats/pass-iae?departement=69').expect(200)).body;
    expect(later).toMatchObject({ running: 2, suspended: 0, endingWithin90Days: 1, issued: 0 });
    await at('2026-11-23T09:00:00Z', aci, ddets69, prescriber);
  });

  it('shows the prescribers’ activity by kind to everyone, each organisation to the State services', async () => {
    const figures = (await get('/api/stats/prescribers?departement=69').expect(200)).body;
    expect(figures).toMatchObject({
      organizations: 2,
      habilitated: 1,
      active: 2,
      activeHabilitated: 1,
      candidaturesSent: 4,
      candidaturesAccepted: 1,
      transformationRate: 25,
      diagnoses: 3,
    });
    expect(figures.byKind.map((k: { key: string }) => k.key)).toEqual(['ML', 'OTHER']);
    expect(figures.byKind[0]).toMatchObject({ label: 'Mission locale', organizations: 1, candidaturesSent: 3, diagnoses: 3 });

    const list = (await get('/api/stats/prescribers/organizations', ddets69.headers).expect(200)).body;
    expect(list.organizations).toEqual([
      expect.objectContaining({
        key: prescriber.organization.id,
        kind: 'ML',
        habilitated: true,
        candidaturesSent: 3,
        candidaturesAccepted: 1,
        transformationRate: 33.3,
        diagnoses: 3,
      }),
    ]);
    expect(list.organizations[0].lastActivityAt).toBeTruthy();
    const all = (await get('/api/stats/prescribers/organizations?includeOrienteurs=true', ddets69.headers).expect(200)).body;
    expect(all.organizations.map((o: { key: string }) => o.key)).toEqual([prescriber.organization.id, orienteur.organization.id]);
  });

  it('shows each SIAE’s share of auto-prescription to the DDETS of its département', async () => {
    const figures = (await get('/api/stats/auto-prescription', ddets69.headers).expect(200)).body;
    expect(figures).toMatchObject({ territory: { code: '69' }, hires: 2, autoPrescribed: 1, share: 50 });
    expect(figures.siae).toEqual([
      { key: aci.organization.id, name: aci.organization.name, kind: 'ACI', departementCode: '69', hires: 2, autoPrescribed: 1, share: 50 },
    ]);
  });

  it('keeps figures naming structures to the territory’s State services', async () => {
    const other = (await get('/api/stats/auto-prescription?departement=13', ddets69.headers).expect(403)).body;
    expect(other.type).toBe('/api/problems/forbidden');
    await get('/api/stats/prescribers/organizations?region=84', ddets69.headers).expect(403);
    await get('/api/stats/auto-prescription').expect(401);
    await get('/api/stats/auto-prescription', aci.headers).expect(403);
    await get('/api/stats/prescribers/organizations', prescriber.headers).expect(403);

    const dreetsUser = await dreetsMember('84');
    await get('/api/stats/auto-prescription?departement=69', dreetsUser).expect(200);
    await get('/api/stats/auto-prescription?departement=13', dreetsUser).expect(403);
    const byDefault = (await get('/api/stats/auto-prescription', dreetsUser).expect(200)).body;
    expect(byDefault).toMatchObject({ territory: { level: 'region', code: '84' }, hires: 2 });

    const staff = await createStaff(t);
    const national = (await get('/api/stats/auto-prescription', staff.headers).expect(200)).body;
    expect(national).toMatchObject({ territory: { level: 'national' }, hires: 2, autoPrescribed: 1 });
  });

  it('exports every set as CSV', async () => {
    const response = await get('/api/stats/candidatures?departement=69&format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="stats-candidatures-departement-69-2025-11-24-2026-11-23.csv"');
    const lines = response.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('indicateur;valeur');
    expect(lines).toContain('sent;4');
    expect(lines).toContain('refusedByReason.did_not_come.refused;1');
    expect(lines).toContain('byEmployerKind.EI.pendingOver30Days;1');

    const table = await get('/api/stats/auto-prescription?format=csv', ddets69.headers).expect(200);
    const rows = table.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('key;name;kind;departementCode;hires;autoPrescribed;share');
    expect(rows[1]).toBe(`${aci.organization.id};${aci.organization.name};ACI;69;2;1;50`);
  });

  it('names the field and the rule of a wrong territory or period', async () => {
    const unknown = (await get('/api/stats/candidatures?departement=20').expect(400)).body;
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'departement', code: 'unknownDepartement' })]);
    const both = (await get('/api/stats/pass-iae?departement=13&region=93').expect(400)).body;
    expect(both.errors[0]).toMatchObject({ field: 'region', code: 'oneTerritory' });
    const order = (await get('/api/stats/candidatures?from=2026-12-01&to=2026-11-01').expect(400)).body;
    expect(order.errors[0]).toMatchObject({ field: 'from', code: 'periodOrder' });
    const day = (await get('/api/stats/candidatures?from=2026-02-30').expect(400)).body;
    expect(day.errors[0]).toMatchObject({ field: 'from', code: 'isDate' });
    const format = (await get('/api/stats/candidatures?format=xlsx').expect(400)).body;
    expect(format.errors[0].field).toBe('format');
  });

  // Last: it sends one more candidature.
  it('reads the last 12 months (hourly) and the last three calendar years (daily) of each territory from a snapshot, any other period from the days counted (hourly), the same figures as live, and says when they were read', async () => {
    const jobs = t.get(ScheduledJobs);
    const territories = 1 + REGIONS.length + DEPARTEMENTS.length;
    const staff = await createStaff(t);
    const asked: Array<[string, Record<string, string>]> = [
      ['/api/stats/candidatures', {}],
      ['/api/stats/candidatures?departement=69', {}],
      ['/api/stats/pass-iae?region=84', {}],
      ['/api/stats/prescribers', {}],
      ['/api/stats/prescribers/organizations?includeOrienteurs=true', ddets69.headers],
      ['/api/stats/auto-prescription', staff.headers],
      // Any other period: the candidatures and the PASS IAE from the days counted, the others live.
      ['/api/stats/candidatures?from=2026-11-16&to=2026-11-17', {}],
      ['/api/stats/candidatures?from=2026-10-10&to=2026-11-16&departement=69', {}],
      ['/api/stats/candidatures?from=2026-11-18&to=2026-11-20&region=93', {}],
      ['/api/stats/candidatures?from=2024-01-01&to=2026-11-19&departement=13', {}],
      ['/api/stats/candidatures?from=2026-11-21&to=2026-11-23&departement=75', {}],
      ['/api/stats/pass-iae?from=2026-11-17&to=2026-11-20', {}],
      ['/api/stats/pass-iae?from=2026-11-16&to=2026-11-16&departement=69', {}],
      ['/api/stats/pass-iae?from=2026-11-18&to=2026-11-23&region=84', {}],
      ['/api/stats/pass-iae?from=2022-01-01&to=2026-11-23&departement=13', {}],
      ['/api/stats/candidatures?from=2024-03-16&to=2024-03-16&departement=69', {}],
      ['/api/stats/auto-prescription?from=2026-11-16&to=2026-11-16', staff.headers],
      ['/api/stats/auto-prescription?from=2026-11-01&to=2026-11-30&departement=69', ddets69.headers],
      ['/api/stats/auto-prescription?from=2026-11-17&to=2026-11-23&region=93', staff.headers],
      ['/api/stats/prescribers?from=2026-11-16&to=2026-11-16', {}],
      ['/api/stats/prescribers?from=2026-10-01&to=2026-11-20&departement=69', {}],
      ['/api/stats/prescribers/organizations?from=2026-10-10&to=2026-11-16&includeOrienteurs=true', ddets69.headers],
      ['/api/stats/prescribers/organizations?from=2026-11-17&to=2026-11-23&region=84', staff.headers],
    ];
    const read = () => Promise.all(asked.map(async ([path, headers]) => (await get(path, headers).expect(200)).body));
    // A candidature of the last calendar year and one of the year before, for their figures not to be zeros.
    // The second one on 16 March in Paris (the days are Paris's, as the periods are).
    for (const day of ['2025-06-10T09:00:00Z', '2024-03-15T23:30:00Z']) {
      await at(day, prescriber);
      const person = await eligibleCandidate(t, prescriber, prescriber);
      await send(t, prescriber, { candidateId: person.id, employerId: ei.organization.id });
    }
    // A prolongation as an import records it, for the PASS IAE figures to count one.
    await t.dataSource.query(
      `INSERT INTO pass_iae_prolongations (pass_id, start_date, end_date, reason) SELECT id, '2026-11-19', '2027-06-30', 'RQTH' FROM pass_iae ORDER BY number LIMIT 1`,
    );
    await at('2026-11-23T09:00:00Z', prescriber, ddets69);
    const live = await read();
    expect(live[11]).toMatchObject({ prolongationsStarted: 1, prolongationsByReason: [{ key: 'RQTH', prolongations: 1 }] });
    expect(live[15]).toMatchObject({ sent: 1, pending: 1, pendingOver30Days: 3 });
    expect(live[16]).toMatchObject({ hires: 1, autoPrescribed: 1 });
    expect(live[17]).toMatchObject({ hires: 2, autoPrescribed: 1, siae: [expect.objectContaining({ key: aci.organization.id })] });
    expect(live[21].organizations).toEqual([
      expect.objectContaining({ key: prescriber.organization.id, candidaturesSent: 3, candidaturesAccepted: 1, diagnoses: 3 }),
      expect.objectContaining({ key: orienteur.organization.id, candidaturesSent: 1, lastActivityAt: '2026-11-16T09:00:00.000Z' }),
    ]);
    expect(live.map((f) => f.computedAt)).toEqual(asked.map(() => '2026-11-23T09:00:00.000Z'));
    const lastYear = '/api/stats/candidatures?from=2025-01-01&to=2025-12-31';
    const lastYearLive = (await get(lastYear).expect(200)).body;
    expect(lastYearLive).toMatchObject({ sent: 1, computedAt: '2026-11-23T09:00:00.000Z' });
    const yearBefore = '/api/stats/candidatures?from=2024-01-01&to=2024-12-31';
    const yearBeforeLive = (await get(yearBefore).expect(200)).body;
    expect(yearBeforeLive).toMatchObject({ sent: 1, computedAt: '2026-11-23T09:00:00.000Z' });

    const all = ['2025-11-24/2026-11-23', '2025-01-01/2025-12-31', '2024-01-01/2024-12-31', '2023-01-01/2023-12-31'];
    expect(await jobs.run(STATS_SNAPSHOTS_JOB, { dryRun: true })).toMatchObject({ territories, periods: all });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM stats_snapshots`)).toEqual([{ n: 0 }]);
    t.clock.set('2026-11-23T09:41:00Z');
    expect(await jobs.run(STATS_SNAPSHOTS_JOB)).toMatchObject({ territories, periods: all, deleted: 0 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM stats_snapshots`)).toEqual([{ n: territories * 5 * 4 }]);
    // The calendar years are read back too; done for the day, the next runs compute the default period only.
    expect((await get(lastYear).expect(200)).body).toEqual({ ...lastYearLive, computedAt: '2026-11-23T09:41:00.000Z' });
    expect((await get(yearBefore).expect(200)).body).toEqual({ ...yearBeforeLive, computedAt: '2026-11-23T09:41:00.000Z' });
    expect(await jobs.run(STATS_SNAPSHOTS_JOB, { dryRun: true })).toMatchObject({ periods: [all[0]] });

    // Sent after the snapshot: the default period shows it at the next refresh, any other period at once.
    await at('2026-11-23T10:00:00Z', prescriber, ddets69);
    staff.headers.authorization = `Bearer ${await login(t.http, staff.user)}`;
    const c = await eligibleCandidate(t, prescriber, prescriber);
    await send(t, prescriber, { candidateId: c.id, employerId: ei.organization.id });
    const snapshot = await read();
    expect(snapshot).toEqual(live.map((figures) => ({ ...figures, computedAt: '2026-11-23T09:41:00.000Z' })));
    expect(snapshot[6]).toMatchObject({ sent: 4, pending: 0, pendingOver30Days: 3, computedAt: '2026-11-23T09:41:00.000Z' });
    // Not counted yet by the days.
    const week = (await get('/api/stats/candidatures?from=2026-11-17&to=2026-11-23').expect(200)).body;
    expect(week).toMatchObject({ sent: 0, computedAt: '2026-11-23T09:41:00.000Z' });

    // The access rules hold whatever the figures are read from.
    await get('/api/stats/auto-prescription?departement=13', ddets69.headers).expect(403);
    await get('/api/stats/prescribers/organizations', prescriber.headers).expect(403);

    expect(await jobs.run(STATS_SNAPSHOTS_JOB)).toMatchObject({ periods: [all[0]] });
    const refreshed = (await get('/api/stats/candidatures').expect(200)).body;
    expect(refreshed).toMatchObject({ sent: live[0].sent + 1, pending: live[0].pending + 1, computedAt: '2026-11-23T10:00:00.000Z' });
    expect((await get(lastYear).expect(200)).body.computedAt).toBe('2026-11-23T09:41:00.000Z');
    expect((await get('/api/stats/candidatures?from=2026-11-17&to=2026-11-23').expect(200)).body).toMatchObject({
      sent: 1,
      computedAt: '2026-11-23T10:00:00.000Z',
    });

    // The next day's default period is another: read live until the job has run that day, which forgets the past days.
    t.clock.set('2026-11-24T06:00:00Z');
    const nextDay = (await get('/api/stats/candidatures').expect(200)).body;
    expect(nextDay).toMatchObject({ period: { from: '2025-11-25', to: '2026-11-24' }, today: '2026-11-24', computedAt: '2026-11-24T06:00:00.000Z' });
    // The days counted yesterday hold yesterday's stocks: live too.
    expect((await get('/api/stats/pass-iae?from=2026-11-17&to=2026-11-20').expect(200)).body.computedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(await jobs.run(STATS_SNAPSHOTS_JOB)).toMatchObject({ periods: ['2025-11-25/2026-11-24', ...all.slice(1)], deleted: territories * 5 * 4 });
  });

  it('counts each day once when two builds run at once (the second waits, then replaces the first), and reads live without them', async () => {
    const days = t.get(StatsDaysRepository);
    const rows = async () =>
      (await t.dataSource.query(`SELECT (SELECT count(*) FROM stats_candidature_days) + (SELECT count(*) FROM stats_prescriber_days) AS n`))[0].n;
    const asked = ['/api/stats/candidatures?from=2026-11-01&to=2026-11-20', '/api/stats/prescribers?from=2026-10-01&to=2026-11-20'];
    const read = () => Promise.all(asked.map(async (path) => (await get(path).expect(200)).body));
    await days.rebuild('2026-11-24', new Date('2026-11-24T06:30:00Z'));
    const once = await rows();
    const figures = await read();
    expect(figures.map((f) => f.computedAt)).toEqual(asked.map(() => '2026-11-24T06:30:00.000Z'));
    await Promise.all([days.rebuild('2026-11-24', new Date('2026-11-24T06:40:00Z')), days.rebuild('2026-11-24', new Date('2026-11-24T06:41:00Z'))]);
    expect(await rows()).toBe(once);
    const again = await read();
    expect(again.map(({ computedAt: _, ...f }) => f)).toEqual(figures.map(({ computedAt: _, ...f }) => f));

    // What a crash leaves of unlogged tables (nothing): the same figures, read live.
    await t.dataSource.query(`TRUNCATE stats_days, stats_candidature_days, stats_prescriber_days, stats_prescriber_months`);
    const live = await read();
    expect(live).toEqual(figures.map((f) => ({ ...f, computedAt: '2026-11-24T06:00:00.000Z' })));
  });

  async function dreetsMember(regionCode: string): Promise<Record<string, string>> {
    const dreets = await createOrganization(t.dataSource, { family: 'institution', kind: 'DREETS_IAE', name: `DREETS ${regionCode}`, regionCode });
    const user = await createUser(t.dataSource);
    await addMember(t.dataSource, user.id, dreets.id, 'member');
    return { authorization: `Bearer ${await login(t.http, user)}`, 'x-organization-id': dreets.id };
  }
});
