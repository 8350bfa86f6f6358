/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import { testNir, tokenIn } from '@iae/testing';
import { DEMO_PASSWORD, expectAccessible, journey, screenshots, Stack, startStack, expectFocusOn } from './support';

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
    await page.getByLabel('Structure à qui montrer mon diagnostic').selectOption({ label: 'Les Jardins du Rhône' });
    await page.getByRole('button', { name: 'Donner mon accord' }).click();
    await page.getByRole('row', { name: /Les Jardins du Rhône Partager mon diagnostic/ }).waitFor();
    await expectAccessible(page, 'consentement donné');
    await page.getByRole('button', { name: 'Retirer l’accord donné à Les Jardins du Rhône' }).click();
    await page.getByText('Accord retiré.').waitFor();
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
});
