import {
  TestApp,
  addMember,
  createHabilitatedPrescriber,
  createOrganization,
  createSiae,
  createStaff,
  createTestApp,
  createUser,
  login,
  validSiret,
} from '@iae/testing';

describe('organisations and memberships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe('registering an organisation', () => {
    it('lets a professional register their prescriber organisation and become its admin, not yet habilitated', async () => {
      const user = await createUser(t.dataSource);
      const token = await login(t.http, user);
      const siret = validSiret();
      const created = await t.http
        .post('/api/organizations')
        .set(bearer(token))
        .send({ family: 'prescriber', kind: 'ML', name: 'Mission locale du Grand Nancy', siret: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` })
        .expect(201);
      expect(created.body).toMatchObject({
        family: 'prescriber',
        kind: 'ML',
        kindLabel: 'Mission locale',
        siret,
        authorizationStatus: 'not_set',
        habilitated: false,
      });
      const me = await t.http.get('/api/me').set(bearer(token)).expect(200);
      expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'admin', organization: expect.objectContaining({ id: created.body.id }) })]);

      // Someone from the same mission locale tries to register it again.
      const colleague = await createUser(t.dataSource);
      const duplicate = await t.http
        .post('/api/organizations')
        .set(bearer(await login(t.http, colleague)))
        .send({ family: 'prescriber', kind: 'ML', name: 'ML Nancy', siret })
        .expect(409);
      expect(duplicate.body).toMatchObject({ type: '/api/problems/organization-already-exists', existingOrganizationId: created.body.id });
    });

    it('needs no authorisation for an "other" organisation (orienteur)', async () => {
      const token = await login(t.http, await createUser(t.dataSource));
      const created = await t.http
        .post('/api/organizations')
        .set(bearer(token))
        .send({ family: 'prescriber', kind: 'OTHER', name: 'Association Solidarités Nouvelles', siret: validSiret() })
        .expect(201);
      expect(created.body.authorizationStatus).toBe('not_required');
    });

    it('checks the SIRET key, and asks no SIRET of France Travail agencies', async () => {
      const token = await login(t.http, await createUser(t.dataSource));
      const bad = await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'prescriber', kind: 'CCAS', name: 'CCAS de Roubaix', siret: '12345678901234' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'siret', code: 'isSiret' })]);
      const missing = await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'prescriber', kind: 'CCAS', name: 'CCAS de Roubaix' }).expect(400);
      expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'siret', code: 'isDefined' })]);
      await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'prescriber', kind: 'FT', name: 'France Travail Roubaix' }).expect(201);
    });

    it('refuses a kind from another family', async () => {
      const token = await login(t.http, await createUser(t.dataSource));
      const response = await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'prescriber', kind: 'ACI', name: 'Chantier', siret: validSiret() }).expect(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'kind', code: 'isIn' });
    });

    it('leaves employers and State services to platform staff', async () => {
      const token = await login(t.http, await createUser(t.dataSource));
      await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'employer', kind: 'ACI', name: 'Chantier', siret: validSiret() }).expect(403);
      await t.http.post('/api/organizations').set(bearer(token)).send({ family: 'institution', kind: 'DDETS_IAE', name: 'DDETS', departmentCode: '59' }).expect(403);

      const staff = await createStaff(t);
      const employer = await t.http.post('/api/organizations').set(staff.headers).send({ family: 'employer', kind: 'EI', name: 'Envie Nord', siret: validSiret() }).expect(201);
      expect(employer.body.authorizationStatus).toBeNull();
      // Staff set it up without becoming a member; they then invite its admin.
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [employer.body.id]);
      expect(n).toBe(0);
    });

    it('creates one DDETS per département, and checks the département exists', async () => {
      const staff = await createStaff(t);
      await t.http.post('/api/organizations').set(staff.headers).send({ family: 'institution', kind: 'DDETS_IAE', name: 'DDETS du Nord', departmentCode: '59' }).expect(201);
      const twice = await t.http.post('/api/organizations').set(staff.headers).send({ family: 'institution', kind: 'DDETS_IAE', name: 'DDETS 59 bis', departmentCode: '59' }).expect(409);
      expect(twice.body.type).toBe('/api/problems/organization-already-exists');
      const unknown = await t.http.post('/api/organizations').set(staff.headers).send({ family: 'institution', kind: 'DDETS_IAE', name: 'DDETS ?', departmentCode: '20' }).expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'departmentCode', code: 'isDepartement' });
      await t.http.post('/api/organizations').set(staff.headers).send({ family: 'institution', kind: 'DREETS_IAE', name: 'DREETS Hauts-de-France', regionCode: '32' }).expect(201);
    });

    it('does not let a candidate register an organisation', async () => {
      const candidate = await createUser(t.dataSource, { kind: 'candidate' });
      const response = await t.http
        .post('/api/organizations')
        .set(bearer(await login(t.http, candidate)))
        .send({ family: 'prescriber', kind: 'OTHER', name: 'Mon asso', siret: validSiret() })
        .expect(403);
      expect(response.body.detail).toBe('Réservé aux professionnels.');
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
      expect(all.map((m: { lastName: string }) => m.lastName)).toEqual([...all.map((m: { lastName: string }) => m.lastName)].sort((a, b) => a.localeCompare(b)));
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
      await expect(t.dataSource.query(`UPDATE memberships SET role = 'member' WHERE user_id = $1`, [siae.user.id])).rejects.toThrow(
        /without an administrator/,
      );
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
      const me = await t.http.get('/api/me').set(bearer(await login(t.http, user))).expect(200);
      expect(me.body.memberships.map((m: { organization: { kind: string } }) => m.organization.kind).sort()).toEqual(['DDETS_IAE', 'GEIQ']);
    });
  });
});
