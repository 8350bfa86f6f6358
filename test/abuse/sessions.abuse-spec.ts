import { createHmac } from 'node:crypto';
import { SmtpCatcher, TestApp, TestUser, createTestApp, createUser, tokenIn } from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Access tokens and the sessions they come from: a token is worth nothing once its session ends
 * (logout, logout everywhere, a refresh token replayed, a new password), and a token the platform
 * did not sign exactly as it signs them is refused.
 */
describe('abuse: tokens and sessions', () => {
  let t: TestApp;
  const logFile = abuseLogFile('sessions');
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ logFile, worker: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const me = (accessToken: string) => t.http.get('/api/me').set('authorization', `Bearer ${accessToken}`);
  /** The tokens handed out, looked for in the log at the end. */
  const received: string[] = [];
  const login = async (user: TestUser) => {
    const session = (await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200)).body;
    received.push(session.accessToken, session.refreshToken);
    return session;
  };

  async function refused(accessToken: string): Promise<void> {
    const response = await me(accessToken).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('/api/problems/unauthenticated');
  }

  describe('a session that ends takes its access tokens with it', () => {
    it('logout', async () => {
      const user = await createUser(t.dataSource);
      const session = await login(user);
      const other = await login(user);
      await me(session.accessToken).expect(200);
      await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      await refused(session.accessToken);
      // Another session of the same person goes on.
      await me(other.accessToken).expect(200);
    });

    it('logout everywhere', async () => {
      const user = await createUser(t.dataSource);
      const phone = await login(user);
      const laptop = await login(user);
      await t.http.post('/api/auth/logout').send({ refreshToken: phone.refreshToken, everywhere: true }).expect(204);
      await refused(phone.accessToken);
      await refused(laptop.accessToken);
    });

    it('a refresh token replayed: the whole session, old and new access tokens', async () => {
      const user = await createUser(t.dataSource);
      const first = await login(user);
      const rotated = (await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
      await me(rotated.accessToken).expect(200);
      await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      await refused(first.accessToken);
      await refused(rotated.accessToken);
    });

    it('a password reset: every session', async () => {
      const user = await createUser(t.dataSource);
      const session = await login(user);
      await t.http.post('/api/auth/password-reset-requests').send({ email: user.email }).expect(202);
      const token = tokenIn(await smtp.waitForMailTo(user.email, 'Réinitialisation'));
      await t.http.post('/api/auth/password-reset').send({ token, password: 'une-phrase-toute-neuve' }).expect(204);
      await refused(session.accessToken);
    });

    it('a password change: every other session, not the one that made it', async () => {
      const user = await createUser(t.dataSource);
      const here = await login(user);
      const elsewhere = await login(user);
      await t.http
        .post('/api/me/password')
        .set('authorization', `Bearer ${here.accessToken}`)
        .send({ currentPassword: user.password, newPassword: 'une-phrase-changee-ici' })
        .expect(204);
      await me(here.accessToken).expect(200);
      await refused(elsewhere.accessToken);
      await t.http.post('/api/auth/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: here.refreshToken }).expect(200);
    });

    it('a disabled account', async () => {
      const user = await createUser(t.dataSource);
      const session = await login(user);
      await t.dataSource.query(`UPDATE users SET disabled_at = $2 WHERE id = $1`, [user.id, t.clock.now()]);
      const response = await me(session.accessToken).expect(403);
      expect(response.body.type).toBe('/api/problems/account-disabled');
    });
  });

  describe('tokens the platform did not sign as it signs them', () => {
    const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (header: object, claims: object, secret = t.config.auth.jwtSecret) => {
      const unsigned = `${base64url(header)}.${base64url(claims)}`;
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    };
    let user: TestUser;
    let genuine: Record<string, unknown>;

    beforeAll(async () => {
      user = await createUser(t.dataSource);
      const session = await login(user);
      genuine = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString());
    });

    it('carries the session it belongs to and an expiry', () => {
      expect(genuine).toMatchObject({ sub: user.id, typ: 'access', sid: expect.stringMatching(/^[0-9a-f-]{36}$/), exp: expect.any(Number) });
    });

    it('refuses an unsigned token (alg none)', async () => {
      await refused(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(genuine)}.`);
    });

    it('refuses a token signed with another key', async () => {
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, genuine, 'une-autre-cle-secrete-une-autre-cle-secrete'));
    });

    it('refuses a token without an expiry, even signed with our key', async () => {
      const { exp: _exp, ...forever } = genuine;
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, forever));
    });

    it('refuses a token without a session, even signed with our key', async () => {
      const { sid: _sid, ...sessionless } = genuine;
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, sessionless));
    });

    it('refuses a token of a session that does not exist, or of someone else’s session', async () => {
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, { ...genuine, sid: '00000000-0000-4000-8000-000000000000' }));
      const other = await createUser(t.dataSource);
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, { ...genuine, sub: other.id }));
    });

    it('refuses a token of another type, an expired one, and garbage', async () => {
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, { ...genuine, typ: 'refresh' }));
      const now = Math.floor(t.clock.now().getTime() / 1000);
      await refused(sign({ alg: 'HS256', typ: 'JWT' }, { ...genuine, iat: now - 2000, exp: now - 1000 }));
      await refused('not-a-token');
      await refused(`${base64url({ alg: 'HS256' })}.${'A'.repeat(5000)}.x`);
    });
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('sessions', expectLogFree(logFile, await databaseLedger(t.dataSource, received)));
  });
});
