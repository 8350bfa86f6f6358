/** The people of the fault suite and the actions of a burst, against the private deployment. */
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { addMember, createOrganization, createUser, testNir } from '@iae/testing';

export interface Actor {
  userId: string;
  email: string;
  password: string;
  organizationId?: string;
  headers: Record<string, string>;
}

export interface Answer {
  status: number; // 0: no answer (connection refused or cut)
  body: any;
  headers: Headers | null;
}

export async function call(baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed, headers: response.headers };
  } catch {
    return { status: 0, body: null, headers: null };
  }
}

/** The factories of libs/testing write through `query`; here on a plain pool. */
const asDataSource = (pool: Pool) => ({ query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows }) as unknown as DataSource;

export async function actor(pool: Pool, baseUrl: string, organization?: { family: 'employer' | 'prescriber'; kind: string }, staff = false): Promise<Actor> {
  const dataSource = asDataSource(pool);
  const user = await createUser(dataSource, { isStaff: staff });
  let organizationId: string | undefined;
  if (organization) {
    organizationId = (await createOrganization(dataSource, { ...organization, authorizationStatus: 'validated' })).id;
    await addMember(dataSource, user.id, organizationId, 'admin');
  }
  const login = await call(baseUrl, 'POST', '/api/auth/login', {}, { email: user.email, password: user.password });
  if (login.status !== 200) throw new Error(`Login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return {
    userId: user.id,
    email: user.email,
    password: user.password,
    organizationId,
    headers: { authorization: `Bearer ${login.body.accessToken}`, ...(organizationId ? { 'x-organization-id': organizationId } : {}) },
  };
}

let serial = 0;

/** One creation of the burst, sent with its Idempotency-Key; replayable after the fault. */
export interface Write {
  kind: 'candidate' | 'candidature';
  path: string;
  key: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  answer?: Answer;
}

export function candidateWrite(prescriber: Actor, run: string): Write {
  const n = ++serial;
  return {
    kind: 'candidate',
    path: '/api/candidates',
    key: `fault-${run}-candidate-${n}`,
    headers: prescriber.headers,
    body: {
      title: 'MME',
      firstName: 'Camille',
      lastName: `Panne${n}`,
      birthDate: '1991-05-17',
      nir: testNir('MME', '1991-05-17'),
      email: `camille.panne.${run}.${n}@exemple.fr`,
      franceTravailIdMissingReason: 'not_registered',
    },
  };
}

export function candidatureWrite(prescriber: Actor, candidateId: string, employerId: string, run: string): Write {
  return {
    kind: 'candidature',
    path: '/api/candidatures',
    key: `fault-${run}-candidature-${++serial}`,
    headers: prescriber.headers,
    body: { candidateId, employerId, message: 'Motivée, disponible, accompagnée depuis 6 mois.' },
  };
}

export async function send(baseUrl: () => string, write: Write): Promise<Answer> {
  return call(baseUrl(), 'POST', write.path, { ...write.headers, 'idempotency-key': write.key }, write.body);
}

/**
 * Runs the writes `concurrency` at a time; `fault` starts once `faultAfter` have been answered and runs
 * while the rest go on (it may wait on `answered()`, never on time).
 */
export async function burst(
  writes: Write[],
  options: {
    concurrency: number;
    baseUrl: () => string;
    faultAfter?: number;
    fault?: (answered: () => number) => Promise<void>;
    /** Awaited before each write: a client that waits for the service to be back. */
    gate?: () => Promise<void>;
  },
): Promise<void> {
  let next = 0;
  let answered = 0;
  let fault: Promise<void> | undefined;
  const lane = async () => {
    while (next < writes.length) {
      await options.gate?.();
      const write = writes[next++];
      if (!write) return;
      write.answer = await send(options.baseUrl, write);
      answered++;
      if (options.fault && !fault && answered >= (options.faultAfter ?? 0)) fault = options.fault(() => answered);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  await fault;
}
