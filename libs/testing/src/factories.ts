import * as argon2 from 'argon2';
import TestAgent from 'supertest/lib/agent';
import { siretWithKey } from '@iae/core';
import { DataSource } from 'typeorm';

const FIRST_NAMES = ['Camille', 'Léa', 'Nadia', 'Thomas', 'Mamadou', 'Sarah', 'Yanis', 'Chloé', 'Hugo', 'Fatou', 'Julie', 'Kevin'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Traoré', 'Nguyen', 'Roux', 'Fontaine', 'Chevalier', 'Haddad', 'Perrin', 'Faure'];

let sequence = 0;
const next = () => ++sequence;
const pick = <T>(list: T[]) => list[next() % list.length];

export const TEST_PASSWORD = 'un-mot-de-passe-de-test';

/** A SIRET whose Luhn key is right, different at every call. */
export function validSiret(): string {
  return siretWithKey(`8${String(Date.now() % 1e6).padStart(6, '0')}${String(next()).padStart(6, '0')}`.slice(0, 13));
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export async function createUser(
  dataSource: DataSource,
  overrides: Partial<{
    email: string;
    password: string;
    firstName: string;
    lastName: string;
    kind: 'professional' | 'candidate';
    isStaff: boolean;
    confirmed: boolean;
    disabled: boolean;
  }> = {},
): Promise<TestUser> {
  const firstName = overrides.firstName ?? pick(FIRST_NAMES);
  const lastName = overrides.lastName ?? pick(LAST_NAMES);
  const email =
    overrides.email ??
    `${firstName}.${lastName}.${next()}@exemple.fr`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  const password = overrides.password ?? TEST_PASSWORD;
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
  const [{ id }] = await dataSource.query(
    `INSERT INTO users (email, password_hash, first_name, last_name, kind, is_staff, email_confirmed_at, disabled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      email,
      hash,
      firstName,
      lastName,
      overrides.kind ?? 'professional',
      overrides.isStaff ?? false,
      overrides.confirmed === false ? null : new Date(),
      overrides.disabled ? new Date() : null,
    ],
  );
  return { id, email, password, firstName, lastName };
}

export interface TestOrganization {
  id: string;
  family: 'employer' | 'prescriber' | 'institution';
  kind: string;
  name: string;
  siret: string | null;
}

export async function createOrganization(
  dataSource: DataSource,
  input: {
    family: TestOrganization['family'];
    kind: string;
    name?: string;
    siret?: string | null;
    authorizationStatus?: string;
    departmentCode?: string;
    regionCode?: string;
    communeCode?: string;
  },
): Promise<TestOrganization> {
  const name = input.name ?? `${input.kind} ${pick(['de Lyon', 'de Lille', 'du Havre', 'de Nantes', 'de Montreuil', 'de Tourcoing'])} ${next()}`;
  const siret = input.siret === undefined ? (input.family === 'institution' ? null : validSiret()) : input.siret;
  const authorization = input.family === 'prescriber' ? (input.authorizationStatus ?? (input.kind === 'OTHER' ? 'not_required' : 'validated')) : null;
  const [{ id }] = await dataSource.query(
    `INSERT INTO organizations (family, kind, name, siret, authorization_status, department_code, region_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [input.family, input.kind, name, siret, authorization, input.departmentCode ?? null, input.regionCode ?? null],
  );
  // Each family's profile, at the centre of Lyon unless told otherwise.
  const communeCode = input.communeCode ?? '69123';
  if (input.family === 'employer') {
    await dataSource.query(
      `INSERT INTO employers (id, kind, address_line, postal_code, commune_code, latitude, longitude, source)
       SELECT $1, $2, '1 place Bellecour', postal_codes[1], code, latitude, longitude, 'staff' FROM communes WHERE code = $3`,
      [id, input.kind, communeCode],
    );
  }
  if (input.family === 'prescriber') {
    await dataSource.query(
      `INSERT INTO prescriber_organizations (id, kind, safir_code, address_line, postal_code, commune_code, latitude, longitude, description, habilitation_basis)
       SELECT $1, $2, $3, '10 rue de la Charité', postal_codes[1], code, latitude, longitude, 'Organisation de test.', $4 FROM communes WHERE code = $5`,
      [id, input.kind, input.kind === 'FT' ? String(10000 + next()).slice(-5) : null, authorization === 'validated' ? 'law' : null, communeCode],
    );
  }
  return { id, family: input.family, kind: input.kind, name, siret };
}

/** Another establishment (same SIREN) of the company owning `siret`, with a right key. */
export function siretOfSameCompany(siret: string): string {
  return siretWithKey(`${siret.slice(0, 9)}${String((next() % 9000) + 1000)}`);
}

export async function addMember(dataSource: DataSource, userId: string, organizationId: string, role: 'admin' | 'member'): Promise<void> {
  await dataSource.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3)`, [userId, organizationId, role]);
}

export async function login(http: TestAgent, user: { email: string; password: string }): Promise<string> {
  const response = await http.post('/api/auth/login').send({ email: user.email, password: user.password });
  if (response.status !== 200) throw new Error(`Login of ${user.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken as string;
}

export interface Member {
  user: TestUser;
  organization: TestOrganization;
  token: string;
  /** Headers to act for the organisation. */
  headers: Record<string, string>;
}

async function memberOf(dataSource: DataSource, http: TestAgent, organization: TestOrganization, role: 'admin' | 'member' = 'admin'): Promise<Member> {
  const user = await createUser(dataSource);
  await addMember(dataSource, user.id, organization.id, role);
  const token = await login(http, user);
  return { user, organization, token, headers: { authorization: `Bearer ${token}`, 'x-organization-id': organization.id } };
}

type Ctx = { dataSource: DataSource; http: TestAgent };

export async function createSiae(ctx: Ctx, kind = 'ACI', role: 'admin' | 'member' = 'admin'): Promise<Member> {
  return memberOf(ctx.dataSource, ctx.http, await createOrganization(ctx.dataSource, { family: 'employer', kind }), role);
}

export async function createHabilitatedPrescriber(ctx: Ctx, kind = 'ML', role: 'admin' | 'member' = 'admin'): Promise<Member> {
  return memberOf(ctx.dataSource, ctx.http, await createOrganization(ctx.dataSource, { family: 'prescriber', kind, authorizationStatus: 'validated' }), role);
}

export async function createOrienteur(ctx: Ctx, role: 'admin' | 'member' = 'admin'): Promise<Member> {
  return memberOf(ctx.dataSource, ctx.http, await createOrganization(ctx.dataSource, { family: 'prescriber', kind: 'OTHER' }), role);
}

export async function createDdets(ctx: Ctx, departmentCode = '69', role: 'admin' | 'member' = 'admin'): Promise<Member> {
  return memberOf(
    ctx.dataSource,
    ctx.http,
    await createOrganization(ctx.dataSource, { family: 'institution', kind: 'DDETS_IAE', name: `DDETS ${departmentCode}`, departmentCode }),
    role,
  );
}

export async function createStaff(ctx: Ctx): Promise<{ user: TestUser; token: string; headers: Record<string, string> }> {
  const user = await createUser(ctx.dataSource, { isStaff: true });
  const token = await login(ctx.http, user);
  return { user, token, headers: { authorization: `Bearer ${token}` } };
}

export async function createCandidateAccount(ctx: Ctx): Promise<{ user: TestUser; token: string; headers: Record<string, string> }> {
  const user = await createUser(ctx.dataSource, { kind: 'candidate' });
  const token = await login(ctx.http, user);
  return { user, token, headers: { authorization: `Bearer ${token}` } };
}

/** The file a candidate account creates for itself (without a NIR); returns the API's view. */
export async function createOwnCandidateFile(
  ctx: Ctx,
  account: { user: TestUser; headers: Record<string, string> },
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const body = {
    title: 'MME',
    firstName: 'Léa',
    lastName: 'Roux',
    birthDate: '1990-01-01',
    nirMissingReason: 'no_nir',
    franceTravailIdMissingReason: 'forgotten',
    email: account.user.email,
    ...overrides,
  };
  return (await ctx.http.post('/api/me/candidate').set(account.headers).send(body).expect(201)).body;
}

let nirSerial = 0;

/** A NIR with its right key, consistent with the title and birth date (born in the Rhône). */
export function testNir(title: 'M' | 'MME', birthDate: string): string {
  nirSerial += 1;
  const commune = String(1 + Math.floor(Math.random() * 989)).padStart(3, '0');
  const order = String(1 + ((process.pid * 31 + nirSerial) % 999)).padStart(3, '0');
  const first13 = `${title === 'M' ? 1 : 2}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}69${commune}${order}`;
  const key = 97 - Number(BigInt(first13) % 97n);
  return `${first13}${String(key).padStart(2, '0')}`;
}

/** A candidate registered by a professional (who then follows them); returns the API's view. */
export async function createCandidate(ctx: Ctx, by: Member, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const title = (overrides.title as 'M' | 'MME' | undefined) ?? 'MME';
  const birthDate = (overrides.birthDate as string | undefined) ?? '1990-04-12';
  const body = {
    title,
    firstName: pick(FIRST_NAMES),
    lastName: pick(LAST_NAMES),
    birthDate,
    nir: testNir(title, birthDate),
    franceTravailIdMissingReason: 'not_registered',
    ...overrides,
  };
  const response = await ctx.http.post('/api/candidates').set(by.headers).send(body);
  if (response.status !== 201) throw new Error(`Creating a candidate failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
