import { Socket } from 'node:net';
import { TestApp, createTestApp } from '@iae/testing';
import { listeningPort, openSocket, parseRawResponse, rawExchange, readUntilClosed } from './raw-http';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * What a careless or hostile client does to the HTTP layer itself: bodies built to be expensive,
 * requests that never finish, too many connections, requests Fastify refuses before any route.
 * Every answer is a problem+json, and none costs more than a 4xx.
 */
describe('abuse: the HTTP layer', () => {
  let t: TestApp;
  const logFile = abuseLogFile('http-edges');
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({ logFile, env: { HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS_PER_CLIENT: '6' } });
    port = await listeningPort(t);
  });
  afterAll(() => t.close());

  const isProblem = (contentType: string | undefined) => expect(contentType).toMatch(/^application\/problem\+json/);

  describe('JSON bodies too complex to be worth reading', () => {
    const deep = (levels: number) => `{"email":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)},"password":"x"}`;

    it('refuses a body nested 3,000 levels deep with a 400, not a stack overflow', async () => {
      const response = await t.http.post('/api/auth/login').set('content-type', 'application/json').send(deep(3_000));
      expect(response.status).toBe(400);
      isProblem(response.headers['content-type']);
      expect(response.body).toMatchObject({ type: '/api/problems/body-too-complex', limits: { maxDepth: 20 } });
    });

    it('refuses a body of 160,000 tiny values before transforming it', async () => {
      const wide = `{"email":[${Array(40_000).fill('[[[1]]]').join(',')}],"password":"x"}`;
      const response = await t.http.post('/api/auth/signup').set('content-type', 'application/json').send(wide);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('/api/problems/body-too-complex');
    });

    it('still reads a body nested as deep as our forms are', async () => {
      const response = await t.http.post('/api/auth/login').send({ email: { a: { b: 1 } }, password: 'x' });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('email');
    });
  });

  describe('errors Fastify and Node raise before any route, as problem+json', () => {
    it('431 for headers over the size limit', async () => {
      const response = await rawExchange(port, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(response.status).toBe(431);
      isProblem(response.headers['content-type']);
      expect(JSON.parse(response.body)).toMatchObject({ type: '/api/problems/headers-too-large', status: 431 });
    });

    it('400 for a request line that is not HTTP', async () => {
      const response = await rawExchange(port, 'HELLO\r\n\r\n');
      expect(response.status).toBe(400);
      isProblem(response.headers['content-type']);
      expect(JSON.parse(response.body).type).toBe('/api/problems/bad-request');
    });

    it('400 for a path that does not decode', async () => {
      const response = await t.http.get('/api/candidates/%E0%A4%A');
      expect(response.status).toBe(400);
      isProblem(response.headers['content-type']);
      expect(response.body.type).toBe('/api/problems/bad-request');
    });

    it('414 for a path parameter longer than any identifier', async () => {
      const response = await t.http.get(`/api/communes/${'7'.repeat(400)}`);
      expect(response.status).toBe(414);
      isProblem(response.headers['content-type']);
      expect(response.body.type).toBe('/api/problems/uri-too-long');
    });
  });

  describe('connections that hold the server', () => {
    it('answers 408 and closes a request whose body never finishes', async () => {
      const socket = await openSocket(port);
      const answer = readUntilClosed(socket);
      socket.write('POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"em');
      // Nothing more is sent: the server must give up on its own.
      const response = parseRawResponse(await answer);
      expect(response.status).toBe(408);
      isProblem(response.headers['content-type']);
      expect(JSON.parse(response.body).type).toBe('/api/problems/request-timeout');
    });

    it('refuses connections from one client beyond its share, and keeps serving the others', async () => {
      const held = await Promise.all(Array.from({ length: 6 }, () => openSocket(port)));
      try {
        await heldConnections(held);
      } finally {
        held.forEach((socket) => socket.destroy());
      }
    });

    async function heldConnections(held: Socket[]): Promise<void> {
      const closedEarly = held.map(() => false);
      held.forEach((socket, i) => socket.once('close', () => (closedEarly[i] = true)));
      const extra = await openSocket(port);
      const extraAnswer = readUntilClosed(extra);
      extra.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
      const refused = parseRawResponse(await extraAnswer);
      expect(refused.status).toBe(429);
      isProblem(refused.headers['content-type']);
      expect(closedEarly).toEqual(held.map(() => false));

      // A connection already open still gets its answer.
      const answer = readUntilClosed(held[0]);
      held[0].write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(parseRawResponse(await answer).status).toBe(200);
    }
  });

  describe('the Content-Security-Policy', () => {
    it('allows no inline script on API answers', async () => {
      const response = await t.http.get('/api/health').expect(200);
      const csp = response.headers['content-security-policy'];
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('unsafe-inline');
    });

    it('lets the documentation page run its own scripts, there only', async () => {
      const response = await t.http.get('/api/docs').redirects(1);
      expect(response.status).toBe(200);
      expect(response.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    });
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('http-edges', expectLogFree(logFile, await databaseLedger(t.dataSource, [])));
  });
});
