import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../libs/database/src/seeds/demo-accounts';
import { seedDemo } from '../../../libs/database/src/seeds/demo.seed';
import { TestApp, createTestApp } from '@iae/testing';

describe('demo data (npm start on an empty database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds once, and every demo account of the README logs in with the role it announces', async () => {
    expect(await seedDemo(t.dataSource, t.config)).toEqual({ seeded: true });
    expect(await seedDemo(t.dataSource, t.config)).toEqual({ seeded: false });

    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(DEMO_PASSWORD);
    // The README lists the accounts `npm start` prints, no more, no fewer.
    const listed = [...readme.matchAll(/`([a-z.]+@demo\.example\.org)`/g)].map((match) => match[1]);
    expect([...new Set(listed)].sort()).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
    const expectations: Record<string, (me: Me) => boolean> = {
      'siae.admin@demo.example.org': (me) => me.memberships.some((m) => m.role === 'admin' && m.organization.kind === 'ACI'),
      'siae.membre@demo.example.org': (me) => me.memberships.some((m) => m.role === 'member' && m.organization.kind === 'ACI'),
      'conseillere.ml@demo.example.org': (me) => me.memberships.some((m) => m.organization.kind === 'ML' && m.organization.habilitated),
      'prescripteur@demo.example.org': (me) => me.memberships.some((m) => m.organization.family === 'prescriber' && m.organization.habilitated),
      'orienteur@demo.example.org': (me) => me.memberships.some((m) => m.organization.family === 'prescriber' && !m.organization.habilitated),
      'ddets@demo.example.org': (me) => me.memberships.some((m) => m.organization.kind === 'DDETS_IAE' && m.organization.departmentCode === '69'),
      'staff@demo.example.org': (me) => me.isStaff,
      'candidat@demo.example.org': (me) => me.kind === 'candidate',
    };
    for (const account of DEMO_ACCOUNTS) {
      expect(readme).toContain(account.email);
      const login = await t.http.post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD }).expect(200);
      const me = (await t.http.get('/api/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200)).body as Me;
      expect({ account: account.email, role: expectations[account.email](me) }).toEqual({ account: account.email, role: true });
    }
  });

  it('gives the demo people to follow: the candidate sees a valid file and a France Travail diagnosis', async () => {
    const session = async (email: string) =>
      `Bearer ${(await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200)).body.accessToken}`;
    const candidate = await t.http
      .get('/api/me/candidate')
      .set('authorization', await session('candidat@demo.example.org'))
      .expect(200);
    expect(candidate.body).toMatchObject({ firstName: 'Lucas', lastName: 'Petit', hasAccount: true });
    const prescriber = await session('prescripteur@demo.example.org');
    const ft = (await t.http.get('/api/me').set('authorization', prescriber).expect(200)).body.memberships[0].organization.id;
    const [aci] = await t.dataSource.query(`SELECT id FROM organizations WHERE kind = 'ACI' AND name = 'Les Jardins du Rhône'`);
    const answer = await t.http
      .get(`/api/candidates/${candidate.body.id}/eligibility`)
      .query({ employer: aci.id })
      .set({ authorization: prescriber, 'x-organization-id': ft })
      .expect(200);
    expect(answer.body).toMatchObject({ eligible: true, basis: { kind: 'prescriberDiagnosis', authorOrganizationName: 'France Travail Lyon Part-Dieu' } });
    const followed = await t.http.get('/api/candidates').set({ authorization: prescriber, 'x-organization-id': ft }).expect(200);
    expect(followed.body.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Lucas']);
  });

  it('fills the ACI’s inbox, the candidate’s page and the figures of the Rhône', async () => {
    const session = async (email: string) =>
      `Bearer ${(await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200)).body.accessToken}`;
    const [aci] = await t.dataSource.query(`SELECT id FROM organizations WHERE kind = 'ACI' AND name = 'Les Jardins du Rhône'`);
    const inbox = await t.http
      .get('/api/candidatures/received')
      .set({ authorization: await session('siae.admin@demo.example.org'), 'x-organization-id': aci.id })
      .expect(200);
    expect(inbox.body.items.map((c: { candidate: { firstName: string }; state: string }) => [c.candidate.firstName, c.state])).toEqual([
      ['Lucas', 'new'],
      ['Thierry', 'processing'],
    ]);
    const own = await t.http
      .get('/api/me/candidatures')
      .set('authorization', await session('candidat@demo.example.org'))
      .expect(200);
    expect(own.body.items).toEqual([expect.objectContaining({ employer: expect.objectContaining({ name: 'Les Jardins du Rhône' }), state: 'new' })]);
    const figures = await t.http.get('/api/stats/candidatures?departement=69').expect(200);
    expect(figures.body).toMatchObject({ sent: 2, pending: 2, answered: 1, medianDaysToFirstAnswer: 1 });
  });
});

interface Me {
  kind: string;
  isStaff: boolean;
  memberships: Array<{ role: string; organization: { family: string; kind: string; habilitated: boolean; departmentCode: string | null } }>;
}
