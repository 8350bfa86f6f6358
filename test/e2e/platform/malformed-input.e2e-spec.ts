import { TestApp, createHabilitatedPrescriber, createOrienteur, createStaff, createTestApp } from '@iae/testing';

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

  it('refuses a cursor whose key does not hold what its list sorts by, naming the cursor (the database refused it: a 400 naming nothing)', async () => {
    const staff = await createStaff(t);
    const orienteur = await createOrienteur(t);
    const prescriber = await createHabilitatedPrescriber(t);
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const lists: Array<[string, Record<string, string>]> = [
      ['/api/emails', staff.headers],
      ['/api/employers', staff.headers],
      ['/api/prescriber-organizations', staff.headers],
      ['/api/prescriber-organizations/awaiting-authorization', staff.headers],
      ['/api/candidates', orienteur.headers],
      [`/api/organizations/${orienteur.organization.id}/members`, orienteur.headers],
      ['/api/prolongation-requests', prescriber.headers],
    ];
    for (const [url, headers] of lists) {
      for (const key of [
        ['x', 'x'],
        [1, 2],
        ['x', '3f1c6f8e-2b7a-4c1e-9d3f-5a6b7c8d9e0f', 'x'],
      ]) {
        const response = await t.http
          .get(url)
          .query({ cursor: forged(key) })
          .set(headers);
        expect({ url, status: response.status, errors: response.body.errors }).toEqual({
          url,
          status: 400,
          errors: [expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })],
        });
      }
    }
  });

  it('names a value of the wrong type by its type, in French, once per field', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const response = await t.http
      .post('/api/candidatures')
      .set(prescriber.headers)
      .send({ employerId: 'nope', jobDescriptionIds: ['x'], message: 123, resumeFileId: [] })
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'employerId', code: 'isUuid', message: 'Le champ « employerId » doit être un identifiant UUID.' },
        { field: 'jobDescriptionIds', code: 'isUuid', message: expect.stringContaining('UUID') },
        { field: 'message', code: 'isString', message: 'Le champ « message » doit être une chaîne de caractères.' },
      ]),
    );
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual([...new Set(fields)]);
  });
});
