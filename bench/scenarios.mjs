// Each scenario prepares its data (directly in the bench database) and returns autocannon options.
import argon2 from 'argon2';

const USERS = 200;
const PASSWORD = 'bench-password-2026';

async function ensureUsers(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'bench.%@exemple.fr'`);
  if (rows[0].n >= USERS) return;
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await client.query(
    `INSERT INTO users (email, password_hash, first_name, last_name, email_confirmed_at)
     SELECT 'bench.' || i || '@exemple.fr', $1, 'Bench', 'User ' || i, now() FROM generate_series(1, ${USERS}) i
     ON CONFLICT (email) DO NOTHING`,
    [hash],
  );
  // Each user belongs to two organisations, as a SIAE admin often does.
  await client.query(`
    INSERT INTO organizations (family, kind, name, siret)
    SELECT 'employer', 'ACI', 'Bench ACI ' || i, lpad(i::text, 13, '0') || '0' FROM generate_series(1, 2) i
    ON CONFLICT DO NOTHING`);
  await client.query(`
    INSERT INTO memberships (user_id, organization_id, role)
    SELECT u.id, o.id, 'admin' FROM users u CROSS JOIN organizations o
     WHERE u.email LIKE 'bench.%@exemple.fr' AND o.name LIKE 'Bench ACI %'
    ON CONFLICT DO NOTHING`);
}

async function loginAll(port) {
  const tokens = [];
  for (let i = 1; i <= 20; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench.${i}@exemple.fr`, password: PASSWORD }),
    });
    tokens.push((await response.json()).accessToken);
  }
  return tokens;
}

export const SCENARIOS = [
  {
    name: 'POST /api/auth/login (argon2id 19 MiB, t=2)',
    prepare: ({ client }) => ensureUsers(client),
    options: () => {
      let i = 0;
      return {
        connections: 8,
        requests: [
          {
            method: 'POST',
            path: '/api/auth/login',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ email: `bench.${(i++ % USERS) + 1}@exemple.fr`, password: PASSWORD }) }),
          },
        ],
      };
    },
  },
  {
    name: 'GET /api/me',
    prepare: ({ client }) => ensureUsers(client),
    options: async ({ port }) => {
      const tokens = await loginAll(port);
      let i = 0;
      return {
        connections: 32,
        requests: [{ method: 'GET', path: '/api/me', setupRequest: (request) => ({ ...request, headers: { authorization: `Bearer ${tokens[i++ % tokens.length]}` } }) }],
      };
    },
  },
];
