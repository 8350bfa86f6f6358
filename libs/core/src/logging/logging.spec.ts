import pino from 'pino';
import { once } from 'node:events';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Params } from 'nestjs-pino';
import { QueryFailedError } from 'typeorm';
import { loggerOptions, redactUrl } from './logging.module';
import { RequestLogging } from './request-logging';
import { describeFailure, registerRouteWords, scrubText } from './scrub';

function capture(level = 'info'): { logger: pino.Logger; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { logger: pino(loggerOptions(level), stream), lines: () => chunks.join('') };
}

const NIR = '185057800608436';

describe('logs keep secrets and personal data out', () => {
  it('redacts passwords, tokens, NIR and identities wherever they sit one level down', () => {
    const { logger, lines } = capture();
    logger.info({ body: { email: 'a@exemple.fr', password: 'hunter2-hunter2', refreshToken: 'r-123', nir: NIR } }, 'login');
    logger.info({ candidate: { nir: '285057800608419', firstName: 'Camille', birthDate: '1990-04-12' }, session: { accessToken: 'eyJ...' } }, 'read');
    logger.info({ request: { currentNir: '185057800608437', requestedNir: '185057800608438' } }, 'correction');
    const out = lines();
    for (const secret of [
      'hunter2',
      'r-123',
      NIR,
      '285057800608419',
      '185057800608437',
      '185057800608438',
      'eyJ...',
      'a@exemple.fr',
      'Camille',
      '1990-04-12',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });

  it('redacts the Authorization header and the staff reason of a logged request', () => {
    const { logger, lines } = capture();
    logger.info({ req: { headers: { authorization: 'Bearer secret-token', 'x-access-reason': 'Dossier de Camille Martin' } } }, 'request');
    expect(lines()).not.toContain('secret-token');
    expect(lines()).not.toContain('Camille');
  });

  it('scrubs what looks like an address, a NIR, a token or a JWT from free text', () => {
    const { logger, lines } = capture();
    const token = 'q3Jx0c9sVt8dE3kP1mZyW2bH5nR7aL4fG6hJ9uT0oIw';
    logger.warn({ err: 'Mailbox unavailable: 550 <camille.martin@exemple.fr>' }, `Job failed for 2 85 05 78 006 084 19 (${token})`);
    logger.info(`Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl`);
    const out = lines();
    for (const secret of ['camille.martin@exemple.fr', '2 85 05 78 006 084 19', token, 'eyJhbGciOiJIUzI1NiJ9']) expect(out).not.toContain(secret);
    expect(scrubText("550 5.1.1 <jérôme.dupont@société.fr>: Recipient address rejected; <jérôme.dupont@orange.fr>, <o'brien@exemple.fr>")).toBe(
      '550 5.1.1 <[email]>: Recipient address rejected; <[email]>, <[email]>',
    );
    expect(scrubText('Zoë.Ñúñez+iae@xn--socit-esab.fr, a@ü.de')).toBe('[email], [email]');
    expect(scrubText('PASS IAE 999990000123, SIAE 12 rue, id 0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a')).toBe(
      'PASS IAE 999990000123, SIAE 12 rue, id 0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a',
    );
  });

  it('describes a failed command without its SQL parameters or detail', () => {
    const driverError = Object.assign(new Error('duplicate key'), { code: '23505', detail: `Key (email)=(camille@exemple.fr) already exists.` });
    const printed = describeFailure(new QueryFailedError('INSERT INTO users …', ['camille@exemple.fr', NIR], driverError));
    expect(printed).toMatch(/^QueryFailedError: duplicate key\n\s+at /);
    for (const secret of [NIR, 'camille@exemple.fr']) expect(printed).not.toContain(secret);
    expect(describeFailure(new Error('role "jeanne.dupont@exemple.fr" does not exist'))).toMatch(/^Error: role "\[email\]" does not exist/);
    expect(describeFailure('plain text from jeanne@exemple.fr')).toBe('plain text from [email]');
  });

  it('logs a database error without its SQL parameters or detail', () => {
    const { logger, lines } = capture();
    const driverError = Object.assign(new Error('value too long'), { code: '22001', detail: `Key (nir)=(${NIR}) already exists.` });
    logger.error({ err: new QueryFailedError('INSERT INTO candidates …', [NIR, 'Camille', 'camille@exemple.fr'], driverError) }, 'Unhandled error');
    const out = lines();
    for (const secret of [NIR, 'Camille', 'camille@exemple.fr']) expect(out).not.toContain(secret);
    expect(JSON.parse(out).err).toMatchObject({ type: 'QueryFailedError', code: '22001' });
  });

  it('keeps in logged URLs only the query values that say nothing about a person, and no token in a path', () => {
    expect(redactUrl('/api/auth/confirm-email?token=abc123')).toBe('/api/auth/confirm-email?token=[redacted]');
    expect(redactUrl(`/api/candidates?nir=${NIR}&limit=5`)).toBe('/api/candidates?nir=[redacted]&limit=5');
    expect(redactUrl('/api/candidates?q=Camille%20Martin&cursor=WyJtYXJ0aW4iXQ')).toBe('/api/candidates?q=[redacted]&cursor=[redacted]');
    expect(redactUrl('/api/pass-iae/check?number=999990000001&birthDate=1990-04-12')).toBe('/api/pass-iae/check?number=[redacted]&birthDate=[redacted]');
    expect(redactUrl('/api/search/job-offers?commune=69123&radius=30&kind=ACI')).toBe('/api/search/job-offers?commune=69123&radius=30&kind=ACI');
    // A parameter whose values say nothing about a person may still be sent anything: a value not of its shape is redacted.
    for (const typed of [
      'jean.dupont%40example.org',
      '190057512345622',
      '1-90-05-75-123-456-22',
      '06.12.34.56.78',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      'Dupont%20Jean%20ne%20le%2014%2F03%2F1999',
      '2%2090%2005',
    ]) {
      expect(redactUrl(`/api/employers?kind=${typed}&limit=5`)).toBe('/api/employers?kind=[redacted]&limit=5');
    }
    expect(redactUrl('/api/stats/candidatures?from=2026-01-01&to=2026-12-31&departement=2A&employer=0b0e5a1e-9f7b-4c8a-8d4e-200000000001')).toBe(
      '/api/stats/candidatures?from=2026-01-01&to=2026-12-31&departement=2A&employer=0b0e5a1e-9f7b-4c8a-8d4e-200000000001',
    );
    expect(redactUrl('/api/invitations/q3Jx0c9sVt8dE3kP1mZyW2bH5nR7aL4fG6hJ9uT0oIw/accept')).toBe('/api/invitations/[redacted]/accept');
    expect(redactUrl('/api/users/camille%40exemple.fr')).toBe('/api/users/[redacted]');
    expect(redactUrl('/api/candidates/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/diagnostic')).toBe(
      '/api/candidates/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/diagnostic',
    );
    expect(redactUrl('/api/pass-iae/999990000001')).toBe('/api/pass-iae/999990000001');
    expect(redactUrl('/api/health')).toBe('/api/health');
    // A route's long words stay readable; a long segment no route has does not (a name typed in a path).
    registerRouteWords('/api/prescriber-organizations/:organizationId/habilitation-requests');
    expect(redactUrl('/api/candidates/jean-pierre-martin-dupont')).toBe('/api/candidates/[redacted]');
    expect(redactUrl('/api/prescriber-organizations/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/habilitation-requests')).toBe(
      '/api/prescriber-organizations/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/habilitation-requests',
    );
    expect(redactUrl('/api/invitations/abcdefghijklmnopqrstuvwxyzAB/accept')).toBe('/api/invitations/[redacted]/accept');
  });
});

describe('a boot reads in a few lines', () => {
  it('logs the modules loaded and the routes mapped at debug level, everything else as asked', () => {
    const atInfo = capture('info');
    atInfo.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/communes, GET} route');
    atInfo.logger.info({ context: 'InstanceLoader' }, 'CoreModule dependencies initialized');
    atInfo.logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
    atInfo.logger.warn({ context: 'RouterExplorer' }, 'a warning stays a warning');
    const lines = atInfo
      .lines()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(lines.map(({ level, msg }) => [level, msg])).toEqual([
      [30, 'Nest application successfully started'],
      [40, 'a warning stays a warning'],
    ]);

    const atDebug = capture('debug');
    atDebug.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/communes, GET} route');
    expect(JSON.parse(atDebug.lines())).toMatchObject({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/api/communes, GET} route' });
  });
});

describe('each request is logged once, and every line logged while it runs carries its id', () => {
  /** A server whose requests go through RequestLogging, then to `handle`; resolves each answered or abandoned request. */
  async function serve(logger: pino.Logger, handle: (req: IncomingMessage, res: ServerResponse) => void) {
    const middleware = new RequestLogging({ pinoHttp: { logger } } as Params);
    const ended: Array<Promise<unknown>> = [];
    const server = createServer((req, res) => {
      (req as IncomingMessage & { id: string }).id = String(req.headers['x-request-id']);
      // As middie hands it to a middleware mounted on every path: the URL asked is in originalUrl.
      const asked = req.url!;
      Object.assign(req, { originalUrl: asked, url: '/' });
      middleware.use(req, res, () => handle(Object.assign(req, { url: asked }), res));
      // Registered after the middleware's own listeners: once these fire, its line is written.
      ended.push(Promise.race([once(res, 'finish'), once(res, 'close')]));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      base,
      ended,
      close: () => {
        const closed = new Promise((resolve) => server.close(resolve));
        // fetch keeps its connections alive: closed now, not when they time out.
        server.closeAllConnections();
        return closed;
      },
    };
  }
  const parse = (out: string) =>
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes the id, method, scrubbed URL, status and duration at a level that follows the status', async () => {
    const { logger, lines } = capture('info');
    const { base, ended, close } = await serve(logger, (req, res) => {
      logger.info({ step: 'inside' }, 'work');
      res.statusCode = req.url!.startsWith('/missing') ? 404 : req.url!.startsWith('/down') ? 503 : req.url!.startsWith('/bug') ? 500 : 200;
      res.end('{}');
    });
    try {
      for (const [path, id] of [
        ['/api/candidates?q=camille.martin@exemple.fr&limit=20', 'req-ok-1'],
        ['/missing', 'req-missing-2'],
        ['/down', 'req-down-3'],
        ['/bug', 'req-bug-4'],
        ['/api/health', 'req-health-5'],
      ]) {
        await fetch(base + path, { headers: { 'x-request-id': id } }).then((r) => r.text());
      }
      await Promise.all(ended);
    } finally {
      await close();
    }
    const logged = parse(lines());
    expect(lines()).not.toContain('camille');
    // The line logged by the handler carries the request's id without being given it.
    expect(logged.filter((l) => l.msg === 'work').map((l) => l.reqId)).toEqual(['req-ok-1', 'req-missing-2', 'req-down-3', 'req-bug-4', 'req-health-5']);
    const requests = logged.filter((l) => l.msg === 'request completed');
    expect(requests.map((l) => [l.reqId, l.level, (l.res as { statusCode: number }).statusCode])).toEqual([
      ['req-ok-1', 30, 200],
      ['req-missing-2', 40, 404],
      // A dependency down is logged once per outage elsewhere, not as an error per request.
      ['req-down-3', 40, 503],
      ['req-bug-4', 50, 500],
    ]);
    expect(requests[0]).toMatchObject({ req: { id: 'req-ok-1', method: 'GET', url: expect.stringMatching(/^\/api\/candidates\?q=.*&limit=20$/) } });
    expect(typeof requests[0].responseTime).toBe('number');
  });

  it('says when the client left before the answer, and writes nothing below the level asked', async () => {
    const atInfo = capture('info');
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const server = await serve(atInfo.logger, () => arrived());
    const controller = new AbortController();
    const request = fetch(`${server.base}/slow`, { headers: { 'x-request-id': 'req-left-6' }, signal: controller.signal }).catch(() => undefined);
    await arrival;
    controller.abort();
    await request;
    await Promise.all(server.ended);
    await server.close();
    expect(parse(atInfo.lines())).toEqual([expect.objectContaining({ reqId: 'req-left-6', msg: 'request aborted' })]);

    const atWarn = capture('warn');
    const quiet = await serve(atWarn.logger, (_req, res) => res.end('{}'));
    await fetch(quiet.base + '/fine', { headers: { 'x-request-id': 'req-fine-7' } }).then((r) => r.text());
    await Promise.all(quiet.ended);
    await quiet.close();
    expect(atWarn.lines()).toBe('');
  });
});
