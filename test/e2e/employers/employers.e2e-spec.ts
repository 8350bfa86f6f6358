import { ScheduledJobs } from '@iae/core';
import { CONTRACT_TYPES, allowedContractTypes } from '@iae/employers';
import { SmtpCatcher, TestApp, addMember, createStaff, createTestApp, createUser, login, validSiret } from '@iae/testing';

const LYON = { communeCode: '69123', postalCode: '69002' };
const VENISSIEUX = { communeCode: '69259', postalCode: '69200' };

describe('employers (structures) and their job descriptions', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let staff: { headers: Record<string, string> };
  let cleaning: string;
  let greenSpaces: string;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: '2026-11-23T09:00:00Z' });
    staff = await createStaff(t);
    [{ code: cleaning }] = await t.dataSource.query(`SELECT code FROM appellations WHERE rome_code = 'K2204' ORDER BY code LIMIT 1`);
    [{ code: greenSpaces }] = await t.dataSource.query(`SELECT code FROM appellations WHERE rome_code = 'A1203' ORDER BY code LIMIT 1`);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function createEmployer(body: Record<string, unknown> = {}) {
    const response = await t.http
      .post('/api/employers')
      .set(staff.headers)
      .send({ kind: 'ACI', name: 'Les Jardins de la Croix-Rousse', siret: validSiret(), address: { line: '3 rue Dumenge', ...LYON }, ...body });
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function adminOf(employerId: string): Promise<Record<string, string>> {
    const user = await createUser(t.dataSource);
    await addMember(t.dataSource, user.id, employerId, 'admin');
    return { authorization: `Bearer ${await login(t.http, user)}`, 'x-organization-id': employerId };
  }

  describe('set up by staff', () => {
    it('creates a SIAE with its address placed at the commune’s centre, and invites its first admin', async () => {
      const employer = await createEmployer({
        brand: 'Jardins CR',
        naf: '88.99B',
        programmes: ['PHC'],
        conventionAspId: '4242',
        adminEmail: 'directrice@jardins-cr.fr',
      });
      expect(employer).toMatchObject({
        kind: 'ACI',
        kindLabel: 'Atelier et chantier d’insertion',
        isSiae: true,
        naf: '8899B',
        programmes: ['PHC'],
        active: true,
        address: { communeCode: '69123', communeName: 'Lyon', departementCode: '69', postalCode: '69002' },
      });
      expect(employer.address.latitude).toBeCloseTo(45.76, 1);
      const mail = await smtp.waitForMailTo('directrice@jardins-cr.fr');
      expect(mail.subject).toContain('Les Jardins de la Croix-Rousse');
      expect(mail.text).toContain('en tant qu’administrateur ou administratrice');
    });

    it('checks the SIRET, the commune and its postal code, and the programmes', async () => {
      const base = { kind: 'EI', name: 'Envie Lyon', address: { line: '1 rue X', ...LYON } };
      const badSiret = await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ ...base, siret: '12345678901234' })
        .expect(400);
      expect(badSiret.body.errors).toEqual([expect.objectContaining({ field: 'siret', code: 'isSiret' })]);
      const badCommune = await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ ...base, siret: validSiret(), address: { line: '1 rue X', communeCode: '99999', postalCode: '69002' } })
        .expect(400);
      expect(badCommune.body.errors).toEqual([expect.objectContaining({ field: 'address.communeCode', code: 'unknownCommune' })]);
      const mismatch = await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ ...base, siret: validSiret(), address: { line: '1 rue X', communeCode: '69123', postalCode: '75001' } })
        .expect(400);
      expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'address.postalCode', code: 'postalCodeMismatch' })]);
      const programmes = await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ ...base, siret: validSiret(), programmes: ['CONVERGENCE'] })
        .expect(400);
      expect(programmes.body.errors).toEqual([expect.objectContaining({ field: 'programmes', code: 'aciOnly' })]);
    });

    it('allows one SIRET several kinds, but not the same kind twice', async () => {
      const siret = validSiret();
      await createEmployer({ kind: 'ACI', siret });
      await createEmployer({ kind: 'EI', siret });
      const twice = await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ kind: 'ACI', name: 'Doublon', siret, address: { line: '1 rue X', ...LYON } })
        .expect(409);
      expect(twice.body.type).toBe('/api/problems/organization-already-exists');
    });

    it('keeps a SIAE active 30 days after its convention ends, then hides it from the public', async () => {
      const employer = await createEmployer();
      const adminUser = await createUser(t.dataSource);
      await addMember(t.dataSource, adminUser.id, employer.id, 'admin');
      const ended = await t.http
        .post(`/api/employers/${employer.id}/deactivation`)
        .set(staff.headers)
        .send({ on: '2026-11-01', reason: 'Convention non renouvelée' })
        .expect(201);
      expect(ended.body).toMatchObject({ active: true, deactivatedOn: '2026-11-01', lastActiveDay: '2026-11-30' });
      await t.http.get(`/api/employers/${employer.id}`).expect(200);
      try {
        t.clock.set('2026-12-01T09:00:00Z');
        // Tokens follow the clock too: log in at the new date.
        const admin = { authorization: `Bearer ${await login(t.http, adminUser)}`, 'x-organization-id': employer.id };
        await t.http.get(`/api/employers/${employer.id}`).expect(404);
        // Its own members still see it.
        const own = await t.http.get(`/api/employers/${employer.id}`).set({ authorization: admin.authorization }).expect(200);
        expect(own.body.active).toBe(false);
        const job = await t.http
          .post(`/api/employers/${employer.id}/job-descriptions`)
          .set(admin)
          .send({ appellationCode: cleaning, contractType: 'FIXED_TERM_I' })
          .expect(409);
        expect(job.body.type).toBe('/api/problems/employer-inactive');
      } finally {
        t.clock.set('2026-11-23T09:00:00Z');
      }
      const back = await t.http.delete(`/api/employers/${employer.id}/deactivation`).set(staff.headers).expect(200);
      expect(back.body.active).toBe(true);
    });

    it('stops another employer (a GEIQ) on its deactivation day', async () => {
      const geiq = await createEmployer({ kind: 'GEIQ' });
      const ended = await t.http
        .post(`/api/employers/${geiq.id}/deactivation`)
        .set(staff.headers)
        .send({ on: '2026-11-23', reason: 'Dissolution' })
        .expect(201);
      expect(ended.body.active).toBe(false);
    });
  });

  describe('kept up to date by its admins', () => {
    it('lets an admin edit the profile but not the name, SIRET or convention', async () => {
      const employer = await createEmployer();
      const admin = await adminOf(employer.id);
      const updated = await t.http
        .patch(`/api/employers/${employer.id}`)
        .set(admin)
        .send({
          description: 'Maraîchage biologique et paniers solidaires',
          phone: '04 78 00 00 00',
          spontaneousCandidaturesOpen: false,
          address: { line: '12 avenue Jean Jaurès', ...VENISSIEUX },
        })
        .expect(200);
      expect(updated.body).toMatchObject({
        description: 'Maraîchage biologique et paniers solidaires',
        spontaneousCandidaturesOpen: false,
        address: { communeName: 'Vénissieux' },
      });
      const rename = await t.http.patch(`/api/employers/${employer.id}`).set(admin).send({ name: 'Autre nom' }).expect(403);
      expect(rename.body.detail).toContain('équipe de la plateforme');
      const renamed = await t.http.patch(`/api/employers/${employer.id}`).set(staff.headers).send({ name: 'Jardins de Vénissieux' }).expect(200);
      expect(renamed.body.name).toBe('Jardins de Vénissieux');
      const history = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [employer.id]);
      expect(history.map((h: { action: string }) => h.action)).toEqual(
        expect.arrayContaining(['organization.created', 'employer.updated', 'organization.identity_changed']),
      );
    });

    it('lets an admin declare an antenne of the same company, of which they become admin', async () => {
      const parent = await createEmployer({ siret: '51234567800019' });
      const admin = await adminOf(parent.id);
      const antenne = await t.http
        .post(`/api/employers/${parent.id}/antennes`)
        .set(admin)
        .send({ name: 'Jardins — antenne de Vénissieux', siret: '51234567800027', address: { line: '5 rue Paul Bert', ...VENISSIEUX } })
        .expect(201);
      expect(antenne.body).toMatchObject({ kind: 'ACI', parentId: parent.id, address: { communeName: 'Vénissieux' } });
      // Its members (not only admins) and staff see the structure's antennes; others do not; an antenne has none.
      const member = await createUser(t.dataSource);
      await addMember(t.dataSource, member.id, parent.id, 'member');
      const listed = await t.http
        .get(`/api/employers/${parent.id}/antennes`)
        .set({ authorization: `Bearer ${await login(t.http, member)}`, 'x-organization-id': parent.id })
        .expect(200);
      expect(listed.body).toEqual([expect.objectContaining({ id: antenne.body.id, name: 'Jardins — antenne de Vénissieux', siret: '51234567800027' })]);
      await t.http.get(`/api/employers/${parent.id}/antennes`).set(staff.headers).expect(200);
      const stranger = await createEmployer();
      await t.http
        .get(`/api/employers/${parent.id}/antennes`)
        .set({ ...(await adminOf(stranger.id)) })
        .expect(403);
      expect(
        (
          await t.http
            .get(`/api/employers/${antenne.body.id}/antennes`)
            .set({ ...admin, 'x-organization-id': antenne.body.id })
            .expect(200)
        ).body,
      ).toEqual([]);
      const other = await t.http
        .post(`/api/employers/${parent.id}/antennes`)
        .set(admin)
        .send({ name: 'Autre entreprise', siret: validSiret(), address: { line: '5 rue Paul Bert', ...VENISSIEUX } })
        .expect(400);
      expect(other.body.errors[0]).toMatchObject({ field: 'siret', code: 'sameSiren' });
      const nested = await t.http
        .post(`/api/employers/${antenne.body.id}/antennes`)
        .set({ ...admin, 'x-organization-id': antenne.body.id })
        .send({ name: 'Antenne d’antenne', siret: '51234567800035', address: { line: '1 rue X', ...LYON } })
        .expect(422);
      expect(nested.body.type).toBe('/api/problems/invalid-antenne');
    });

    it('keeps profile edits to admins', async () => {
      const employer = await createEmployer();
      const member = await createUser(t.dataSource);
      await addMember(t.dataSource, member.id, employer.id, 'member');
      await t.http
        .patch(`/api/employers/${employer.id}`)
        .set({ authorization: `Bearer ${await login(t.http, member)}` })
        .send({ description: 'x' })
        .expect(403);
    });
  });

  describe('job descriptions', () => {
    it('publishes a job description whose contract fits the employer kind, visible to all', async () => {
      const employer = await createEmployer({ kind: 'ACI', programmes: ['PHC'] });
      const admin = await adminOf(employer.id);
      const created = await t.http
        .post(`/api/employers/${employer.id}/job-descriptions`)
        .set(admin)
        .send({
          appellationCode: greenSpaces,
          customTitle: 'Ouvrier·ère paysagiste en chantier d’insertion',
          description: 'Entretien des parcs de la ville',
          contractType: 'FIXED_TERM_I_PHC',
          hoursPerWeek: 26,
          openPositions: 3,
          locationCommuneCode: '69259',
          isResumeMandatory: false,
        })
        .expect(201);
      expect(created.body).toMatchObject({
        title: 'Ouvrier·ère paysagiste en chantier d’insertion',
        appellation: { code: greenSpaces, romeCode: 'A1203' },
        contractTypeLabel: 'CDDI Premières heures en chantier',
        hoursPerWeek: 26,
        openPositions: 3,
        isActive: true,
        location: { communeCode: '69259', communeName: 'Vénissieux', isEmployerAddress: false },
      });
      const publicView = await t.http.get(`/api/employers/${employer.id}`).expect(200);
      expect(publicView.body.openJobDescriptions.map((j: { id: string }) => j.id)).toEqual([created.body.id]);
      // The contracts the form offers come from the rule: an ACI with PHC offers the PHC CDDI, not Convergence's.
      expect(publicView.body.allowedContractTypes).toEqual(allowedContractTypes('ACI', ['PHC']).map((code) => ({ code, label: CONTRACT_TYPES[code] })));
      expect(publicView.body.allowedContractTypes).toContainEqual({ code: 'FIXED_TERM_I_PHC', label: 'CDDI Premières heures en chantier' });
      expect(publicView.body.allowedContractTypes.map((c: { code: string }) => c.code)).not.toContain('FIXED_TERM_I_CVG');
      const geiq = await createEmployer({ kind: 'GEIQ', name: 'GEIQ BTP Rhône' });
      expect((await t.http.get(`/api/employers/${geiq.id}`).expect(200)).body.allowedContractTypes.map((c: { code: string }) => c.code)).toEqual([
        'APPRENTICESHIP',
        'PROFESSIONAL_TRAINING',
        'OTHER',
      ]);
      const one = await t.http.get(`/api/job-descriptions/${created.body.id}`).expect(200);
      expect(one.body.employer.id).toBe(employer.id);
    });

    it('refuses a contract the employer kind cannot offer, an unknown métier or commune, hours out of range', async () => {
      const employer = await createEmployer({ kind: 'EITI' });
      const admin = await adminOf(employer.id);
      const url = `/api/employers/${employer.id}/job-descriptions`;
      const contract = await t.http.post(url).set(admin).send({ appellationCode: cleaning, contractType: 'FIXED_TERM_I' }).expect(400);
      expect(contract.body.errors[0]).toMatchObject({ field: 'contractType', code: 'contractNotAllowed' });
      const metier = await t.http.post(url).set(admin).send({ appellationCode: '99999999', contractType: 'BUSINESS_CREATION' }).expect(400);
      expect(metier.body.errors[0]).toMatchObject({ field: 'appellationCode', code: 'unknownAppellation' });
      const commune = await t.http
        .post(url)
        .set(admin)
        .send({ appellationCode: cleaning, contractType: 'BUSINESS_CREATION', locationCommuneCode: '00000' })
        .expect(400);
      expect(commune.body.errors[0]).toMatchObject({ field: 'locationCommuneCode', code: 'unknownCommune' });
      for (const hours of [0, 49]) {
        const response = await t.http
          .post(url)
          .set(admin)
          .send({ appellationCode: cleaning, contractType: 'BUSINESS_CREATION', hoursPerWeek: hours })
          .expect(400);
        expect(response.body.errors[0].field).toBe('hoursPerWeek');
      }
      const other = await t.http.post(url).set(admin).send({ appellationCode: cleaning, contractType: 'OTHER' }).expect(400);
      expect(other.body.errors[0]).toMatchObject({ field: 'otherContractType', code: 'isDefined' });
    });

    it('lets members edit and close their job descriptions, and nobody else', async () => {
      const employer = await createEmployer({ kind: 'EI' });
      const admin = await adminOf(employer.id);
      const job = (
        await t.http
          .post(`/api/employers/${employer.id}/job-descriptions`)
          .set(admin)
          .send({ appellationCode: cleaning, contractType: 'FIXED_TERM_I' })
          .expect(201)
      ).body;
      const closed = await t.http.patch(`/api/employers/${employer.id}/job-descriptions/${job.id}`).set(admin).send({ isActive: false }).expect(200);
      expect(closed.body.isActive).toBe(false);
      await t.http.get(`/api/job-descriptions/${job.id}`).expect(404);
      const all = await t.http.get(`/api/employers/${employer.id}/job-descriptions`).set(admin).expect(200);
      expect(all.body).toHaveLength(1);

      const outsider = await adminOf((await createEmployer()).id);
      await t.http
        .patch(`/api/employers/${employer.id}/job-descriptions/${job.id}`)
        .set({ ...outsider, 'x-organization-id': employer.id })
        .send({ isActive: true })
        .expect(403);
      await t.http.delete(`/api/employers/${employer.id}/job-descriptions/${job.id}`).set(admin).expect(204);
      await t.http.delete(`/api/employers/${employer.id}/job-descriptions/${job.id}`).set(admin).expect(404);
    });

    it('warns the employer at 60 days without update and closes the description at 90, once each', async () => {
      const employer = await createEmployer({ kind: 'AI', name: 'Tremplin Services Bron' });
      const adminUser = await createUser(t.dataSource, { email: 'admin.tremplin@exemple.fr' });
      await addMember(t.dataSource, adminUser.id, employer.id, 'admin');
      const admin = { authorization: `Bearer ${await login(t.http, adminUser)}`, 'x-organization-id': employer.id };
      const job = (
        await t.http
          .post(`/api/employers/${employer.id}/job-descriptions`)
          .set(admin)
          .send({ appellationCode: cleaning, customTitle: 'Agent·e d’entretien', contractType: 'FIXED_TERM_USAGE' })
          .expect(201)
      ).body;
      // Only this employer's description ages in this scenario.
      await t.dataSource.query(`UPDATE job_descriptions SET is_active = false WHERE employer_id <> $1`, [employer.id]);
      const jobs = t.get(ScheduledJobs);
      try {
        t.clock.set('2027-01-21T09:00:00Z'); // 59 days later
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ warned: 0, deactivated: 0 });
        t.clock.set('2027-01-22T09:00:00Z'); // 60 days
        expect(await jobs.run('employers.job-descriptions-freshness', { dryRun: true })).toMatchObject({ warned: 1, deactivated: 0 });
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ warned: 1, deactivated: 0 });
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ warned: 0, deactivated: 0 });
        const warning = await smtp.waitForMailTo('admin.tremplin@exemple.fr', 'vont être fermées');
        expect(warning.text).toContain('Agent·e d’entretien : fermée le 21 février 2027 sans mise à jour');

        t.clock.set('2027-02-21T09:00:00Z'); // 90 days
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ deactivated: 1 });
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ deactivated: 0 });
        await smtp.waitForMailTo('admin.tremplin@exemple.fr', 'fermées faute de mise à jour');
        const [row] = await t.dataSource.query(`SELECT is_active, auto_deactivated_at FROM job_descriptions WHERE id = $1`, [job.id]);
        expect(row.is_active).toBe(false);
        expect(row.auto_deactivated_at).not.toBeNull();

        // Reopening it restarts the clock.
        const again = { authorization: `Bearer ${await login(t.http, adminUser)}`, 'x-organization-id': employer.id };
        await t.http.patch(`/api/employers/${employer.id}/job-descriptions/${job.id}`).set(again).send({ isActive: true }).expect(200);
        expect(await jobs.run('employers.job-descriptions-freshness')).toMatchObject({ warned: 0, deactivated: 0 });
      } finally {
        t.clock.set('2026-11-23T09:00:00Z');
      }
    });
  });

  describe('public directory', () => {
    it('lists active employers by name, filtered by département and kind', async () => {
      await createEmployer({ kind: 'ETTI', name: 'AAA Intérim Insertion Lyon' });
      const page = await t.http.get('/api/employers?departement=69&kind=ETTI&limit=50').expect(200);
      expect(page.body.items.length).toBeGreaterThan(0);
      expect(
        page.body.items.every((e: { kind: string; address: { departementCode: string } }) => e.kind === 'ETTI' && e.address.departementCode === '69'),
      ).toBe(true);
      await t.http.get('/api/employers?kind=XYZ').expect(400);
      await t.http.get('/api/employers?departement=999999').expect(400);
    });
  });
});
