import {
  Member,
  SmtpCatcher,
  TestApp,
  addMember,
  createCandidateAccount,
  createOwnCandidateFile,
  createHabilitatedPrescriber,
  createSiae,
  createStaff,
  createTestApp,
  createUser,
  eventually,
  login,
  tokenIn,
} from '@iae/testing';
import { eligibleCandidate, send } from '../candidatures/world';

/**
 * Deactivated accounts: staff deactivate one, a person closes their own. A deactivated account no
 * longer signs in, refreshes nor uses a token it holds, and counts as no member of its organisations;
 * what the law keeps stays.
 */
describe('identity: deactivating and closing accounts', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '1000' }, now: '2026-11-23T09:00:00Z' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  const members = async (siae: Member) =>
    (await t.http.get(`/api/organizations/${siae.organization.id}/members`).set(siae.headers).expect(200)).body.items.map(
      (m: { userId: string; role: string }) => [m.userId, m.role],
    );

  it('staff deactivate an account with a reason: no login, no refresh, no token; no longer a member; the organisation keeps an active admin', async () => {
    const staff = await createStaff(t);
    const admin = await createSiae(t, 'ACI');
    const colleague = await createUser(t.dataSource);
    await addMember(t.dataSource, colleague.id, admin.organization.id, 'member');
    const session = await t.http.post('/api/auth/login').send({ email: admin.user.email, password: admin.user.password }).expect(200);

    await t.http.post(`/api/users/${admin.user.id}/deactivation`).set(admin.headers).send({ reason: 'x' }).expect(403);
    await t.http.post(`/api/users/${admin.user.id}/deactivation`).set(staff.headers).send({}).expect(400);
    const self = await t.http.post(`/api/users/${staff.user.id}/deactivation`).set(staff.headers).send({ reason: 'Départ' }).expect(422);
    expect(self.body.errors).toEqual([expect.objectContaining({ field: 'userId', code: 'notSelf' })]);
    await t.http.post('/api/users/00000000-0000-4000-8000-000000000000/deactivation').set(staff.headers).send({ reason: 'x' }).expect(404);
    await t.http.post(`/api/users/${admin.user.id}/deactivation`).set(staff.headers).send({ reason: 'A quitté la structure en octobre.' }).expect(204);
    await t.http.post(`/api/users/${admin.user.id}/deactivation`).set(staff.headers).send({ reason: 'Encore' }).expect(204);

    const refused = await t.http.post('/api/auth/login').send({ email: admin.user.email, password: admin.user.password }).expect(403);
    expect(refused.body.type).toBe('/api/problems/account-disabled');
    await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: session.body.refreshToken })
      .expect((r) => expect([401, 403]).toContain(r.status));
    const token = await t.http.get('/api/me').set(admin.headers).expect(403);
    expect(token.body.type).toBe('/api/problems/account-disabled');

    // The colleague, now the only active member, became its admin; the deactivated account is listed no more.
    const signedColleague = { ...admin, user: colleague, headers: { ...admin.headers, authorization: `Bearer ${await login(t.http, colleague)}` } };
    expect(await members(signedColleague)).toEqual([[colleague.id, 'admin']]);
    const audit = await t.dataSource.query(
      `SELECT action, actor_user_id, details FROM audit_events WHERE subject_id IN ($1, $2) AND action IN ('user.deactivated', 'membership.admin_appointed')`,
      [admin.user.id, admin.organization.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'user.deactivated', actor_user_id: staff.user.id, details: { reason: 'A quitté la structure en octobre.' } },
        expect.objectContaining({ action: 'membership.admin_appointed', details: expect.objectContaining({ userId: colleague.id, replacing: admin.user.id }) }),
      ]),
    );
    expect(audit.filter((a: { action: string }) => a.action === 'user.deactivated')).toHaveLength(1);
  });

  it('a deactivated account counts as no member: the next one invited to an organisation whose members are all deactivated is its admin', async () => {
    const staff = await createStaff(t);
    const siae = await createSiae(t, 'EI');
    await t.http.post(`/api/users/${siae.user.id}/deactivation`).set(staff.headers).send({ reason: 'Départ' }).expect(204);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [siae.organization.id]);
    expect(n).toBe(1);
    const invited = await t.http
      .post(`/api/organizations/${siae.organization.id}/invitations`)
      .set(staff.headers)
      .send({ email: 'relais.direction@exemple.fr', firstName: 'Inès', lastName: 'Morel', role: 'member' })
      .expect(201);
    expect(invited.body).toMatchObject({ email: 'relais.direction@exemple.fr' });
    const mail = await smtp.waitForMailTo('relais.direction@exemple.fr', 'invit');
    const token = tokenIn(mail, 'http://iae.test/invitation');
    await t.http
      .post('/api/auth/signup')
      .send({ email: 'relais.direction@exemple.fr', password: 'jardins-partages-2026', firstName: 'Inès', lastName: 'Morel', invitationToken: token })
      .expect(202);
    const [membership] = await t.dataSource.query(
      `SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = 'relais.direction@exemple.fr'`,
      [siae.organization.id],
    );
    expect(membership.role).toBe('admin');
  });

  it('a deactivated sender counts as no member: the news of the candidature they sent go to their organisation’s admins, as if they had left', async () => {
    const staff = await createStaff(t);
    const admin = await createHabilitatedPrescriber(t);
    const adviser = await createUser(t.dataSource);
    await addMember(t.dataSource, adviser.id, admin.organization.id, 'member');
    const sender = { ...admin, user: adviser, headers: { ...admin.headers, authorization: `Bearer ${await login(t.http, adviser)}` } };
    const aci = await createSiae(t, 'ACI');
    const candidate = await eligibleCandidate(t, sender, sender);
    const sent = await send(t, sender, { candidateId: candidate.id, employerId: aci.organization.id });
    await t.http.post(`/api/users/${adviser.id}/deactivation`).set(staff.headers).send({ reason: 'A quitté la mission locale.' }).expect(204);

    await t.http.post(`/api/candidatures/${sent.id}/processing`).set(aci.headers).expect(200);
    // Made by the notifications listener after the commit, all the e-mails of the move at once.
    const recipients = await eventually(
      () =>
        t.dataSource.query(`SELECT recipient FROM email_messages WHERE template = 'candidatures/updated-for-sender' AND organization_id = $1`, [
          admin.organization.id,
        ]),
      (rows) => rows.length > 0,
    );
    expect(recipients.map((r: { recipient: string }) => r.recipient)).toEqual([admin.user.email]);
  });

  it('a person closes their own account, password confirmed: told what is kept and why; their candidatures stay', async () => {
    const account = await createCandidateAccount(t);
    const own = await createOwnCandidateFile(t, account);
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    await t.http
      .post(`/api/candidates/${own.id}/assignments`)
      .set(prescriber.headers)
      .send({ firstName: 'Léa', lastName: 'Roux', birthDate: '1990-01-01', email: account.user.email })
      .expect(201);
    const sent = await t.http
      .post('/api/candidatures')
      .set(prescriber.headers)
      .send({ candidateId: own.id, employerId: aci.organization.id, message: 'Motivée.' })
      .expect(201);

    const wrong = await t.http.post('/api/me/closure').set(account.headers).send({ password: 'pas-le-bon-mot-de-passe' }).expect(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'password', code: 'wrongPassword' })]);
    const closed = await t.http.post('/api/me/closure').set(account.headers).send({ password: account.user.password }).expect(200);
    expect(closed.body).toMatchObject({ closedAt: '2026-11-23T09:00:00.000Z', kept: expect.arrayContaining([expect.stringContaining('candidatures')]) });

    await t.http.post('/api/auth/login').send({ email: account.user.email, password: account.user.password }).expect(403);
    await t.http.get('/api/me').set(account.headers).expect(403);
    const [user] = await t.dataSource.query(`SELECT disabled_at, closed_at, disabled_by_id FROM users WHERE id = $1`, [account.user.id]);
    expect(user).toMatchObject({ disabled_by_id: account.user.id, closed_at: new Date('2026-11-23T09:00:00Z') });
    // What the law keeps stays: the candidature, read by the employer.
    await t.http.get(`/api/candidatures/${sent.body.id}`).set(aci.headers).expect(200);
  });
});
