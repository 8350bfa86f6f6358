import { TestApp, createTestApp } from '@iae/testing';

/** Bad input on the search routes: a 400 problem+json naming the parameter, never a 500 nor a silent default. */
describe('search: bad input', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function refused(url: string, field: string, code: string) {
    const response = await t.http.get(url);
    expect({ url, status: response.status }).toEqual({ url, status: 400 });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('/api/problems/validation-error');
    expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(response.body.errors[0].message).toMatch(/[a-zé]/);
    return response.body;
  }

  it.each([
    ['/api/search/job-offers?q=cuisinier', 'commune', 'isDefined'],
    ['/api/search/job-offers?commune=lyon', 'commune', 'matches'],
    ['/api/search/job-offers?commune=69123&radius=7', 'radius', 'isIn'],
    ['/api/search/job-offers?commune=69123&radius=loin', 'radius', 'isIn'],
    ['/api/search/job-offers?commune=69123&kind=SCOP', 'kind', 'isIn'],
    ['/api/search/job-offers?commune=69123&kind=ACI&kind=XYZ', 'kind', 'isIn'],
    ['/api/search/job-offers?commune=69123&departement=99', 'departement', 'isIn'],
    ['/api/search/job-offers?commune=69123&contractType=CDI', 'contractType', 'isIn'],
    ['/api/search/job-offers?commune=69123&domain=Z', 'domain', 'isIn'],
    ['/api/search/job-offers?commune=69123&rome=Z9999', 'rome', 'matches'],
    ['/api/search/job-offers?commune=69123&hoursMin=0', 'hoursMin', 'min'],
    ['/api/search/job-offers?commune=69123&resumeOptional=oui', 'resumeOptional', 'isBoolean'],
    ['/api/search/job-offers?commune=69123&sort=popularity', 'sort', 'isIn'],
    ['/api/search/job-offers?commune=69123&limit=101', 'limit', 'max'],
    ['/api/search/job-offers?commune=69123&q=a&q=b', 'q', 'notRepeatable'],
    ['/api/search/structures?commune=69123&radius=1000', 'radius', 'isIn'],
    ['/api/search/prescribers?commune=69123&radius=3', 'radius', 'isIn'],
    ['/api/search/prescribers?commune=69123&kind=ACI', 'kind', 'isIn'],
    ['/api/search/suggestions?commune=69123&appellation=13861&maxDistanceKm=500', 'maxDistanceKm', 'max'],
    ['/api/search/suggestions?commune=69123&appellation=cuisinier', 'appellation', 'matches'],
  ])('%s names %s', async (url, field, code) => {
    await refused(url, field, code);
  });

  it('refuses a commune that does not exist', async () => {
    const body = await refused('/api/search/job-offers?commune=99999', 'commune', 'unknownCommune');
    expect(body.detail).toBe('Aucune commune n’a le code INSEE 99999.');
    await refused('/api/search/structures?commune=2A999', 'commune', 'unknownCommune');
    await refused('/api/search/prescribers?commune=75000', 'commune', 'unknownCommune');
  });

  it('refuses a ROME code or an appellation the referential does not know', async () => {
    await refused('/api/search/job-offers?commune=69123&rome=A9999', 'rome', 'unknownRome');
    await refused('/api/search/suggestions?commune=69123&appellation=999999999', 'appellation', 'unknownAppellation');
    await refused('/api/search/suggestions?commune=69123&rome=N9999', 'rome', 'unknownRome');
  });

  it('refuses a 10,000-character query', async () => {
    await refused(`/api/search/job-offers?commune=69123&q=${'cuisinier'.repeat(1112)}`, 'q', 'maxLength');
  });

  it('refuses a cursor it did not issue', async () => {
    await refused('/api/search/job-offers?commune=69123&cursor=pas-un-curseur', 'cursor', 'invalidCursor');
    const tooFar = Buffer.from(JSON.stringify([5000])).toString('base64url');
    await refused(`/api/search/structures?commune=69123&cursor=${tooFar}`, 'cursor', 'invalidCursor');
    const negative = Buffer.from(JSON.stringify([-20])).toString('base64url');
    await refused(`/api/search/job-offers?commune=69123&cursor=${negative}`, 'cursor', 'invalidCursor');
  });

  it('refuses an hours range upside down, and suggestions without any métier', async () => {
    await refused('/api/search/job-offers?commune=69123&hoursMin=35&hoursMax=20', 'hoursMax', 'hoursRange');
    await refused('/api/search/suggestions?commune=69123&appellation=13861&hoursMin=35&hoursMax=20', 'hoursMax', 'hoursRange');
    await refused('/api/search/suggestions?commune=69123', 'appellation', 'isDefined');
  });

  it('answers an empty query with a place: everything near it (nothing here), nearest first', async () => {
    const body = (await t.http.get('/api/search/job-offers?commune=69123').expect(200)).body;
    expect(body).toMatchObject({ items: [], total: 0, nextCursor: null, origin: { communeCode: '69123', communeName: 'Lyon', radiusKm: 25 } });
  });
});
