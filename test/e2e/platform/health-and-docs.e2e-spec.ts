import { Logger } from '@nestjs/common';
import { TestApp, createTestApp } from '@iae/testing';

describe('platform: health, API documentation, problems', () => {
  let t: TestApp;
  const warnings: string[] = [];
  beforeAll(async () => {
    // Two DTO classes of the same name would silently share one OpenAPI schema: the generator only warns.
    const warn = jest.spyOn(Logger, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
    t = await createTestApp();
    warn.mockRestore();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (PostgreSQL and Redis reachable)', async () => {
    await t.http.get('/api/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('names every OpenAPI schema once', () => {
    expect(warnings.filter((w) => w.includes('Duplicate DTO'))).toEqual([]);
  });

  it('serves the OpenAPI UI and document, every operation with its responses', async () => {
    const ui = await t.http.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
    const { body: doc } = await t.http.get('/api/docs-json').expect(200);
    expect(doc.info.title).toBe('Plateforme IAE — API');
    expect(doc.components.schemas.ProblemDocument).toBeDefined();
    expect(doc.components.securitySchemes.bearer).toBeDefined();
    for (const [path, operations] of Object.entries<Record<string, { summary?: string; responses: Record<string, unknown>; security?: unknown[] }>>(
      doc.paths,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, summary: !!operation.summary }).toEqual({ route: `${method} ${path}`, summary: true });
        // Success is a 2xx, or the 303 of a route that sends the browser elsewhere (ProConnect's start).
        expect({ route: `${method} ${path}`, success: Object.keys(operation.responses).some((status) => /^(2|303$)/.test(status)) }).toEqual({
          route: `${method} ${path}`,
          success: true,
        });
      }
    }
    expect(doc.paths['/api/me'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/organizations/{organizationId}/members'].get.responses['403']).toBeDefined();
  });

  it('answers an unknown address with a 404 problem', async () => {
    const response = await t.http.get('/api/nothing-here').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: '/api/problems/not-found', status: 404, title: 'Ressource introuvable' });
  });

  it('lists every problem type, each with a French title and description', async () => {
    const { body } = await t.http.get('/api/problems').expect(200);
    const slugs = body.map((p: { slug: string }) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['validation-error', 'unauthenticated', 'forbidden', 'not-found', 'rate-limited', 'last-admin']));
    const one = await t.http.get('/api/problems/last-admin').expect(200);
    expect(one.body).toMatchObject({ type: '/api/problems/last-admin', status: 409 });
    await t.http.get('/api/problems/no-such-problem').expect(404);
  });

  it('carries a request id, the caller’s or a new one', async () => {
    const given = await t.http.get('/api/health').set('x-request-id', 'trace-123').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await t.http.get('/api/health').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
