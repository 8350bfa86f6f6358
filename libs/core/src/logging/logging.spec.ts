import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS, redactUrl } from './logging.module';

function capture(): { logger: pino.Logger; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { logger: pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream), lines: () => chunks.join('') };
}

describe('logs keep secrets and personal identifiers out', () => {
  it('redacts passwords, tokens and NIR wherever they sit one level down', () => {
    const { logger, lines } = capture();
    logger.info({ body: { email: 'a@exemple.fr', password: 'hunter2-hunter2', refreshToken: 'r-123', nir: '185057800608436' } }, 'login');
    logger.info({ candidate: { nir: '285057800608419' }, session: { accessToken: 'eyJ...' } }, 'read');
    const out = lines();
    for (const secret of ['hunter2', 'r-123', '185057800608436', '285057800608419', 'eyJ...']) expect(out).not.toContain(secret);
    expect(out).toContain('a@exemple.fr');
    expect(out).toContain('[redacted]');
  });

  it('redacts the Authorization header of a logged request', () => {
    const { logger, lines } = capture();
    logger.info({ req: { headers: { authorization: 'Bearer secret-token' } } }, 'request');
    expect(lines()).not.toContain('secret-token');
  });

  it('removes secret values from logged URLs', () => {
    expect(redactUrl('/api/auth/confirm-email?token=abc123')).toBe('/api/auth/confirm-email?token=[redacted]');
    expect(redactUrl('/api/candidates?nir=185057800608436&limit=5')).toBe('/api/candidates?nir=[redacted]&limit=5');
    expect(redactUrl('/api/health')).toBe('/api/health');
  });
});
