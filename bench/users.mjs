// The bench's users: 200 accounts, each admin of two ACI, logged in by the scenarios that need a token.
import argon2 from 'argon2';

export const USERS = 200;
export const PASSWORD = 'bench-password-2026';

export async function ensureUsers(client) {
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

export async function loginAll(port) {
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

/**
 * A scenario's options that send one kind of request as the bench users, one after another: `build(n, tokens)` gives
 * the n-th request's path, headers and body (what it leaves out is the request's own).
 */
export async function asBenchUsers(port, { connections, method, path }, build) {
  const tokens = await loginAll(port);
  let i = 0;
  return { connections, requests: [{ method, path, setupRequest: (request) => ({ ...request, ...build(i++, tokens) }) }] };
}

/** Makes the bench users members of the organisation (created when missing); returns its id. */
export async function benchMembership(client, organization) {
  await client.query(
    `INSERT INTO organizations (family, kind, name, authorization_status)
     SELECT $2, $3, $1, $4 WHERE NOT EXISTS (SELECT 1 FROM organizations WHERE name = $1)`,
    [organization.name, organization.family, organization.kind, organization.authorizationStatus ?? null],
  );
  const { rows } = await client.query(`SELECT id FROM organizations WHERE name = $1`, [organization.name]);
  await joinAll(client, rows[0].id);
  return rows[0].id;
}

/** Makes the bench users members of an existing organisation. */
export async function joinAll(client, organizationId) {
  await client.query(
    `INSERT INTO memberships (user_id, organization_id, role)
     SELECT u.id, $1, 'member' FROM users u WHERE u.email LIKE 'bench.%@exemple.fr' ON CONFLICT DO NOTHING`,
    [organizationId],
  );
}
