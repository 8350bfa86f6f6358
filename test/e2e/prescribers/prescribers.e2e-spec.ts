import { ScheduledJobs } from '@iae/core';
import {
  addMember,
  createDdets,
  createOrganization,
  createStaff,
  createTestApp,
  createUser,
  login,
  SmtpCatcher,
  TEST_FILES,
  TestApp,
  validSiret,
} from '@iae/testing';

const PDF = TEST_FILES.pdf;

describe('prescriber organisations and the habilitation review', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: '2026-11-23T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function professional(email?: string) {
    const user = await createUser(t.dataSource, email ? { email } : {});
    return { user, headers: { authorization: `Bearer ${await login(t.http, user)}` } };
  }

  async function register(body: Record<string, unknown>, email?: string) {
    const person = await professional(email);
    const response = await t.http.post('/api/prescriber-organizations').set(person.headers).send(body);
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return { organization: response.body, admin: { ...person, headers: { ...person.headers, 'x-organization-id': response.body.id } } };
  }

  describe('registering', () => {
    it('registers a mission locale, whose members are orienteurs until staff validate it', async () => {
      const staffUser = await createStaff(t);
      const { organization, admin } = await register({ kind: 'ML', name: 'Mission locale de Villeurbanne', siret: validSiret() });
      expect(organization).toMatchObject({ kind: 'ML', authorizationStatus: 'not_set', habilitated: false, listed: false });
      const mail = await smtp.waitForMailTo(staffUser.user.email, 'Nouvelle organisation à vérifier');
      expect(mail.text).toContain('Mission locale de Villeurbanne');

      const validated = await t.http
        .post(`/api/prescriber-organizations/${organization.id}/authorization`)
        .set(staffUser.headers)
        .send({ status: 'validated' })
        .expect(201);
      expect(validated.body).toMatchObject({ authorizationStatus: 'validated', habilitated: true, habilitation: { basis: 'law' } });
      await smtp.waitForMailTo(admin.user.email, 'reconnue prescripteur habilité');
      const me = await t.http.get('/api/me').set(admin.headers).expect(200);
      expect(me.body.memberships[0].organization.habilitated).toBe(true);
    });

    it('needs a reason to refuse', async () => {
      const staffUser = await createStaff(t);
      const { organization } = await register({ kind: 'CCAS', name: 'CCAS de Bron', siret: validSiret() });
      const noReason = await t.http
        .post(`/api/prescriber-organizations/${organization.id}/authorization`)
        .set(staffUser.headers)
        .send({ status: 'refused' })
        .expect(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      const refused = await t.http
        .post(`/api/prescriber-organizations/${organization.id}/authorization`)
        .set(staffUser.headers)
        .send({ status: 'refused', reason: 'Ce n’est pas un CCAS.' })
        .expect(201);
      expect(refused.body.habilitated).toBe(false);
    });

    it('lists for staff the organisations still to check, oldest first, a page at a time; a decision takes one out', async () => {
      const staffUser = await createStaff(t);
      const mine: string[] = [];
      for (const name of ['CCAS de Caluire', 'Mission locale de Rillieux', 'CAF de Saint-Priest']) {
        mine.push(
          (await register({ kind: name.startsWith('CCAS') ? 'CCAS' : name.startsWith('CAF') ? 'CAF' : 'ML', name, siret: validSiret() })).organization.id,
        );
      }
      const all = async () => {
        const seen: Array<{ id: string; authorizationStatus: string }> = [];
        let cursor: string | null = null;
        do {
          const page: { body: { items: Array<{ id: string; authorizationStatus: string }>; nextCursor: string | null } } = await t.http
            .get('/api/prescriber-organizations/awaiting-authorization')
            .query({ limit: 2, ...(cursor ? { cursor } : {}) })
            .set(staffUser.headers)
            .expect(200);
          expect(page.body.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.body.items);
          cursor = page.body.nextCursor;
        } while (cursor);
        return seen;
      };
      const before = await all();
      expect(new Set(before.map((o) => o.id)).size).toBe(before.length);
      expect(before.every((o) => o.authorizationStatus === 'not_set')).toBe(true);
      expect(before.map((o) => o.id).filter((id) => mine.includes(id))).toEqual(mine);
      await t.http.post(`/api/prescriber-organizations/${mine[1]}/authorization`).set(staffUser.headers).send({ status: 'validated' }).expect(201);
      expect((await all()).map((o) => o.id).filter((id) => mine.includes(id))).toEqual([mine[0], mine[2]]);
      const { admin } = await register({ kind: 'ML', name: 'Mission locale de Meyzieu', siret: validSiret() });
      await t.http.get('/api/prescriber-organizations/awaiting-authorization').set(admin.headers).expect(403);
    });

    it('a refused organisation becomes an orienteur one (kind "autre"), who and when recorded; a kind change re-opens the validation', async () => {
      const staffUser = await createStaff(t);
      const { organization, admin } = await register({ kind: 'CCAS', name: 'CCAS de Vénissieux', siret: validSiret() });
      const refused = await t.http
        .post(`/api/prescriber-organizations/${organization.id}/authorization`)
        .set(staffUser.headers)
        .send({ status: 'refused', reason: 'Ce n’est pas un CCAS : une association d’aide alimentaire.' })
        .expect(201);
      expect(refused.body).toMatchObject({
        kind: 'OTHER',
        authorizationStatus: 'refused',
        habilitated: false,
        authorizationDecision: { byUserId: staffUser.user.id, reason: expect.stringContaining('aide alimentaire') },
        kindChange: { at: '2026-11-23T09:00:00.000Z', byUserId: staffUser.user.id },
      });
      const kinds = await t.dataSource.query(
        `SELECT o.kind AS organization, p.kind AS profile FROM organizations o JOIN prescriber_organizations p ON p.id = o.id WHERE o.id = $1`,
        [organization.id],
      );
      expect(kinds).toEqual([{ organization: 'OTHER', profile: 'OTHER' }]);
      const audit = await t.dataSource.query(
        `SELECT actor_user_id, details FROM audit_events WHERE subject_id = $1 AND action = 'prescriber_organization.kind_changed'`,
        [organization.id],
      );
      expect(audit).toEqual([
        { actor_user_id: staffUser.user.id, details: expect.objectContaining({ from: 'CCAS', to: 'OTHER', authorizationTo: 'refused' }) },
      ]);

      // Staff put the kind back: the validation is open again, and staff are asked to check it.
      await t.http.patch(`/api/prescriber-organizations/${organization.id}`).set(admin.headers).send({ kind: 'CCAS' }).expect(403);
      const reopened = await t.http.patch(`/api/prescriber-organizations/${organization.id}`).set(staffUser.headers).send({ kind: 'CCAS' }).expect(200);
      expect(reopened.body).toMatchObject({ kind: 'CCAS', authorizationStatus: 'not_set', habilitated: false, kindChange: { byUserId: staffUser.user.id } });
      await smtp.waitFor((m) => m.to.includes(staffUser.user.email.toLowerCase()) && m.subject.includes('à vérifier') && m.text.includes('CCAS de Vénissieux'));
      await smtp.waitFor((m) => m.to.includes(admin.user.email.toLowerCase()) && m.subject.includes('type d’organisation modifié'));
    });

    it('a validated organisation switched to "autre" is no longer habilitated, and told; an "autre" organisation is never validated', async () => {
      const staffUser = await createStaff(t);
      const { organization, admin } = await register({ kind: 'ML', name: 'Mission locale de Bron', siret: validSiret() });
      await t.http.post(`/api/prescriber-organizations/${organization.id}/authorization`).set(staffUser.headers).send({ status: 'validated' }).expect(201);
      const switched = await t.http.patch(`/api/prescriber-organizations/${organization.id}`).set(staffUser.headers).send({ kind: 'OTHER' }).expect(200);
      expect(switched.body).toMatchObject({ kind: 'OTHER', authorizationStatus: 'not_required', habilitated: false, habilitation: { basis: null } });
      const mail = await smtp.waitFor((m) => m.to.includes(admin.user.email.toLowerCase()) && m.subject.includes('type d’organisation modifié'));
      expect(mail.text).toContain('orienteurs');
      const me = await t.http.get('/api/me').set(admin.headers).expect(200);
      expect(me.body.memberships[0].organization).toMatchObject({ kind: 'OTHER', habilitated: false });
      await expect(t.dataSource.query(`UPDATE organizations SET authorization_status = 'validated' WHERE id = $1`, [organization.id])).rejects.toThrow(
        /organizations_orienteur_not_habilitated/,
      );
    });

    it('identifies France Travail agencies by their SAFIR code instead of a SIRET', async () => {
      const missing = await professional();
      const noSafir = await t.http.post('/api/prescriber-organizations').set(missing.headers).send({ kind: 'FT', name: 'France Travail Lyon Est' }).expect(400);
      expect(noSafir.body.errors[0]).toMatchObject({ field: 'safirCode', code: 'isDefined' });
      const { organization } = await register({ kind: 'FT', name: 'France Travail Lyon Est', safirCode: '69041' });
      expect(organization).toMatchObject({ safirCode: '69041', siret: null });
      const again = await professional();
      const duplicate = await t.http
        .post('/api/prescriber-organizations')
        .set(again.headers)
        .send({ kind: 'FT', name: 'FT Lyon Est bis', safirCode: '69041' })
        .expect(409);
      expect(duplicate.body.existingOrganizationId).toBe(organization.id);
    });

    it('refuses a bad SIRET, a missing one, and an unknown commune', async () => {
      const person = await professional();
      const bad = await t.http
        .post('/api/prescriber-organizations')
        .set(person.headers)
        .send({ kind: 'PLIE', name: 'PLIE', siret: '12345678901234' })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'siret', code: 'isSiret' });
      const missing = await t.http.post('/api/prescriber-organizations').set(person.headers).send({ kind: 'PLIE', name: 'PLIE' }).expect(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'siret', code: 'isDefined' });
      const commune = await t.http
        .post('/api/prescriber-organizations')
        .set(person.headers)
        .send({ kind: 'OTHER', name: 'Asso', siret: validSiret(), address: { line: '1 rue', postalCode: '69001', communeCode: '00000' } })
        .expect(400);
      expect(commune.body.errors[0]).toMatchObject({ field: 'address.communeCode', code: 'unknownCommune' });
    });

    it('lists in the public directory only organisations that describe themselves, habilitated ones by default', async () => {
      const { organization, admin } = await register({ kind: 'E2C', name: 'École de la deuxième chance Lyon', siret: validSiret() });
      await t.dataSource.query(`UPDATE organizations SET authorization_status = 'validated' WHERE id = $1`, [organization.id]);
      const hidden = await t.http.get('/api/prescriber-organizations?departement=69&limit=100').expect(200);
      expect(hidden.body.items.map((o: { id: string }) => o.id)).not.toContain(organization.id);
      await t.http.get(`/api/prescriber-organizations/${organization.id}`).expect(404);

      await t.http
        .patch(`/api/prescriber-organizations/${organization.id}`)
        .set(admin.headers)
        .send({
          description: 'Parcours de formation pour les 16–25 ans sans diplôme',
          address: { line: '10 rue Jaboulay', postalCode: '69007', communeCode: '69123' },
        })
        .expect(200);
      const listed = await t.http.get('/api/prescriber-organizations?departement=69&limit=100').expect(200);
      expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(organization.id);
      const card = await t.http.get(`/api/prescriber-organizations/${organization.id}`).expect(200);
      expect(card.body).toMatchObject({ listed: true, address: { communeName: 'Lyon', departementCode: '69' } });

      const orienteur = await register({ kind: 'OTHER', name: 'Association Solidaires', siret: validSiret() });
      await t.http
        .patch(`/api/prescriber-organizations/${orienteur.organization.id}`)
        .set(orienteur.admin.headers)
        .send({ description: 'Accueil de jour' })
        .expect(200);
      const habilitatedOnly = await t.http.get('/api/prescriber-organizations?limit=100').expect(200);
      expect(habilitatedOnly.body.items.map((o: { id: string }) => o.id)).not.toContain(orienteur.organization.id);
      const all = await t.http.get('/api/prescriber-organizations?limit=100&includeOrienteurs=true').expect(200);
      expect(all.body.items.map((o: { id: string }) => o.id)).toContain(orienteur.organization.id);
    });
  });

  describe('prefectoral habilitation', () => {
    const axes = {
      identification: 'Association loi 1901 connue de la DDETS, financée par le conseil départemental.',
      mission: 'Accueil et accompagnement de personnes sans domicile.',
      staffCompetence: 'Trois travailleurs sociaux diplômés, formés au diagnostic socio-professionnel.',
      unmetNeed: 'Aucun prescripteur national ne reçoit ce public dans le 8e arrondissement.',
    };

    async function scenario(departementCode = '69') {
      const ddets = await createDdets(t, departementCode);
      const ddetsAgent = await createUser(t.dataSource, { email: `agent.${departementCode}.${Date.now()}@ddets.gouv.fr` });
      await addMember(t.dataSource, ddetsAgent.id, ddets.organization.id, 'member');
      const asked = await register({ kind: 'OTHER', name: `Le Relais ${departementCode} ${Date.now()}`, siret: validSiret() });
      return { ddets, ddetsAgent, ...asked };
    }

    it('goes from request to grant through the DDETS, every step e-mailed and kept in the history', async () => {
      const { ddets, ddetsAgent, organization, admin } = await scenario('69');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;

      const draft = await t.http.post(base).set(admin.headers).send({ departementCode: '69', identification: axes.identification }).expect(201);
      expect(draft.body).toMatchObject({ status: 'draft', isRenewal: false, departement: { code: '69', name: 'Rhône' } });
      const incomplete = await t.http.post(`${base}/${draft.body.id}/submission`).set(admin.headers).expect(422);
      expect(incomplete.body.missingAxes).toEqual(['mission', 'staffCompetence', 'unmetNeed']);
      await t.http.patch(`${base}/${draft.body.id}`).set(admin.headers).send(axes).expect(200);

      const withDocument = await t.http
        .post(`${base}/${draft.body.id}/documents`)
        .set(admin.headers)
        .field('label', 'Statuts de l’association')
        .attach('file', PDF, 'statuts.pdf')
        .expect(201);
      expect(withDocument.body.documents).toEqual([
        expect.objectContaining({ label: 'Statuts de l’association', fileName: 'statuts.pdf', contentType: 'application/pdf' }),
      ]);

      // The DDETS does not see drafts.
      await t.http.get(`/api/habilitation-requests/${draft.body.id}`).set(ddets.headers).expect(404);
      const submitted = await t.http.post(`${base}/${draft.body.id}/submission`).set(admin.headers).expect(200);
      expect(submitted.body.status).toBe('submitted');
      await smtp.waitForMailTo(ddetsAgent.email, 'Demande d’habilitation');

      const queue = await t.http.get('/api/habilitation-requests?status=submitted').set(ddets.headers).expect(200);
      expect(queue.body.map((r: { id: string }) => r.id)).toContain(draft.body.id);
      const file = await t.http
        .get(`/api/habilitation-requests/${draft.body.id}/documents/${withDocument.body.documents[0].id}`)
        .set(ddets.headers)
        .expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.from(file.body).subarray(0, 5).toString()).toBe('%PDF-');

      await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/information-requests`)
        .set(ddets.headers)
        .send({ message: 'Joignez le bilan d’activité 2025.' })
        .expect(200);
      await smtp.waitForMailTo(admin.user.email, 'demande des informations');
      const early = await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-1', validUntil: '2031-11-23' })
        .expect(409);
      expect(early.body.allowedActions).toEqual(expect.arrayContaining(['refuse', 'recordCdiaeOpinion']));
      await t.http.post(`${base}/${draft.body.id}/answers`).set(admin.headers).send({ message: 'Bilan joint.' }).expect(200);
      await smtp.waitForMailTo(ddetsAgent.email, 'a répondu');

      const noOpinion = await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-1', validUntil: '2031-11-23' })
        .expect(422);
      expect(noOpinion.body.type).toBe('/api/problems/cdiae-opinion-missing');
      await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/cdiae-opinion`)
        .set(ddets.headers)
        .send({ on: '2026-11-20', opinion: 'favorable' })
        .expect(200);

      const tooLong = await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-1', validUntil: '2031-11-24' })
        .expect(422);
      expect(tooLong.body.type).toBe('/api/problems/rule-not-met');
      expect(tooLong.body.errors[0]).toMatchObject({ field: 'validUntil', code: 'maxFiveYears' });
      const notADate = await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-1', validUntil: '31/11/2031' })
        .expect(400);
      expect(notADate.body.type).toBe('/api/problems/validation-error');
      const granted = await t.http
        .post(`/api/habilitation-requests/${draft.body.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'Arrêté 69-2026-11-23-004', validUntil: '2031-11-23' })
        .expect(200);
      expect(granted.body).toMatchObject({
        status: 'granted',
        decision: { reference: 'Arrêté 69-2026-11-23-004', on: '2026-11-23', validUntil: '2031-11-23' },
      });
      expect(granted.body.history.map((h: { action: string }) => h.action)).toEqual([
        'habilitation_request.created',
        'habilitation_request.edit',
        'habilitation_request.document_added',
        'habilitation_request.submit',
        'habilitation_request.requestInformation',
        'habilitation_request.answer',
        'habilitation_request.recordCdiaeOpinion',
        'habilitation_request.grant',
      ]);
      await smtp.waitForMailTo(admin.user.email, 'est habilitée');

      const card = await t.http.get(`/api/prescriber-organizations/${organization.id}`).set(admin.headers).expect(200);
      expect(card.body).toMatchObject({ habilitated: true, habilitation: { basis: 'prefectoral', departementCode: '69', validUntil: '2031-11-23' } });
    });

    it('keeps each DDETS to its département; a DREETS reads its région', async () => {
      const { organization, admin } = await scenario('01');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;
      const request = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '01', ...axes })
          .expect(201)
      ).body;
      await t.http.post(`${base}/${request.id}/submission`).set(admin.headers).expect(200);

      const otherDdets = await createDdets(t, '42');
      await t.http.get(`/api/habilitation-requests/${request.id}`).set(otherDdets.headers).expect(404);
      await t.http.post(`/api/habilitation-requests/${request.id}/refusal`).set(otherDdets.headers).send({ reason: 'non' }).expect(404);
      const list = await t.http.get('/api/habilitation-requests').set(otherDdets.headers).expect(200);
      expect(list.body.map((r: { id: string }) => r.id)).not.toContain(request.id);

      const dreets = await createOrganization(t.dataSource, { family: 'institution', kind: 'DREETS_IAE', name: 'DREETS ARA', regionCode: '84' });
      const dreetsAgent = await createUser(t.dataSource);
      await addMember(t.dataSource, dreetsAgent.id, dreets.id, 'member');
      const dreetsHeaders = { authorization: `Bearer ${await login(t.http, dreetsAgent)}`, 'x-organization-id': dreets.id };
      await t.http.get(`/api/habilitation-requests/${request.id}`).set(dreetsHeaders).expect(200);
      await t.http.post(`/api/habilitation-requests/${request.id}/refusal`).set(dreetsHeaders).send({ reason: 'non' }).expect(403);

      const staffUser = await createStaff(t);
      const all = await t.http.get('/api/habilitation-requests').set(staffUser.headers).expect(200);
      expect(all.body.map((r: { id: string }) => r.id)).toContain(request.id);

      // The organisation's other members read it; only admins act.
      const member = await createUser(t.dataSource);
      await addMember(t.dataSource, member.id, organization.id, 'member');
      const memberHeaders = { authorization: `Bearer ${await login(t.http, member)}` };
      await t.http.get(`${base}/${request.id}`).set(memberHeaders).expect(200);
      await t.http.post(`${base}/${request.id}/cancellation`).set(memberHeaders).expect(403);
    });

    it('refuses a request with a reason, and allows only one open request', async () => {
      const { ddets, organization, admin } = await scenario('02');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;
      const request = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '02', ...axes })
          .expect(201)
      ).body;
      const second = await t.http
        .post(base)
        .set(admin.headers)
        .send({ departementCode: '02', ...axes })
        .expect(409);
      expect(second.body.type).toBe('/api/problems/habilitation-request-open');
      await t.http.post(`${base}/${request.id}/submission`).set(admin.headers).expect(200);
      await t.http.post(`/api/habilitation-requests/${request.id}/refusal`).set(ddets.headers).send({ reason: '' }).expect(400);
      const refused = await t.http
        .post(`/api/habilitation-requests/${request.id}/refusal`)
        .set(ddets.headers)
        .send({ reason: 'Besoin couvert par la mission locale.' })
        .expect(200);
      expect(refused.body.status).toBe('refused');
      await smtp.waitForMailTo(admin.user.email, 'refusée');
      await t.http
        .post(`/api/habilitation-requests/${request.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'x', validUntil: '2027-01-01' })
        .expect(409);
      // Decided: a new request may now be opened.
      await t.http
        .post(base)
        .set(admin.headers)
        .send({ departementCode: '02', ...axes })
        .expect(201);
    });

    it('is not for organisations habilitated by law', async () => {
      const { organization, admin } = await register({ kind: 'CAF', name: 'CAF du Rhône', siret: validSiret() });
      const response = await t.http
        .post(`/api/prescriber-organizations/${organization.id}/habilitation-requests`)
        .set(admin.headers)
        .send({ departementCode: '69' })
        .expect(422);
      expect(response.body.type).toBe('/api/problems/habilitated-by-law');
    });

    it('checks uploaded documents: type by content, size, label', async () => {
      const { organization, admin } = await scenario('03');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;
      const request = (await t.http.post(base).set(admin.headers).send({ departementCode: '03' }).expect(201)).body;
      const url = `${base}/${request.id}/documents`;
      const exe = await t.http
        .post(url)
        .set(admin.headers)
        .field('label', 'Programme')
        .attach('file', Buffer.from('MZ\x90\x00 binary'), 'statuts.pdf')
        .expect(400);
      expect(exe.body.errors[0]).toMatchObject({ field: 'file', code: 'fileType' });
      const big = await t.http
        .post(url)
        .set(admin.headers)
        .field('label', 'Gros')
        .attach('file', Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]), 'gros.pdf')
        .expect(400);
      expect(big.body.errors[0]).toMatchObject({ field: 'file', code: 'maxFileSize' });
      // Form fields skip the validation pipe: a NUL in the label is refused the same way, naming it.
      const nul = await t.http.post(url).set(admin.headers).field('label', 'Statuts\u0000').attach('file', PDF, 'statuts.pdf').expect(400);
      expect(nul.body.errors[0]).toMatchObject({ field: 'label', code: 'noNulCharacter' });
      const noLabel = await t.http.post(url).set(admin.headers).attach('file', PDF, 'a.pdf').expect(400);
      expect(noLabel.body.errors[0].field).toBe('label');
      const noFile = await t.http.post(url).set(admin.headers).send({ label: 'x' }).expect(415);
      expect(noFile.body.type).toBe('/api/problems/unsupported-media-type');
    });

    it('warns 90 and 30 days before the end, reverts to orienteur after it, and lets the DDETS withdraw', async () => {
      const { ddets, organization, admin } = await scenario('04');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;
      const request = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '04', ...axes })
          .expect(201)
      ).body;
      await t.http.post(`${base}/${request.id}/submission`).set(admin.headers).expect(200);
      await t.http.post(`/api/habilitation-requests/${request.id}/cdiae-opinion`).set(ddets.headers).send({ on: '2026-11-23' }).expect(200);
      await t.http
        .post(`/api/habilitation-requests/${request.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-04', validUntil: '2027-06-30' })
        .expect(200);

      const jobs = t.get(ScheduledJobs);
      const status = async () =>
        (await t.dataSource.query(`SELECT authorization_status FROM organizations WHERE id = $1`, [organization.id]))[0].authorization_status;
      try {
        t.clock.set('2027-04-01T08:00:00Z'); // 90 days before 30 June
        expect(await jobs.run('prescribers.habilitation-expiry')).toMatchObject({ warned: 1, expired: 0 });
        expect(await jobs.run('prescribers.habilitation-expiry')).toMatchObject({ warned: 0, expired: 0 });
        await smtp.waitForMailTo(admin.user.email, 'dans 90 jours');
        t.clock.set('2027-05-31T08:00:00Z'); // 30 days before
        expect(await jobs.run('prescribers.habilitation-expiry')).toMatchObject({ warned: 1 });
        await smtp.waitForMailTo(admin.user.email, 'dans 30 jours');
        t.clock.set('2027-06-30T08:00:00Z'); // the last day: still habilitated
        expect(await jobs.run('prescribers.habilitation-expiry')).toMatchObject({ warned: 0, expired: 0 });
        expect(await status()).toBe('validated');
        // Run every hour, it ends the habilitation within the first hour of the next day (00:10 in Paris here).
        expect(jobs.get('prescribers.habilitation-expiry')?.cron).toMatch(/^\d+ \* \* \* \*$/);
        t.clock.set('2027-06-30T22:10:00Z');
        expect(await jobs.run('prescribers.habilitation-expiry')).toMatchObject({ expired: 1 });
        expect(await status()).toBe('not_required');
        await smtp.waitForMailTo(admin.user.email, 'a pris fin');
      } finally {
        t.clock.set('2026-11-23T09:00:00Z');
      }

      // Habilitated again, then withdrawn by its DDETS.
      const again = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '04', ...axes })
          .expect(201)
      ).body;
      await t.http.post(`${base}/${again.id}/submission`).set(admin.headers).expect(200);
      await t.http.post(`/api/habilitation-requests/${again.id}/cdiae-opinion`).set(ddets.headers).send({ on: '2026-11-23' }).expect(200);
      await t.http
        .post(`/api/habilitation-requests/${again.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-04-bis', validUntil: '2028-11-23' })
        .expect(200);
      // Habilitated by the préfet, the « autre » organisation is an OHPD.
      expect((await t.http.get(`/api/prescriber-organizations/${organization.id}`).set(admin.headers).expect(200)).body).toMatchObject({
        kind: 'OHPD',
        habilitated: true,
      });
      const otherDdets = await createDdets(t, '05');
      await t.http.post(`/api/prescriber-organizations/${organization.id}/habilitation-withdrawal`).set(otherDdets.headers).send({ reason: 'x' }).expect(403);
      await t.http
        .post(`/api/prescriber-organizations/${organization.id}/habilitation-withdrawal`)
        .set(ddets.headers)
        .send({ reason: 'Activité de prescription arrêtée.' })
        .expect(204);
      expect(await status()).toBe('not_required');
      // Withdrawn, it is an orienteur organisation again: kind « autre », who and when recorded.
      const afterWithdrawal = await t.http.get(`/api/prescriber-organizations/${organization.id}`).set(admin.headers).expect(200);
      expect(afterWithdrawal.body).toMatchObject({ kind: 'OTHER', habilitated: false, kindChange: { byUserId: ddets.user.id } });
      await smtp.waitForMailTo(admin.user.email, 'retirée');
      await t.http.post(`/api/prescriber-organizations/${organization.id}/habilitation-withdrawal`).set(ddets.headers).send({ reason: 'encore' }).expect(409);
    });

    it('marks a request made while habilitated as a renewal, carrying the evaluation figures', async () => {
      const { ddets, organization, admin } = await scenario('06');
      const base = `/api/prescriber-organizations/${organization.id}/habilitation-requests`;
      const first = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '06', ...axes })
          .expect(201)
      ).body;
      await t.http.post(`${base}/${first.id}/submission`).set(admin.headers).expect(200);
      await t.http.post(`/api/habilitation-requests/${first.id}/cdiae-opinion`).set(ddets.headers).send({ on: '2026-11-23' }).expect(200);
      await t.http
        .post(`/api/habilitation-requests/${first.id}/grant`)
        .set(ddets.headers)
        .send({ decisionReference: 'AP-06', validUntil: '2027-11-23' })
        .expect(200);

      const renewal = (
        await t.http
          .post(base)
          .set(admin.headers)
          .send({ departementCode: '06', ...axes, evaluationNotes: 'Partenariat avec 4 ACI du secteur.' })
          .expect(201)
      ).body;
      expect(renewal.isRenewal).toBe(true);
      const submitted = await t.http.post(`${base}/${renewal.id}/submission`).set(admin.headers).expect(200);
      expect(submitted.body.evaluation).toEqual({ prescriptionsCount: 0, since: '2026-11-23', notes: 'Partenariat avec 4 ACI du secteur.' });
    });
  });
});
