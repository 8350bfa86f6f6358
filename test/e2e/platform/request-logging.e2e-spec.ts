import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, createTestApp, eventually } from '@iae/testing';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

describe('each API request is logged once, under the id its answer carries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iae-request-log-'));
  const logFile = join(dir, 'api.log');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ logFile });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const lines = (): LogLine[] =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine);
  /** The request lines of one id, once the server has written them (after the answer reached the client). */
  const requestLines = (id: string, count = 1) =>
    eventually(
      async () => lines().filter((l) => l.reqId === id && l.msg.startsWith('request')),
      (found) => found.length >= count,
    );

  it('writes the id of the X-Request-Id header, the method, the URL without personal data, the status and the duration', async () => {
    const answer = await t.http.get('/api/communes?q=camille.martin@exemple.fr').set('x-request-id', 'e2e-log-0001');
    expect(answer.headers['x-request-id']).toBe('e2e-log-0001');
    const [line, ...others] = await requestLines('e2e-log-0001');
    expect(others).toEqual([]);
    expect(line).toMatchObject({ level: answer.status >= 400 ? 40 : 30, msg: 'request completed', req: { id: 'e2e-log-0001', method: 'GET' } });
    expect(line.req!.url).toMatch(/^\/api\/communes\?q=/);
    expect(line.res!.statusCode).toBe(answer.status);
    expect(typeof line.responseTime).toBe('number');
    expect(readFileSync(logFile, 'utf8')).not.toContain('camille');
  });

  it('keeps a route’s own long words in the logged URL, and redacts a long segment no route has', async () => {
    const id = '0b0e5a1e-9f7b-4c8a-8d4e-2a1f3c5d7e9a';
    await t.http.get(`/api/prescriber-organizations/${id}/habilitation-requests`).set('x-request-id', 'e2e-log-0010');
    await t.http.get('/api/candidates/jean-pierre-martin-dupont').set('x-request-id', 'e2e-log-0011');
    const [route] = await requestLines('e2e-log-0010');
    expect(route.req!.url).toBe(`/api/prescriber-organizations/${id}/habilitation-requests`);
    const [typed] = await requestLines('e2e-log-0011');
    expect(typed.req!.url).toBe('/api/candidates/[redacted]');
  });

  it('logs a refusal as a warning, and no line for the health checks', async () => {
    const refused = await t.http.get('/api/me').set('x-request-id', 'e2e-log-0002');
    expect(refused.status).toBe(401);
    await t.http.get('/api/health').set('x-request-id', 'e2e-log-0003');
    const [line] = await requestLines('e2e-log-0002');
    expect(line).toMatchObject({ level: 40, res: { statusCode: 401 }, req: { url: '/api/me' } });
    // Written after the refusal's line: had the health check been logged, it would be there too.
    await t.http.get('/api/me').set('x-request-id', 'e2e-log-0004');
    await requestLines('e2e-log-0004');
    expect(lines().filter((l) => l.reqId === 'e2e-log-0003')).toEqual([]);
  });

  it('replaces a caller’s id that the logs could not write as it is, so that the answer and the log still agree', async () => {
    // A long digit string would be scrubbed as a NIR in the log while the answer echoed it.
    const answer = await t.http.get('/api/me').set('x-request-id', '1733500000000');
    const id = answer.headers['x-request-id'] as string;
    expect(id).not.toBe('1733500000000');
    expect(await requestLines(id)).toHaveLength(1);
  });
});
