import { createServer } from 'node:net';
import { MailTemplates } from '@iae/notifications';
import { SmtpCatcher, TestApp, createOrganization, createTestApp, createUser, notificationEventsHandled, validSiret } from '@iae/testing';
import { LocalProConnect, ProviderAccount } from '../../support/proconnect-provider';

/**
 * Professionals sign in with ProConnect: the real API against a real OpenID Connect provider (oidc-provider, the
 * certified Node implementation) on loopback, with its own test accounts. Every check of the flow is exercised by
 * making the provider, or the person's browser, do the wrong thing.
 */
describe('ProConnect sign-in (OpenID Connect)', () => {
  const redirectUrl = 'http://iae.test/connexion/proconnect';
  let provider: LocalProConnect;
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    provider = await LocalProConnect.start({ redirectUri: redirectUrl, postLogoutRedirectUri: 'http://iae.test/connexion' });
    smtp = await new SmtpCatcher().start();
    // The worker runs the notifications listener, which makes the join request's e-mail after the commit.
    t = await createTestApp({ worker: true, env: { ...provider.env(redirectUrl), SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
    await smtp?.stop();
  });

  let people = 0;
  const person = (overrides: Partial<ProviderAccount> = {}): ProviderAccount => {
    people += 1;
    return { email: `agent.${people}@francetravail.example`, given_name: 'Dominique', usual_name: `Lefèvre-${people}`, siret: null, ...overrides };
  };

  /** GET /authorize as a browser: the provider's address, and the cookie that binds the flow to this browser. */
  async function start(): Promise<{ location: string; cookie: string }> {
    const response = await t.http.get('/api/auth/proconnect/authorize').expect(303);
    const setCookie = (response.headers['set-cookie'] as unknown as string[])[0]!;
    expect(setCookie).toMatch(/^iae_proconnect=[\w-]+; Path=\/api\/auth\/proconnect; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/);
    return { location: response.headers.location as string, cookie: setCookie.split(';')[0]! };
  }

  async function signIn(sub: string) {
    const flow = await start();
    const back = await provider.signIn(flow.location, sub, redirectUrl);
    return { flow, back, response: await t.http.post('/api/auth/proconnect/callback').set('cookie', flow.cookie).send(back) };
  }

  it('says ProConnect is offered, and sends the browser to the provider with PKCE, state and nonce', async () => {
    const status = await t.http.get('/api/auth/proconnect').expect(200);
    expect(status.body).toEqual({ enabled: true, authorizeUrl: '/api/auth/proconnect/authorize' });
    const { location } = await start();
    const url = new URL(location);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: redirectUrl,
      code_challenge_method: 'S256',
      scope: 'openid email given_name usual_name siret uid idp_id',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toMatch(/^[\w-]{43}$/);
  });

  it('creates a confirmed professional account at the first sign-in, finds it at the second, and keeps acr and amr', async () => {
    const account = await provider.addAccount(person());
    const first = await signIn(account.sub);
    expect(first.response.status).toBe(200);
    expect(first.response.body).toMatchObject({ account: 'created', organization: { outcome: 'none' }, acr: 'eidas1', amr: ['pwd'], tokenType: 'Bearer' });
    expect(first.response.body.message).toMatch(/compte professionnel est créé/);
    const me = await t.http.get('/api/me').set('authorization', `Bearer ${first.response.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({
      email: account.email,
      firstName: 'Dominique',
      lastName: account.usual_name,
      kind: 'professional',
      emailConfirmed: true,
      hasPassword: false,
      proconnect: true,
    });
    const [user] = await t.dataSource.query(`SELECT id, email_confirmed_at FROM users WHERE email = $1`, [account.email]);
    expect(user.email_confirmed_at).not.toBeNull();
    // No password was chosen: the password login cannot open this account.
    await t.http.post('/api/auth/login').send({ email: account.email, password: 'n’importe quel mot de passe' }).expect(401);

    const second = await signIn(account.sub);
    expect(second.response.status).toBe(200);
    expect(second.response.body.account).toBe('found');
    const identities = await t.dataSource.query(`SELECT user_id, origin, acr, amr FROM proconnect_identities WHERE sub = $1`, [account.sub]);
    expect(identities).toEqual([{ user_id: user.id, origin: 'created', acr: 'eidas1', amr: ['pwd'] }]);
  });

  it('links once to the account of the same confirmed address, which keeps its password', async () => {
    const existing = await createUser(t.dataSource, { email: 'claude.bernard@mission-locale.example' });
    const account = await provider.addAccount(person({ email: 'Claude.Bernard@mission-locale.example' }));
    const { response } = await signIn(account.sub);
    expect(response.status).toBe(200);
    expect(response.body.account).toBe('linked');
    expect(response.body.message).toMatch(/relié à ProConnect/);
    const [identity] = await t.dataSource.query(`SELECT user_id, origin FROM proconnect_identities WHERE sub = $1`, [account.sub]);
    expect(identity).toEqual({ user_id: existing.id, origin: 'linked' });
    const login = await t.http.post('/api/auth/login').send({ email: existing.email, password: existing.password }).expect(200);
    const me = await t.http.get('/api/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ hasPassword: true, proconnect: true });
    // Once linked, another ProConnect identity with the same address cannot take the account.
    const other = await provider.addAccount(person({ email: existing.email }));
    const again = await signIn(other.sub);
    expect(again.response.status).toBe(409);
    expect(again.response.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'linkedElsewhere' })]);
  });

  it('refuses to take over an account whose address was never confirmed', async () => {
    const squatter = await createUser(t.dataSource, { email: 'sacha.roux@francetravail.example', confirmed: false });
    const account = await provider.addAccount(person({ email: squatter.email }));
    const { response } = await signIn(account.sub);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ type: '/api/problems/proconnect-account-refused' });
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'emailNotConfirmed' })]);
    expect(response.body.detail).toMatch(/non confirmé/);
    expect(await t.dataSource.query(`SELECT 1 FROM proconnect_identities WHERE sub = $1`, [account.sub])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [squatter.id])).toEqual([]);
  });

  it('joins the organisation of the SIRET that invited the person, and records a request to join otherwise', async () => {
    const siae = await createOrganization(t.dataSource, { family: 'employer', kind: 'ACI', siret: validSiret() });
    const admin = await createUser(t.dataSource);
    await t.dataSource.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'admin')`, [admin.id, siae.id]);
    const invitedEmail = 'morgane.petit@aci.example';
    await t.dataSource.query(
      `INSERT INTO invitations (organization_id, email, role, invited_by_id, token_hash, expires_at) VALUES ($1, $2, 'member', $3, 'h-' || gen_random_uuid(), now() + interval '14 days')`,
      [siae.id, invitedEmail, admin.id],
    );
    const invited = await provider.addAccount(person({ email: invitedEmail, siret: siae.siret }));
    const joined = await signIn(invited.sub);
    expect(joined.response.status).toBe(200);
    expect(joined.response.body.organization).toEqual({ outcome: 'joined', organizationId: siae.id, organizationName: siae.name });
    const [member] = await t.dataSource.query(`SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [invitedEmail]);
    expect(member).toEqual({ role: 'member' });

    const colleague = await provider.addAccount(person({ siret: siae.siret }));
    const asked = await signIn(colleague.sub);
    expect(asked.response.body.organization).toEqual({ outcome: 'join-requested', organizationId: siae.id, organizationName: siae.name });
    expect(asked.response.body.message).toMatch(/demande pour le rejoindre est enregistrée/);
    const [identity] = await t.dataSource.query(`SELECT siret, requested_organization_id FROM proconnect_identities WHERE sub = $1`, [colleague.sub]);
    expect(identity).toEqual({ siret: siae.siret, requested_organization_id: siae.id });
    expect(await t.dataSource.query(`SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [colleague.email])).toEqual([]);
    // Its admins hear of it, once (after the commit): they invite the person from their members page if they know them.
    await notificationEventsHandled(t);
    const told = async () =>
      t.dataSource.query(`SELECT recipient, context FROM email_messages WHERE template = 'identity/join-request' AND organization_id = $1`, [siae.id]);
    expect(await told()).toEqual([
      {
        recipient: admin.email,
        context: expect.objectContaining({
          personEmail: colleague.email,
          organizationName: siae.name,
          link: expect.stringMatching(/\/organisation\/membres$/),
        }),
      },
    ]);
    const [{ context }] = await told();
    const mail = t.get(MailTemplates).render('identity/join-request', context);
    expect(mail.subject).toContain(siae.name);
    expect(mail.text).toContain(`(${colleague.email}) s’est connecté·e`);
    await signIn(colleague.sub);
    await notificationEventsHandled(t);
    expect(await told()).toHaveLength(1);
  });

  it('refuses a wrong state, without asking the provider for tokens', async () => {
    const account = await provider.addAccount(person());
    const flow = await start();
    const back = await provider.signIn(flow.location, account.sub, redirectUrl);
    const response = await t.http
      .post('/api/auth/proconnect/callback')
      .set('cookie', flow.cookie)
      .send({ ...back, state: 'un-autre-state' })
      .expect(400);
    expect(response.body).toMatchObject({ type: '/api/problems/proconnect-response-rejected' });
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'state', code: 'stateMismatch' })]);
    // Without the cookie of the browser that started it, nothing is finished either.
    const stranger = await t.http.post('/api/auth/proconnect/callback').send(back).expect(400);
    expect(stranger.body.errors).toEqual([expect.objectContaining({ field: 'state', code: 'flowCookieMissing' })]);
  });

  it('refuses a replayed code', async () => {
    const account = await provider.addAccount(person());
    const { flow, back, response } = await signIn(account.sub);
    expect(response.status).toBe(200);
    const replay = await t.http.post('/api/auth/proconnect/callback').set('cookie', flow.cookie).send(back).expect(400);
    expect(replay.body).toMatchObject({ type: '/api/problems/proconnect-flow-unknown' });
    expect(replay.body.errors).toEqual([expect.objectContaining({ code: 'codeReplayed' })]);
    expect(replay.body.detail).toMatch(/déjà servi/);
  });

  it('refuses an ID token whose nonce is not the one the platform sent', async () => {
    const account = await provider.addAccount(person());
    const flow = await start();
    const tampered = new URL(flow.location);
    tampered.searchParams.set('nonce', 'un-nonce-choisi-par-un-attaquant-0123456789');
    const back = await provider.signIn(tampered.href, account.sub, redirectUrl);
    const response = await t.http.post('/api/auth/proconnect/callback').set('cookie', flow.cookie).send(back).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id_token.nonce', code: 'nonceMismatch' })]);
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [account.email])).toEqual([]);
  });

  it('refuses an ID token that has expired by the platform’s clock', async () => {
    const account = await provider.addAccount(person());
    const flow = await start();
    const back = await provider.signIn(flow.location, account.sub, redirectUrl);
    // The provider's ID tokens live an hour; two hours later on the platform's clock, this one is dead.
    t.clock.advance(2 * 3600_000);
    try {
      const response = await t.http.post('/api/auth/proconnect/callback').set('cookie', flow.cookie).send(back).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id_token.exp', code: 'idTokenExpired' })]);
      expect(response.body.detail).toMatch(/expiré/);
    } finally {
      t.clock.advance(-2 * 3600_000);
    }
  });

  it('refuses an ID token signed with a key the provider never published, or meant for another service', async () => {
    const account = await provider.addAccount(person());
    try {
      await provider.tamper('bad-signature');
      const forged = await signIn(account.sub);
      expect(forged.response.status).toBe(400);
      expect(forged.response.body.errors).toEqual([expect.objectContaining({ field: 'id_token', code: 'badSignature' })]);
      await provider.tamper('other-audience');
      const elsewhere = await signIn(account.sub);
      expect(elsewhere.response.status).toBe(400);
      expect(elsewhere.response.body.errors).toEqual([expect.objectContaining({ field: 'id_token.aud' })]);
    } finally {
      await provider.tamper('none');
    }
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [account.email])).toEqual([]);
    expect((await signIn(account.sub)).response.status).toBe(200);
  });

  it('opens the browser session in the HttpOnly cookie, and logs out of the platform and of ProConnect', async () => {
    const account = await provider.addAccount(person());
    const flow = await start();
    const back = await provider.signIn(flow.location, account.sub, redirectUrl);
    const response = await t.http
      .post('/api/auth/proconnect/callback')
      .set('cookie', flow.cookie)
      .set('origin', 'http://iae.test')
      .set('x-refresh-cookie', '1')
      .send(back)
      .expect(200);
    expect(response.body.refreshToken).toBeUndefined();
    const cookies = response.headers['set-cookie'] as unknown as string[];
    const refresh = cookies.find((c) => c.startsWith('iae_refresh='))!;
    expect(refresh).toMatch(/HttpOnly; SameSite=Strict/);
    expect(cookies.find((c) => c.startsWith('iae_proconnect='))).toMatch(/Max-Age=0/);
    const session = refresh.split(';')[0]!;

    const out = await t.http.post('/api/auth/proconnect/logout').set('cookie', session).set('origin', 'http://iae.test').send({}).expect(200);
    const end = new URL(out.body.endSessionUrl);
    expect(end.origin + end.pathname).toBe(`${provider.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe('http://iae.test/connexion');
    expect(end.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await t.http.post('/api/auth/refresh').set('cookie', session).set('origin', 'http://iae.test').send({}).expect(401);
    // The provider accepts the hint: its logout page answers (it asks the person to confirm).
    expect((await fetch(end.href, { redirect: 'manual' })).status).toBeLessThan(400);
  });

  it('refuses a deactivated account, found by its sub', async () => {
    const account = await provider.addAccount(person());
    expect((await signIn(account.sub)).response.status).toBe(200);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE email = $1`, [account.email]);
    const { response } = await signIn(account.sub);
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('/api/problems/account-disabled');
  });

  it('limits the sign-ins a client address may start (each keeps a flow for 10 minutes)', async () => {
    // LOGIN_RATE_LIMIT=1: ten starts per client address and window (an address of its own, through a trusted proxy).
    const limited = await createTestApp({ env: { ...provider.env(redirectUrl), LOGIN_RATE_LIMIT: '1', TRUST_PROXY: 'true' } });
    const from = '203.0.113.18';
    try {
      for (let i = 0; i < 10; i++) await limited.http.get('/api/auth/proconnect/authorize').set('x-forwarded-for', from).expect(303);
      const refused = await limited.http.get('/api/auth/proconnect/authorize').set('x-forwarded-for', from).expect(429);
      expect(refused.body.type).toBe('/api/problems/rate-limited');
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });

  it('says ProConnect is not offered without its configuration, and changes nothing else', async () => {
    const unset = { PROCONNECT_ISSUER: '', PROCONNECT_CLIENT_ID: '', PROCONNECT_CLIENT_SECRET: '', PROCONNECT_REDIRECT_URL: '' };
    const bare = await createTestApp({ env: unset });
    try {
      expect((await bare.http.get('/api/auth/proconnect').expect(200)).body).toEqual({ enabled: false, authorizeUrl: null });
      const response = await bare.http.get('/api/auth/proconnect/authorize').expect(404);
      expect(response.body.type).toBe('/api/problems/proconnect-not-configured');
      const user = await createUser(bare.dataSource);
      await bare.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    } finally {
      await bare.close();
    }
  });

  it('answers 503, not 500, when the provider cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const down = await createTestApp({ env: { ...provider.env(redirectUrl), PROCONNECT_ISSUER: `http://127.0.0.1:${port}` } });
    try {
      const response = await down.http.get('/api/auth/proconnect/authorize');
      expect([response.status, response.body]).toEqual([503, expect.anything()]);
      expect(response.body).toMatchObject({ type: '/api/problems/proconnect-unavailable', status: 503, retryAfterSeconds: 30 });
      expect(response.headers['retry-after']).toBe('30');
      expect(response.body.detail).toMatch(/ne répond pas/);
      // A person who followed the button lands on the web page, which says so in French.
      const page = await down.http.get('/api/auth/proconnect/authorize').set('accept', 'text/html').expect(303);
      expect(page.headers.location).toBe('http://iae.test/connexion/proconnect?erreur=proconnect-unavailable');
    } finally {
      await down.close();
    }
    // The provider goes down between the start and the return: the code cannot be exchanged.
    const account = await provider.addAccount(person());
    const flow = await start();
    const back = await provider.signIn(flow.location, account.sub, redirectUrl);
    await provider.stop();
    const response = await t.http.post('/api/auth/proconnect/callback').set('cookie', flow.cookie).send(back).expect(503);
    expect(response.body.type).toBe('/api/problems/proconnect-unavailable');
  });
});
