import { SmtpCatcher, TestApp, createTestApp, createUser, linkIn, tokenIn } from '@iae/testing';

describe('accounts: sign-up, confirmation, sessions, password reset', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '5' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const signUp = (body: Record<string, unknown>) => t.http.post('/api/auth/signup').send(body);

  it('signs up, e-mails a confirmation link that works, then logs in', async () => {
    const created = await signUp({ email: 'Camille.Martin@Exemple.fr', password: 'jardins-partages-2026', firstName: 'Camille', lastName: 'Martin' }).expect(
      202,
    );
    expect(created.body).toEqual({ email: 'camille.martin@exemple.fr', emailConfirmed: false, invitationAccepted: false, message: expect.any(String) });

    // Not confirmed yet: the login explains why.
    const early = await t.http.post('/api/auth/login').send({ email: 'camille.martin@exemple.fr', password: 'jardins-partages-2026' }).expect(403);
    expect(early.body.type).toBe('/api/problems/email-not-confirmed');

    const mail = await smtp.waitForMailTo('camille.martin@exemple.fr', 'Confirmez');
    expect(mail.subject).toBe('Confirmez votre adresse e-mail sur Plateforme IAE');
    expect(mail.text).toContain('Camille, bienvenue');
    expect(mail.html).toContain('Confirmer mon adresse');
    expect(linkIn(mail, 'http://iae.test/confirmer-mon-adresse#jeton=')).toBeDefined();
    const confirmed = await t.http
      .post('/api/auth/confirm-email')
      .send({ token: tokenIn(mail) })
      .expect(200);
    expect(confirmed.body).toEqual({ email: 'camille.martin@exemple.fr', confirmed: true });
    // Opened again (a second tab, a reload): the address stays confirmed, the link changes nothing more.
    const again = await t.http
      .post('/api/auth/confirm-email')
      .send({ token: tokenIn(mail) })
      .expect(200);
    expect(again.body).toEqual({ email: 'camille.martin@exemple.fr', confirmed: true });
    const confirmations = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.email_confirmed' AND subject_id = $1`, [
      (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, ['camille.martin@exemple.fr']))[0].id,
    ]);
    expect(confirmations).toEqual([{ n: 1 }]);
    await t.http.post('/api/auth/confirm-email').send({ token: 'not-a-token-we-sent' }).expect(400);

    const session = await t.http.post('/api/auth/login').send({ email: 'CAMILLE.martin@exemple.fr', password: 'jardins-partages-2026' }).expect(200);
    expect(session.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, accessToken: expect.any(String), refreshToken: expect.any(String) });
    const me = await t.http.get('/api/me').set('authorization', `Bearer ${session.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: 'camille.martin@exemple.fr', firstName: 'Camille', kind: 'professional', emailConfirmed: true, memberships: [] });
  });

  it('creates no second account for the same address, whatever its case, and tells its owner', async () => {
    const owner = await createUser(t.dataSource, { email: 'deja.inscrit@exemple.fr' });
    await signUp({ email: 'Deja.Inscrit@exemple.fr', password: 'un-autre-secret-long', firstName: 'A', lastName: 'B' }).expect(202);
    await smtp.waitForMailTo(owner.email, 'déjà un compte');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'deja.inscrit@exemple.fr'`);
    expect(n).toBe(1);
  });

  it('applies the password rules and names the field', async () => {
    const short = await signUp({ email: 'court@exemple.fr', password: 'trop-court', firstName: 'Léo', lastName: 'Roux' }).expect(400);
    expect(short.body.errors).toEqual([{ field: 'password', code: 'passwordTooShort', message: expect.stringContaining('12 caractères') }]);
    const personal = await signUp({ email: 'nadia.haddad@exemple.fr', password: 'nadia.haddad-1990', firstName: 'Nadia', lastName: 'Haddad' }).expect(400);
    expect(personal.body.errors[0].code).toBe('passwordTooPersonal');
  });

  it('creates one account when the same sign-up is sent twice with an Idempotency-Key', async () => {
    const body = { email: 'double.clic@exemple.fr', password: 'double-clic-sur-envoyer', firstName: 'Hugo', lastName: 'Faure' };
    const first = await signUp(body).set('idempotency-key', 'signup-0001-abcdef').expect(202);
    const second = await signUp(body).set('idempotency-key', 'signup-0001-abcdef').expect(202);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'double.clic@exemple.fr'`);
    expect(n).toBe(1);
    const other = await signUp({ ...body, email: 'autre@exemple.fr' })
      .set('idempotency-key', 'signup-0001-abcdef')
      .expect(409);
    expect(other.body.type).toBe('/api/problems/idempotency-key-conflict');
  });

  it('rotates refresh tokens and revokes the whole session when one is reused', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const first = login.body.refreshToken;

    const rotated = await t.http.post('/api/auth/refresh').send({ refreshToken: first }).expect(200);
    expect(rotated.body.refreshToken).not.toBe(first);
    await t.http.get('/api/me').set('authorization', `Bearer ${rotated.body.accessToken}`).expect(200);

    // Someone replays the old token: theft is assumed, the descendant dies too.
    const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: first }).expect(401);
    expect(replay.body.type).toBe('/api/problems/refresh-token-reused');
    const descendant = await t.http.post('/api/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
    expect(descendant.body.type).toBe('/api/problems/invalid-refresh-token');
    const stored = await t.dataSource.query(`SELECT revoked_reason FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at`, [user.id]);
    expect(stored.map((r: { revoked_reason: string }) => r.revoked_reason)).toEqual(['rotated', 'reuse_detected']);
  });

  it('keeps refresh tokens hashed and logs out', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const [{ token_hash }] = await t.dataSource.query(`SELECT token_hash FROM refresh_tokens WHERE user_id = $1`, [user.id]);
    expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token_hash).not.toBe(login.body.refreshToken);

    await t.http.post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('expires access tokens after 15 minutes', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const auth = { authorization: `Bearer ${login.body.accessToken}` };
    const start = t.clock.now();
    try {
      t.clock.advance(15 * 60_000 - 1000);
      await t.http.get('/api/me').set(auth).expect(200);
      t.clock.advance(1000);
      const expired = await t.http.get('/api/me').set(auth).expect(401);
      expect(expired.body.type).toBe('/api/problems/unauthenticated');
      expect(expired.headers['www-authenticate']).toBe('Bearer');
      // The refresh token still opens a new access token.
      await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    } finally {
      t.clock.set(start);
    }
  });

  it('answers the same for a wrong password and an unknown address', async () => {
    const user = await createUser(t.dataSource);
    const wrong = await t.http.post('/api/auth/login').send({ email: user.email, password: 'pas-le-bon-mot-de-passe' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ email: 'personne@exemple.fr', password: 'pas-le-bon-mot-de-passe' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('limits login attempts per address and client, with Retry-After', async () => {
    const user = await createUser(t.dataSource);
    for (let i = 0; i < 5; i++) await t.http.post('/api/auth/login').send({ email: user.email, password: 'mauvais-mot-de-passe' }).expect(401);
    const limited = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
    expect(limited.body.type).toBe('/api/problems/rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts failed logins only: an account signing in again and again is never limited, its failures still are', async () => {
    const user = await createUser(t.dataSource);
    for (let i = 0; i < 8; i++) await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    for (let i = 0; i < 5; i++) await t.http.post('/api/auth/login').send({ email: user.email, password: 'mauvais-mot-de-passe' }).expect(401);
    await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(429);
  });

  it('refuses a disabled account', async () => {
    const user = await createUser(t.dataSource, { disabled: true });
    const response = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(403);
    expect(response.body.type).toBe('/api/problems/account-disabled');
  });

  it('resets a forgotten password by e-mail, closing every open session', async () => {
    const user = await createUser(t.dataSource, { firstName: 'Fatou' });
    const before = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);

    await t.http.post('/api/auth/password-reset-requests').send({ email: user.email }).expect(202);
    // An unknown address gets the same answer and no e-mail.
    const unknown = await t.http.post('/api/auth/password-reset-requests').send({ email: 'inconnu@exemple.fr' }).expect(202);
    expect(unknown.body.message).toContain('Si un compte correspond');

    const mail = await smtp.waitForMailTo(user.email, 'Réinitialisation');
    expect(linkIn(mail, 'http://iae.test/nouveau-mot-de-passe#jeton=')).toBeDefined();
    const token = tokenIn(mail);
    const info = await t.http.post('/api/auth/password-reset/preview').send({ token }).expect(200);
    expect(info.body.email).toMatch(/^fa\*\*\*@exemple\.fr$/);

    await t.http.post('/api/auth/password-reset').send({ token, password: 'court' }).expect(400);
    await t.http.post('/api/auth/password-reset').send({ token, password: 'nouvelle-phrase-secrete' }).expect(204);
    await t.http.post('/api/auth/password-reset').send({ token, password: 'encore-une-autre-phrase' }).expect(400);

    await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    await t.http.post('/api/auth/login').send({ email: user.email, password: 'nouvelle-phrase-secrete' }).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: before.body.refreshToken }).expect(401);
    expect(smtp.messages.filter((m) => m.to.includes('inconnu@exemple.fr'))).toHaveLength(0);
  });

  it('expires a reset link after an hour', async () => {
    const user = await createUser(t.dataSource);
    await t.http.post('/api/auth/password-reset-requests').send({ email: user.email }).expect(202);
    const mail = await smtp.waitForMailTo(user.email, 'Réinitialisation');
    const token = tokenIn(mail);
    const start = t.clock.now();
    t.clock.advance(61 * 60_000);
    try {
      await t.http.post('/api/auth/password-reset').send({ token, password: 'nouvelle-phrase-secrete' }).expect(400);
    } finally {
      t.clock.set(start);
    }
  });

  it('changes the password of the signed-in user after checking the current one', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const auth = { authorization: `Bearer ${login.body.accessToken}` };
    const wrong = await t.http.post('/api/me/password').set(auth).send({ currentPassword: 'pas-le-bon', newPassword: 'une-nouvelle-phrase' }).expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'currentPassword', code: 'wrongPassword' });
    await t.http.post('/api/me/password').set(auth).send({ currentPassword: user.password, newPassword: 'une-nouvelle-phrase' }).expect(204);
    await t.http.post('/api/auth/login').send({ email: user.email, password: 'une-nouvelle-phrase' }).expect(200);
  });

  it('updates the name shown to colleagues', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const updated = await t.http.patch('/api/me').set('authorization', `Bearer ${login.body.accessToken}`).send({ lastName: 'Nguyen-Roux' }).expect(200);
    expect(updated.body.lastName).toBe('Nguyen-Roux');
  });

  it('sends a new confirmation link on request, and only to unconfirmed accounts', async () => {
    const pending = await createUser(t.dataSource, { confirmed: false });
    const done = await createUser(t.dataSource);
    await t.http.post('/api/auth/confirmation-requests').send({ email: pending.email }).expect(202);
    await t.http.post('/api/auth/confirmation-requests').send({ email: done.email }).expect(202);
    const mail = await smtp.waitForMailTo(pending.email, 'Confirmez');
    const token = tokenIn(mail);
    await t.http.post('/api/auth/confirm-email').send({ token }).expect(200);
    await t.http.post('/api/auth/login').send({ email: pending.email, password: pending.password }).expect(200);
    expect(smtp.messages.filter((m) => m.to.includes(done.email))).toHaveLength(0);
  });
});
