/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import { createCandidateAccount, testNir, tokenIn } from '@iae/testing';
import { DEMO_PASSWORD, expectAccessible, journey, logIn, screenshots, Stack, startStack, expectFocusOn } from './support';

/** Journey 5: the person a prescriber registered creates their space and sees their candidatures, PASS IAE, consents and who read their NIR. */
journey('candidate, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('accepts the invitation, sees candidatures without the refusal reason nor the private comment, the PASS IAE, gives and withdraws a consent, and sees who read the NIR', async () => {
    const { t } = stack;
    const session = async (email: string) => {
      const login = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
      const me = await t.http.get('/api/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
      return (name?: RegExp) => {
        const membership = me.body.memberships.find((m: { organization: { name: string } }) => !name || name.test(m.organization.name));
        return { authorization: `Bearer ${login.body.accessToken}`, 'x-organization-id': membership.organization.id as string };
      };
    };
    // What the professionals do, through the API (their own pages are tested in their journeys).
    const prescriber = (await session('prescripteur@demo.example.org'))();
    const siae = await session('siae.admin@demo.example.org');
    const nir = testNir('M', '1988-09-30');
    const candidate = await t.http
      .post('/api/candidates')
      .set(prescriber)
      .send({
        title: 'M',
        firstName: 'Mehdi',
        lastName: 'Roussel',
        birthDate: '1988-09-30',
        nir,
        franceTravailIdMissingReason: 'not_registered',
        email: 'mehdi.roussel@exemple.fr',
        address: { line: '4 place Bellecour', postalCode: '69002', communeCode: '69123' },
      })
      .expect(201);
    // Reading the file shows the NIR to France Travail: the person will see it in their log.
    await t.http.get(`/api/candidates/${candidate.body.id}`).set(prescriber).expect(200);
    await t.http.post(`/api/candidates/${candidate.body.id}/eligibility-diagnoses`).set(prescriber).send({ criteria: [] }).expect(201);
    const employerOf = async (name: RegExp) => siae(name)['x-organization-id'];
    const send = (employerId: string, message: string) =>
      t.http.post('/api/candidatures').set(prescriber).send({ candidateId: candidate.body.id, employerId, message }).expect(201);
    const refused = await send(await employerOf(/Tremplin/), 'Mehdi cherche un poste de nettoyage, disponible tout de suite.');
    await t.http
      .post(`/api/candidatures/${refused.body.id}/refusal`)
      .set(siae(/Tremplin/))
      .send({
        reason: 'no_position',
        answer: 'Nous n’avons plus de poste en ce moment, merci de votre intérêt.',
        answerToPrescriber: 'Commentaire réservé au prescripteur.',
      })
      .expect(200);
    const hired = await send(await employerOf(/Jardins/), 'Mehdi souhaite travailler en maraîchage.');
    await t.http
      .post(`/api/candidatures/${hired.body.id}/acceptance`)
      .set(siae(/Jardins/))
      .send({ hiringStart: t.clock.today(), answer: 'Bienvenue dans l’équipe !' })
      .expect(200);

    // The person opens the invitation e-mail and creates their space.
    const mail = await stack.smtp.waitForMailTo('mehdi.roussel@exemple.fr', 'espace candidat');
    const page = await stack.newPage();
    await page.goto(`/espace-candidat/invitation#jeton=${tokenIn(mail, `${stack.baseUrl}/espace-candidat/invitation`)}`);
    await page.getByText(/Bonjour Mehdi/).waitFor();
    await expectAccessible(page, 'invitation candidat');
    await page.getByLabel(/^Mot de passe/).fill('mon espace à moi 2026');
    await page.getByRole('button', { name: 'Créer mon espace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon espace candidat' }).waitFor();

    const hiredCard = page.getByRole('article', { name: 'Les Jardins du Rhône' });
    await hiredCard.getByText('Réponse de la structure : Bienvenue dans l’équipe !').waitFor();
    await hiredCard.getByText('Embauche acceptée').waitFor();
    const refusedCard = page.getByRole('article', { name: /Tremplin/ });
    await refusedCard.getByText(/Nous n’avons plus de poste en ce moment/).waitFor();
    await refusedCard.getByText('Déclinée').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Commentaire réservé au prescripteur');
    // The reason (« Pas de recrutement en cours ») is for professionals only.
    expect(text).not.toMatch(/Pas de recrutement en cours|no_position/i);
    await expectAccessible(page, 'mes candidatures');

    await page.getByRole('tab', { name: 'Mon PASS IAE' }).click();
    await page.getByRole('heading', { name: /PASS IAE n° / }).waitFor();
    await page.getByText('Valide').waitFor();
    await page.getByText(/jours restants/).waitFor();
    await expectAccessible(page, 'mon PASS IAE');

    await page.getByRole('tab', { name: 'Mes consentements' }).click();
    await page.getByText('Vous n’avez donné aucun consentement.').waitFor();
    const structure = page.getByLabel('Structure à qui montrer mon diagnostic');
    await structure.selectOption({ label: 'Les Jardins du Rhône' });
    await page.getByRole('button', { name: 'Donner mon accord' }).click();
    await page.getByRole('row', { name: /Les Jardins du Rhône Partager mon diagnostic/ }).waitFor();
    await expectFocusOn(page, 'Accord donné aux Jardins du Rhône.');
    await expectAccessible(page, 'consentement donné');
    // The second accord, for the sensitive elements: the structure, which sees the diagnostic already, is chosen again;
    // the box is then ticked and fixed (the accord can only be that one).
    expect(await structure.inputValue()).toBe('');
    await structure.selectOption({ label: 'Les Jardins du Rhône' });
    const sensitive = page.getByRole('checkbox', { name: /Montrer aussi les éléments sensibles/ });
    expect([await sensitive.isChecked(), await sensitive.isDisabled()]).toEqual([true, true]);
    await page.getByText('Cette structure voit déjà votre diagnostic : cet accord-ci porte sur les éléments sensibles.').waitFor();
    await page.getByRole('button', { name: 'Donner mon accord' }).click();
    await page.getByRole('row', { name: /Les Jardins du Rhône Partager aussi les éléments sensibles/ }).waitFor();
    // Holding both accords, the structure is no longer offered.
    await expect(structure.locator('option', { hasText: 'Les Jardins du Rhône' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Retirer l’accord « Partager aussi les éléments sensibles » donné aux Jardins du Rhône' }).click();
    await page.getByText('Accord retiré.').waitFor();
    await page.getByRole('button', { name: 'Retirer l’accord « Partager mon diagnostic » donné aux Jardins du Rhône' }).click();
    // The row and its button are gone: the outcome has the focus.
    await expectFocusOn(page, 'Accord retiré.');
    await page.getByText('Vous n’avez donné aucun consentement.').waitFor();

    await page.getByRole('tab', { name: 'Qui a consulté mes données' }).click();
    await page
      .getByRole('row', { name: /France Travail Lyon Part-Dieu/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'consultations du NIR');
    await page.getByRole('tab', { name: 'Mes candidatures' }).click();
    await page.getByRole('article', { name: 'Les Jardins du Rhône' }).waitFor();
    await screenshots(page, 'candidate');
  });

  it('signs up alone: creates their own file, then applies for an offer themself and follows the candidature', async () => {
    const { t } = stack;
    const account = await createCandidateAccount(t);
    const page = await stack.newPage();
    await logIn(page, account.user.email, account.user.password);
    await page.goto('/candidat');
    await page.getByRole('heading', { name: 'Créer ma fiche candidat' }).waitFor();
    await expectAccessible(page, 'fiche candidat à créer');
    await page.getByLabel('Prénom *').fill('Inès');
    await page.getByLabel('Nom *', { exact: true }).fill('Benali');
    await page.getByLabel('Date de naissance *').fill('1994-05-17');
    await page.getByLabel('Sans numéro, pourquoi ?').selectOption('no_nir');
    await page.getByLabel('Sans identifiant France Travail, pourquoi ?').selectOption('not_registered');
    await page.getByLabel('Numéro et voie').fill('12 rue Francis de Pressensé');
    await page.getByRole('combobox', { name: 'Commune' }).pressSequentially('Villeurb');
    await page
      .getByRole('option', { name: /Villeurbanne/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Créer ma fiche' }).click();
    await page.getByText('Votre fiche est créée.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Votre fiche est créée.');
    await page.getByText('Bonjour Inès, voici où en sont vos démarches.').waitFor();

    const [offer] = await t.dataSource.query(
      `SELECT jd.id FROM job_descriptions jd JOIN organizations o ON o.id = jd.employer_id WHERE o.name = 'Les Jardins du Rhône' AND jd.is_active LIMIT 1`,
    );
    await page.goto(`/offres/${offer.id}`);
    await page.getByRole('heading', { name: 'Candidater' }).waitFor();
    await expectAccessible(page, 'candidater soi-même');
    // Sent empty: the message is required, said at its field.
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByText('Renseignez le champ « Votre message ».').waitFor();
    await page.getByLabel('Votre message *').fill('J’ai travaillé deux saisons en maraîchage ; disponible tout de suite.');
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByRole('heading', { name: 'Candidature envoyée aux Jardins du Rhône' }).waitFor();
    const [sent] = await t.dataSource.query(
      `SELECT c.sender_kind, c.state FROM candidatures c JOIN candidates p ON p.id = c.candidate_id WHERE p.user_id = $1`,
      [account.user.id],
    );
    expect(sent).toEqual({ sender_kind: 'candidate', state: 'new' });
    await page.getByRole('link', { name: 'Suivre mes candidatures' }).click();
    await page.getByRole('heading', { level: 3, name: 'Les Jardins du Rhône' }).waitFor();
    await page.getByText(/envoyée le .* par vous/).waitFor();
    await screenshots(page, 'candidate-applies');
  });
});
