import { readFileSync } from 'node:fs';
import { TEST_FILES } from '@iae/testing';
import { DEMO_PASSWORD, expectAccessible, expectFocusOn, journey, logIn, screenshots, Stack, startStack } from './support';

/** « 0 envoyée », « 1 envoyée », « 12 envoyées »: French keeps the singular below 2. */
const sentCount = (n: number) => `${new Intl.NumberFormat('fr-FR').format(n)} ${n > 1 ? 'envoyées' : 'envoyée'}`;

const frenchDate = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(/^1 /, '1er ');
const plusYears = (day: string, years: number, days = 0) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Journey 6 (habilitations): the DDETS of the Rhône instructs the requests of its département and decides. */
journey('DDETS, in a browser', () => {
  let stack: Stack;
  let orienteur: { headers: Record<string, string>; organizationId: string; organizationName: string };

  beforeAll(async () => {
    stack = await startStack();
    const login = await stack.t.http.post('/api/auth/login').send({ email: 'orienteur@demo.example.org', password: DEMO_PASSWORD }).expect(200);
    const me = await stack.t.http.get('/api/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
    const organization = me.body.memberships[0].organization;
    orienteur = {
      headers: { authorization: `Bearer ${login.body.accessToken}`, 'x-organization-id': organization.id },
      organizationId: organization.id,
      organizationName: organization.name,
    };
  });
  afterAll(() => stack?.close());

  /** The orienteur asks (through the API, as it does from its own page: see orienteur.browser-spec.ts). */
  async function submitRequest(withDocument: boolean): Promise<string> {
    const base = `/api/prescriber-organizations/${orienteur.organizationId}/habilitation-requests`;
    const created = await stack.t.http
      .post(base)
      .set(orienteur.headers)
      .send({
        departementCode: '69',
        identification: 'Association loi 1901 déclarée en préfecture du Rhône, accueil de jour à Villeurbanne.',
        mission: 'Accueil inconditionnel et accompagnement social de personnes sans emploi depuis 2009.',
        staffCompetence: 'Deux conseillères en insertion professionnelle diplômées (CIP).',
        unmetNeed: 'Les personnes accueillies ne sont suivies par aucun prescripteur habilité du quartier.',
      })
      .expect(201);
    if (withDocument) {
      await stack.t.http
        .post(`${base}/${created.body.id}/documents`)
        .set(orienteur.headers)
        .field('label', 'Statuts de l’association')
        .attach('file', TEST_FILES.pdf, 'statuts.pdf')
        .expect(201);
    }
    await stack.t.http.post(`${base}/${created.body.id}/submission`).set(orienteur.headers).expect(200);
    return created.body.id;
  }

  it('instructs a request (documents, a question, the CDIAE’s opinion), grants it for at most 5 years, withdraws it, then refuses the next one', async () => {
    const requestId = await submitRequest(true);
    const today = stack.t.clock.today();

    const page = await stack.newPage();
    await logIn(page, 'ddets@demo.example.org');
    // The DDETS's home is its board.
    await page.getByRole('heading', { level: 1, name: 'Habilitations préfectorales' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(orienteur.organizationName) });
    await row.getByText('À instruire').waitFor();
    await row.getByText('Depuis aujourd’hui').waitFor();
    await row.getByText('À recueillir').waitFor();
    await page.getByText(/1 demande en attente/).waitFor();
    // The filter is in the address.
    await page.getByLabel('Afficher').selectOption('expiry');
    await page.waitForURL(/\?type=expiry$/);
    await page.getByText('Rien à traiter.').waitFor();
    expect(await page.getByRole('link', { name: orienteur.organizationName }).count()).toBe(0);
    await page.getByLabel('Afficher').selectOption('request');
    await expectAccessible(page, 'tableau des habilitations');
    await screenshots(page, 'ddets-habilitations-tableau');

    await page.getByRole('link', { name: orienteur.organizationName }).click();
    await page.waitForURL(`**/ddets/habilitations/${requestId}`);
    await page.getByRole('heading', { level: 1, name: `Demande d’habilitation — ${orienteur.organizationName}` }).waitFor();
    await page.getByText(/Deux conseillères en insertion professionnelle/).waitFor();
    await page.getByText('Première demande').waitFor();
    // The document, downloaded as the organisation sent it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Télécharger/ }).click()]);
    expect(download.suggestedFilename()).toBe('statuts.pdf');
    expect(readFileSync((await download.path())!).equals(TEST_FILES.pdf)).toBe(true);
    await expectAccessible(page, 'demande à instruire');

    // A question: the organisation is asked, and answers.
    await page.getByLabel('Votre question à l’organisation').fill('Combien de personnes accompagnez-vous chaque année ?');
    await page.getByRole('button', { name: 'Demander des informations' }).click();
    await page.getByText('Informations demandées', { exact: true }).first().waitFor();
    await page.getByText(/Question de la DDETS.*Combien de personnes/).waitFor();
    expect(await page.getByRole('button', { name: 'Accorder l’habilitation' }).count()).toBe(0);
    await stack.t.http
      .post(`/api/prescriber-organizations/${orienteur.organizationId}/habilitation-requests/${requestId}/answers`)
      .set(orienteur.headers)
      .send({ message: 'Environ 180 personnes par an.' })
      .expect(200);
    await page.reload();
    await page.getByText(/Réponse de l’organisation.*Environ 180 personnes par an/).waitFor();

    // Granting before the CDIAE's opinion, or for more than 5 years: the API says no, next to the field.
    await page.getByLabel('Référence de l’arrêté').fill('Arrêté préfectoral n° 69-2026-004');
    await page.getByLabel('Dernier jour de l’habilitation').fill(plusYears(today, 5, 1));
    await page.getByRole('button', { name: 'Accorder l’habilitation' }).click();
    await page.getByText(/dure au plus 5 ans/).waitFor();
    await page.getByLabel('Dernier jour de l’habilitation').fill(plusYears(today, 5, -1));
    await page.getByRole('button', { name: 'Accorder l’habilitation' }).click();
    await page.getByRole('heading', { name: 'Avis du CDIAE manquant' }).waitFor();
    // The title alone: the API's detail repeats it.
    expect(await page.getByText('Avis du CDIAE manquant').count()).toBe(1);

    await page.getByLabel('Date de l’avis').fill(today);
    await page.getByLabel('Avis', { exact: true }).selectOption('favorable');
    await page.getByRole('button', { name: 'Enregistrer l’avis du CDIAE' }).click();
    await page.getByText(`Avis du CDIAE : favorable le ${frenchDate(today)}`).waitFor();
    // Said, and focused: the keyboard starts again from the message, not from the top of the page.
    await expectFocusOn(page, 'L’avis du CDIAE est enregistré.');
    // The refusal for want of that opinion is over: its alert leaves.
    expect(await page.getByText('Avis du CDIAE manquant').count()).toBe(0);
    await page.getByRole('button', { name: 'Accorder l’habilitation' }).click();
    await expectFocusOn(page, 'L’habilitation est accordée ; l’organisation en est informée.');
    const validUntil = plusYears(today, 5, -1);
    await page.getByText(new RegExp(`valable jusqu’au ${frenchDate(validUntil)}`)).waitFor();
    await page.getByText('Habilitation accordée', { exact: true }).first().waitFor();
    const me = await stack.t.http.get('/api/me').set(orienteur.headers).expect(200);
    expect(me.body.memberships[0].organization.habilitated).toBe(true);
    await expectAccessible(page, 'habilitation accordée');
    await screenshots(page, 'ddets-habilitation-accordee');

    // Withdrawn: the organisation no longer validates eligibility.
    await page.getByLabel('Motif du retrait').fill('L’organisation a cessé son activité d’accompagnement.');
    await page.getByRole('button', { name: 'Retirer l’habilitation' }).click();
    await page.getByText('Habilitation retirée : l’organisation en est informée.').waitFor();
    const after = await stack.t.http.get('/api/me').set(orienteur.headers).expect(200);
    expect(after.body.memberships[0].organization.habilitated).toBe(false);
    await expectAccessible(page, 'habilitation retirée');
    await page.reload();
    await page.getByText('Cette habilitation ne court plus : elle a été retirée ou a pris fin.').waitFor();
    expect(await page.getByRole('button', { name: 'Retirer l’habilitation' }).count()).toBe(0);

    // The next request is refused, with its reason.
    const second = await submitRequest(false);
    await page.getByRole('link', { name: 'Retour aux habilitations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Habilitations préfectorales' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'ne court plus (retirée ou finie)' }).getByRole('link', { name: orienteur.organizationName }).waitFor();
    // The board's row of the new request (the granted one is listed below it, with the same name).
    await page
      .getByRole('row', { name: /À instruire/ })
      .getByRole('link', { name: orienteur.organizationName })
      .click();
    await page.waitForURL(`**/ddets/habilitations/${second}`);
    await page.getByRole('button', { name: 'Refuser l’habilitation' }).click();
    await page.locator('.fr-input-group--error').getByLabel('Motif du refus').waitFor();
    await page.getByLabel('Motif du refus').fill('Le besoin est couvert par France Travail et la Mission locale du quartier.');
    await page.getByRole('button', { name: 'Refuser l’habilitation' }).click();
    await page.getByText(/Refusée : Le besoin est couvert par France Travail/).waitFor();
    await expectAccessible(page, 'habilitation refusée');
    await screenshots(page, 'ddets-habilitation-refusee');
  });

  it('reads the pilotage figures of the Rhône as charts with their tables, and downloads them as CSV', async () => {
    const ddets = await stack.t.http.post('/api/auth/login').send({ email: 'ddets@demo.example.org', password: DEMO_PASSWORD }).expect(200);
    const me = await stack.t.http.get('/api/me').set('authorization', `Bearer ${ddets.body.accessToken}`).expect(200);
    const headers = { authorization: `Bearer ${ddets.body.accessToken}`, 'x-organization-id': me.body.memberships[0].organization.id };
    const figures = (await stack.t.http.get('/api/stats/candidatures').set(headers).expect(200)).body;
    expect(figures.territory.name).toBe('Rhône');
    expect(figures.byEmployerKind.length).toBeGreaterThan(0);

    const page = await stack.newPage();
    await logIn(page, 'ddets@demo.example.org');
    await page.getByRole('link', { name: 'Pilotage' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Pilotage' }).waitFor();
    await page.getByRole('img', { name: /Candidatures par type de structure : graphique/ }).waitFor();
    await page.getByRole('heading', { name: 'PASS IAE par type de structure' }).waitFor();
    // The table beside the chart holds the API's figures.
    const table = page.getByRole('table', { name: 'Candidatures par type de structure' });
    for (const kind of figures.byEmployerKind) {
      const cells = await table
        .getByRole('row', { name: new RegExp(`^${kind.key} `) })
        .getByRole('cell')
        .allTextContents();
      expect(cells.slice(0, 4).map((c) => Number(c.replace(/\s/g, '')))).toEqual([kind.sent, kind.accepted, kind.refused, kind.pending]);
    }
    await page.getByText(new RegExp(`^${sentCount(figures.sent)}`)).waitFor();
    // When the figures were read (the hourly snapshot, or live), in French.
    await page.getByText(/Chiffres calculés le \d{1,2} \p{L}+\.? \d{4} à \d{2}:\d{2}/u).waitFor();
    await expectAccessible(page, 'pilotage');
    await screenshots(page, 'ddets-pilotage');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /candidatures\.csv/ }).click()]);
    expect(download.suggestedFilename()).toBe('candidatures.csv');
    const csv = (await stack.t.http.get('/api/stats/candidatures?format=csv').set(headers).expect(200)).text;
    expect(readFileSync((await download.path())!, 'utf8')).toBe(csv);

    // The last calendar year (read back from its daily snapshot once the job ran), in the address to share it.
    const year = Number(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date())) - 1;
    const yearly = (await stack.t.http.get(`/api/stats/candidatures?from=${year}-01-01&to=${year}-12-31`).set(headers).expect(200)).body;
    // By keyboard: the native select takes the arrow keys.
    await page.getByLabel('Période').focus();
    await page.keyboard.press('ArrowDown');
    // Then the quarters started of this year and all of the last, newest first; the one under way says so.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const quarters = [year + 1, year].flatMap((y) =>
      [4, 3, 2, 1]
        .filter((q) => `${y}-${String(3 * q - 2).padStart(2, '0')}-01` <= today)
        .map((q) => `${q === 1 ? '1er' : `${q}e`} trimestre ${y}${`${y}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}` > today ? ' (en cours)' : ''}`),
    );
    expect(await page.getByLabel('Période').locator('option').allTextContents()).toEqual([
      'Les 12 derniers mois',
      ...[year, year - 1, year - 2].map((y) => `L’année ${y}`),
      ...quarters,
    ]);
    expect(quarters.slice(-4)).toEqual(['4e trimestre', '3e trimestre', '2e trimestre', '1er trimestre'].map((q) => `${q} ${year}`));
    await page.waitForURL(`**/ddets/pilotage?annee=${year}`);
    await page.getByText(`Rhône, du 1er janvier ${year} au 31 décembre ${year}.`, { exact: false }).waitFor();
    await page.getByText(new RegExp(`^${sentCount(yearly.sent)}`)).waitFor();
    const [yearlyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`candidatures-${year}\\.csv`) }).click(),
    ]);
    const yearlyCsv = (await stack.t.http.get(`/api/stats/candidatures?from=${year}-01-01&to=${year}-12-31&format=csv`).set(headers).expect(200)).text;
    expect(readFileSync((await yearlyDownload.path())!, 'utf8')).toBe(yearlyCsv);
    await expectAccessible(page, 'pilotage de l’année passée');
    await screenshots(page, 'ddets-pilotage-annee');
    // The oldest year offered, bookmarked, stays.
    await page.goto(page.url().replace(`annee=${year}`, `annee=${year - 2}`));
    await page.getByText(`Rhône, du 1er janvier ${year - 2} au 31 décembre ${year - 2}.`, { exact: false }).waitFor();
    expect(new URL(page.url()).search).toBe(`?annee=${year - 2}`);
    // A year no longer offered (an old bookmark): the last 12 months, and the address says so.
    await page.goto(page.url().replace(`annee=${year - 2}`, `annee=${year - 3}`));
    await page.waitForURL((url) => url.pathname.endsWith('/ddets/pilotage') && url.search === '');
    expect(await page.getByLabel('Période').inputValue()).toBe('');

    // A quarter of last year (summed over its days), in the address too.
    const quarterly = (await stack.t.http.get(`/api/stats/candidatures?from=${year}-10-01&to=${year}-12-31`).set(headers).expect(200)).body;
    await page.getByLabel('Période').selectOption({ label: `4e trimestre ${year}` });
    await page.waitForURL(`**/ddets/pilotage?trimestre=${year}-T4`);
    await page.getByText(`Rhône, du 1er octobre ${year} au 31 décembre ${year}.`, { exact: false }).waitFor();
    await page.getByText(new RegExp(`^${sentCount(quarterly.sent)}`)).waitFor();
    await page.getByRole('button', { name: new RegExp(`candidatures-${year}-T4\\.csv`) }).waitFor();
    await expectAccessible(page, 'pilotage d’un trimestre');
    await screenshots(page, 'ddets-pilotage-trimestre');
    // A quarter not offered (too old): the last 12 months.
    await page.goto(page.url().replace(`trimestre=${year}-T4`, `trimestre=${year - 1}-T4`));
    await page.waitForURL((url) => url.pathname.endsWith('/ddets/pilotage') && url.search === '');
    // Two periods named (an address edited by hand): the year is shown, and the address names it alone.
    await page.goto(`${page.url()}?annee=${year}&trimestre=${year}-T4`);
    await page.waitForURL(`**/ddets/pilotage?annee=${year}`);
    await page.getByText(`Rhône, du 1er janvier ${year} au 31 décembre ${year}.`, { exact: false }).waitFor();
  });
});
