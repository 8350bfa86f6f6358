import {
  SmtpCatcher,
  TEST_PASSWORD,
  TestApp,
  createCandidate,
  createCandidateAccount,
  createOwnCandidateFile,
  createHabilitatedPrescriber,
  createOrienteur,
  createSiae,
  createStaff,
  createTestApp,
  linkIn,
  testNir,
  tokenIn,
} from '@iae/testing';

describe('candidates: registration, who sees what, NIR reads and corrections', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: '2026-11-23T09:00:00Z' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  describe('registering a candidate', () => {
    it('registers a person with a checked NIR and e-mails them an invitation to create their space', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const email = `camille.${Date.now()}@example.org`;
      const nir = testNir('MME', '1990-04-12');
      const created = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({
          title: 'MME',
          firstName: ' Camille ',
          lastName: 'Martin',
          birthDate: '1990-04-12',
          birthCommuneCode: '69123',
          nir,
          franceTravailId: '1234567A',
          email,
          address: { line: '12 rue Garibaldi', postalCode: '69003', communeCode: '69123' },
          rsaSince: '2025-01-01',
          loneParent: true,
        })
        .expect(201);
      expect(created.body).toMatchObject({
        firstName: 'Camille',
        lastName: 'Martin',
        nir,
        birthPlace: { communeCode: '69123', country: 'FR' },
        situation: { rsaSince: '2025-01-01', loneParent: true },
        hasAccount: false,
        access: 'professional',
      });

      await t.relayOutbox();
      const mail = await smtp.waitForMailTo(email, 'votre espace candidat');
      expect(linkIn(mail, `${t.config.http.publicUrl}/espace-candidat/invitation#jeton=`)).toBeDefined();
      const token = tokenIn(mail);
      const preview = await t.http.post('/api/candidate-invitations/preview').send({ token }).expect(200);
      expect(preview.body).toMatchObject({ firstName: 'Camille', email, status: 'pending' });

      await t.http.post('/api/candidate-invitations/signup').send({ token, password: TEST_PASSWORD }).expect(201);
      const session = await t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
      const own = await t.http
        .get('/api/me/candidate')
        .set({ authorization: `Bearer ${session.body.accessToken}` })
        .expect(200);
      expect(own.body).toMatchObject({ id: created.body.id, access: 'self', hasAccount: true, nir });
      await t.http.post('/api/candidate-invitations/signup').send({ token, password: TEST_PASSWORD }).expect(409);
    });

    it('registers a person without NIR once, however often the form is sent at once or again; another e-mail is another person', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const colleague = await createHabilitatedPrescriber(t);
      const email = `sans.nir.${Date.now()}@example.net`;
      const body = {
        title: 'MME',
        firstName: 'Aïcha',
        lastName: 'Benali',
        birthDate: '1988-03-01',
        nirMissingReason: 'no_nir',
        franceTravailIdMissingReason: 'forgotten',
        email,
      };
      const answers = await Promise.all([1, 2, 3].map(() => t.http.post('/api/candidates').set(prescriber.headers).send(body)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      const created = answers.find((a) => a.status === 201)!.body;
      for (const refused of answers.filter((a) => a.status === 409)) {
        expect(refused.body).toMatchObject({ type: '/api/problems/candidate-already-exists', candidateId: created.id });
      }
      // Sent again later, by a colleague, with the names written otherwise: the same person.
      const again = await t.http
        .post('/api/candidates')
        .set(colleague.headers)
        .send({ ...body, firstName: 'AICHA', lastName: 'benali ', email: email.toUpperCase() })
        .expect(409);
      expect(again.body.candidateId).toBe(created.id);
      // A namesake born the same day with another address is someone else.
      await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...body, email: `autre.${email}` })
        .expect(201);
    });

    it('takes a birth country by its ISO code, and no code that names no country', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, prescriber);
      for (const birthCountry of ['ZZ', 'EU', 'QO', 'XX', 'AA']) {
        const refused = await t.http.patch(`/api/candidates/${candidate.id}`).set(prescriber.headers).send({ birthCountry }).expect(400);
        expect({ birthCountry, errors: refused.body.errors }).toEqual({
          birthCountry,
          errors: [expect.objectContaining({ field: 'birthCountry', code: 'isCountry' })],
        });
      }
      for (const birthCountry of ['DZ', 'XK', 'ml'])
        await t.http.patch(`/api/candidates/${candidate.id}`).set(prescriber.headers).send({ birthCountry }).expect(200);
    });

    it('refuses a bad NIR key, a NIR inconsistent with the person, a birth date in the future, a missing reason', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const base = { title: 'M', firstName: 'Hugo', lastName: 'Roux', birthDate: '1985-06-02', franceTravailIdMissingReason: 'forgotten' };
      const good = testNir('M', '1985-06-02');
      const badKey = `${good.slice(0, 13)}${String((Number(good.slice(13)) % 97) + 1).padStart(2, '0')}`;

      const key = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: badKey })
        .expect(400);
      expect(key.headers['content-type']).toContain('application/problem+json');
      expect(key.body.errors[0]).toMatchObject({ field: 'nir', code: 'nir_key' });

      const woman = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: testNir('MME', '1985-06-02') })
        .expect(400);
      expect(woman.body.errors[0]).toMatchObject({ field: 'nir', code: 'nir_title' });
      const year = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: testNir('M', '1987-06-02') })
        .expect(400);
      expect(year.body.errors[0]).toMatchObject({ field: 'nir', code: 'nir_birthYear' });

      const future = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, birthDate: '2027-01-01', nirMissingReason: 'no_nir' })
        .expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'birthDate', code: 'notInFuture' });

      const noReason = await t.http.post('/api/candidates').set(prescriber.headers).send(base).expect(400);
      expect(noReason.body.errors[0]).toMatchObject({ field: 'nirMissingReason', code: 'isDefined' });
      const noFt = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: good, franceTravailIdMissingReason: undefined })
        .expect(400);
      expect(noFt.body.errors[0]).toMatchObject({ field: 'franceTravailIdMissingReason', code: 'isDefined' });

      // An identifier and a reason for its absence contradict each other: neither is kept silently.
      const both = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: good, nirMissingReason: 'no_nir', franceTravailId: '1234567A' })
        .expect(400);
      expect(both.body.errors).toEqual([
        expect.objectContaining({ field: 'nirMissingReason', code: 'conflictsWithNir' }),
        expect.objectContaining({ field: 'franceTravailIdMissingReason', code: 'conflictsWithFranceTravailId' }),
      ]);
      const withoutNir = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nirMissingReason: 'no_nir' })
        .expect(201);
      const later = testNir('M', '1985-06-02');
      await t.http.patch(`/api/candidates/${withoutNir.body.id}`).set(prescriber.headers).send({ nir: later, nirMissingReason: 'no_nir' }).expect(400);
      // The reason on file beside a NIR given now: the file is completed, its reason dropped.
      const completed = await t.http.patch(`/api/candidates/${withoutNir.body.id}`).set(prescriber.headers).send({ nir: later }).expect(200);
      expect(completed.body).toMatchObject({ nir: later, nirMissingReason: null });

      const commune = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...base, nir: good, birthCommuneCode: '00000' })
        .expect(400);
      expect(commune.body.errors[0]).toMatchObject({ field: 'birthCommuneCode', code: 'unknownCommune' });
      expect(await t.dataSource.query(`SELECT 1 FROM candidates WHERE nir = $1`, [good])).toHaveLength(0);
    });

    it('keeps one file per NIR: a second registration answers 409 with the file to join', async () => {
      const first = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, first);
      const other = await createOrienteur(t);
      const again = await t.http
        .post('/api/candidates')
        .set(other.headers)
        .send({ title: 'MME', firstName: 'X', lastName: 'Y', birthDate: candidate.birthDate, nir: candidate.nir, franceTravailIdMissingReason: 'forgotten' })
        .expect(409);
      expect(again.body).toMatchObject({ candidateId: candidate.id });
      expect(again.body.maskedNir).not.toContain(candidate.nir.slice(5, 13));
    });
  });

  describe('finding and following someone already registered', () => {
    it('tells an orienteur who exists without revealing more, and lets it follow the person with the exact NIR', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, prescriber, { firstName: 'Nadia', lastName: 'Haddad', email: `nadia.${Date.now()}@example.org` });
      const orienteur = await createOrienteur(t);

      const byNir = await t.http.post('/api/candidates/lookup').set(orienteur.headers).send({ nir: candidate.nir }).expect(200);
      expect(byNir.body).toEqual([{ candidateId: candidate.id, accessible: false, displayName: 'N. H*****', birthYear: 1990, matchedOn: 'nir' }]);
      const byName = await t.http
        .post('/api/candidates/lookup')
        .set(orienteur.headers)
        .send({ firstName: 'nadia', lastName: 'HADDAD', birthDate: candidate.birthDate })
        .expect(200);
      expect(byName.body.map((m: { candidateId: string }) => m.candidateId)).toContain(candidate.id);
      const byEmail = await t.http.post('/api/candidates/lookup').set(orienteur.headers).send({ email: candidate.email.toUpperCase() }).expect(200);
      expect(byEmail.body[0]).toMatchObject({ candidateId: candidate.id, matchedOn: 'email' });
      const nothing = await t.http.post('/api/candidates/lookup').set(orienteur.headers).send({ lastName: 'Haddad' }).expect(400);
      expect(nothing.body.errors[0].code).toBe('lookupCriteria');
      // A mistyped NIR or an impossible day is said to be so, not answered « nobody » (a duplicate file would follow).
      const wrongKey = `${candidate.nir.slice(0, 13)}${String((Number(candidate.nir.slice(13)) % 97) + 1).padStart(2, '0')}`;
      for (const [nir, code] of [
        ['123', 'nir_format'],
        [wrongKey, 'nir_key'],
      ]) {
        const malformed = await t.http.post('/api/candidates/lookup').set(orienteur.headers).send({ nir }).expect(400);
        expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'nir', code })]);
        const claimed = await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(orienteur.headers).send({ nir }).expect(400);
        expect(claimed.body.errors).toEqual([expect.objectContaining({ field: 'nir', code })]);
      }
      for (const url of ['/api/candidates/lookup', `/api/candidates/${candidate.id}/assignments`]) {
        const impossible = await t.http.post(url).set(orienteur.headers).send({ firstName: 'Nadia', lastName: 'Haddad', birthDate: '1990-02-30' }).expect(400);
        expect(impossible.body.errors).toEqual([expect.objectContaining({ field: 'birthDate', code: 'isDate' })]);
      }

      await t.http.get(`/api/candidates/${candidate.id}`).set(orienteur.headers).expect(404);
      const wrong = await t.http
        .post(`/api/candidates/${candidate.id}/assignments`)
        .set(orienteur.headers)
        .send({ nir: testNir('MME', '1990-04-12') })
        .expect(403);
      expect(wrong.body.type).toContain('candidate-claim-refused');
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(orienteur.headers).send({ nir: candidate.nir }).expect(201);
      const seen = await t.http.get(`/api/candidates/${candidate.id}`).set(orienteur.headers).expect(200);
      expect(seen.body).toMatchObject({ firstName: 'Nadia', nir: candidate.nir });
      const listed = await t.http.get('/api/candidates').set(orienteur.headers).expect(200);
      expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([candidate.id]);
    });

    it('shows habilitated prescribers every candidate, and a SIAE or orienteur only those it works with', async () => {
      const orienteur = await createOrienteur(t);
      const candidate = await createCandidate(t, orienteur);
      const habilitated = await createHabilitatedPrescriber(t, 'FT');
      const siae = await createSiae(t);
      const candidateAccount = await createCandidateAccount(t);

      await t.http.get(`/api/candidates/${candidate.id}`).set(orienteur.headers).expect(200);
      await t.http.get(`/api/candidates/${candidate.id}`).set(habilitated.headers).expect(200);
      const updated = await t.http
        .patch(`/api/candidates/${candidate.id}`)
        .set(orienteur.headers)
        .send({ phone: '06 12 34 56 78', unemployedSince: '2024-10-01', rqthUntil: '2028-01-31' })
        .expect(200);
      expect(updated.body).toMatchObject({
        phone: '06 12 34 56 78',
        nir: candidate.nir,
        birthDate: candidate.birthDate,
        situation: { unemployedSince: '2024-10-01', rqthUntil: '2028-01-31' },
      });
      // A day that does not exist is refused naming its field (it reached the database as 22008 before).
      for (const rqthUntil of ['2026-02-30', '0000-01-01', '9999-12-31']) {
        const malformed = await t.http.patch(`/api/candidates/${candidate.id}`).set(orienteur.headers).send({ rqthUntil }).expect(400);
        expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'rqthUntil', code: 'isDate' })]);
      }
      const future = await t.http.patch(`/api/candidates/${candidate.id}`).set(orienteur.headers).send({ unemployedSince: '2027-01-01' }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'unemployedSince', code: 'notInFuture' });
      await t.http.get(`/api/candidates/${candidate.id}`).set(siae.headers).expect(404);
      await t.http.get(`/api/candidates/${candidate.id}`).set(candidateAccount.headers).expect(404);
      await t.http.patch(`/api/candidates/${candidate.id}`).set(siae.headers).send({ phone: '06 12 34 56 78' }).expect(404);
      await t.http.post('/api/candidates').set(candidateAccount.headers).send({}).expect(403);
      const noOrganization = await t.http.get('/api/candidates').set({ authorization: orienteur.headers.authorization }).expect(400);
      expect(noOrganization.body.type).toBeDefined();
    });
  });

  it('lets a person with an account alone edit their data; a file kept by proxy, its habilitated prescribers and its registering orienteur', async () => {
    const registrar = await createOrienteur(t);
    const byProxy = await createCandidate(t, registrar);
    const habilitated = await createHabilitatedPrescriber(t, 'FT');
    const otherOrienteur = await createOrienteur(t);
    await t.http.post(`/api/candidates/${byProxy.id}/assignments`).set(otherOrienteur.headers).send({ nir: byProxy.nir }).expect(201);
    await t.http.patch(`/api/candidates/${byProxy.id}`).set(registrar.headers).send({ phone: '06 11 11 11 11' }).expect(200);
    await t.http.patch(`/api/candidates/${byProxy.id}`).set(habilitated.headers).send({ phone: '06 22 22 22 22' }).expect(200);
    const follower = await t.http.patch(`/api/candidates/${byProxy.id}`).set(otherOrienteur.headers).send({ phone: '06 33 33 33 33' }).expect(403);
    expect(follower.body.detail).toContain('que son organisation a inscrites');

    const account = await createCandidateAccount(t);
    const own = await createOwnCandidateFile(t, account, { firstName: 'Inès', lastName: 'Garnier', birthDate: '1991-04-02' });
    const refused = await t.http.patch(`/api/candidates/${own.id}`).set(habilitated.headers).send({ email: 'autre@example.net' }).expect(403);
    expect(refused.body.detail).toContain('elle seule modifie ses informations');
    await t.http.patch(`/api/candidates/${own.id}`).set(account.headers).send({ phone: '06 44 44 44 44' }).expect(200);
    const seen = await t.http.get('/api/me/candidate').set(account.headers).expect(200);
    expect(seen.body).toMatchObject({ email: account.user.email, phone: '06 44 44 44 44' });
  });

  describe('NIR reads and staff access', () => {
    it('records each NIR read by a professional, and staff read only with a reason; the candidate sees the log', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const account = await createCandidateAccount(t);
      const own = await t.http
        .post('/api/me/candidate')
        .set(account.headers)
        .send({
          title: 'M',
          firstName: 'Yanis',
          lastName: 'Faure',
          birthDate: '2001-02-03',
          nir: testNir('M', '2001-02-03'),
          franceTravailIdMissingReason: 'not_registered',
        })
        .expect(201);
      expect(own.body.access).toBe('self');

      await t.http.get(`/api/candidates/${own.body.id}`).set(prescriber.headers).expect(200);
      // Read again the same day (a page refreshed in the background): recorded, and one line of the person's log.
      await t.http.get(`/api/candidates/${own.body.id}`).set(prescriber.headers).expect(200);
      const staff = await createStaff(t);
      const noReason = await t.http.get(`/api/candidates/${own.body.id}`).set(staff.headers).expect(400);
      expect(noReason.body.type).toContain('audit-reason-required');
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'X-Access-Reason', code: 'accessReasonRequired' })]);
      const withReason = await t.http.get(`/api/candidates/${own.body.id}`).query({ reason: 'Ticket support #4521' }).set(staff.headers).expect(200);
      expect(withReason.body.access).toBe('staff');

      const log = await t.http.get('/api/me/candidate/access-log').set(account.headers).expect(200);
      expect(log.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'nir_read', organizationName: prescriber.organization.name, count: 2 }),
          expect.objectContaining({ action: 'staff_read', reason: 'Ticket support #4521' }),
        ]),
      );
      const reads = await t.dataSource.query(`SELECT user_id FROM candidate_access_events WHERE candidate_id = $1 AND action = 'nir_read'`, [own.body.id]);
      expect(reads.map((r: { user_id: string }) => r.user_id).sort()).toEqual([prescriber.user.id, prescriber.user.id, staff.user.id].sort());
      expect(log.body.filter((e: { organizationName: string | null }) => e.organizationName === prescriber.organization.name)).toHaveLength(1);
      // The candidate reading their own file leaves no trace to review.
      await t.http.get(`/api/candidates/${own.body.id}`).set(account.headers).expect(200);
      expect(await t.dataSource.query(`SELECT 1 FROM candidate_access_events WHERE candidate_id = $1`, [own.body.id])).toHaveLength(4);
    });

    it('corrects a NIR only through a request that staff review', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, prescriber, { title: 'M', birthDate: '1979-09-30' });
      const corrected = testNir('M', '1979-09-30');
      const silent = await t.http.patch(`/api/candidates/${candidate.id}`).set(prescriber.headers).send({ nir: corrected }).expect(409);
      expect(silent.body.type).toContain('nir-correction-required');

      const bad = await t.http
        .post(`/api/candidates/${candidate.id}/nir-correction-requests`)
        .set(prescriber.headers)
        .send({ nir: '1790969', reason: 'Erreur de saisie' })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('nir');
      const request = await t.http
        .post(`/api/candidates/${candidate.id}/nir-correction-requests`)
        .set(prescriber.headers)
        .send({ nir: corrected, reason: 'Erreur de saisie, vu sur la carte Vitale' })
        .expect(201);
      expect(request.body.status).toBe('pending');
      await t.http
        .post(`/api/candidates/${candidate.id}/nir-correction-requests`)
        .set(prescriber.headers)
        .send({ nir: corrected, reason: 'encore' })
        .expect(400);
      expect((await t.http.get(`/api/candidates/${candidate.id}`).set(prescriber.headers).expect(200)).body.nir).toBe(candidate.nir);

      const staff = await createStaff(t);
      await t.http.get('/api/nir-correction-requests').set(prescriber.headers).expect(403);
      const pending = await t.http.get('/api/nir-correction-requests').set(staff.headers).expect(200);
      expect(pending.body.map((r: { id: string }) => r.id)).toContain(request.body.id);
      await t.http.post(`/api/nir-correction-requests/${request.body.id}/approval`).set(staff.headers).send({ note: 'Vérifié' }).expect(200);
      await t.http.post(`/api/nir-correction-requests/${request.body.id}/rejection`).set(staff.headers).send({ note: 'Trop tard' }).expect(409);
      expect((await t.http.get(`/api/candidates/${candidate.id}`).set(prescriber.headers).expect(200)).body.nir).toBe(corrected);
      const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [candidate.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['candidate.nir_correction_requested', 'candidate.nir_corrected']));
    });
  });

  describe('the socio-professional diagnostic and consent', () => {
    it('keeps every version with its author, and shows an employer only what the candidate consented to', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const orienteur = await createOrienteur(t);
      const candidate = await createCandidate(t, prescriber);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(orienteur.headers).send({ nir: candidate.nir }).expect(201);

      const v1 = await t.http
        .put(`/api/candidates/${candidate.id}/diagnostic`)
        .set(prescriber.headers)
        .send({
          grid: { language: 4, workCapacity: 2, housing: 1, mobility: 3, justice: 2 },
          barriers: [
            { kind: 'housing', status: 'identified', note: 'Hébergée chez un tiers' },
            { kind: 'justice', status: 'in_progress', note: 'Suivi SPIP' },
          ],
          project: { targetAppellationCodes: [], maxDistanceKm: 15, hoursPerWeek: { min: 20, max: 35 } },
          orientation: 'socio_professional',
          changeSummary: 'Premier entretien',
        })
        .expect(200);
      expect(v1.body).toMatchObject({ version: 1, orientation: 'socio_professional', restricted: false });

      // The orienteur sees the shared part, not the prescriber's sensitive items; its change keeps them.
      const seenByOrienteur = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(orienteur.headers).expect(200);
      expect(seenByOrienteur.body.restricted).toBe(true);
      expect(seenByOrienteur.body.barriers.map((b: { kind: string }) => b.kind)).toEqual(['housing']);
      expect(seenByOrienteur.body.grid.justice).toBeUndefined();
      await t.http
        .put(`/api/candidates/${candidate.id}/diagnostic`)
        .set(orienteur.headers)
        .send({ barriers: [{ kind: 'housing', status: 'resolved', note: 'Logement trouvé' }], changeSummary: 'Logement' })
        .expect(200);
      const v2 = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(prescriber.headers).expect(200);
      expect(v2.body.version).toBe(2);
      expect(v2.body.barriers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'housing', status: 'resolved' }),
          expect.objectContaining({ kind: 'justice', status: 'in_progress' }),
        ]),
      );
      const history = await t.http.get(`/api/candidates/${candidate.id}/diagnostic/versions`).set(prescriber.headers).expect(200);
      expect(history.body.map((h: { version: number; author: { organizationName: string } }) => [h.version, h.author.organizationName])).toEqual([
        [2, orienteur.organization.name],
        [1, prescriber.organization.name],
      ]);
      const first = await t.http.get(`/api/candidates/${candidate.id}/diagnostic/versions/1`).set(prescriber.headers).expect(200);
      expect(first.body.barriers.find((b: { kind: string }) => b.kind === 'housing').status).toBe('identified');
      // A version number past what the database counts, or not a number: a 400 naming it (the first was a 500).
      for (const version of ['2147483648', '9007199254740993', '0', '-1', 'abc', '1.5']) {
        const refused = await t.http.get(`/api/candidates/${candidate.id}/diagnostic/versions/${version}`).set(prescriber.headers);
        expect([version, refused.status]).toEqual([version, 400]);
        expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'version', code: 'isPositiveInt' })]);
      }
      await t.http.get(`/api/candidates/${candidate.id}/diagnostic/versions/2147483647`).set(prescriber.headers).expect(404);

      const bad = await t.http
        .put(`/api/candidates/${candidate.id}/diagnostic`)
        .set(prescriber.headers)
        .send({ grid: { housing: 5 } })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('grid.housing');

      // An employer follows the person but sees the diagnostic only with consent, sensitive parts with a second one.
      const siae = await createSiae(t, 'EI');
      await t.http.put(`/api/candidates/${candidate.id}/diagnostic`).set(siae.headers).send({ notes: 'x' }).expect(403);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(siae.headers).send({ nir: candidate.nir }).expect(201);
      const withoutConsent = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(siae.headers).expect(200);
      expect(withoutConsent.body).toMatchObject({ restricted: true, barriers: [], orientation: null });

      const consent = await t.http
        .post(`/api/candidates/${candidate.id}/consents`)
        .set(prescriber.headers)
        .send({ purpose: 'share_diagnostic', employerId: siae.organization.id, method: 'in_person' })
        .expect(201);
      expect(consent.body).toMatchObject({ purpose: 'share_diagnostic', method: 'in_person', employer: { id: siae.organization.id } });
      const shared = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(siae.headers).expect(200);
      expect(shared.body.barriers.map((b: { kind: string }) => b.kind)).toEqual(['housing']);
      expect(shared.body.orientation).toBe('socio_professional');

      await t.http
        .post(`/api/candidates/${candidate.id}/consents`)
        .set(prescriber.headers)
        .send({ purpose: 'share_sensitive_diagnostic', employerId: siae.organization.id, method: 'in_writing' })
        .expect(201);
      const sensitive = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(siae.headers).expect(200);
      expect(sensitive.body.barriers.map((b: { kind: string }) => b.kind).sort()).toEqual(['housing', 'justice']);
      expect(sensitive.body.grid.justice.level).toBe(2);

      await t.http.delete(`/api/candidates/${candidate.id}/consents/${consent.body.id}`).set(prescriber.headers).expect(204);
      const revoked = await t.http.get(`/api/candidates/${candidate.id}/diagnostic`).set(siae.headers).expect(200);
      expect(revoked.body.orientation).toBe('socio_professional'); // the sensitive consent still holds
      const consents = await t.http.get(`/api/candidates/${candidate.id}/consents`).set(prescriber.headers).expect(200);
      expect(consents.body.find((c: { id: string }) => c.id === consent.body.id).revokedAt).not.toBeNull();
    });

    it('lets the candidate consent alone, and not a professional pretending to be the candidate', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const siae = await createSiae(t, 'AI');
      const account = await createCandidateAccount(t);
      const own = await t.http
        .post('/api/me/candidate')
        .set(account.headers)
        .send({
          title: 'MME',
          firstName: 'Fatou',
          lastName: 'Traoré',
          birthDate: '1995-05-05',
          nirMissingReason: 'no_nir',
          franceTravailIdMissingReason: 'not_registered',
          birthCountry: 'ML',
        })
        .expect(201);
      const pretend = await t.http
        .post(`/api/candidates/${own.body.id}/consents`)
        .set(prescriber.headers)
        .send({ purpose: 'share_diagnostic', employerId: siae.organization.id, method: 'by_candidate' })
        .expect(400);
      expect(pretend.body.errors[0].field).toBe('method');
      await t.http
        .post(`/api/candidates/${own.body.id}/consents`)
        .set(account.headers)
        .send({ purpose: 'share_diagnostic', employerId: siae.organization.id, method: 'by_candidate' })
        .expect(201);
      const unknown = await t.http
        .post(`/api/candidates/${own.body.id}/consents`)
        .set(account.headers)
        .send({ purpose: 'share_diagnostic', employerId: prescriber.organization.id, method: 'by_candidate' })
        .expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'employerId', code: 'unknownEmployer' });
    });
  });
});
