import { TestApp, createTestApp } from '@iae/testing';

/** Inputs that once reached a 500: each is now a 4xx problem naming what is wrong. */
describe('malformed input at the edges', () => {
  let t: TestApp;
  const origin = 'http://iae.test';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers a session cookie that is not percent-encoded as an unknown session', async () => {
    const refresh = await t.http.post('/api/auth/refresh').set('cookie', 'iae_refresh=%').set('origin', origin).send({}).expect(401);
    expect(refresh.headers['content-type']).toMatch(/application\/problem\+json/);
    // Logging out of a session that does not exist has nothing to end.
    await t.http.post('/api/auth/logout').set('cookie', 'iae_refresh=%E0%A4%A').set('origin', origin).send({}).expect(204);
  });

  it('refuses a period outside the calendar, naming the date', async () => {
    for (const to of ['9999-12-31', '0100-06-01']) {
      const response = await t.http.get('/api/stats/candidatures').query({ to }).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'isDate' })]);
    }
    // The first and last years accepted: their default periods reach a year before and a day after.
    for (const to of ['1900-06-01', '2999-12-31']) await t.http.get('/api/stats/candidatures').query({ to }).expect(200);
  });

  it('refuses a cursor whose key holds a NUL, naming the cursor', async () => {
    const cursor = Buffer.from(JSON.stringify(['\u0000', null])).toString('base64url');
    const response = await t.http.get('/api/employers').query({ cursor }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })]);
  });
});
