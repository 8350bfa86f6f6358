import { Queues } from '@iae/core';
import { ACCOUNT_MAIL_QUEUE } from '@iae/identity';
import { SmtpCatcher, TestApp, createTestApp, createUser, eventually, tokenIn } from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Whether an address has an account is its owner's business: sign-up, a new confirmation link and a
 * password reset answer the same, and do the same work while answering (one message for the worker),
 * whatever the address. What happened is told by e-mail, to the address only.
 */
describe('abuse: account enumeration', () => {
  let t: TestApp;
  const logFile = abuseLogFile('enumeration');
  let worker: TestApp | undefined;
  let smtp: SmtpCatcher;

  // The API alone first, so what a request writes is measured before any worker touches it.
  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ logFile, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.stop();
  });

  /** Rows the request itself wrote, table by table. */
  async function writtenBy(request: () => Promise<unknown>): Promise<Record<string, number>> {
    const tables = ['users', 'user_tokens', 'email_messages', 'outbox_messages'];
    const count = async () =>
      Object.fromEntries(
        await Promise.all(tables.map(async (table) => [table, (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number])),
      );
    const before = await count();
    await request();
    const after = await count();
    return Object.fromEntries(tables.map((table) => [table, after[table] - before[table]]));
  }

  const withoutEmail = (body: Record<string, unknown>) => ({ ...body, email: undefined });

  let pending: { email: string };

  it('answers a sign-up with a known address as with a new one', async () => {
    await createUser(t.dataSource, { email: 'deja.inscrite@exemple.fr', firstName: 'Aïcha' });
    const body = { password: 'une-phrase-assez-longue', firstName: 'Aïcha', lastName: 'Diallo' };
    let known: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
    let fresh: typeof known = known;
    const knownWrites = await writtenBy(async () => (known = await t.http.post('/api/auth/signup').send({ ...body, email: 'Deja.Inscrite@exemple.fr' })));
    const freshWrites = await writtenBy(async () => (fresh = await t.http.post('/api/auth/signup').send({ ...body, email: 'toute.nouvelle@exemple.fr' })));
    expect(known.status).toBe(202);
    expect(fresh.status).toBe(202);
    expect(withoutEmail(known.body)).toEqual(withoutEmail(fresh.body));
    // One message for the worker either way; only the new address gets an account.
    expect(knownWrites).toEqual({ users: 0, user_tokens: 0, email_messages: 0, outbox_messages: 1 });
    expect(freshWrites).toEqual({ users: 1, user_tokens: 0, email_messages: 0, outbox_messages: 1 });
  });

  it('does the same work for a password reset, whether or not the address has an account', async () => {
    await createUser(t.dataSource, { email: 'titulaire@exemple.fr' });
    const request = (email: string) => () => t.http.post('/api/auth/password-reset-requests').send({ email }).expect(202);
    const known = await writtenBy(request('titulaire@exemple.fr'));
    const unknown = await writtenBy(request('inconnue@exemple.fr'));
    expect(known).toEqual(unknown);
    expect(known).toEqual({ users: 0, user_tokens: 0, email_messages: 0, outbox_messages: 1 });
  });

  it('does the same work for a new confirmation link', async () => {
    pending = await createUser(t.dataSource, { confirmed: false });
    const request = (email: string) => () => t.http.post('/api/auth/confirmation-requests').send({ email }).expect(202);
    const known = await writtenBy(request(pending.email));
    const unknown = await writtenBy(request('personne.du.tout@exemple.fr'));
    expect(known).toEqual(unknown);
  });

  it('then tells each owner by e-mail what happened, and writes to no address without an account', async () => {
    worker = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url } });
    const notice = await smtp.waitForMailTo('deja.inscrite@exemple.fr', 'déjà un compte');
    expect(notice.text).toContain('Aïcha');
    expect(notice.text).toContain('http://iae.test/nouveau-mot-de-passe');
    await smtp.waitForMailTo('toute.nouvelle@exemple.fr', 'Confirmez');
    expect(tokenIn(await smtp.waitForMailTo('titulaire@exemple.fr', 'Réinitialisation'))).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await smtp.waitForMailTo(pending.email, 'Confirmez');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'deja.inscrite@exemple.fr'`);
    expect(n).toBe(1);

    // Every message relayed and its job done: nothing went to the addresses without an account.
    await worker.relayOutbox();
    const queue = worker.get(Queues).get(ACCOUNT_MAIL_QUEUE);
    await eventually(
      () => queue.getJobCounts('waiting', 'active', 'delayed', 'completed'),
      (counts) => counts.completed === 6 && counts.waiting + counts.active + counts.delayed === 0,
    );
    await smtp.waitForCount(4);
    // The catcher sees a message before the mail worker records it sent: wait for the record, not the catcher.
    await eventually(
      () => t.dataSource.query(`SELECT count(*) FILTER (WHERE status <> 'sent')::int AS n, count(*)::int AS total FROM email_messages`),
      ([row]: Array<{ n: number; total: number }>) => row.n === 0 && row.total === 4,
    );
    expect(smtp.messages.flatMap((m) => m.to).filter((to) => /inconnue|personne\.du\.tout/.test(to))).toEqual([]);
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('enumeration', expectLogFree(logFile, await databaseLedger(t.dataSource, ['une-phrase-assez-longue'])));
  });
});
