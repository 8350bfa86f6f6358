import {
  TestApp,
  createCandidate,
  createHabilitatedPrescriber,
  createSiae,
  createStaff,
  createTestApp,
  siretOfSameCompany,
  testNir,
  validSiret,
} from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Input the validation let through and the database (or the code behind it) refused with a 500:
 * every DTO says what it requires and what may be null, the OpenAPI document shows it, and the
 * answer is a 400 naming the field.
 */
describe('abuse: what a request must carry', () => {
  let t: TestApp;
  const logFile = abuseLogFile('required-fields');
  let schemas: Record<string, { required?: string[]; properties: Record<string, { nullable?: boolean }> }>;

  beforeAll(async () => {
    t = await createTestApp({ logFile });
    schemas = (await t.http.get('/api/docs-json').expect(200)).body.components.schemas;
  });
  afterAll(() => t.close());

  async function expectFieldError(
    response: { status: number; headers: Record<string, string>; body: { errors?: Array<{ field: string; code: string; message: string }> } },
    field: string,
  ) {
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }

  it('a candidate’s first and last names, missing or null', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const body = { title: 'MME', birthDate: '1990-04-12', nir: testNir('MME', '1990-04-12'), franceTravailIdMissingReason: 'forgotten' };
    for (const field of ['firstName', 'lastName']) {
      const other = field === 'firstName' ? { lastName: 'Martin' } : { firstName: 'Camille' };
      const missing = await t.http
        .post('/api/candidates')
        .set(prescriber.headers)
        .send({ ...body, ...other });
      await expectFieldError(missing, field);
      expect(missing.body.errors.find((e: { field: string }) => e.field === field)).toMatchObject({
        code: 'isDefined',
        message: `Le champ « ${field} » est obligatoire.`,
      });
      await expectFieldError(
        await t.http
          .post('/api/candidates')
          .set(prescriber.headers)
          .send({ ...body, ...other, [field]: null }),
        field,
      );
    }
    expect(schemas.CreateCandidateDto.required).toEqual(expect.arrayContaining(['firstName', 'lastName', 'birthDate']));
  });

  it('an employer’s and an antenne’s address', async () => {
    const staff = await createStaff(t);
    const employer = { kind: 'EI', name: 'Envie Nord', siret: validSiret() };
    await expectFieldError(await t.http.post('/api/employers').set(staff.headers).send(employer), 'address');
    await expectFieldError(
      await t.http
        .post('/api/employers')
        .set(staff.headers)
        .send({ ...employer, address: null }),
      'address',
    );
    const siae = await createSiae(t, 'ACI');
    const antenne = { name: 'Antenne de Roubaix', siret: siretOfSameCompany(siae.organization.siret as string) };
    await expectFieldError(await t.http.post(`/api/employers/${siae.organization.id}/antennes`).set(siae.headers).send(antenne), 'address');
    expect(schemas.CreateEmployerDto.required).toEqual(expect.arrayContaining(['kind', 'name', 'siret', 'address']));
    expect(schemas.CreateAntenneDto.required).toEqual(expect.arrayContaining(['name', 'siret', 'address']));
  });

  it('a job description’s appellation, and open positions that are not null', async () => {
    const siae = await createSiae(t, 'ACI');
    const url = `/api/employers/${siae.organization.id}/job-descriptions`;
    await expectFieldError(await t.http.post(url).set(siae.headers).send({ contractType: 'FIXED_TERM_I' }), 'appellationCode');
    const [{ code }] = await t.dataSource.query(`SELECT code FROM appellations ORDER BY code LIMIT 1`);
    await expectFieldError(
      await t.http.post(url).set(siae.headers).send({ appellationCode: code, contractType: 'FIXED_TERM_I', openPositions: null }),
      'openPositions',
    );
    const created = await t.http.post(url).set(siae.headers).send({ appellationCode: code, contractType: 'FIXED_TERM_I' }).expect(201);
    await expectFieldError(await t.http.patch(`${url}/${created.body.id}`).set(siae.headers).send({ openPositions: null }), 'openPositions');
    expect(schemas.CreateJobDescriptionDto.required).toEqual(expect.arrayContaining(['appellationCode', 'contractType']));
    expect(schemas.UpdateJobDescriptionDto.properties.openPositions.nullable).toBeFalsy();
  });

  it('a prescriber organisation’s SIRET, never null', async () => {
    const staff = await createStaff(t);
    await expectFieldError(
      await t.http.post('/api/prescriber-organizations').set(staff.headers).send({ kind: 'OTHER', name: 'Entraide', siret: null }),
      'siret',
    );
  });

  it('a staff reason without control characters', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const candidate = await createCandidate(t, prescriber);
    const staff = await createStaff(t);
    for (const reason of ['%00', 'Contr%C3%B4le%00', 'a\tb']) {
      const response = await t.http.get(`/api/candidates/${candidate.id}`).set(staff.headers).set('x-access-reason', reason);
      await expectFieldError(response, 'X-Access-Reason');
    }
    await t.http.get(`/api/candidates/${candidate.id}`).set(staff.headers).set('x-access-reason', encodeURIComponent('Contrôle de la fiche')).expect(200);
  });

  it('text that is text: no NUL, no half surrogate pair', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    await expectFieldError(await t.http.post('/api/candidates/lookup').set(prescriber.headers).send({ email: 'a\ud800@exemple.fr' }), 'email');
    await expectFieldError(
      await t.http.post('/api/auth/signup').send({ email: 'x@exemple.fr', password: 'une-phrase\u0000-longue', firstName: 'A', lastName: 'B' }),
      'password',
    );
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('required-fields', expectLogFree(logFile, await databaseLedger(t.dataSource, [])));
  });
});
