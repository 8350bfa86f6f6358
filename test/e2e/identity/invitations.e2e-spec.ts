import {
  SmtpCatcher,
  TestApp,
  addMember,
  createHabilitatedPrescriber,
  createOrganization,
  createSiae,
  createStaff,
  createTestApp,
  createUser,
  linkIn,
  login,
  tokenIn,
} from '@iae/testing';

describe('invitations to join an organisation', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const invitations = (organizationId: string) => `/api/organizations/${organizationId}/invitations`;
  const preview = (token: string) => t.http.post('/api/invitations/preview').send({ token });
  const accept = (token: string, accessToken: string) =>
    t.http.post('/api/invitations/acceptance').set('authorization', `Bearer ${accessToken}`).send({ token });

  it('e-mails an invitation over SMTP whose link works, and signing up with it joins the organisation', async () => {
    const prescriber = await createHabilitatedPrescriber(t, 'ML');
    const sent = await t.http
      .post(invitations(prescriber.organization.id))
      .set(prescriber.headers)
      .send({ email: 'Yanis.Traore@Exemple.fr', firstName: 'Yanis', lastName: 'Traoré' })
      .expect(201);
    expect(sent.body).toMatchObject({ email: 'yanis.traore@exemple.fr', role: 'member', status: 'pending' });
    expect(new Date(sent.body.expiresAt).getTime() - t.clock.now().getTime()).toBe(14 * 86_400_000);

    const mail = await smtp.waitForMailTo('yanis.traore@exemple.fr');
    expect(mail.subject).toBe(
      `${prescriber.user.firstName} ${prescriber.user.lastName} vous invite à rejoindre ${prescriber.organization.name} sur Plateforme IAE`,
    );
    expect(mail.text).toContain('Yanis, ');
    expect(mail.text).toContain('(Mission locale)');
    expect(mail.text).toContain('valable 14 jours');
    expect(mail.html).toContain(`Rejoindre ${prescriber.organization.name}`);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@iae\.test>$/);

    // The link from the e-mail opens the invitation.
    expect(linkIn(mail, 'http://iae.test/invitation#jeton=')).toBeDefined();
    const opened = await preview(tokenIn(mail)).expect(200);
    expect(opened.body).toMatchObject({
      organization: { id: prescriber.organization.id, name: prescriber.organization.name, kindLabel: 'Mission locale' },
      email: 'yanis.traore@exemple.fr',
      status: 'pending',
      accountExists: false,
      invitedBy: `${prescriber.user.firstName} ${prescriber.user.lastName}`,
    });

    const signUp = await t.http
      .post('/api/auth/signup')
      .send({ email: 'yanis.traore@exemple.fr', password: 'bienvenue-a-la-mission', firstName: 'Yanis', lastName: 'Traoré', invitationToken: tokenIn(mail) })
      .expect(202);
    expect(signUp.body).toMatchObject({ emailConfirmed: true, invitationAccepted: true });

    const token = await login(t.http, { email: 'yanis.traore@exemple.fr', password: 'bienvenue-a-la-mission' });
    const me = await t.http.get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ role: 'member', organization: expect.objectContaining({ id: prescriber.organization.id, habilitated: true }) }),
    ]);
    const after = await preview(tokenIn(mail)).expect(200);
    expect(after.body.status).toBe('accepted');
  });

  it('lets an existing user accept by logging in, only with the invited address', async () => {
    const siae = await createSiae(t, 'ACI');
    const existing = await createUser(t.dataSource, { email: 'deja.la@exemple.fr' });
    await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: existing.email, role: 'admin' }).expect(201);
    const mail = await smtp.waitForMailTo(existing.email);
    expect(mail.text).toContain('en tant qu’administrateur ou administratrice');
    const token = tokenIn(mail);
    const opened = await preview(token).expect(200);
    expect(opened.body.accountExists).toBe(true);

    const someoneElse = await createUser(t.dataSource);
    const mismatch = await accept(token, await login(t.http, someoneElse)).expect(403);
    expect(mismatch.body.type).toBe('/api/problems/invitation-email-mismatch');

    const accepted = await accept(token, await login(t.http, existing)).expect(200);
    expect(accepted.body).toEqual({ organizationId: siae.organization.id, role: 'admin' });
    const twice = await accept(token, await login(t.http, existing)).expect(409);
    expect(twice.body.type).toBe('/api/problems/invitation-not-pending');
  });

  it('makes the first member of an empty organisation its admin, whatever the invitation said', async () => {
    const staff = await createStaff(t);
    const employer = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI', name: 'Envie Somme' });
    await t.http.post(invitations(employer.id)).set(staff.headers).send({ email: 'directrice@envie-somme.fr', role: 'member' }).expect(201);
    const mail = await smtp.waitForMailTo('directrice@envie-somme.fr');
    await t.http
      .post('/api/auth/signup')
      .send({
        email: 'directrice@envie-somme.fr',
        password: 'recyclage-et-emploi',
        firstName: 'Chloé',
        lastName: 'Perrin',
        invitationToken: tokenIn(mail),
      })
      .expect(202);
    const [{ role }] = await t.dataSource.query(`SELECT role FROM memberships WHERE organization_id = $1`, [employer.id]);
    expect(role).toBe('admin');
  });

  it('expires an invitation after 14 days', async () => {
    const siae = await createSiae(t, 'AI');
    await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: 'tardif@exemple.fr' }).expect(201);
    const token = tokenIn(await smtp.waitForMailTo('tardif@exemple.fr'));
    const start = t.clock.now();
    try {
      t.clock.advance(14 * 86_400_000);
      const opened = await preview(token).expect(200);
      expect(opened.body.status).toBe('expired');
      const late = await t.http
        .post('/api/auth/signup')
        .send({ email: 'tardif@exemple.fr', password: 'arrive-trop-tard', firstName: 'Léa', lastName: 'Roux', invitationToken: token })
        .expect(400);
      expect(late.body.errors[0]).toMatchObject({ field: 'invitationToken', code: 'invalidInvitation' });
    } finally {
      t.clock.set(start);
    }
  });

  it('renews an open invitation instead of duplicating it, and lets the admin revoke it', async () => {
    const siae = await createSiae(t, 'ETTI');
    const first = await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: 'relance@exemple.fr' }).expect(201);
    const firstToken = tokenIn(await smtp.waitForMailTo('relance@exemple.fr'));
    const second = await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: 'relance@exemple.fr' }).expect(201);
    expect(second.body.id).toBe(first.body.id);
    await smtp.waitFor((m) => m.to.includes('relance@exemple.fr') && !m.text.includes(firstToken));
    // The old link no longer works.
    await preview(firstToken).expect(404);

    const list = await t.http.get(invitations(siae.organization.id)).set(siae.headers).expect(200);
    expect(list.body.map((i: { email: string }) => i.email)).toEqual(['relance@exemple.fr']);
    await t.http
      .delete(`${invitations(siae.organization.id)}/${first.body.id}`)
      .set(siae.headers)
      .expect(204);
    await t.http
      .delete(`${invitations(siae.organization.id)}/${first.body.id}`)
      .set(siae.headers)
      .expect(409);
    const revoked = await t.http
      .get(`${invitations(siae.organization.id)}?status=revoked`)
      .set(siae.headers)
      .expect(200);
    expect(revoked.body).toHaveLength(1);
  });

  it('refuses to invite someone who is already a member', async () => {
    const siae = await createSiae(t, 'ACI');
    const response = await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: siae.user.email }).expect(409);
    expect(response.body.type).toBe('/api/problems/already-member');
  });

  it('keeps invitations to admins', async () => {
    const siae = await createSiae(t, 'ACI', 'member');
    const response = await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: 'ami@exemple.fr' }).expect(403);
    expect(response.body.detail).toBe('Action réservée aux administrateurs de l’organisation.');
  });

  it('caps pending invitations at 50 per organisation', async () => {
    const siae = await createSiae(t, 'EI');
    await t.dataSource.query(
      `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at)
       SELECT $1, 'invite' || i || '@exemple.fr', 'member', md5(random()::text || i), $2::timestamptz + interval '10 days' FROM generate_series(1, 50) i`,
      [siae.organization.id, t.clock.now()],
    );
    const response = await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: 'cinquante-et-un@exemple.fr' }).expect(409);
    expect(response.body.type).toBe('/api/problems/too-many-pending-invitations');
  });

  it('does not let a candidate account join an organisation', async () => {
    const siae = await createSiae(t, 'ACI');
    const candidate = await createUser(t.dataSource, { kind: 'candidate', email: 'candidat.curieux@exemple.fr' });
    await t.http.post(invitations(siae.organization.id)).set(siae.headers).send({ email: candidate.email }).expect(201);
    const token = tokenIn(await smtp.waitForMailTo(candidate.email));
    await accept(token, await login(t.http, candidate)).expect(403);
  });

  it('answers an unknown or malformed invitation token with 404', async () => {
    await preview('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    await preview('<script>').expect(404);
  });

  it('adds the invited member to the member list', async () => {
    const siae = await createSiae(t, 'ACI');
    const newcomer = await createUser(t.dataSource);
    await addMember(t.dataSource, newcomer.id, siae.organization.id, 'member');
    const members = await t.http.get(`/api/organizations/${siae.organization.id}/members`).set(siae.headers).expect(200);
    expect(members.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual([siae.user.id, newcomer.id].sort());
  });
});
