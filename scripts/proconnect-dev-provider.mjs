// A local OpenID Connect provider that behaves like ProConnect, for development (`npm start`) and for the tests:
// `oidc-provider` (the certified Node implementation) on loopback, with test accounts and a one-click login page.
//
//   node scripts/proconnect-dev-provider.mjs [--port 4100] [--redirect-uri URL]... [--post-logout-redirect-uri URL]...
//
// Prints one JSON line on standard output once it listens: {"issuer": "...", "clientId": "...", "clientSecret": "..."}.
// Only for loopback: the control routes under /__test change accounts and break tokens on purpose.
import { createServer } from 'node:http';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const option = (name) => args.flatMap((arg, i) => (arg === `--${name}` ? [args[i + 1]] : []));
const port = Number(option('port')[0] ?? process.env.PROCONNECT_DEV_PORT ?? 0);
const host = '127.0.0.1';
const clientId = process.env.PROCONNECT_DEV_CLIENT_ID ?? 'plateforme-iae-local';
const clientSecret = process.env.PROCONNECT_DEV_CLIENT_SECRET ?? 'secret-local-de-developpement-proconnect';

/** ProConnect's claims (https://github.com/numerique-gouv/proconnect-documentation): usual_name is the family name. */
const accounts = new Map(
  [
    {
      sub: 'pc-camille-martin',
      // The SIRET of the demo data's "Les Jardins du Rhône": the sign-in records a request to join it.
      email: 'camille.martin@jardins-du-rhone.example',
      given_name: 'Camille',
      usual_name: 'Martin',
      siret: '51234567800019',
      uid: 'camille.martin',
      idp_id: 'fia1v2',
    },
    {
      sub: 'pc-alex-durand',
      email: 'alex.durand@mission-locale.example',
      given_name: 'Alex',
      usual_name: 'Durand',
      siret: null,
      uid: 'alex.durand',
      idp_id: 'fia1v2',
    },
  ].map((a) => [a.sub, a]),
);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'local-1', use: 'sig', alg: 'RS256' };
/** A key the provider never published: what a forger would sign with. */
const { privateKey: forgerKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
/** What the next token responses do wrong (the tests' control). */
let tamper = 'none';

const server = createServer();
await new Promise((resolve) => server.listen(port, host, resolve));
const issuer = `http://${host}:${server.address().port}`;

const redirectUris = option('redirect-uri');
const postLogoutRedirectUris = option('post-logout-redirect-uri');
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris.length ? redirectUris : ['http://localhost:3000/connexion/proconnect'],
      post_logout_redirect_uris: postLogoutRedirectUris.length ? postLogoutRedirectUris : ['http://localhost:3000/connexion'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'RS256',
      // ProConnect answers userinfo as a signed JWT.
      userinfo_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  acrValues: ['eidas1', 'eidas2', 'eidas3'],
  scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid', 'idp_id'],
  claims: {
    acr: null,
    amr: null,
    auth_time: null,
    sid: null,
    openid: ['sub'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    siret: ['siret'],
    uid: ['uid'],
    idp_id: ['idp_id'],
  },
  // As ProConnect: the ID token carries the authentication (sub, acr, amr…), the person's details come from userinfo.
  conformIdTokenClaims: true,
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true }, claimsParameter: { enabled: true }, jwtUserinfo: { enabled: true } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['cle-de-cookie-locale-proconnect'] },
  ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return Object.fromEntries(Object.entries(account).filter(([, value]) => value !== null));
      },
    };
  },
});

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function resign(idToken, changeClaims, key) {
  const [header, payload] = idToken.split('.');
  const claims = changeClaims(JSON.parse(Buffer.from(payload, 'base64url').toString()));
  const body = `${header}.${base64url(claims)}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}

// The tests break the ID token of the next token responses on purpose.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || tamper === 'none' || !ctx.body?.id_token) return;
  const body = { ...ctx.body };
  if (tamper === 'bad-signature') body.id_token = resign(body.id_token, (claims) => claims, forgerKey);
  if (tamper === 'other-audience') body.id_token = resign(body.id_token, (claims) => ({ ...claims, aud: 'un-autre-service' }), privateKey);
  ctx.body = body;
});

const page = (title, content) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto"><h1>${title}</h1>${content}</body></html>`;
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return raw;
}

async function handle(req, res) {
  const url = new URL(req.url, issuer);
  const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
  if (interaction && req.method === 'GET') {
    const details = await provider.interactionDetails(req, res);
    const choices = [...accounts.values()]
      .map(
        (a, i) =>
          `<p><label><input type="radio" name="account" value="${escape(a.sub)}"${i ? '' : ' checked'}> ${escape(a.given_name)} ${escape(a.usual_name)} — ${escape(a.email)}${a.siret ? ` (SIRET ${escape(a.siret)})` : ''}</label></p>`,
      )
      .join('');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      page(
        'ProConnect local — connexion',
        `<p>Fournisseur d’identité de développement : choisissez un compte de test (demande ${escape(details.uid)}).</p>
<form method="post" action="/interaction/${escape(details.uid)}">${choices}<button type="submit">Se connecter</button></form>`,
      ),
    );
    return;
  }
  if (interaction && req.method === 'POST') {
    const details = await provider.interactionDetails(req, res);
    const sub = new URLSearchParams(await readBody(req)).get('account');
    if (!accounts.has(sub)) {
      res.statusCode = 400;
      res.end('compte inconnu');
      return;
    }
    const grant = new provider.Grant({ accountId: sub, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: sub, acr: 'eidas1', amr: ['pwd'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (url.pathname === '/__test/accounts' && req.method === 'POST') {
    const account = JSON.parse(await readBody(req));
    account.sub ??= `pc-${randomUUID()}`;
    accounts.set(account.sub, account);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(account));
    return;
  }
  if (url.pathname === '/__test/tamper' && req.method === 'POST') {
    tamper = JSON.parse(await readBody(req)).mode;
    res.statusCode = 204;
    res.end();
    return;
  }
  provider.callback()(req, res);
}

server.on('request', (req, res) => {
  handle(req, res).catch((error) => {
    res.statusCode = 500;
    res.end(String(error?.message ?? error));
  });
});

process.stdout.write(`${JSON.stringify({ issuer, clientId, clientSecret })}\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
