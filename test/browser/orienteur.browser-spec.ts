/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import { TEST_FILES } from '@iae/testing';
import { DEMO_PASSWORD, expectAccessible, journey, logIn, screenshots, Stack, startStack } from './support';

/** Journey 4: an orienteur follows a person without validating eligibility, and asks for a prefectoral habilitation. */
journey('orienteur, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('sees why it cannot validate eligibility and who can, then asks the DDETS for a habilitation and answers its question', async () => {
    const page = await stack.newPage();
    await logIn(page, 'orienteur@demo.example.org');
    await page.getByRole('link', { name: /Thierry/ }).click();
    await page.getByRole('heading', { level: 1, name: /Thierry/ }).waitFor();
    await page.getByText('Pourquoi vous ne pouvez pas valider l’éligibilité').waitFor();
    await page.getByText(/n’est pas un prescripteur habilité/).waitFor();
    expect(await page.getByRole('link', { name: /Valider l’éligibilité/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Envoyer une candidature' }).waitFor();
    await expectAccessible(page, 'fiche, orienteur');
    // The validation's page, reached by its address: the same explanation, and no form to fill in vain.
    const file = page.url();
    await page.goto(`${new URL(file).pathname}/eligibilite`);
    await page.getByText('Pourquoi vous ne pouvez pas valider l’éligibilité').waitFor();
    expect(await page.getByRole('button', { name: 'Valider l’éligibilité' }).count()).toBe(0);
    // The team's pages, reached by their address: said to be the team's, no list of links that all refuse.
    await page.goto('/equipe');
    await page.getByText('Ces pages sont réservées à l’équipe de la plateforme.').waitFor();
    expect(await page.getByRole('link', { name: /Les e-mails en échec/ }).count()).toBe(0);
    await page.goto(file);
    await page.getByRole('heading', { level: 1, name: /Thierry/ }).waitFor();

    await page.getByRole('link', { name: 'habilitation préfectorale' }).click();
    await page.getByRole('heading', { level: 1, name: 'Habilitation préfectorale' }).waitFor();
    await expectAccessible(page, 'habilitation, avant la demande');
    await page.getByRole('button', { name: 'Préparer une demande d’habilitation' }).click();
    await page.getByText('Brouillon', { exact: true }).waitFor();
    const identification = 'Association loi 1901 déclarée en préfecture du Rhône, accueil de jour à Villeurbanne.';
    await page.getByLabel(/Une organisation identifiée/).fill(identification);
    await page.getByLabel(/Une mission d’accueil/).fill('Accueil inconditionnel et accompagnement social de personnes sans emploi depuis 2009.');
    await page.getByLabel(/Des personnes formées/).fill('Deux conseillères en insertion professionnelle diplômées (CIP).');

    // A file that is not a PDF, JPEG or PNG: the refusal is said at the file field, which takes the focus.
    await page.getByLabel('Nom de la pièce').fill('Statuts de l’association');
    await page.getByLabel('Fichier').setInputFiles({ name: 'statuts.txt', mimeType: 'text/plain', buffer: Buffer.from('Statuts') });
    await page.getByRole('button', { name: 'Joindre la pièce' }).click();
    await page.getByText('Corrigez les champs signalés ci-dessous.').waitFor();
    const fileField = page.getByLabel('Fichier');
    const fileError = await fileField.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '');
    expect(fileError).toMatch(/PDF|format|type/i);
    await expect(fileField.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await expectAccessible(page, 'pièce refusée');

    // The access token expires (15 minutes later) while the page is open: the upload renews it, unnoticed.
    stack.t.clock.advance(16 * 60_000);
    // The axes typed but not saved stay as the request is fetched again after the upload.
    await page.getByLabel('Fichier').setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: TEST_FILES.pdf });
    await page.getByRole('button', { name: 'Joindre la pièce' }).click();
    await page.getByText('Statuts de l’association (statuts.pdf)').waitFor();
    await expect(page.getByLabel(/Une organisation identifiée/).inputValue()).resolves.toBe(identification);

    // An axis left empty: the refusal names it at its field, by its label, and the typed axes are saved.
    await page.getByRole('button', { name: 'Transmettre à la DDETS' }).click();
    const unmetNeed = page.getByLabel(/Un besoin que les prescripteurs/);
    await page.getByText('Répondez à cet axe avant de transmettre la demande.').waitFor();
    await expect(unmetNeed.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    expect(await page.getByText(/staffCompetence|unmetNeed/).count()).toBe(0);
    await expect(page.getByLabel(/Des personnes formées/).inputValue()).resolves.toBe('Deux conseillères en insertion professionnelle diplômées (CIP).');
    await unmetNeed.fill('Les personnes accueillies ne sont suivies par aucun prescripteur habilité du quartier.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    await expect(page.getByLabel(/Une organisation identifiée/).inputValue()).resolves.toBe(identification);
    await expectAccessible(page, 'demande en brouillon');
    await page.getByRole('button', { name: 'Transmettre à la DDETS' }).click();
    await page.getByText('Transmise à la DDETS').waitFor();

    // The DDETS of the Rhône asks a question (through the API, as its agent would from their own pages).
    const ddets = await stack.t.http.post('/api/auth/login').send({ email: 'ddets@demo.example.org', password: DEMO_PASSWORD }).expect(200);
    const me = await stack.t.http.get('/api/me').set('authorization', `Bearer ${ddets.body.accessToken}`).expect(200);
    const headers = { authorization: `Bearer ${ddets.body.accessToken}`, 'x-organization-id': me.body.memberships[0].organization.id };
    const board = await stack.t.http.get('/api/habilitation-requests').set(headers).expect(200);
    const request = (board.body.items ?? board.body)[0];
    await stack.t.http
      .post(`/api/habilitation-requests/${request.id}/information-requests`)
      .set(headers)
      .send({ message: 'Merci de préciser le nombre de personnes accompagnées chaque année.' })
      .expect(200);

    await page.reload();
    await page.getByText('Informations demandées par la DDETS').waitFor();
    await page.getByText(/Merci de préciser le nombre de personnes accompagnées/).waitFor();
    await page.getByLabel('Votre réponse').fill('Environ 180 personnes par an, dont 60 très éloignées de l’emploi.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page.getByText(/Votre réponse.*Environ 180 personnes par an/).waitFor();
    await expectAccessible(page, 'réponse à la DDETS');
    await screenshots(page, 'orienteur');
  });
});
