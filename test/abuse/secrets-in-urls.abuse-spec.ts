import { readFileSync } from 'node:fs';
import { SmtpCatcher, TestApp, createHabilitatedPrescriber, createTestApp, createUser, linkIn, testNir } from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Secrets never travel in a path or a query string, where proxies, browsers' histories and our own
 * request log keep them: the API takes them in bodies, and the e-mails put them in the link's
 * fragment, which no browser sends to any server.
 */
describe('abuse: secrets stay out of URLs and logs', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  const logFile = abuseLogFile('secrets-in-urls');

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, logFile, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('declares no route taking a secret in its path or query string', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const offending: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, { parameters?: Array<{ in: string; name: string }> }>>(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) {
          if ((parameter.in === 'path' || parameter.in === 'query') && /token|password|secret|nir|email/i.test(parameter.name)) {
            offending.push(`${method.toUpperCase()} ${path} (${parameter.in} ${parameter.name})`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });

  function secretOf(link: string): string {
    const url = new URL(link);
    // Nothing but the page in what the browser sends; the token after '#'.
    expect(url.search).toBe('');
    const token = new URLSearchParams(url.hash.slice(1)).get('jeton');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.pathname).not.toContain(token);
    return token as string;
  }

  it('joins an organisation from the invitation e-mail without the token ever reaching a URL or the log', async () => {
    const prescriber = await createHabilitatedPrescriber(t, 'ML');
    await t.http
      .post(`/api/organizations/${prescriber.organization.id}/invitations`)
      .set(prescriber.headers)
      .send({ email: 'ines.garnier@exemple.fr' })
      .expect(201);
    const token = secretOf(linkIn(await smtp.waitForMailTo('ines.garnier@exemple.fr'), 'http://iae.test/'));

    const preview = await t.http.post('/api/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({ email: 'ines.garnier@exemple.fr', status: 'pending' });
    const invitee = await createUser(t.dataSource, { email: 'ines.garnier@exemple.fr' });
    const session = await t.http.post('/api/auth/login').send({ email: invitee.email, password: invitee.password }).expect(200);
    await t.http.post('/api/invitations/acceptance').set('authorization', `Bearer ${session.body.accessToken}`).send({ token }).expect(200);

    expect(readFileSync(logFile, 'utf8')).not.toContain(token);
  });

  it('creates a candidate space from its invitation the same way', async () => {
    const prescriber = await createHabilitatedPrescriber(t, 'FT');
    const nir = testNir('M', '1988-09-21');
    await t.http
      .post('/api/candidates')
      .set(prescriber.headers)
      .send({
        title: 'M',
        firstName: 'Malik',
        lastName: 'Benali',
        birthDate: '1988-09-21',
        nir,
        franceTravailIdMissingReason: 'forgotten',
        email: 'malik.benali@exemple.fr',
      })
      .expect(201);
    const token = secretOf(linkIn(await smtp.waitForMailTo('malik.benali@exemple.fr'), 'http://iae.test/'));

    await t.http.post('/api/candidate-invitations/preview').send({ token }).expect(200);
    await t.http.post('/api/candidate-invitations/signup').send({ token, password: 'mon-espace-candidat-2026' }).expect(201);

    const log = readFileSync(logFile, 'utf8');
    for (const secret of [token, nir, 'malik.benali@exemple.fr', 'mon-espace-candidat-2026']) expect(log).not.toContain(secret);
  });

  it('confirms an address and resets a password with the token in the body only', async () => {
    await t.http.post('/api/auth/signup').send({ email: 'lea.morel@exemple.fr', password: 'un-potager-partage-2026', firstName: 'Léa', lastName: 'Morel' });
    const confirmation = secretOf(linkIn(await smtp.waitForMailTo('lea.morel@exemple.fr', 'Confirmez'), 'http://iae.test/'));
    await t.http.post('/api/auth/confirm-email').send({ token: confirmation }).expect(200);

    await t.http.post('/api/auth/password-reset-requests').send({ email: 'lea.morel@exemple.fr' }).expect(202);
    const reset = secretOf(linkIn(await smtp.waitForMailTo('lea.morel@exemple.fr', 'mot de passe'), 'http://iae.test/'));
    const preview = await t.http.post('/api/auth/password-reset/preview').send({ token: reset }).expect(200);
    expect(preview.body.email).toBe('le***@exemple.fr');
    await t.http.post('/api/auth/password-reset').send({ token: reset, password: 'une-nouvelle-phrase-2026' }).expect(204);

    const log = readFileSync(logFile, 'utf8');
    for (const secret of [confirmation, reset, 'lea.morel@exemple.fr', 'une-nouvelle-phrase-2026']) expect(log).not.toContain(secret);
  });

  it('keeps what a person types in a query string out of the log', async () => {
    const prescriber = await createHabilitatedPrescriber(t, 'ML');
    const nir = testNir('MME', '1979-02-03');
    await t.http.get('/api/candidates').query({ q: nir }).set(prescriber.headers).expect(200);
    await t.http.get('/api/candidates').query({ q: 'sophie.vidal@exemple.fr' }).set(prescriber.headers);
    await t.http.get('/api/pass-iae/check').query({ number: '999990000001', birthDate: '1979-02-03' });
    // Typed where a code is expected (`kind`, `departement`, `sort`): refused, and not logged either.
    const typed = [nir, 'sophie.vidal@exemple.fr', 'Sophie Vidal née le 03/02/1979', '06 12 34 56 78'];
    for (const value of typed) {
      await t.http.get('/api/employers').query({ kind: value }).set(prescriber.headers);
      await t.http.get('/api/search/structures').query({ commune: '69123', departement: value, sort: value });
    }
    const log = readFileSync(logFile, 'utf8');
    for (const secret of [nir, 'sophie.vidal@exemple.fr', 'sophie.vidal%40exemple.fr', '1979-02-03', 'Sophie%20Vidal', '06%2012%2034', '0612345678']) {
      expect(log).not.toContain(secret);
    }
    // The log is really written: the requests are there.
    expect(log).toContain('/api/pass-iae/check?number=[redacted]&birthDate=[redacted]');
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('secrets-in-urls', expectLogFree(logFile, await databaseLedger(t.dataSource, ['un-potager-partage-2026', 'une-nouvelle-phrase-2026'])));
  });
});
