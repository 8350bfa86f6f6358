// The eligibility answer (issue 4) on the national data set: 1 million candidates, 2 million diagnoses.
import { ofBareAtLeast, p95AtMost } from './goals.mjs';
import { asBenchUsers, benchMembership, ensureUsers } from './users.mjs';

export const BENCH_PRESCRIBER = { name: 'Bench France Travail', family: 'prescriber', kind: 'FT', authorizationStatus: 'validated' };
const sample = { candidates: [], employers: [], organizationId: null };

async function prepare({ client }) {
  await ensureUsers(client);
  // The bench users also work for a habilitated prescriber, who may see every candidate.
  sample.organizationId = await benchMembership(client, BENCH_PRESCRIBER);
  sample.candidates = (await client.query(`SELECT id FROM candidates TABLESAMPLE SYSTEM (1) LIMIT 5000`)).rows.map((r) => r.id);
  sample.employers = (await client.query(`SELECT id FROM employers WHERE kind IN ('ACI', 'EI', 'AI', 'ETTI', 'EITI') ORDER BY random() LIMIT 500`)).rows.map(
    (r) => r.id,
  );
  if (sample.candidates.length < 1000) throw new Error('The eligibility scenario needs the national data set (npm run seed -- --scale=national).');
}

export const ELIGIBILITY_SCENARIOS = [
  {
    name: 'GET /api/candidates/{id}/eligibility?employer= (1 M candidates, 2 M diagnoses, 4 clients)',
    needsNationalSeed: true,
    prepare,
    goals: [p95AtMost(10), ofBareAtLeast(25)],
    options: ({ port }) =>
      asBenchUsers(port, { connections: 4, method: 'GET' }, (n, tokens) => ({
        path: `/api/candidates/${sample.candidates[(n * 7) % sample.candidates.length]}/eligibility?employer=${sample.employers[n % sample.employers.length]}`,
        headers: { authorization: `Bearer ${tokens[n % tokens.length]}`, 'x-organization-id': sample.organizationId },
      })),
  },
];
