import { SmtpCatcher, TestApp, TestUser, createTestApp, createUser, tokenIn } from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Guessing one account's password from many addresses: each address has its own small budget, and
 * the account one more for failures from addresses it never signed in from. The owner is never locked
 * out: from an address they used before they still get in, and a password reset clears the account's budget.
 */
describe('abuse: guessing one account’s password from many addresses', () => {
  let t: TestApp;
  const logFile = abuseLogFile('login-guessing');
  let smtp: SmtpCatcher;
  const PER_ADDRESS = 5;
  const PER_ACCOUNT = 12;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({
      logFile,
      worker: true,
      env: { SMTP_URL: smtp.url, TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: String(PER_ADDRESS), LOGIN_ACCOUNT_RATE_LIMIT: String(PER_ACCOUNT) },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const attempt = (user: TestUser, password: string, address: string) =>
    t.http.post('/api/auth/login').set('x-forwarded-for', address).send({ email: user.email, password });

  it('stops a botnet at the account’s budget while the owner still gets in from home', async () => {
    const owner = await createUser(t.dataSource, { email: 'gerante@exemple.fr' });
    await attempt(owner, owner.password, '192.0.2.10').expect(200);

    const statuses: number[] = [];
    for (let bot = 0; bot < 8; bot++) {
      for (let guess = 0; guess < PER_ADDRESS; guess++) statuses.push((await attempt(owner, `essai-${bot}-${guess}-mot-de-passe`, `198.51.100.${bot}`)).status);
    }
    // Every address stayed under its own limit; the account's budget still ran out.
    expect(statuses.filter((s) => s === 401)).toHaveLength(PER_ACCOUNT);
    expect(statuses.slice(PER_ACCOUNT).every((s) => s === 429)).toBe(true);

    // Even the right password, from a new address, waits now.
    const blocked = await attempt(owner, owner.password, '203.0.113.77').expect(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.body.detail).toContain('réinitialisez votre mot de passe');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // The owner, from where they signed in before, is not locked out.
    await attempt(owner, owner.password, '192.0.2.10').expect(200);
  });

  it('lets the owner in from a new address after a password reset', async () => {
    const owner = await createUser(t.dataSource, { email: 'comptable@exemple.fr' });
    for (let bot = 0; bot < 3; bot++) {
      for (let guess = 0; guess < PER_ADDRESS; guess++) await attempt(owner, `essai-${bot}-${guess}-mot-de-passe`, `198.51.100.${100 + bot}`);
    }
    await attempt(owner, owner.password, '203.0.113.5').expect(429);

    await t.http.post('/api/auth/password-reset-requests').set('x-forwarded-for', '203.0.113.5').send({ email: owner.email }).expect(202);
    const token = tokenIn(await smtp.waitForMailTo(owner.email, 'Réinitialisation'));
    await t.http.post('/api/auth/password-reset').send({ token, password: 'la-phrase-apres-l-attaque' }).expect(204);
    await attempt(owner, 'la-phrase-apres-l-attaque', '203.0.113.5').expect(200);
  });

  it('answers an unknown address exactly as a known one, budget included', async () => {
    const known = await createUser(t.dataSource);
    const nobody = { ...known, email: 'personne.ici@exemple.fr' };
    for (let i = 0; i < PER_ACCOUNT; i++) {
      const [a, b] = await Promise.all([
        attempt(known, `faux-${i}-mot-de-passe`, `198.51.100.${200 + i}`),
        attempt(nobody, `faux-${i}-mot-de-passe`, `198.51.100.${200 + i}`),
      ]);
      expect(a.status).toBe(b.status);
    }
    const [a, b] = await Promise.all([attempt(known, 'encore-un-essai-faux', '203.0.113.200'), attempt(nobody, 'encore-un-essai-faux', '203.0.113.200')]);
    expect([a.status, b.status]).toEqual([429, 429]);
    expect(a.body.detail).toBe(b.body.detail);
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('login-guessing', expectLogFree(logFile, await databaseLedger(t.dataSource, ['la-phrase-apres-l-attaque'])));
  });
});
