import { TestApp, addMember, createHabilitatedPrescriber, createOrganization, createSiae, createStaff, createTestApp, createUser, login } from '@iae/testing';

describe('organisations and memberships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe('registering a State service', () => {
    it('creates one DDETS per département, and checks the département exists', async () => {
      const staff = await createStaff(t);
      const created = await t.http
        .post('/api/institutions')
        .set(staff.headers)
        .send({ kind: 'DDETS_IAE', name: 'DDETS du Nord', departmentCode: '59' })
        .expect(201);
      expect(created.body).toMatchObject({
        family: 'institution',
        kind: 'DDETS_IAE',
        kindLabel: 'DDETS (service IAE)',
        departmentCode: '59',
        authorizationStatus: null,
      });
      const twice = await t.http
        .post('/api/institutions')
        .set(staff.headers)
        .send({ kind: 'DDETS_IAE', name: 'DDETS 59 bis', departmentCode: '59' })
        .expect(409);
      expect(twice.body).toMatchObject({ type: '/api/problems/organization-already-exists', existingOrganizationId: created.body.id });
      const unknown = await t.http.post('/api/institutions').set(staff.headers).send({ kind: 'DDETS_IAE', name: 'DDETS ?', departmentCode: '20' }).expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'departmentCode', code: 'isDepartement' });
      const overseasCollectivity = await t.http
        .post('/api/institutions')
        .set(staff.headers)
        .send({ kind: 'DDETS_IAE', name: 'DDETS ?', departmentCode: '975' })
        .expect(400);
      expect(overseasCollectivity.body.errors[0].field).toBe('departmentCode');
      await t.http.post('/api/institutions').set(staff.headers).send({ kind: 'DREETS_IAE', name: 'DREETS Hauts-de-France', regionCode: '32' }).expect(201);
      // Staff set it up without becoming a member; they then invite its agents.
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [created.body.id]);
      expect(n).toBe(0);
    });

    it('leaves State services to platform staff', async () => {
      const token = await login(t.http, await createUser(t.dataSource));
      const response = await t.http.post('/api/institutions').set(bearer(token)).send({ kind: 'DDETS_IAE', name: 'DDETS', departmentCode: '59' }).expect(403);
      expect(response.body.detail).toBe('Réservé à l’équipe de la plateforme.');
    });
  });

  describe('members and roles', () => {
    it('lists members by name, with cursor pagination', async () => {
      const siae = await createSiae(t, 'ACI');
      for (const lastName of ['Zola', 'Abel', 'Moreau']) {
        const user = await createUser(t.dataSource, { lastName, firstName: 'Test' });
        await addMember(t.dataSource, user.id, siae.organization.id, 'member');
      }
      const url = `/api/organizations/${siae.organization.id}/members`;
      const first = await t.http.get(`${url}?limit=2`).set(siae.headers).expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.items[0].lastName).toBe('Abel');
      const rest = await t.http.get(`${url}?limit=2&cursor=${first.body.nextCursor}`).set(siae.headers).expect(200);
      const all = [...first.body.items, ...rest.body.items];
      expect(all).toHaveLength(4);
      expect(all.map((m: { lastName: string }) => m.lastName)).toEqual(
        [...all.map((m: { lastName: string }) => m.lastName)].sort((a, b) => a.localeCompare(b)),
      );
      const bad = await t.http.get(`${url}?cursor=not-a-cursor`).set(siae.headers).expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalidCursor' });
    });

    it('lets an admin promote and demote, but never the last admin', async () => {
      const siae = await createSiae(t, 'EI');
      const colleague = await createUser(t.dataSource);
      await addMember(t.dataSource, colleague.id, siae.organization.id, 'member');
      const member = (id: string) => `/api/organizations/${siae.organization.id}/members/${id}`;

      const lastAdmin = await t.http.patch(member(siae.user.id)).set(siae.headers).send({ role: 'member' }).expect(409);
      expect(lastAdmin.body.type).toBe('/api/problems/last-admin');

      const promoted = await t.http.patch(member(colleague.id)).set(siae.headers).send({ role: 'admin' }).expect(200);
      expect(promoted.body).toMatchObject({ userId: colleague.id, role: 'admin' });
      await t.http.patch(member(siae.user.id)).set(siae.headers).send({ role: 'member' }).expect(200);

      // Now a plain member: cannot change roles any more.
      const forbidden = await t.http.patch(member(colleague.id)).set(siae.headers).send({ role: 'member' }).expect(403);
      expect(forbidden.body.detail).toBe('Action réservée aux administrateurs de l’organisation.');

      const audit = await t.dataSource.query(`SELECT action, details FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [siae.organization.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['membership.role_changed', 'membership.role_changed']);
    });

    it('lets an admin remove a member and a member leave, never leaving members without an admin', async () => {
      const siae = await createSiae(t, 'AI');
      const first = await createUser(t.dataSource);
      const second = await createUser(t.dataSource);
      await addMember(t.dataSource, first.id, siae.organization.id, 'member');
      await addMember(t.dataSource, second.id, siae.organization.id, 'member');
      const member = (id: string) => `/api/organizations/${siae.organization.id}/members/${id}`;

      await t.http.delete(member(first.id)).set(siae.headers).expect(204);
      const secondHeaders = { authorization: `Bearer ${await login(t.http, second)}`, 'x-organization-id': siae.organization.id };
      await t.http.delete(member(siae.user.id)).set(secondHeaders).expect(403);
      const stuck = await t.http.delete(member(siae.user.id)).set(siae.headers).expect(409);
      expect(stuck.body.type).toBe('/api/problems/last-admin');
      await t.http.delete(member(second.id)).set(secondHeaders).expect(204);
      // Alone now, the admin may leave and the organisation is empty.
      await t.http.delete(member(siae.user.id)).set(siae.headers).expect(204);
      await t.http.delete(member(first.id)).set(siae.headers).expect(403);
    });

    it('has the database refuse an organisation whose members keep no admin', async () => {
      const siae = await createSiae(t, 'ETTI');
      const colleague = await createUser(t.dataSource);
      await addMember(t.dataSource, colleague.id, siae.organization.id, 'member');
      await expect(t.dataSource.query(`UPDATE memberships SET role = 'member' WHERE user_id = $1`, [siae.user.id])).rejects.toThrow(/without an administrator/);
    });

    it('lets staff act on any organisation, and nobody else outside it', async () => {
      const siae = await createSiae(t, 'ACI');
      const staff = await createStaff(t);
      await t.http.get(`/api/organizations/${siae.organization.id}`).set(staff.headers).expect(200);
      const prescriber = await createHabilitatedPrescriber(t);
      const outsider = await t.http.get(`/api/organizations/${siae.organization.id}`).set(prescriber.headers).expect(403);
      expect(outsider.body.detail).toBe('Vous n’êtes pas membre de cette organisation.');
      await t.http.get(`/api/organizations/00000000-0000-4000-8000-000000000000`).set(staff.headers).expect(404);
      const malformed = await t.http.get(`/api/organizations/not-a-uuid`).set(staff.headers).expect(400);
      expect(malformed.body.errors[0]).toMatchObject({ field: 'organizationId', code: 'isUUID' });
    });

    it('reports organisations of every family in /api/me', async () => {
      const user = await createUser(t.dataSource);
      const ddets = await createOrganization(t.dataSource, { family: 'institution', kind: 'DDETS_IAE', name: 'DDETS de la Somme', departmentCode: '80' });
      const siae = await createOrganization(t.dataSource, { family: 'employer', kind: 'GEIQ' });
      await addMember(t.dataSource, user.id, ddets.id, 'admin');
      await addMember(t.dataSource, user.id, siae.id, 'admin');
      const me = await t.http
        .get('/api/me')
        .set(bearer(await login(t.http, user)))
        .expect(200);
      expect(me.body.memberships.map((m: { organization: { kind: string } }) => m.organization.kind).sort()).toEqual(['DDETS_IAE', 'GEIQ']);
    });
  });
});
