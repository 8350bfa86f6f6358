/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import { tokenIn } from '@iae/testing';
import { expectAccessible, journey, logIn, screenshots, Stack, startStack } from './support';
import { ofName } from '../../apps/web/src/ui/format';

/** Journey 2: sign up, confirm, log in, forgotten password, invitations, organisations, profile and notifications. */
journey('accounts, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('signs up (the API’s refusal lands next to its field), confirms the e-mail, logs in, keeps the session on reload, edits the profile, logs out', async () => {
    const page = await stack.newPage();
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/refresh')) refreshes.push(request.url());
    });
    await page.goto('/inscription');
    await expectAccessible(page, 'inscription');
    // Nobody signed in on this browser: no session to renew, no refused request on every page.
    expect(refreshes).toEqual([]);
    await page.getByLabel('Prénom').fill('Inès');
    await page.getByLabel('Nom', { exact: true }).fill('Benali');
    await page.getByLabel('Adresse e-mail').fill('ines.benali@exemple.fr');
    const password = page.getByLabel(/^Mot de passe/);
    await password.fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    // The API's field message, tied to the input it names.
    const message = page.locator('main .fr-message').filter({ hasText: /12 caractères/ });
    await message.waitFor();
    expect(await password.getAttribute('aria-describedby')).toContain(await message.getAttribute('id'));
    await expectAccessible(page, 'inscription refusée');
    await password.fill('une phrase de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' }).waitFor();

    const mail = await stack.smtp.waitForMailTo('ines.benali@exemple.fr', 'Confirmez');
    const token = tokenIn(mail, `${stack.baseUrl}/confirmer-mon-adresse`);
    await page.goto(`/confirmer-mon-adresse#jeton=${token}`);
    await page.getByText('L’adresse ines.benali@exemple.fr est confirmée').waitFor();
    // The token left the address bar as soon as it was read.
    expect(page.url()).not.toContain(token);
    await expectAccessible(page, 'adresse confirmée');
    // Reloaded, the page still says the address is confirmed (not « lien incomplet »).
    await page.reload();
    await page.getByText('Votre adresse est confirmée : votre compte est actif.').waitFor();
    expect(await page.getByText('Lien incomplet').count()).toBe(0);

    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await page.getByLabel('Adresse e-mail').fill('ines.benali@exemple.fr');
    await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase de passe solide');
    // While it is sent, the button says so and keeps the keyboard's focus (inert, not disabled); pressed again, it sends nothing.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let logins = 0;
    await page.route('**/api/auth/login', async (route) => {
      logins++;
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Se connecter' }).focus();
    await page.keyboard.press('Enter');
    const busy = page.getByRole('button', { name: 'Envoi en cours…' });
    await busy.waitFor();
    expect(await busy.getAttribute('aria-disabled')).toBe('true');
    expect(await busy.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    release();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    expect(logins).toBe(1);
    await page.unroute('**/api/auth/login');
    // No token in the page's storage: the refresh token is an HttpOnly cookie.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ|refresh/i);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: 'iae_refresh', httpOnly: true, sameSite: 'Strict', path: '/api/auth' },
      { name: 'iae_session', httpOnly: false, sameSite: 'Strict', path: '/' },
    ]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.getByLabel('Prénom').fill('Inès-Marie');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Modifications enregistrées.').waitFor();
    await page
      .getByRole('link', { name: /Inès-Marie Benali/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'mon compte');

    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.getByText('Vous êtes déconnecté.').waitFor();
    await page.goto('/compte');
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
  });

  it('resets a forgotten password from the e-mail’s link', async () => {
    const page = await stack.newPage();
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill('orienteur@demo.example.org');
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByText(/Si un compte correspond/).waitFor();
    await expectAccessible(page, 'mot de passe oublié');
    const mail = await stack.smtp.waitForMailTo('orienteur@demo.example.org', 'Réinitialisation');
    await page.goto(`/nouveau-mot-de-passe#jeton=${tokenIn(mail, `${stack.baseUrl}/nouveau-mot-de-passe`)}`);
    await page.getByText(/Compte : or\*\*\*@demo\.example\.org/).waitFor();
    await page.getByLabel(/^Nouveau mot de passe/).fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Mot de passe changé').waitFor();
    await expectAccessible(page, 'mot de passe changé');
    await logIn(page, 'orienteur@demo.example.org', 'un tout nouveau mot de passe');
  });

  it('lets an admin invite a colleague, who creates an account from the link; a member of two organisations chooses which one they act for', async () => {
    const admin = await stack.newPage();
    await logIn(admin, 'conseillere.ml@demo.example.org');
    await admin.getByRole('link', { name: 'Mon organisation' }).first().click();
    await admin.getByRole('heading', { level: 1, name: /Membres de Mission locale/ }).waitFor();
    await expectAccessible(admin, 'membres');
    const invite = admin.getByRole('form', { name: 'Inviter une personne' });
    await invite.getByLabel('Adresse e-mail').fill('karim.haddad@exemple.fr');
    await invite.getByLabel('Prénom (facultatif)').fill('Karim');
    await invite.getByRole('button', { name: 'Inviter' }).click();
    await admin.getByText('Invitation envoyée à karim.haddad@exemple.fr').waitFor();
    await admin.getByRole('cell', { name: 'karim.haddad@exemple.fr', exact: true }).waitFor();
    await expectAccessible(admin, 'invitation envoyée');

    const mail = await stack.smtp.waitForMailTo('karim.haddad@exemple.fr');
    const guest = await stack.newPage();
    await guest.goto(`/invitation#jeton=${tokenIn(mail, `${stack.baseUrl}/invitation`)}`);
    await guest.getByText(/vous invite à rejoindre/).waitFor();
    await expectAccessible(guest, 'invitation');
    await guest.getByLabel('Prénom').fill('Karim');
    await guest.getByLabel('Nom', { exact: true }).fill('Haddad');
    await guest.getByLabel(/^Mot de passe/).fill('bienvenue à la mission locale');
    await guest.getByRole('button', { name: /Créer mon compte et rejoindre/ }).click();
    await guest.getByText(/Votre compte est créé et vous avez rejoint Mission locale/).waitFor();
    await guest.getByRole('link', { name: 'Personnes accompagnées' }).first().waitFor();

    // Notifications, per organisation.
    await guest.goto('/compte/notifications');
    await guest.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    const first = guest.locator('main fieldset input[type=checkbox]').first();
    await first.waitFor({ state: 'attached' });
    const before = await first.isChecked();
    await guest.locator('main fieldset label').first().click();
    await guest.getByText('Préférences enregistrées.').waitFor();
    await guest.reload();
    await guest.locator('main fieldset input[type=checkbox]').first().waitFor({ state: 'attached' });
    expect(await guest.locator('main fieldset input[type=checkbox]').first().isChecked()).toBe(!before);
    await expectAccessible(guest, 'notifications');

    // Two organisations: the switcher says which one the pages act for.
    const siae = await stack.newPage();
    await logIn(siae, 'siae.admin@demo.example.org');
    const switcher = siae.getByLabel('Vous agissez pour');
    await switcher.waitFor();
    const options = await switcher.locator('option').allTextContents();
    expect(options.length).toBe(2);
    await switcher.selectOption({ index: 1 });
    await siae.getByRole('link', { name: 'Mon organisation' }).first().click();
    await siae.getByRole('heading', { level: 1, name: `Membres ${ofName(options[1]!.replace(/ \(.*\)$/, ''))}` }).waitFor();
    await expectAccessible(siae, 'membres, seconde organisation');

    await admin.reload();
    // Karim is a member now, and no longer among the pending invitations.
    await admin.getByRole('row', { name: /Karim Haddad karim\.haddad@exemple\.fr/ }).waitFor();
    await admin.getByText('Aucune invitation en attente.').waitFor();
    await screenshots(admin, 'accounts');
  });
  it('tells a person whose session ended in another tab why they must log in again, and brings them back where they were', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.membre@demo.example.org');
    await page.goto('/siae/candidatures');
    await page.getByRole('heading', { level: 1, name: /Candidatures reçues/ }).waitFor();
    const other = await page.context().newPage();
    await other.goto('/compte');
    await other.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await other.getByText('Vous êtes déconnecté.').waitFor();

    // Back in the first tab, the next page asks the API, which no longer knows the session.
    const link = page.locator('main table a[href^="/siae/candidatures/"]').first();
    const candidature = await link.getAttribute('href');
    await link.click();
    await page.getByText(/Votre session a pris fin/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
    await expectAccessible(page, 'session terminée');
    await page.getByLabel('Adresse e-mail').fill('siae.membre@demo.example.org');
    await page.getByLabel('Mot de passe', { exact: true }).fill('inclusion-demo-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === candidature);
  });
});
