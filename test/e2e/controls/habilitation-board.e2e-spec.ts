import { Member, TestApp, createDdets, createHabilitatedPrescriber, createOrganization, createSiae, createStaff, createTestApp } from '@iae/testing';

const TODAY = '2026-11-23';
const AXES = ['Identifiée par le SPIE', 'Accueil des sortants de détention', 'Conseillères diplômées', 'Aucun accompagnement de ce public'];

type Item = {
  type: string;
  id: string;
  date: string;
  organization: { id: string };
  request: { status: string; ageInDays: number } | null;
  expiry: { daysLeft: number; renewalRequested: boolean } | null;
};

/**
 * The DDETS's habilitation board: in one list, the habilitation requests of its département waiting
 * for it, with their age, and the prefectoral habilitations ending soon; filters; nothing of another
 * département.
 */
describe('habilitation review board of a DDETS', () => {
  let t: TestApp;
  let nord: Member;
  let pasDeCalais: Member;
  let staff: Awaited<ReturnType<typeof createStaff>>;
  const ids: Record<string, string> = {};

  async function organization(departement: string, habilitatedUntil?: string): Promise<string> {
    const org = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'OTHER', communeCode: departement === '59' ? '59350' : '62041' });
    if (habilitatedUntil) {
      // Habilitated by the préfet: an OHPD (an "autre" organisation is never habilitated).
      await t.dataSource.query(`UPDATE organizations SET kind = 'OHPD', authorization_status = 'validated' WHERE id = $1`, [org.id]);
      await t.dataSource.query(
        `UPDATE prescriber_organizations SET kind = 'OHPD', habilitation_basis = 'prefectoral', habilitation_departement_code = $2, habilitation_valid_until = $3 WHERE id = $1`,
        [org.id, departement, habilitatedUntil],
      );
    }
    return org.id;
  }

  async function request(organizationId: string, departement: string, status: string, submittedAt: string | null): Promise<string> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO habilitation_requests (organization_id, departement_code, status, identification, mission, staff_competence, unmet_need, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [organizationId, departement, status, ...AXES, submittedAt],
    );
    return id;
  }

  const board = async (who: { headers: Record<string, string> }, query: Record<string, string | number> = {}) =>
    (await t.http.get('/api/habilitation-board').query(query).set(who.headers).expect(200)).body as {
      items: Item[];
      counts: { requests: number; expiries: number };
    };

  beforeAll(async () => {
    t = await createTestApp({ now: `${TODAY}T09:00:00Z` });
    nord = await createDdets(t, '59');
    pasDeCalais = await createDdets(t, '62');
    staff = await createStaff(t);

    // Nord: a renewal asked by an organisation whose habilitation ends in 30 days, a first request
    // waiting for information, a draft and a cancelled one (not for the board), a habilitation ending in 200 days.
    ids.renewing = await organization('59', '2026-12-23');
    ids.renewal = await request(ids.renewing, '59', 'submitted', '2026-10-14T10:00:00Z');
    ids.newcomer = await organization('59');
    ids.waiting = await request(ids.newcomer, '59', 'information_requested', '2026-11-18T10:00:00Z');
    await request(await organization('59'), '59', 'draft', null);
    await request(await organization('59'), '59', 'cancelled', '2026-09-01T10:00:00Z');
    ids.later = await organization('59', '2027-06-11');
    // Pas-de-Calais: one request, one habilitation ending in 10 days.
    ids.arras = await request(await organization('62'), '62', 'submitted', '2026-11-20T10:00:00Z');
    ids.ending = await organization('62', '2026-12-03');
  });
  afterAll(() => t?.close());

  it('lists the requests waiting (oldest first, with their age) and the habilitations ending within 90 days', async () => {
    const { items, counts } = await board(nord);
    expect(items.map((i) => `${i.type}:${i.id}`)).toEqual([`request:${ids.renewal}`, `request:${ids.waiting}`, `expiry:${ids.renewing}`]);
    expect(counts).toEqual({ requests: 2, expiries: 1 });
    expect(items[0]).toMatchObject({ date: '2026-10-14', request: { status: 'submitted', ageInDays: 40 }, expiry: null });
    expect(items[1]).toMatchObject({ date: '2026-11-18', request: { status: 'information_requested', ageInDays: 5 } });
    // The habilitation ending in 30 days, whose renewal is already asked.
    expect(items[2]).toMatchObject({ date: '2026-12-23', request: null, expiry: { daysLeft: 30, renewalRequested: true } });
  });

  it('filters by type, status, age and expiry horizon', async () => {
    expect((await board(nord, { type: 'expiry' })).items.map((i) => i.id)).toEqual([ids.renewing]);
    expect((await board(nord, { type: 'request' })).items.map((i) => i.id)).toEqual([ids.renewal, ids.waiting]);
    expect((await board(nord, { status: 'information_requested' })).items.map((i) => i.id)).toEqual([ids.waiting]);
    expect((await board(nord, { minAgeDays: 30 })).items.map((i) => i.id)).toEqual([ids.renewal]);
    expect((await board(nord, { type: 'expiry', expiringWithinDays: 365 })).items.map((i) => i.id)).toEqual([ids.renewing, ids.later]);
    const bad = await t.http.get('/api/habilitation-board').query({ expiringWithinDays: 0 }).set(nord.headers).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'expiringWithinDays' });
  });

  it('shows each DDETS its own département only; staff see all, by département', async () => {
    expect((await board(pasDeCalais)).items.map((i) => i.id)).toEqual([ids.arras, ids.ending]);
    expect((await board(pasDeCalais, { departement: '59' })).items).toEqual([]);
    const all = await board(staff);
    expect(all.counts).toEqual({ requests: 3, expiries: 2 });
    expect((await board(staff, { departement: '59' })).items.map((i) => i.id)).toEqual([ids.renewal, ids.waiting, ids.renewing]);
  });

  it('keeps every request waiting when more than 500 of its département are decided, older ones first', async () => {
    const decided = await organization('59');
    await t.dataSource.query(
      `INSERT INTO habilitation_requests (organization_id, departement_code, status, identification, mission, staff_competence, unmet_need, submitted_at, refusal_reason)
       SELECT $1, '59', 'refused', $2, $3, $4, $5, '2025-01-01T10:00:00Z'::timestamptz + g * interval '1 hour', 'Public non identifié.'
         FROM generate_series(1, 510) g`,
      [decided, ...AXES],
    );
    const { items, counts } = await board(nord);
    expect(items.map((i) => `${i.type}:${i.id}`)).toEqual([`request:${ids.renewal}`, `request:${ids.waiting}`, `expiry:${ids.renewing}`]);
    expect(counts).toEqual({ requests: 2, expiries: 1 });
    expect((await board(staff, { status: 'information_requested' })).items.map((i) => i.id)).toEqual([ids.waiting]);
  });

  it('is refused to anyone but the State services and staff', async () => {
    await t.http.get('/api/habilitation-board').expect(401);
    await t.http
      .get('/api/habilitation-board')
      .set((await createSiae(t)).headers)
      .expect(403);
    await t.http
      .get('/api/habilitation-board')
      .set((await createHabilitatedPrescriber(t)).headers)
      .expect(403);
  });
});
