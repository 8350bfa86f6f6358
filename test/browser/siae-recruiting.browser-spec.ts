import { readFileSync } from 'node:fs';
import { expectAccessible, expectVisibleFocus, expectFocusOn, journey, logIn, screenshots, Stack, stackDay, startStack, tabTo } from './support';

/** Journey « SIAE — recruiting »: the inbox and its filters, a candidature's page, each answer, a hire and its PASS IAE. */
journey('SIAE recruiting, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('filters the inbox (counts per state, filters in the address), postpones, pools and declines one candidature, hires with a PASS IAE, changes the dates, cancels the hire, exports the month', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    // The SIAE's home is its inbox, offered in the menu.
    await page.getByRole('heading', { level: 1, name: 'Candidatures reçues' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/siae/candidatures');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Candidatures reçues' }).waitFor();
    const states = page.getByRole('navigation', { name: 'Candidatures par état' });
    await states.getByRole('button', { name: 'Toutes (2)' }).waitFor();
    await states.getByRole('button', { name: 'Nouvelle candidature (1)' }).waitFor();
    await page.getByRole('row', { name: /Lucas Petit France Travail Lyon Part-Dieu/ }).waitFor();
    await page.getByRole('row', { name: /Thierry Vasseur/ }).waitFor();
    await expectAccessible(page, 'candidatures reçues');

    // Filters: a state, a name; both in the address, and the counts follow the name.
    await states.getByRole('button', { name: 'À l’étude (1)' }).click();
    await page.getByRole('row', { name: /Lucas Petit/ }).waitFor({ state: 'detached' });
    expect(page.url()).toContain('etat=processing');
    await expect(states.getByRole('button', { name: 'À l’étude (1)' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await states.getByRole('button', { name: 'Toutes (2)' }).click();
    await page.getByLabel('Nom ou prénom').fill('vass');
    await states.getByRole('button', { name: 'Toutes (1)' }).waitFor();
    await page.getByRole('row', { name: /Lucas Petit/ }).waitFor({ state: 'detached' });
    expect(page.url()).toContain('nom=vass');
    await page.getByLabel('Envoyée par').selectOption('candidate');
    await page.getByText('Aucune candidature avec ces critères.').waitFor();
    expect(page.url()).toContain('emetteur=candidate');
    await page.getByLabel('Envoyée par').selectOption('prescriber');
    await page.getByLabel('Reçues depuis le').fill(stackDay(stack, -7));
    await page.getByRole('row', { name: /Thierry Vasseur/ }).waitFor();
    await expectAccessible(page, 'candidatures reçues filtrées');
    // The filtered inbox is a link that can be shared: opened anew, it shows the same.
    const shared = page.url();
    await page.goto(shared);
    await page.getByRole('row', { name: /Thierry Vasseur/ }).waitFor();
    await expect(page.getByLabel('Nom ou prénom').inputValue()).resolves.toBe('vass');

    // Thierry's candidature: the orienteur's, no eligibility: the page says why.
    await page.getByRole('link', { name: 'Thierry Vasseur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Candidature de Thierry Vasseur' }).waitFor();
    await page.getByText('Non éligible aujourd’hui').waitFor();
    // Valid HTML: the DSFR's badge is a paragraph unless told otherwise, and a paragraph holds no paragraph.
    expect(await page.locator('p p, h1 p, h2 p, h3 p').count()).toBe(0);
    await page.getByText(/Ancien cariste, 20 ans d’expérience/).waitFor();
    await page.getByRole('row', { name: /Mise à l’étude/ }).waitFor();
    await expectAccessible(page, 'candidature non éligible');

    // Opening a form moves the focus to its first field; leaving it, back to the button that opened it.
    await page.getByRole('button', { name: 'Mettre en attente' }).click();
    await expectFocusOn(page, 'Pourquoi la mettre en attente ? *');
    await page.getByRole('button', { name: 'Revenir aux actions' }).click();
    await expectFocusOn(page, 'Mettre en attente');

    // Postpone: the comment is required (said at the field), then sent.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Confirmer la mise en attente' }).click();
    await page.getByText('Renseignez le champ « Pourquoi la mettre en attente ? ».').waitFor();
    await page.getByLabel('Pourquoi la mettre en attente ?').fill('Nous attendons l’ouverture du prochain chantier, en janvier.');
    await page.getByRole('button', { name: 'Confirmer la mise en attente' }).click();
    await page.getByText('La candidature est en attente.').waitFor();
    await expectFocusOn(page, 'La candidature est en attente.');
    await page.getByRole('row', { name: /Mise en attente .*Nous attendons l’ouverture du prochain chantier/ }).waitFor();

    await page.getByRole('button', { name: 'Garder dans le vivier' }).click();
    await expectFocusOn(page, 'Message à la personne (facultatif)');
    await page.getByRole('button', { name: 'Confirmer l’ajout au vivier' }).click();
    await page.getByText('La candidature est dans le vivier.').waitFor();
    await page.getByText('Vivier', { exact: true }).first().waitFor();

    // Decline, with a reason and a message to the sender, who is told by e-mail.
    await page.getByRole('button', { name: 'Décliner la candidature' }).click();
    await page.getByLabel('Motif du refus *').selectOption({ label: 'Pas de recrutement en cours' });
    await page.getByLabel('Message à la personne (facultatif)').fill('Nous n’avons pas de poste de cariste en ce moment.');
    await page.getByLabel('Message à l’émetteur (facultatif)').fill('À recontacter au printemps.');
    await expectAccessible(page, 'refus d’une candidature');
    await page.getByRole('button', { name: 'Confirmer le refus' }).click();
    await page.getByText('La candidature est déclinée ; la personne et l’émetteur sont prévenus.').waitFor();
    await page.getByText('Motif du refus').waitFor();
    const told = await stack.smtp.waitForMailTo('orienteur@demo.example.org', 'Déclinée');
    expect(told.text).toContain('Motif du refus : Pas de recrutement en cours.');
    expect(told.text).toContain('Nous n’avons pas de poste de cariste en ce moment.');
    await expectAccessible(page, 'candidature déclinée');

    // Lucas: eligible through France Travail's diagnosis; hired, he receives a PASS IAE.
    await page.getByRole('link', { name: 'Retour aux candidatures reçues' }).click();
    await page.getByLabel('Nom ou prénom').fill('');
    await page.getByLabel('Envoyée par').selectOption('');
    await page.getByLabel('Reçues depuis le').fill('');
    await page.getByRole('link', { name: 'Lucas Petit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Candidature de Lucas Petit' }).waitFor();
    await page.getByText(/Selon le diagnostic de France Travail Lyon Part-Dieu du .*, valable jusqu’au/).waitFor();
    // While the move runs its button is inert (a second click sends nothing), and the move carries an Idempotency-Key.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sent: Array<string | undefined> = [];
    await page.route('**/api/candidatures/*/processing', async (route) => {
      sent.push(route.request().headers()['idempotency-key']);
      await held;
      await route.continue();
    });
    const processing = page.getByRole('button', { name: 'Mettre à l’étude' });
    const answered = page.waitForResponse('**/api/candidatures/*/processing');
    await processing.click();
    const busy = page.getByRole('button', { name: 'Envoi en cours…' });
    await expect(busy.getAttribute('aria-disabled')).resolves.toBe('true');
    await busy.click({ force: true });
    release();
    expect((await answered).status()).toBe(200);
    await page.unroute('**/api/candidatures/*/processing');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('La candidature est à l’étude.').waitFor();
    await page.getByRole('button', { name: 'Accepter la candidature' }).click();
    // A start in the past: the API's refusal lands at the field.
    await page.getByLabel('Premier jour du contrat *').fill(stackDay(stack, -3));
    await page.getByRole('button', { name: 'Confirmer l’embauche' }).click();
    await page.getByText('L’embauche ne peut pas commencer dans le passé.').waitFor();
    await expectAccessible(page, 'embauche refusée par l’API');
    await page.getByLabel('Premier jour du contrat *').fill(stackDay(stack, 7));
    await page.getByLabel('Dernier jour du contrat (facultatif)').fill(stackDay(stack, 7 + 180));
    const accept = page.getByRole('button', { name: 'Confirmer l’embauche' });
    await accept.click();
    await page.getByText(/Embauche enregistrée : PASS IAE \d{12}\./).waitFor();
    const pass = (await page.getByRole('heading', { level: 3, name: /^PASS IAE \d{12}$/ }).textContent())!.replace('PASS IAE ', '');
    const [passRow] = await stack.t.dataSource.query(`SELECT p.number FROM pass_iae p JOIN candidates c ON c.id = p.candidate_id WHERE c.last_name = 'Petit'`);
    expect(passRow.number).toBe(pass);
    await page.getByRole('link', { name: `Gérer le PASS IAE ${pass}` }).waitFor();
    await expectAccessible(page, 'embauche et PASS IAE');

    // The dates change before the start; the hire is then cancelled.
    await page.getByRole('button', { name: 'Changer les dates d’embauche' }).click();
    await page.getByLabel('Nouveau premier jour *').fill(stackDay(stack, 10));
    await page.getByRole('button', { name: 'Enregistrer les dates' }).click();
    await page.getByText('Les dates de l’embauche sont changées ; le PASS IAE suit.').waitFor();
    const [moved] = await stack.t.dataSource.query(`SELECT hiring_start::text FROM candidatures WHERE id = $1`, [page.url().split('/').pop()!.split('?')[0]]);
    expect(moved.hiring_start).toBe(stackDay(stack, 10));
    await page.getByRole('row', { name: /Changement des dates d’embauche/ }).waitFor();

    await page.getByRole('button', { name: 'Annuler l’embauche' }).click();
    await page.getByLabel('Pourquoi annuler ? (facultatif)').fill('La personne a trouvé un CDI.');
    await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await page.getByText('L’embauche est annulée.').waitFor();
    await page.getByText('Embauche annulée').first().waitFor();
    await expectAccessible(page, 'embauche annulée');
    await screenshots(page, 'siae-candidature');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The month's CSV.
    await page.getByRole('link', { name: 'Retour aux candidatures reçues' }).click();
    await page.getByRole('navigation', { name: 'Candidatures par état' }).getByRole('button', { name: 'Embauche annulée (1)' }).waitFor();
    await page.getByLabel('Mois à exporter').fill(stackDay(stack, 0).slice(0, 7));
    // The access token expired meanwhile (15 minutes): the download renews it, unnoticed.
    stack.t.clock.advance(16 * 60_000);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Télécharger les candidatures du mois/ }).click()]);
    expect(download.suggestedFilename()).toBe(`candidatures-${stackDay(stack, 0).slice(0, 7)}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Petit Lucas');
    expect(csv).toContain('Embauche annulée');
    await expectAccessible(page, 'candidatures reçues après les réponses');
    await screenshots(page, 'siae-recruiting');
  });

  it('transfers a cancelled hire to another of its structures, orients a declined candidature to another structure, and finds both in that structure’s inbox', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.getByRole('link', { name: 'Lucas Petit' }).click();
    await page.getByRole('button', { name: 'Transférer à une autre de mes structures' }).click();
    await page.getByLabel('Structure *').selectOption({ label: 'Tremplin Services Villeurbanne' });
    await expectAccessible(page, 'transfert interne');
    await page.getByRole('button', { name: 'Transférer la candidature' }).click();
    await page.getByText('La candidature est transférée à Tremplin Services Villeurbanne, où elle repart comme nouvelle.').waitFor();

    await page.getByRole('link', { name: 'Retour aux candidatures reçues' }).click();
    await page.getByRole('navigation', { name: 'Candidatures par état' }).getByRole('button', { name: 'Toutes (1)' }).waitFor();
    await page.getByRole('link', { name: 'Thierry Vasseur' }).click();
    await page.getByRole('button', { name: 'Orienter vers une autre structure' }).click();
    await page.getByRole('combobox', { name: /^Structure/ }).pressSequentially('Tremplin');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Tremplin Services Villeurbanne/ })
      .click();
    await expectAccessible(page, 'orientation vers une autre structure');
    await page.getByRole('button', { name: 'Envoyer la candidature à cette structure' }).click();
    await page.getByText(/La candidature est envoyée à Tremplin Services Villeurbanne\./).waitFor();

    // Acting for Tremplin: both are there, new.
    await page.goto('/siae/candidatures');
    const switcher = page.getByLabel('Vous agissez pour');
    const tremplin = switcher.locator('option', { hasText: 'Tremplin Services Villeurbanne' });
    await switcher.selectOption((await tremplin.getAttribute('value'))!);
    await page.getByRole('row', { name: /Lucas Petit .* Nouvelle candidature/ }).waitFor();
    await page.getByRole('row', { name: /Thierry Vasseur Les Jardins du Rhône .* Nouvelle candidature/ }).waitFor();
    await expectAccessible(page, 'candidatures reçues par l’autre structure');
  });

  it('pages a long inbox by the API’s cursor: 20 first, then the rest', async () => {
    await stack.t.dataSource.query(
      `INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_organization_id, message, created_at, updated_at, state_changed_at)
       SELECT (SELECT id FROM candidates WHERE last_name = 'Haddad'), (SELECT id FROM organizations WHERE name = 'Les Jardins du Rhône'), 'new', 'prescriber',
              (SELECT id FROM organizations WHERE name = 'Mission locale de Lyon'), 'Candidature ' || g, $1::timestamptz - make_interval(mins => g), $1, $1
         FROM generate_series(1, 25) g`,
      [stack.t.clock.now()],
    );
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.getByRole('heading', { level: 2, name: '20+ candidatures affichées' }).waitFor();
    await expect(page.getByRole('row', { name: /Nadia Haddad/ }).count()).resolves.toBe(20);
    // With the keyboard only: from the page's heading, Tab reaches « Voir plus » (its focus visible), Enter loads the next page.
    await page.getByRole('heading', { level: 1, name: 'Candidatures reçues' }).focus();
    await tabTo(page, /^Voir plus de candidatures$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '26 candidatures affichées' }).waitFor();
    // The keyboard goes on from the first row loaded (« Voir plus » is gone: that was the last page).
    await page.waitForFunction(() => {
      const row = document.activeElement?.closest('tbody tr');
      return !!row && Array.from(row.parentElement!.children).indexOf(row) === 20;
    });
    await expect(page.getByRole('row', { name: /Nadia Haddad/ }).count()).resolves.toBe(25);
    await page.getByRole('row', { name: /Thierry Vasseur/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Voir plus de candidatures' }).count()).resolves.toBe(0);
    // The state filter too: Tab to its button, Enter presses it.
    await page.getByRole('heading', { level: 1, name: 'Candidatures reçues' }).focus();
    await tabTo(page, /^Déclinée \(1\)$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page
      .getByRole('row', { name: /Nadia Haddad/ })
      .first()
      .waitFor({ state: 'detached' });
    expect(page.url()).toContain('etat=refused');
    await page.getByRole('navigation', { name: 'Candidatures par état' }).getByRole('button', { name: 'Nouvelle candidature (25)' }).waitFor();
    await expectAccessible(page, 'candidatures reçues, deux pages');
  });
  it('does not let a page showing an older state override a colleague’s decision taken meanwhile', async () => {
    const [{ id }] = await stack.t.dataSource.query(
      `INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_organization_id, message, created_at, updated_at, state_changed_at)
       VALUES ((SELECT id FROM candidates WHERE last_name = 'Haddad'), (SELECT id FROM organizations WHERE name = 'Les Jardins du Rhône'), 'new', 'prescriber',
               (SELECT id FROM organizations WHERE name = 'Mission locale de Lyon'), 'Candidature à décider', $1, $1, $1) RETURNING id`,
      [stack.t.clock.now()],
    );
    const page = await stack.newPage();
    await logIn(page, 'siae.membre@demo.example.org');
    await page.goto(`/siae/candidatures/${id}`);
    await page.getByRole('button', { name: 'Décliner la candidature' }).click();
    await page.getByLabel('Motif du refus *').selectOption({ index: 1 });
    // Meanwhile a colleague puts it under study, from their own page.
    await stack.t.dataSource.query(`UPDATE candidatures SET state = 'processing' WHERE id = $1`, [id]);
    await page.getByRole('button', { name: 'Confirmer le refus' }).click();
    // Said where the focus lands, and the page shows the candidature as it is now.
    await page.getByText(/Rien n’a été fait : la candidature a changé entre-temps .* ; elle est maintenant « À l’étude »/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Rien n’a été fait/);
    // Under study already: « Mettre à l’étude » is no longer offered.
    await page.getByRole('button', { name: 'Mettre à l’étude' }).waitFor({ state: 'detached' });
    expect((await stack.t.dataSource.query(`SELECT state FROM candidatures WHERE id = $1`, [id]))[0].state).toBe('processing');
  });
});
