import { randomUUID } from 'node:crypto';
import { TestApp, createTestApp } from '@iae/testing';
import { Call, ROUTES, Role, World, createWorld } from '../support/routes';
import { abuseLogFile, recordFigures } from './abuse-log';
import { ApiDocument, Operation, SchemaObject, loadApiDocument } from './openapi';
import { Answer, Exchange, Sender } from './sender';

/**
 * A cross-organisation matrix generated from the OpenAPI document: for every route that takes an
 * id (in its path or its body), the objects of another world's organisations (built by the valid
 * call of each role that owns one, test/support/routes.ts), requested by every role of this world;
 * and every route acting for an organisation, named in X-Organization-Id by someone not in it.
 * Expected: 401, 403 or 404, and no personal datum of the other world in the answer.
 */

type Attacker = Exclude<Role, 'staff'>;
const ATTACKERS: Attacker[] = ['anonymous', 'candidate', 'orienteur', 'prescriber', 'siaeAdmin', 'siaeMember', 'ddets'];

/**
 * Where reaching another organisation's object is the rule, not a leak — each with its reason.
 * A route missing here is expected to refuse: a new one cannot leak unnoticed.
 */
const HABILITATED_PRESCRIBERS_SEE_EVERYONE = {
  roles: ['prescriber'] as Attacker[],
  why: 'a habilitated prescriber sees and follows every person, validates anyone’s eligibility, applies for anyone (rules card)',
};
const BY_DESIGN: Record<string, { roles: Attacker[]; why: string }> = {
  'GET /api/candidates/{candidateId}': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'PATCH /api/candidates/{candidateId}': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/consents': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'POST /api/candidates/{candidateId}/consents': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'POST /api/candidates/{candidateId}/nir-correction-requests': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/diagnostic': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'PUT /api/candidates/{candidateId}/diagnostic': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/diagnostic/versions': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/diagnostic/versions/{version}': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'POST /api/candidates/{candidateId}/eligibility-diagnoses': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/eligibility-diagnoses': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/candidates/{candidateId}/eligibility': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'GET /api/pass-iae/{number}': HABILITATED_PRESCRIBERS_SEE_EVERYONE,
  'POST /api/pass-iae/{number}/suspensions': {
    roles: ['prescriber'],
    why: 'a habilitated prescriber may suspend a PASS when the person has no contract or support any more (rules card)',
  },
  'POST /api/candidatures': {
    roles: ['prescriber', 'candidate'],
    why: 'a habilitated prescriber applies for anyone; a candidate applies for themself, to a public employer',
  },
  'POST /api/candidates/{candidateId}/assignments': {
    roles: ['orienteur', 'prescriber', 'siaeAdmin', 'siaeMember'],
    why: 'the valid call carries the proof of knowing the person (the exact NIR): following them is what it is for',
  },
  'POST /api/me/candidate/assignments': { roles: ['candidate'], why: 'a candidate shares their own file with an organisation of the public directory' },
};

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The same request about objects that do not exist: every identifier replaced by a fresh one. */
function withFreshIds(exchange: Exchange): Exchange {
  const fresh = new Map<string, string>();
  const replace = (text: string) =>
    text.replace(UUIDS, (id) => {
      if (!fresh.has(id)) fresh.set(id, randomUUID());
      return fresh.get(id) as string;
    });
  return { ...exchange, url: replace(exchange.url), body: exchange.body === undefined ? undefined : JSON.parse(replace(JSON.stringify(exchange.body))) };
}

function problemType(answer: Answer): string {
  try {
    return JSON.parse(answer.body).type as string;
  } catch {
    return 'none';
  }
}

/** The roles that own an object of a route: those whose valid call builds one (staff owns nothing). */
function owners(key: string): Role[] {
  const allowed = ROUTES[key].allowed;
  return allowed === 'public' ? [] : allowed.filter((role) => role !== 'staff');
}

/** A route takes an id in its path, or a UUID anywhere in its body (lists and nested objects included). */
function takesAnId(operation: Operation, doc: ApiDocument): boolean {
  if (operation.parameters.some((p) => p.in === 'path')) return true;
  const holdsUuid = (schema: SchemaObject | undefined, depth = 0): boolean => {
    const resolved = doc.resolve(schema);
    if (resolved.format === 'uuid' || doc.resolve(resolved.items).format === 'uuid') return true;
    if (depth > 3) return false;
    return [...Object.values(resolved.properties ?? {}), ...(resolved.items ? [resolved.items] : [])].some((child) => holdsUuid(child, depth + 1));
  };
  return !!operation.jsonBody && holdsUuid(operation.jsonBody);
}

