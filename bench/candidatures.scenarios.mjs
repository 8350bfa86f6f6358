// Candidatures (issue 5) on the national data set: sending one, accepting one (PASS IAE issued), and the
// SIAE inbox with 2 million candidatures in the database.
import { BENCH_PRESCRIBER } from './eligibility.scenarios.mjs';
import { noErrors, ofBareAtLeast, p95AtMost, rateAtLeast } from './goals.mjs';
import { asBenchUsers, benchMembership, ensureUsers, joinAll, loginAll } from './users.mjs';

const ACCEPTANCES = 20_000;
const CYCLE_SIAE = 16;
const state = { prescriberId: null, pairs: [], hiringSiae: null, toAccept: [], inbox: [], cycle: { siae: [], people: [] } };
const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

async function prepareSending({ client }) {
  await ensureUsers(client);
  state.prescriberId = await benchMembership(client, BENCH_PRESCRIBER);
  // People who did not apply anywhere in the last 24 hours, each sent once to an employer of any kind.
  const candidates = (
    await client.query(
      `SELECT c.id FROM candidates c TABLESAMPLE SYSTEM (3)
        WHERE NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id AND x.created_at > now() - interval '1 day') LIMIT 20000`,
    )
  ).rows.map((r) => r.id);
  const employers = (
    await client.query(`SELECT id FROM employers WHERE source = 'seed' AND NOT block_candidatures AND spontaneous_candidatures_open`)
  ).rows.map((r) => r.id);
  state.pairs = candidates.map((candidateId, i) => ({ candidateId, employerId: employers[(i * 7919) % employers.length] }));
}

async function prepareAcceptance({ client }) {
  await ensureUsers(client);
  state.prescriberId = await benchMembership(client, BENCH_PRESCRIBER);
  state.hiringSiae = (await client.query(`SELECT id FROM employers WHERE source = 'seed' AND kind = 'ACI' ORDER BY id LIMIT 1`)).rows[0].id;
  await joinAll(client, state.hiringSiae);
  // Candidatures under study from people who never held a PASS, each with a fresh prescriber diagnosis.
  const { rows } = await client.query(
    `WITH people AS (
       SELECT c.id FROM candidates c TABLESAMPLE SYSTEM (5)
        WHERE NOT EXISTS (SELECT 1 FROM pass_iae p WHERE p.candidate_id = c.id) LIMIT $1),
     diagnoses AS (
       INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on)
       SELECT id, 'prescriber', $2, $4::date, ($4::date + interval '6 months')::date FROM people)
     INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_organization_id, sender_habilitated, message)
     SELECT id, $3, 'processing', 'prescriber', $2, true, 'Candidature du banc d’essai' FROM people RETURNING id`,
    [ACCEPTANCES, state.prescriberId, state.hiringSiae, parisToday()],
  );
  state.toAccept = rows.map((r) => r.id);
}

// People who never held a PASS, each with a fresh prescriber diagnosis and no candidature yet at the cycle's SIAE.
async function prepareCycle({ client }) {
  await ensureUsers(client);
  state.prescriberId = await benchMembership(client, BENCH_PRESCRIBER);
  state.cycle.siae = (
    await client.query(
      `SELECT id FROM employers WHERE source = 'seed' AND kind IN ('ACI', 'EI', 'AI', 'ETTI', 'EITI') AND NOT block_candidatures
          AND spontaneous_candidatures_open ORDER BY id LIMIT $1`,
      [CYCLE_SIAE],
    )
  ).rows.map((r) => r.id);
  for (const id of state.cycle.siae) await joinAll(client, id);
  const { rows } = await client.query(
    `WITH people AS (
       SELECT c.id FROM candidates c TABLESAMPLE SYSTEM (5)
        WHERE NOT EXISTS (SELECT 1 FROM pass_iae p WHERE p.candidate_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id AND x.employer_id = ANY($3::uuid[])) LIMIT $1)
     INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on)
     SELECT id, 'prescriber', $2, $4::date, ($4::date + interval '6 months')::date FROM people RETURNING candidate_id`,
    [ACCEPTANCES, state.prescriberId, state.cycle.siae, parisToday()],
  );
  state.cycle.people = rows.map((r) => r.candidate_id);
}

const LARGEST_INBOX = 60_000;

