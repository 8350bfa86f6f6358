import pino from 'pino';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { loggerOptions, redactUrl } from './logging.module';
import { scrubText } from './scrub';

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
    expect(scrubText('PASS IAE 999990000123, SIAE 12 rue, id 0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a')).toBe(
      'PASS IAE 999990000123, SIAE 12 rue, id 0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a',
    );
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
    expect(redactUrl('/api/invitations/q3Jx0c9sVt8dE3kP1mZyW2bH5nR7aL4fG6hJ9uT0oIw/accept')).toBe('/api/invitations/[redacted]/accept');
    expect(redactUrl('/api/users/camille%40exemple.fr')).toBe('/api/users/[redacted]');
    expect(redactUrl('/api/candidates/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/diagnostic')).toBe(
      '/api/candidates/0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a/diagnostic',
    );
    expect(redactUrl('/api/pass-iae/999990000001')).toBe('/api/pass-iae/999990000001');
    expect(redactUrl('/api/health')).toBe('/api/health');
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
