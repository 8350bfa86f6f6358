import { PassIaeService } from '@iae/pass-iae';
import {
  SmtpCatcher,
  TestApp,
  addMember,
  createCandidate,
  createCandidateAccount,
  createDdets,
  createHabilitatedPrescriber,
  createOrganization,
  createOrienteur,
  createOwnCandidateFile,
  createSiae,
  createStaff,
  createUser,
  login,
} from '@iae/testing';
import { acceptHire, hireBy, hireOf, insertCandidates, startPassIaeApp, stopPassIaeApp } from './pass-iae-helpers';

const TODAY = '2026-11-23';
const NUMBER = /^99999\d{7}$/;

describe('PASS IAE: issued when a SIAE hire is accepted, reused, numbered, checked', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    ({ t, smtp } = await startPassIaeApp(TODAY));
  });
  afterAll(() => stopPassIaeApp(t, smtp));
  afterEach(() => t.clock.set(`${TODAY}T09:00:00Z`));

  const passCount = async (candidateId: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM pass_iae WHERE candidate_id = $1`, [candidateId]))[0].n;

  describe('issuance', () => {
    it('issues a PASS from the hiring start for 730 days, numbered 99999 + 7 digits, and tells the member who hired', async () => {
      const siae = await createSiae(t, 'ACI');
      const colleague = await createUser(t.dataSource);
      await addMember(t.dataSource, colleague.id, siae.organization.id, 'member');
      const candidate = await createCandidate(t, siae);

      const pass = await hireBy(t, siae, candidate.id, '2026-12-01');
      expect(pass).toMatchObject({
        candidateId: candidate.id,
        startDate: '2026-12-01',
        endDate: '2028-11-29',
        status: 'future',
        remainingDays: 730,
        origin: 'default',
      });
      expect(pass.number).toMatch(NUMBER);
      expect(pass.numberDisplay).toBe(`${pass.number.slice(0, 5)} ${pass.number.slice(5, 7)} ${pass.number.slice(7)}`);

      const mail = await smtp.waitForMailTo(siae.user.email, 'PASS IAE d');
      expect(mail.subject).toContain(pass.numberDisplay);
      expect(mail.text).toContain('29 novembre 2028');
      expect(mail.text).toContain(siae.organization.name);
      // Queued in the hire's transaction: the colleague had nothing to hear of.
      const toColleague = await t.dataSource.query(`SELECT 1 FROM email_messages WHERE recipient = $1`, [colleague.email]);
      expect(toColleague).toHaveLength(0);

      // Hired by someone who is not a member (staff): the SIAE's admins hear of it.
      const other = await createCandidate(t, siae);
      const staff = await createUser(t.dataSource, { isStaff: true });
      const byStaff = await hireBy(t, siae, other.id, '2026-12-02', { acceptedByUserId: staff.id });
      const forAdmin = await smtp.waitFor((m) => m.to.includes(siae.user.email) && m.subject.includes(byStaff.numberDisplay));
      expect(forAdmin.text).toContain(siae.organization.name);

      const read = await t.http.get(`/api/pass-iae/${pass.number}`).set(siae.headers).expect(200);
      expect(read.body).toMatchObject({
        number: pass.number,
        status: 'future',
        hires: [{ employer: { id: siae.organization.id, name: siae.organization.name }, hiringStart: '2026-12-01', cancelled: false }],
      });
      const [audit] = await t.dataSource.query(`SELECT action, details FROM audit_events WHERE subject_type = 'pass_iae' AND subject_id = $1`, [pass.id]);
      expect(audit).toMatchObject({ action: 'pass_iae.issued', details: { number: pass.number } });
    });

    it('gives no PASS for a hire outside IAE rules (GEIQ, EA, EATT, OPCS)', async () => {
      const [candidateId] = await insertCandidates(t, 1);
      for (const kind of ['GEIQ', 'EA', 'EATT', 'OPCS']) {
        const employer = await createOrganization(t.dataSource, { family: 'employer', kind });
        expect(await acceptHire(t, hireOf(candidateId, employer, TODAY))).toBeNull();
      }
      expect(await passCount(candidateId)).toBe(0);
    });

    it('gives no PASS to a person under justice supervision hired by a SIAE located in a prison', async () => {
      const [underJustice, free] = await insertCandidates(t, 2);
      const employer = await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI' });
      const inPrison = { id: employer.id, kind: 'ACI', locatedInPrison: true };
      expect(await acceptHire(t, { ...hireOf(underJustice, employer, TODAY), employer: inPrison, personUnderJustice: true })).toBeNull();
      expect(await passCount(underJustice)).toBe(0);
      // The same SIAE hiring someone else, or the same person hired outside the prison, gets one.
      expect(await acceptHire(t, { ...hireOf(free, employer, TODAY), employer: inPrison, personUnderJustice: false })).toMatchObject({
        number: expect.stringMatching(NUMBER),
      });
      expect(await acceptHire(t, { ...hireOf(underJustice, employer, TODAY), personUnderJustice: true })).toMatchObject({
        number: expect.stringMatching(NUMBER),
      });
    });

    it('gives 200 different numbers to 200 hires accepted at the same time', async () => {
      const employer = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI' });
      const candidates = await insertCandidates(t, 200);
      const issued = await Promise.all(candidates.map((id) => acceptHire(t, hireOf(id, employer, TODAY))));
      const numbers = issued.map((p) => p!.number);
      expect(numbers.every((n) => NUMBER.test(n))).toBe(true);
      expect(new Set(numbers).size).toBe(200);
      const [{ n }] = await t.dataSource.query(`SELECT count(DISTINCT number)::int AS n FROM pass_iae WHERE origin_employer_id = $1`, [employer.id]);
      expect(n).toBe(200);
      // 200 transactions at once take what the machine gives them (13 s seen beside other suites): no 30 s budget.
    }, 120_000);
  });

  describe('one valid PASS per person: a new hire reuses it', () => {
    it('reuses the PASS, moves a PASS not started back to an earlier hiring start with a new end, and keeps it for a later hire', async () => {
      const first = await createSiae(t, 'ACI');
      const second = await createSiae(t, 'AI');
      const third = await createSiae(t, 'EI');
      const [candidateId] = await insertCandidates(t, 1);
      const issued = await hireBy(t, first, candidateId, '2026-12-10');

      const moved = await hireBy(t, second, candidateId, '2026-11-30');
      expect(moved).toMatchObject({ id: issued.id, number: issued.number, startDate: '2026-11-30', endDate: '2028-11-28' });
      const mail = await smtp.waitForMailTo(second.user.email, 'PASS IAE d');
      expect(mail.text).toContain('s’appuie sur son PASS IAE en cours');

      const later = await hireBy(t, third, candidateId, '2027-03-01');
      expect(later).toMatchObject({ number: issued.number, startDate: '2026-11-30', endDate: '2028-11-28' });
      expect(later.hires.map((h) => h.employer.id)).toEqual([third.organization.id, first.organization.id, second.organization.id]);
      expect(await passCount(candidateId)).toBe(1);
    });

    it('refuses a hire starting after the end of the PASS the person holds', async () => {
      const siae = await createSiae(t, 'ACI');
      const [candidateId] = await insertCandidates(t, 1);
      const pass = await hireBy(t, siae, candidateId, TODAY);
      await expect(acceptHire(t, hireOf(candidateId, siae.organization, '2028-11-22'))).rejects.toMatchObject({
        type: { slug: 'pass-iae-hiring-after-end' },
        options: { extensions: { until: pass.endDate } },
      });
    });
  });

  describe('waiting period: 2 years after a PASS ends', () => {
    /** A person whose PASS ran from 10 January 2024 to 8 January 2026. */
    async function formerlyHired(): Promise<{ candidateId: string; siae: Awaited<ReturnType<typeof createSiae>>; previous: string }> {
      const siae = await createSiae(t, 'ACI');
      const [candidateId] = await insertCandidates(t, 1);
      t.clock.set('2024-01-10T09:00:00Z');
      const previous = await hireBy(t, siae, candidateId, '2024-01-10');
      expect(previous.endDate).toBe('2026-01-08');
      t.clock.set(`${TODAY}T09:00:00Z`);
      return { candidateId, siae, previous: previous.number };
    }
    const autoPrescription = { sender: { kind: 'employer' as const, habilitatedPrescriber: false }, hasValidPrescriberDiagnosis: false };

    it('stops a SIAE from obtaining a new PASS up to its last day, and says so before a candidature is sent', async () => {
      const { candidateId, siae } = await formerlyHired();
      await expect(acceptHire(t, hireOf(candidateId, siae.organization, TODAY, autoPrescription))).rejects.toMatchObject({
        status: 422,
        type: { slug: 'pass-iae-waiting-period' },
        options: { extensions: { until: '2028-01-08' } },
      });
      await expect(acceptHire(t, hireOf(candidateId, siae.organization, '2028-01-08', autoPrescription))).rejects.toMatchObject({
        type: { slug: 'pass-iae-waiting-period' },
      });

      const service = t.get(PassIaeService);
      const noException = { senderHabilitatedPrescriber: false, hasValidPrescriberDiagnosis: false, personUnderJustice: false };
      const aci = { kind: 'ACI', locatedInPrison: false };
      expect(await service.hireBlockers(candidateId, aci, TODAY, noException)).toEqual([
        { code: 'waitingPeriod', until: '2028-01-08', message: expect.stringContaining('8 janvier 2028') },
      ]);
      expect(await service.hireBlockers(candidateId, aci, '2028-01-09', noException)).toEqual([]);
      expect(await service.hireBlockers(candidateId, { kind: 'GEIQ', locatedInPrison: false }, TODAY, noException)).toEqual([]);
      expect(await service.hireBlockers(candidateId, aci, TODAY, { ...noException, senderHabilitatedPrescriber: true })).toEqual([]);

      // Judged on the day the PASS is obtained: accepted within the period, a hire starting after it is refused too.
      await expect(acceptHire(t, hireOf(candidateId, siae.organization, '2028-01-09', autoPrescription))).rejects.toMatchObject({
        type: { slug: 'pass-iae-waiting-period' },
      });
      t.clock.set('2028-01-08T09:00:00Z');
      await expect(acceptHire(t, hireOf(candidateId, siae.organization, '2028-01-08', autoPrescription))).rejects.toMatchObject({
        type: { slug: 'pass-iae-waiting-period' },
      });

      // The day after its last day, a new PASS.
      t.clock.set('2028-01-09T09:00:00Z');
      const next = await acceptHire(t, hireOf(candidateId, siae.organization, '2028-01-09', autoPrescription));
      expect(next).toMatchObject({ startDate: '2028-01-09' });
    });

    it('is lifted when a habilitated prescriber sends the candidature: a new PASS with a new number', async () => {
      const { candidateId, siae, previous } = await formerlyHired();
      const pass = await hireBy(t, siae, candidateId, TODAY, {
        sender: { kind: 'prescriber', habilitatedPrescriber: true },
        hasValidPrescriberDiagnosis: false,
      });
      expect(pass.number).not.toBe(previous);
      expect(pass).toMatchObject({ startDate: TODAY, status: 'valid' });
    });

    it('is lifted when the person holds a valid diagnosis by a habilitated prescriber', async () => {
      const { candidateId, siae } = await formerlyHired();
      const pass = await hireBy(t, siae, candidateId, TODAY, {
        sender: { kind: 'candidate', habilitatedPrescriber: false },
        hasValidPrescriberDiagnosis: true,
      });
      expect(pass).toMatchObject({ startDate: TODAY });
    });

    it('does not stop a candidature to a SIAE in a prison for a person under justice supervision, hired there without a PASS', async () => {
      const siae = await createSiae(t, 'ACI');
      const inPrison = await createSiae(t, 'ACI');
      await t.dataSource.query(`UPDATE employers SET located_in_prison = true WHERE id = $1`, [inPrison.organization.id]);
      const outside = await createSiae(t, 'EI');
      /** A person whose PASS ended on 2026-01-08 (waiting period until 2028-01-08), under justice supervision. */
      const formerlyHiredUnderJustice = async (candidateId: string): Promise<void> => {
        t.clock.set('2024-01-10T09:00:00Z');
        await hireBy(t, siae, candidateId, '2024-01-10');
        t.clock.set(`${TODAY}T09:00:00Z`);
        await t.dataSource.query(`UPDATE candidates SET justice = 'under_supervision' WHERE id = $1`, [candidateId]);
      };
      const sendAs = (headers: Record<string, string>, candidateId: string | undefined, employerId: string) =>
        t.http.post('/api/candidatures').set(headers).send({ candidateId, employerId, message: 'Motivé.' });

      // Sent by an orienteur, who follows the person.
      const orienteur = await createOrienteur(t);
      const followed = await createCandidate(t, orienteur);
      await formerlyHiredUnderJustice(followed.id);
      const asOrienteur = { ...orienteur.headers, authorization: `Bearer ${await login(t.http, orienteur.user)}` };
      const refused = await sendAs(asOrienteur, followed.id, outside.organization.id).expect(422);
      expect(refused.body.reasons).toEqual([expect.objectContaining({ code: 'waitingPeriod' })]);
      await sendAs(asOrienteur, followed.id, inPrison.organization.id).expect(201);

      // Sent by the person.
      const account = await createCandidateAccount(t);
      const own = await createOwnCandidateFile(t, account);
      await formerlyHiredUnderJustice(own.id);
      const asPerson = { ...account.headers, authorization: `Bearer ${await login(t.http, account.user)}` };
      await sendAs(asPerson, undefined, outside.organization.id).expect(422);
      await sendAs(asPerson, undefined, inPrison.organization.id).expect(201);
    });
  });

  it('makes the person eligible in every SIAE while the PASS runs (eligibility basis passIae)', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const siae = await createSiae(t, 'ETTI');
    const candidate = await createCandidate(t, prescriber);
    const before = await t.http
      .get(`/api/candidates/${candidate.id}/eligibility`)
      .query({ employer: siae.organization.id })
      .set(prescriber.headers)
      .expect(200);
    expect(before.body).toMatchObject({ eligible: false, basis: null });

    const pass = await hireBy(t, siae, candidate.id, TODAY);
    const after = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: siae.organization.id }).set(prescriber.headers).expect(200);
    expect(after.body).toMatchObject({ eligible: true, basis: { kind: 'passIae' }, validUntil: pass.endDate, reasons: [] });
  });

  it('makes the person eligible from the hire on, before the PASS starts (a valid PASS is current or future)', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const first = await createSiae(t, 'ACI');
    const other = await createSiae(t, 'EI');
    const candidate = await createCandidate(t, prescriber);
    const pass = await hireBy(t, first, candidate.id, '2027-02-01');
    const answer = await t.http
      .get(`/api/candidates/${candidate.id}/eligibility`)
      .query({ employer: other.organization.id })
      .set(prescriber.headers)
      .expect(200);
    expect(answer.body).toMatchObject({ eligible: true, basis: { kind: 'passIae' }, validUntil: pass.endDate });
  });

  describe('cancelling a hire before it starts', () => {
    it('deletes the PASS issued for it, whose number is never given again', async () => {
      const siae = await createSiae(t, 'ACI');
      const [candidateId, other] = await insertCandidates(t, 2);
      const hire = hireOf(candidateId, siae.organization, '2026-12-15');
      const pass = (await acceptHire(t, hire))!;
      await t.dataSource.transaction((manager) => t.get(PassIaeService).cancelHire(manager, hire.candidatureId));
      expect(await passCount(candidateId)).toBe(0);
      expect(await t.get(PassIaeService).latestFor(candidateId)).toBeNull();
      const [audit] = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at DESC, created_at DESC LIMIT 1`, [
        pass.id,
      ]);
      expect(audit.action).toBe('pass_iae.cancelled');

      const again = (await acceptHire(t, hireOf(candidateId, siae.organization, '2026-12-15')))!;
      const next = (await acceptHire(t, hireOf(other, siae.organization, '2026-12-15')))!;
      expect([again.number, next.number]).not.toContain(pass.number);
      expect(Number(again.number.slice(5))).toBeGreaterThan(Number(pass.number.slice(5)));
    });

    it('keeps a PASS another active hire uses, or that was issued for another hire', async () => {
      const siae = await createSiae(t, 'ACI');
      const [candidateId] = await insertCandidates(t, 1);
      const firstHire = hireOf(candidateId, siae.organization, '2026-12-01');
      const pass = (await acceptHire(t, firstHire))!;
      const secondHire = hireOf(candidateId, siae.organization, '2027-01-04');
      await acceptHire(t, secondHire);

      await t.dataSource.transaction((manager) => t.get(PassIaeService).cancelHire(manager, firstHire.candidatureId));
      let latest = await t.get(PassIaeService).latestFor(candidateId);
      expect(latest).toMatchObject({ number: pass.number });
      expect(latest!.hires.map((h) => h.cancelled)).toEqual([false, true]);

      await t.dataSource.transaction((manager) => t.get(PassIaeService).cancelHire(manager, secondHire.candidatureId));
      latest = await t.get(PassIaeService).latestFor(candidateId);
      expect(latest).toMatchObject({ number: pass.number });
      expect(latest!.hires.every((h) => h.cancelled)).toBe(true);
    });
  });

  describe('who reads a PASS', () => {
    it('the person, the professionals following them, staff with a reason; nobody else learns it exists', async () => {
      const siae = await createSiae(t, 'ACI');
      const account = await createCandidateAccount(t);
      const [{ id: candidateId }] = await t.dataSource.query(
        `INSERT INTO candidates (user_id, first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason) VALUES ($1, 'Inès', 'Garnier', '1979-02-03', 'no_nir', 'not_registered') RETURNING id`,
        [account.user.id],
      );
      const pass = await hireBy(t, siae, candidateId, TODAY);
      const url = `/api/pass-iae/${pass.number}`;

      await t.http.get(url).set(account.headers).expect(200);
      await t.http.get(url).set(siae.headers).expect(200);
      await t.http
        .get(url)
        .set((await createHabilitatedPrescriber(t)).headers)
        .expect(200);
      const staff = await createStaff(t);
      await t.http.get(url).set(staff.headers).expect(400);
      await t.http
        .get(url)
        .set({ ...staff.headers, 'x-access-reason': 'Contr%C3%B4le' })
        .expect(200);
      const stranger = await createSiae(t, 'ACI');
      const hidden = await t.http.get(url).set(stranger.headers).expect(404);
      expect(hidden.body.type).toBe('/api/problems/not-found');
      await t.http
        .get(url)
        .set((await createDdets(t)).headers)
        .expect(403);
      await t.http.get(url).expect(401);
      await t.http.get('/api/pass-iae/999990000000').set(siae.headers).expect(404);
      const bad = await t.http.get('/api/pass-iae/12345').set(siae.headers).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'number' })]);
      // Spaces and lower case as people type it.
      await t.http
        .get(`/api/pass-iae/${encodeURIComponent(pass.numberDisplay)}`)
        .set(siae.headers)
        .expect(200);
    });
  });

  it('checks a PASS publicly with the holder’s birth date, says nothing else, and limits the attempts', async () => {
    const siae = await createSiae(t, 'ACI');
    const [candidateId] = await insertCandidates(t, 1, '1985-05-17');
    const pass = await hireBy(t, siae, candidateId, TODAY);
    let calls = 0;
    const check = (query: Record<string, string>) => {
      calls++;
      return t.http.get('/api/pass-iae/check').query(query);
    };

    const valid = await check({ number: pass.number, birthDate: '1985-05-17' }).expect(200);
    expect(valid.body).toEqual({ valid: true, endDate: pass.endDate });
    expect((await check({ number: pass.numberDisplay, birthDate: '1985-05-17' }).expect(200)).body).toEqual({ valid: true, endDate: pass.endDate });
    expect((await check({ number: pass.number, birthDate: '1985-05-18' }).expect(200)).body).toEqual({ valid: false });
    expect((await check({ number: '999999999999', birthDate: '1985-05-17' }).expect(200)).body).toEqual({ valid: false });
    const bad = await check({ number: pass.number, birthDate: '17/05/1985' }).expect(400);
    calls--; // refused before it is counted
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'birthDate' })]);

    // An expired PASS is not valid any more.
    t.clock.set('2028-11-22T09:00:00Z');
    expect((await check({ number: pass.number, birthDate: '1985-05-17' }).expect(200)).body).toEqual({ valid: false });

    while (calls < 20) await check({ number: '999999999999', birthDate: '1985-05-17' }).expect(200);
    const limited = await check({ number: pass.number, birthDate: '1985-05-17' }).expect(429);
    expect(limited.body.type).toBe('/api/problems/rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