async function prepareInbox({ client }) {
  await ensureUsers(client);
  if (state.inbox.length) return;
  // Issue 15's worst case: one SIAE with 60,000 candidatures (the national seed spreads them, a few hundred each).
  const prescriberId = await benchMembership(client, BENCH_PRESCRIBER);
  const [largest] = (
    await client.query(
      `SELECT employer_id, count(*)::int AS n FROM candidatures c JOIN employers e ON e.id = c.employer_id
        WHERE e.source = 'seed' AND e.kind = 'ACI' GROUP BY employer_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows;
  if (largest.n < LARGEST_INBOX) {
    await client.query(
      `INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_organization_id, sender_habilitated, message, created_at, updated_at)
       SELECT c.id, $1, (ARRAY['new', 'processing', 'postponed', 'new', 'processing', 'new'])[1 + (abs(hashtext(c.id::text)) % 6)], 'prescriber', $2, true,
              'Candidature du banc d’essai', now() - make_interval(mins => abs(hashtext(c.id::text)) % 525600), now()
         FROM candidates c TABLESAMPLE SYSTEM (10)
        WHERE NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id AND x.employer_id = $1) LIMIT $3`,
      [largest.employer_id, prescriberId, LARGEST_INBOX - largest.n],
    );
    await client.query(`ANALYZE candidatures`);
  }
  // The five SIAE that received the most candidatures.
  state.inbox = (
    await client.query(
      `SELECT employer_id FROM candidatures c JOIN employers e ON e.id = c.employer_id WHERE e.source = 'seed' GROUP BY employer_id ORDER BY count(*) DESC LIMIT 5`,
    )
  ).rows.map((r) => r.employer_id);
  for (const id of state.inbox) await joinAll(client, id);
}

function authorised(tokens, n, organizationId) {
  return { authorization: `Bearer ${tokens[n % tokens.length]}`, 'x-organization-id': organizationId, 'content-type': 'application/json' };
}

const INBOX_QUERIES = ['', '?state=new,processing', '?state=accepted', '?limit=50'];
const NAME_FRAGMENTS = ['mar', 'dupont', 'lefèvre', 'zoé', 'xav', 'nguyen'];

export const CANDIDATURE_SCENARIOS = [
  {
    name: 'POST /api/candidatures (a prescriber sends; 2 M candidatures)',
    needsNationalSeed: true,
    prepare: prepareSending,
    options: ({ port }) =>
      asBenchUsers(port, { connections: 8, method: 'POST', path: '/api/candidatures' }, (n, tokens) => ({
        headers: authorised(tokens, n, state.prescriberId),
        body: JSON.stringify({ ...state.pairs[n % state.pairs.length], message: 'Motivé, disponible dès lundi.' }),
      })),
  },
  {
    name: 'POST /api/candidatures/{id}/acceptance (PASS IAE issued)',
    needsNationalSeed: true,
    prepare: prepareAcceptance,
    options: ({ port }) => {
      const body = JSON.stringify({ hiringStart: parisToday() });
      return asBenchUsers(port, { connections: Number(process.env.BENCH_ACCEPT_CONNECTIONS || 8), method: 'POST' }, (n, tokens) => ({
        path: `/api/candidatures/${state.toAccept[n % state.toAccept.length]}/acceptance`,
        headers: authorised(tokens, n, state.hiringSiae),
        body,
      }));
    },
  },
  {
    // One cycle = two requests: a habilitated prescriber sends, the SIAE hires (PASS IAE issued); cycles/s = req/s ÷ 2.
    name: 'send + accept cycle (POST /api/candidatures, then its acceptance; 16 SIAE)',
    needsNationalSeed: true,
    prepare: prepareCycle,
    options: async ({ port }) => {
      const tokens = await loginAll(port);
      let i = 0;
      const hiring = JSON.stringify({ hiringStart: parisToday() });
      return {
        connections: Number(process.env.BENCH_CYCLE_CONNECTIONS || 16),
        requests: [
          {
            method: 'POST',
            path: '/api/candidatures',
            setupRequest: (request, context) => {
              const n = i++;
              context.n = n;
              context.siae = state.cycle.siae[n % state.cycle.siae.length];
              return {
                ...request,
                headers: authorised(tokens, n, state.prescriberId),
                body: JSON.stringify({ candidateId: state.cycle.people[n % state.cycle.people.length], employerId: context.siae, message: 'Motivé.' }),
              };
            },
            onResponse: (status, body, context) => {
              context.candidatureId = status === 201 ? JSON.parse(body).id : null;
            },
          },
          {
            method: 'POST',
            setupRequest: (request, context) =>
              context.candidatureId
                ? {
                    ...request,
                    path: `/api/candidatures/${context.candidatureId}/acceptance`,
                    headers: authorised(tokens, context.n, context.siae),
                    body: hiring,
                  }
                : { ...request, path: '/api/health' },
          },
        ],
      };
    },
    goals: [rateAtLeast(200, 'cycles', 2), ofBareAtLeast(5), noErrors],
  },
  {
    name: 'GET /api/candidatures/received (SIAE inbox, 2 M candidatures, 4 clients)',
    needsNationalSeed: true,
    prepare: prepareInbox,
    goals: [p95AtMost(15), ofBareAtLeast(25)],
    options: ({ port }) =>
      asBenchUsers(port, { connections: 4, method: 'GET' }, (n, tokens) => ({
        path: `/api/candidatures/received${INBOX_QUERIES[n % INBOX_QUERIES.length]}`,
        headers: authorised(tokens, n, state.inbox[Math.floor(n / INBOX_QUERIES.length) % state.inbox.length]),
      })),
  },
  {
    // Common and rare fragments: a common one fills a page early, a rare one must not read the whole inbox.
    name: 'GET /api/candidatures/received?q= (name search in the largest inbox, 1 client)',
    needsNationalSeed: true,
    prepare: prepareInbox,
    goals: [p95AtMost(30)],
    options: ({ port }) =>
      asBenchUsers(port, { connections: 1, method: 'GET' }, (n, tokens) => ({
        path: `/api/candidatures/received?q=${encodeURIComponent(NAME_FRAGMENTS[n % NAME_FRAGMENTS.length])}`,
        headers: authorised(tokens, n, state.inbox[0]),
      })),
  },
];
