// Each scenario prepares its data (directly in the bench database) and returns autocannon options.
import { CANDIDATURE_SCENARIOS } from './candidatures.scenarios.mjs';
import { ELIGIBILITY_SCENARIOS } from './eligibility.scenarios.mjs';
import { MAIL_SCENARIOS } from './mail.scenarios.mjs';
import { MEMORY_SCENARIOS } from './memory.scenarios.mjs';
import { SEARCH_SCENARIOS } from './search.scenarios.mjs';
import { STATS_SCENARIOS } from './stats.scenarios.mjs';
import { WEB_SCENARIOS } from './web.scenarios.mjs';
import { PASSWORD, USERS, ensureUsers, loginAll } from './users.mjs';

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
        requests: [
          { method: 'GET', path: '/api/me', setupRequest: (request) => ({ ...request, headers: { authorization: `Bearer ${tokens[i++ % tokens.length]}` } }) },
        ],
      };
    },
  },
  ...SEARCH_SCENARIOS,
  ...ELIGIBILITY_SCENARIOS,
  ...CANDIDATURE_SCENARIOS,
  ...STATS_SCENARIOS,
  ...WEB_SCENARIOS,
  ...MAIL_SCENARIOS,
  ...MEMORY_SCENARIOS,
];
