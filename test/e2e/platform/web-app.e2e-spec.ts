import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp, createTestApp } from '@iae/testing';

const root = join(__dirname, '../../..');

/** The API serves the built web application at /, and stays the API under /api. */
describe('the web application served by the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/web/index.html'))) throw new Error('dist/web is missing: npm test builds it (scripts/build.mjs)');
    t = await createTestApp({ env: { OPERATOR_BRAND: 'none', SERVICE_NAME: 'Emplois solidaires' } });
  });
  afterAll(() => t.close());

  it('answers index.html for client routes, with a fresh nonce and no unsafe-inline in its policy', async () => {
    const home = await t.http.get('/').expect(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['cache-control']).toBe('no-cache');
    const csp = home.headers['content-security-policy'] as string;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self';");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(home.text).toContain(`<meta name="csp-nonce" content="${nonce}"`);
    // The operator's identity comes from the configuration.
    expect(home.text).toContain('&quot;brand&quot;:&quot;none&quot;');
    expect(home.text).toContain('Emplois solidaires');
    // The layout's static shell, painted before the script has run, carries the operator's texts: no placeholder left.
    expect(home.text).toContain('<html lang="fr" data-fr-scheme="system" class="iae-unbranded">');
    expect(home.text).toContain('<p class="fr-header__service-title">Emplois solidaires</p>');
    expect(home.text).toContain('<title>Emplois solidaires</title>');
    expect(home.text).not.toMatch(/__[A-Z_]+__/);

    const deep = await t.http.get('/prescripteur/candidatures?etat=new').expect(200);
    expect(deep.text).toContain('<div id="root">');
    expect(/'nonce-([^']+)'/.exec(deep.headers['content-security-policy'])![1]).not.toBe(nonce);
  });

  it('writes the heading of a page whose words never change into the shell, and preloads the Marianne it is painted in', async () => {
    const home = await t.http.get('/').expect(200);
    expect(home.text).toMatch(
      /<div class="fr-container fr-py-4w ">\s*<h1 tabindex="-1" class="iae-page-title">Rechercher un emploi inclusif<\/h1><div class="fr-mb-3w"><p>Les offres et les structures de l’insertion par l’activité économique près de chez vous\.<\/p><\/div>/,
    );
    expect(
      home.text.match(/<link rel="preload" as="font" type="font\/woff2" crossorigin="" href="\/assets\/Marianne-(Regular|Bold)-[\w-]+\.woff2">/g),
    ).toHaveLength(2);
    // A page of at most 72rem, with or without the final slash.
    const login = await t.http.get('/connexion/').expect(200);
    expect(login.text).toMatch(/<div class="fr-container fr-py-4w iae-page">\s*<h1 tabindex="-1" class="iae-page-title">Se connecter<\/h1>/);
    // The first page of each kind of user too (what it shows while the session opens).
    const inbox = await t.http.get('/siae/candidatures').expect(200);
    expect(inbox.text).toMatch(/<div class="fr-container fr-py-4w ">\s*<h1 tabindex="-1" class="iae-page-title">Candidatures reçues<\/h1>/);
    // A page whose title depends on who asks, or on data, or that is not listed, keeps the bare shell.
    for (const path of ['/compte', '/prescripteur/candidats/0b7d5a8e-0000-4000-8000-000000000000', '/structures/0b7d5a8e-0000-4000-8000-000000000000']) {
      const page = await t.http.get(path).expect(200);
      expect(page.text).not.toContain('<h1');
      expect(page.text).toContain('<div class="fr-container fr-py-4w ">');
    }
  });

  it('serves hashed assets for a year, and a missing asset as a 404', async () => {
    const home = await t.http.get('/').expect(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(home.text)![1]!;
    const asset = await t.http.get(script).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    await t.http.get('/assets/nothing-here.js').expect(404);
    // Compressed at build time, for the browsers that accept it.
    const brotli = await t.http.get(script).set('accept-encoding', 'br, gzip').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(Number(brotli.headers['content-length'])).toBeLessThan(Number(asset.headers['content-length']));
  });

  it('never shadows /api: an unknown API path is a problem+json 404, the API keeps its strict policy, the docs page its own', async () => {
    const unknown = await t.http.get('/api/no-such-thing').expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    const health = await t.http.get('/api/health').expect(200);
    expect(health.headers['content-security-policy']).not.toContain('unsafe-inline');
    const docs = await t.http.get('/api/docs').expect(200);
    expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('has a typed client that matches the API: apps/web/src/api/schema.d.ts is what the current OpenAPI document generates', async () => {
    // The types are generated without a server (preview mode): from the very document the API serves.
    const served = (await t.http.get('/api/docs-json').expect(200)).body;
    const preview = spawnSync(process.execPath, [join(root, 'dist/apps/api/src/openapi.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(JSON.parse(preview.stdout)).toEqual(served);
    const check = spawnSync(process.execPath, [join(root, 'scripts/web-api-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
