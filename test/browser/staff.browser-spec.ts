import { createCandidate, createHabilitatedPrescriber, createUser, eventually, linkIn, login, queueResetEmails, testNir, validSiret } from '@iae/testing';
import { expectAccessible, journey, logIn, screenshots, Stack, startStack, expectFocusOn } from './support';

/** Journey 7: the platform's team sets up an employer, checks prescriber organisations, and sends failed e-mails again. */
journey('staff, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  /** A professional registers an organisation of a kind habilitated by law (through the API, as from its sign-up page). */
  async function registerMissionLocale(name: string): Promise<{ id: string; headers: Record<string, string> }> {
    const person = await createUser(stack.t.dataSource);
    const token = await login(stack.t.http, person);
    const created = await stack.t.http
      .post('/api/prescriber-organizations')
      .set('authorization', `Bearer ${token}`)
      .send({ kind: 'ML', name, siret: validSiret(), address: { line: '3 rue Racine', postalCode: '69100', communeCode: '69266' } })
      .expect(201);
    expect(created.body.authorizationStatus).toBe('not_set');
    return { id: created.body.id, headers: { authorization: `Bearer ${token}` } };
  }

  it('sets up an employer and invites its first admin', async () => {
    const page = await stack.newPage();
    await logIn(page, 'staff@demo.example.org');
    await page.getByRole('heading', { level: 1, name: 'Équipe de la plateforme' }).waitFor();
    await expectAccessible(page, 'accueil de l’équipe');
    await page.getByRole('link', { name: /Inscrire une structure/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inscrire une structure' }).waitFor();

    // Nothing filled: the API names each field.
    await page.getByRole('button', { name: 'Inscrire la structure' }).click();
    await page.locator('.fr-select-group--error').getByLabel('Type de structure').waitFor();
    await page.getByText('Corrigez les champs signalés ci-dessous.').waitFor();

    await page.getByLabel('Type de structure').selectOption('ACI');
    await page.getByLabel('Nom', { exact: true }).fill('Les Jardins de Gerland');
    await page.getByLabel(/^SIRET/).fill(validSiret());
    await page.getByLabel('Identifiant ASP de la convention (SIAE)').fill('ACI069987');
    await page.getByLabel('Numéro et voie').fill('12 rue de Gerland');
    await page.getByRole('combobox', { name: /^Commune/ }).pressSequentially('Lyon');
    await page.getByRole('option', { name: /^Lyon \(69\)/ }).click();
    await page.getByLabel(/^Adresse e-mail de son premier administrateur/).fill('direction@jardins-gerland.example.org');
    await expectAccessible(page, 'inscription d’une structure');
    // A double click creates once (the button is disabled while sent; the Idempotency-Key is kept).
    await page.getByRole('button', { name: 'Inscrire la structure' }).dblclick();
    await page.getByText('Les Jardins de Gerland est inscrite.').waitFor();
    const [{ count }] = await stack.t.dataSource.query(`SELECT count(*)::int AS count FROM organizations WHERE name = 'Les Jardins de Gerland'`);
    expect(count).toBe(1);
    await page.getByText(/Une invitation à administrer la structure est envoyée à direction@jardins-gerland.example.org/).waitFor();
    const invitation = await stack.smtp.waitForMailTo('direction@jardins-gerland.example.org');
    expect(invitation.subject).toMatch(/Les Jardins de Gerland/);
    await expectAccessible(page, 'structure inscrite');
    await screenshots(page, 'staff-structure-inscrite');
  });

  it('validates an organisation habilitated by law, and refuses another with a reason', async () => {
    const first = await registerMissionLocale('Mission locale de Villeurbanne');
    const second = await registerMissionLocale('Mission locale imaginaire');
    const page = await stack.newPage();
    await logIn(page, 'staff@demo.example.org');
    // The team is told by e-mail, whose link opens the organisation's page.
    const told = await stack.smtp.waitFor((m) => m.to.includes('staff@demo.example.org') && m.text.includes('Mission locale de Villeurbanne'));
    const link = linkIn(told, `${stack.baseUrl}/equipe/prescripteurs/`);
    expect(link).toBe(`${stack.baseUrl}/equipe/prescripteurs/${first.id}`);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Mission locale de Villeurbanne' }).waitFor();
    await page.getByText('À vérifier', { exact: true }).waitFor();
    await expectAccessible(page, 'organisation à vérifier');
    await page.getByRole('button', { name: 'Valider l’habilitation' }).click();
    await page.getByText('Habilitation vérifiée', { exact: true }).waitFor();
    // The decision is said where the focus goes (the buttons pressed are gone).
    await expectFocusOn(page, 'Habilitation vérifiée : l’organisation est habilitée.');
    const validated = await stack.t.http.get(`/api/prescriber-organizations/${first.id}`).set(first.headers).expect(200);
    expect(validated.body).toMatchObject({ authorizationStatus: 'validated', habilitated: true });
    await screenshots(page, 'staff-prescripteur-valide');

    // The queue of organisations to check (the API's cursor): the validated one has left it, the other is there.
    await page.getByRole('link', { name: 'Retour aux organisations à vérifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations prescriptrices à vérifier' }).waitFor();
    const queue = page.getByRole('table', { name: 'Organisations à vérifier' });
    await queue.getByRole('link', { name: 'Mission locale imaginaire' }).waitFor();
    expect(await queue.getByRole('link', { name: 'Mission locale de Villeurbanne' }).count()).toBe(0);
    await expectAccessible(page, 'organisations à vérifier');
    await screenshots(page, 'staff-prescripteurs-a-verifier');
    await queue.getByRole('link', { name: 'Mission locale imaginaire' }).click();
    await page.waitForURL(`${stack.baseUrl}/equipe/prescripteurs/${second.id}`);
    await page.getByRole('heading', { level: 1, name: 'Mission locale imaginaire' }).waitFor();
    await page.getByRole('button', { name: 'Refuser' }).click();
    // The reason's field takes the focus; « Annuler » gives it back to « Refuser ».
    await expectFocusOn(page, 'Motif du refus');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expectFocusOn(page, 'Refuser');
    await page.getByRole('button', { name: 'Refuser' }).click();
    await page.getByLabel(/^Motif du refus/).fill('Aucune mission locale ne porte ce nom dans le Rhône.');
    await page.getByRole('button', { name: 'Confirmer le refus' }).click();
    await page.getByText('Habilitation refusée', { exact: true }).waitFor();
    await expectFocusOn(page, 'Habilitation refusée ; ses membres en sont prévenus.');
    await page.getByText(/Aucune mission locale ne porte ce nom/).waitFor();
    await expectAccessible(page, 'organisation refusée');
    // Decided, it leaves the queue too; the home page leads there.
    await page.getByRole('link', { name: 'Équipe' }).first().click();
    await page.getByRole('link', { name: 'Les organisations prescriptrices à vérifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations prescriptrices à vérifier' }).waitFor();
    // The list is fetched anew after a decision (never a stale copy): once shown, the refused one is not in it.
    await page.getByRole('table', { name: 'Organisations à vérifier' }).or(page.getByText('Aucune organisation à vérifier')).waitFor();
    expect(await page.getByRole('link', { name: 'Mission locale imaginaire' }).count()).toBe(0);
  });

  it('lists the e-mails that failed and sends one again', async () => {
    stack.smtp.failNext = 3;
    const [id] = await queueResetEmails(stack.t, 1, 'echec-navigateur');
    await stack.t.relayOutbox();
    await eventually(
      async () => (await stack.t.dataSource.query(`SELECT status FROM email_messages WHERE id = $1`, [id]))[0].status as string,
      (status) => status === 'failed',
      60_000,
    );
    const page = await stack.newPage();
    await logIn(page, 'staff@demo.example.org');
    await page.getByRole('link', { name: 'Les e-mails en échec' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-mails' }).waitFor();
    await page.waitForURL(/statut=failed/);
    const row = page.getByRole('row', { name: /echec-navigateur0@exemple.fr/ });
    await row.getByText('3 tentatives').waitFor();
    await row.getByText(/451/).waitFor();
    await expectAccessible(page, 'e-mails en échec');
    await screenshots(page, 'staff-emails-en-echec');
    await row.getByRole('button', { name: 'Relancer' }).click();
    await row.getByText('Relancé, en file d’attente').waitFor();
    await stack.smtp.waitForMailTo('echec-navigateur0@exemple.fr');
    // The filter is in the address: a shared link shows the same list.
    await page.getByLabel('Destinataire').fill('echec-navigateur0@exemple.fr');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/destinataire=echec-navigateur0/);
    await expectAccessible(page, 'e-mail relancé');
  });

  it('reviews a NIR correction, reading the person’s file with a stated reason', async () => {
    const prescriber = await createHabilitatedPrescriber(stack.t);
    const candidate = await createCandidate(stack.t, prescriber, { firstName: 'Nadia', lastName: 'Ferrand', title: 'MME', birthDate: '1990-04-12' });
    const requestedNir = testNir('MME', '1990-04-12');
    await stack.t.http
      .post(`/api/candidates/${candidate.id}/nir-correction-requests`)
      .set(prescriber.headers)
      .send({ nir: requestedNir, reason: 'Deux chiffres inversés à la saisie (carte Vitale vue).' })
      .expect(201);

    const page = await stack.newPage();
    await logIn(page, 'staff@demo.example.org');
    await page.getByRole('link', { name: 'Les demandes de correction de NIR' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corrections de NIR' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Deux chiffres inversés' });
    await card.getByRole('heading', { name: new RegExp(requestedNir) }).waitFor();
    await expectAccessible(page, 'corrections de NIR');

    // The file opens only with a reason, recorded with the reading (and shown to the person in their space).
    await card.getByRole('link', { name: 'Lire la fiche de la personne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fiche d’une personne' }).waitFor();
    await page.getByRole('button', { name: 'Lire la fiche' }).click();
    await page.getByText('Renseignez le champ « Motif de la consultation ».').waitFor();
    await page.getByLabel(/^Motif de la consultation/).fill('Demande de correction de NIR à examiner');
    await page.getByRole('button', { name: 'Lire la fiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nadia Ferrand' }).waitFor();
    await page.getByText(candidate.nir).waitFor();
    await expectAccessible(page, 'fiche lue avec un motif');
    await screenshots(page, 'staff-fiche-avec-motif');
    const reads = await stack.t.dataSource.query(`SELECT action, reason FROM candidate_access_events WHERE candidate_id = $1 ORDER BY occurred_at, action`, [
      candidate.id,
    ]);
    expect(reads).toEqual(
      expect.arrayContaining([
        { action: 'staff_read', reason: 'Demande de correction de NIR à examiner' },
        { action: 'nir_read', reason: 'Demande de correction de NIR à examiner' },
      ]),
    );

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Corrections de NIR' }).waitFor();
    await card.getByLabel(/^Note/).fill('Vérifié sur la carte Vitale.');
    await card.getByRole('button', { name: 'Accepter la correction' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByLabel('Demandes').selectOption('approved');
    await page.waitForURL(/statut=approved/);
    await page.getByText(/Acceptée le .* : Vérifié sur la carte Vitale\./).waitFor();
    await expectAccessible(page, 'correction acceptée');
    await screenshots(page, 'staff-correction-nir-acceptee');
  });
});
