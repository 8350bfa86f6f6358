/// <reference lib="dom" />
import { LocalProConnect } from '../support/proconnect-provider';
import { expectAccessible, journey, screenshots, Stack, startStack } from './support';

/** A professional signs in with ProConnect: the official button, the local provider's login page, back signed in; then logs out of both. */
journey('ProConnect, in a browser', () => {
  let stack: Stack;
  let provider: LocalProConnect;
  beforeAll(async () => {
    stack = await startStack({
      env: async (baseUrl) => {
        provider = await LocalProConnect.start({ redirectUri: `${baseUrl}/connexion/proconnect`, postLogoutRedirectUri: `${baseUrl}/connexion` });
        return provider.env(`${baseUrl}/connexion/proconnect`);
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await provider?.stop();
  });

  it('signs in through the button, lands signed in with the session in the HttpOnly cookie, and logs out of ProConnect too', async () => {
    await provider.addAccount({
      sub: 'pc-lea-garnier',
      email: 'lea.garnier@francetravail.example',
      given_name: 'Léa',
      usual_name: 'Garnier',
      siret: null,
    });
    const page = await stack.newPage();
    await page.goto('/connexion');
    const button = page.getByRole('link', { name: /S’identifier avec\s*ProConnect/ });
    await button.waitFor();
    await expectAccessible(page, 'connexion avec le bouton ProConnect');
    await button.click();

    // The local provider's login page: pick the test account.
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.getByLabel(/Léa Garnier/).check();
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { name: 'Vous êtes connecté' }).waitFor();
    await page.getByText('Votre compte professionnel est créé à partir de votre identité ProConnect.').waitFor();
    // The code left the address bar at once; the session is the HttpOnly cookie, as with a password.
    expect(new URL(page.url()).search).toBe('');
    // The platform's cookies (the provider, on 127.0.0.1, keeps its own).
    const platformCookies = async () => (await page.context().cookies()).filter((c) => c.domain === 'localhost');
    const cookies = await platformCookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly }))).toEqual([
      { name: 'iae_refresh', httpOnly: true },
      { name: 'iae_session', httpOnly: false },
    ]);
    await expectAccessible(page, 'retour de ProConnect');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    // No password to change: the profile says how to choose one.
    await page.goto('/compte');
    await page.getByText('Vous vous connectez avec ProConnect.').waitFor();
    await expectAccessible(page, 'mon compte ProConnect');
    await screenshots(page, 'proconnect');

    // Logging out ends the platform's session and sends the browser to ProConnect's logout.
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.waitForURL(`${provider.issuer}/session/end**`);
    expect(await platformCookies()).toEqual([]);
  });
});