describe('abuse: nobody gets in where they do not belong', () => {
  let t: TestApp;
  let victims: World;
  let attackers: World;
  let doc: ApiDocument;
  let sender: Sender;
  const logFile = abuseLogFile('cross-organisation');

  beforeAll(async () => {
    t = await createTestApp({ logFile, env: { LOGIN_RATE_LIMIT: '1000000', LOGIN_ACCOUNT_RATE_LIMIT: '1000000' } });
    // The victims' DDETS instructs the Nord, the attackers' the Pas-de-Calais: no object of one is the other's.
    victims = await createWorld(t, { ddetsDepartement: '59' });
    attackers = await createWorld(t, { ddetsDepartement: '62' });
    doc = await loadApiDocument(t);
    sender = new Sender(t, [victims, attackers]);
  });
  afterAll(() => t.close());

  /**
   * What the answer gives away of the victims' world, if anything: a success is a leak; a 401, 403
   * or 404 is a refusal; any other error must not depend on the object, so the same request about
   * objects that do not exist must get the same answer.
   */
  async function leak(answer: Answer, attacker: Attacker, exchange: Exchange): Promise<string | null> {
    if (answer.status < 400) return `status ${answer.status}`;
    const problem = sender.problemIssue(answer);
    if (problem) return problem;
    if (Object.values(victims.callers).some((caller) => answer.body.includes(caller.user.email))) return 'an e-mail of the other world in the refusal';
    const denied = answer.status === 404 || answer.status === 403 || (attacker === 'anonymous' && answer.status === 401);
    if (denied) return null;
    const control = await sender.send(withFreshIds(exchange), attacker, attackers);
    if (control.status === answer.status && problemType(control) === problemType(answer)) return null;
    return `${answer.status} ${problemType(answer)} for the other world’s object, but ${control.status} ${problemType(control)} for none`;
  }

  it('refuses every object of another organisation to every role', async () => {
    const leaks: string[] = [];
    let tried = 0;
    let routes = 0;
    for (const operation of doc.operations.filter((o) => takesAnId(o, doc))) {
      const route = ROUTES[operation.key];
      if (!route) {
        leaks.push(`${operation.key}: no valid call in test/support/routes.ts`);
        continue;
      }
      if (route.allowed === 'public') continue;
      routes++;
      for (const owner of owners(operation.key)) {
        for (const attacker of ATTACKERS) {
          if (BY_DESIGN[operation.key]?.roles.includes(attacker)) continue;
          // A fresh object for each request: one a refused request could not have touched.
          const call: Call = await route.build(t, victims, owner);
          sender.ledger.addFrom(call.body);
          const exchange: Exchange = { method: operation.method, url: call.url, headers: call.headers ?? {}, body: call.body, upload: call.upload };
          const answer = await sender.send(exchange, attacker, attackers);
          tried++;
          const found = await leak(answer, attacker, exchange);
          if (found) leaks.push(`${operation.key} — object of the other world’s ${owner}, asked by its ${attacker}: ${found} ${answer.body.slice(0, 200)}`);
        }
      }
    }
    recordFigures('cross-organisation', {
      routesWithAnId: routes,
      objectsTimesRolesTried: tried,
      leaks: leaks.length,
      byDesign: Object.keys(BY_DESIGN).length,
    });
    expect(leaks).toEqual([]);
  }, 900_000);

  it('refuses acting for an organisation one is not in (X-Organization-Id)', async () => {
    const leaks: string[] = [];
    let tried = 0;
    const acting = doc.operations.filter((o) => o.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-organization-id'));
    for (const operation of acting) {
      const route = ROUTES[operation.key];
      const allowed = route.allowed === 'public' ? [] : route.allowed.filter((role) => role !== 'staff' && role !== 'candidate');
      if (!allowed.length) continue;
      const call = await route.build(t, attackers, allowed[0]);
      for (const attacker of ['orienteur', 'prescriber', 'siaeAdmin', 'siaeMember', 'ddets'] as const) {
        const foreign = victims.callers[attacker].organizationId!;
        const headers = { ...(call.headers ?? {}), 'x-organization-id': foreign };
        const answer = await sender.send({ method: operation.method, url: call.url, headers, body: call.body, upload: call.upload }, attacker, attackers);
        tried++;
        const found = answer.status === 403 || answer.status === 404 ? sender.problemIssue(answer) : `status ${answer.status}`;
        if (found) leaks.push(`${operation.key} as ${attacker} for the other world’s organisation: ${found} ${answer.body.slice(0, 200)}`);
      }
    }
    recordFigures('cross-organisation', { foreignOrganizationRoutes: acting.length, foreignOrganizationTried: tried, foreignOrganizationLeaks: leaks.length });
    expect(leaks).toEqual([]);
  }, 600_000);

  it('keeps the log free of every secret and personal datum of both worlds', async () => {
    recordFigures('cross-organisation', await sender.expectLogFree(logFile));
  });
});
