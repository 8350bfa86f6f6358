import { TestApp, createTestApp, createUser } from '@iae/testing';

/** The browser form of a session: the refresh token in an HttpOnly cookie, never in the page's reach. */
describe('browser sessions: the refresh cookie', () => {
  let t: TestApp;
  const origin = 'http://iae.test';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const cookieOf = (response: { headers: Record<string, unknown> }): string => {
    const header = response.headers['set-cookie'] as string[] | undefined;
    // The refresh token's cookie, and the marker telling the pages a session may exist (no secret, set and ended with it).
    expect(header).toHaveLength(2);
    expect(header![1]).toMatch(
      header![0]!.startsWith('iae_refresh=;') ? /^iae_session=; Path=\/; Max-Age=0;/ : /^iae_session=1; Path=\/; Max-Age=\d+; SameSite=Strict/,
    );
    expect(header![1]).not.toContain('HttpOnly');
    return header![0]!;
  };
  const valueOf = (cookie: string) => /^iae_refresh=([^;]*)/.exec(cookie)![1]!;

  it('sets the cookie on login when the browser asks, rotates it on refresh, and ends it on logout', async () => {
    const user = await createUser(t.dataSource);
    const login = await t.http
      .post('/api/auth/login')
      .set('origin', origin)
      .set('x-refresh-cookie', '1')
      .send({ email: user.email, password: user.password })
      .expect(200);
    expect(login.body.refreshToken).toBeUndefined();
    expect(login.body.accessToken).toEqual(expect.any(String));
    const cookie = cookieOf(login);
    // PUBLIC_URL is http://iae.test: not localhost, so Secure.
    expect(cookie).toMatch(/^iae_refresh=[^;]+; Path=\/api\/auth; Max-Age=2592000; HttpOnly; SameSite=Strict; Secure$/);

    const refreshed = await t.http
      .post('/api/auth/refresh')
      .set('origin', origin)
      .set('cookie', `iae_refresh=${valueOf(cookie)}`)
      .send({})
      .expect(200);
    expect(refreshed.body.refreshToken).toBeUndefined();
    const rotated = cookieOf(refreshed);
    expect(valueOf(rotated)).not.toBe(valueOf(cookie));
    await t.http.get('/api/me').set('authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);

    // The old cookie is spent: presenting it again closes the session (and the answer clears the cookie).
    const reused = await t.http
      .post('/api/auth/refresh')
      .set('origin', origin)
      .set('cookie', `iae_refresh=${valueOf(cookie)}`)
      .send({})
      .expect(401);
    expect(reused.body.type).toBe('/api/problems/refresh-token-reused');
    expect(cookieOf(reused)).toMatch(/^iae_refresh=; Path=\/api\/auth; Max-Age=0;/);
    await t.http
      .post('/api/auth/refresh')
      .set('origin', origin)
      .set('cookie', `iae_refresh=${valueOf(rotated)}`)
      .send({})
      .expect(401);
  });

  it('logs out everywhere from the cookie', async () => {
    const user = await createUser(t.dataSource);
    const first = await t.http
      .post('/api/auth/login')
      .set('origin', origin)
      .set('x-refresh-cookie', '1')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const other = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const out = await t.http
      .post('/api/auth/logout')
      .set('origin', origin)
      .set('cookie', `iae_refresh=${valueOf(cookieOf(first))}`)
      .send({ everywhere: true })
      .expect(204);
    expect(cookieOf(out)).toMatch(/Max-Age=0/);
    // The API client's session (JSON form) is closed too.
    await t.http.post('/api/auth/refresh').send({ refreshToken: other.body.refreshToken }).expect(401);
  });

  it('refuses the cookie routes from another origin, or without one', async () => {
    const user = await createUser(t.dataSource);
    const evil = await t.http
      .post('/api/auth/login')
      .set('origin', 'https://evil.example')
      .set('x-refresh-cookie', '1')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(evil.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(evil.headers['set-cookie']).toBeUndefined();

    const login = await t.http
      .post('/api/auth/login')
      .set('origin', origin)
      .set('x-refresh-cookie', '1')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const cookie = `iae_refresh=${valueOf(cookieOf(login))}`;
    await t.http.post('/api/auth/refresh').set('origin', 'https://evil.example').set('cookie', cookie).send({}).expect(403);
    await t.http.post('/api/auth/refresh').set('cookie', cookie).send({}).expect(403);
    await t.http.post('/api/auth/logout').set('origin', 'https://evil.example').set('cookie', cookie).send({}).expect(403);
    // Still valid: the refused calls changed nothing.
    await t.http.post('/api/auth/refresh').set('origin', origin).set('cookie', cookie).send({}).expect(200);
  });

  it('answers 400 naming refreshToken when neither the body nor a cookie carries one; the JSON form is unchanged', async () => {
    const none = await t.http.post('/api/auth/refresh').set('origin', origin).send({}).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
    const user = await createUser(t.dataSource);
    const login = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(login.headers['set-cookie']).toBeUndefined();
    const refreshed = await t.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refreshed.body.refreshToken).toEqual(expect.any(String));
  });
});
