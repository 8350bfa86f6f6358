import { TEST_FILES, createCandidate, createHabilitatedPrescriber, testNir } from '@iae/testing';
import { expectAccessible, journey, logIn, screenshots, Stack, stackDay, startStack } from './support';

/** Journey « SIAE — auto-prescription »: register a person, justify the criteria its kind requires, hire. */
journey('SIAE auto-prescription, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('registers a person, ticks criteria while the page counts what an ACI needs, justifies one of level 1 with a PDF and its date, and hires with a PASS IAE', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Auto-prescription' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auto-prescription' }).waitFor();
    await page.getByRole('link', { name: 'Lucas Petit' }).waitFor();
    await expectAccessible(page, 'auto-prescription : les personnes suivies');

    await page.getByRole('link', { name: 'Inscrire une nouvelle personne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inscrire une personne' }).waitFor();
    await page.getByLabel('Prénom *').fill('Karima');
    await page.getByLabel('Nom *', { exact: true }).fill('Benali');
    await page.getByLabel('Date de naissance *').fill('1988-06-03');
    await page.getByLabel(/^NIR/).fill(testNir('MME', '1988-06-03'));
    await page.getByLabel('Sans identifiant France Travail, pourquoi ?').selectOption('not_registered');
    await page.getByLabel('Numéro et voie').fill('3 place Bellecour');
    await page.getByRole('combobox', { name: /^Commune/ }).pressSequentially('Lyon');
    await page.getByRole('option', { name: /^Lyon \(69\)/ }).click();
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();

    await page.getByRole('heading', { level: 1, name: 'Auto-prescription pour Karima Benali' }).waitFor();
    const counter = page.getByRole('status').filter({ hasText: 'Votre structure doit justifier' });
    await counter
      .getByText(/1 critère de niveau 1 ou 3 critères de niveau 2\. Cochés : 0 de niveau 1, 0 de niveau 2 — le compte n’y est pas encore\./)
      .waitFor();
    await expectAccessible(page, 'critères d’éligibilité');

    // Two of level 2 are not enough for an ACI; one of level 1 is. (The DSFR's label covers its checkbox: a click on it ticks.)
    const tick = (label: string) => page.locator('.fr-checkbox-group label', { hasText: label }).click();
    await tick('Demandeur d’emploi de longue durée (DELD, 12 à 24 mois)');
    await tick('Travailleur handicapé');
    await counter.getByText(/Cochés : 0 de niveau 1, 2 de niveau 2 — le compte n’y est pas encore\./).waitFor();
    await tick('Demandeur d’emploi de longue durée (DELD, 12 à 24 mois)');
    await tick('Travailleur handicapé');
    await tick('Bénéficiaire du RSA');
    await counter.getByText(/Cochés : 1 de niveau 1, 0 de niveau 2 — le compte y est\./).waitFor();

    // Sent without its proof, the criterion says so at its field.
    await page.getByRole('button', { name: 'Valider l’éligibilité' }).click();
    await page.getByText('Joignez le justificatif de ce critère.').waitFor();
    await page
      .getByLabel(/^Justificatif « Attestation RSA » \*/)
      .setInputFiles({ name: 'attestation-rsa.pdf', mimeType: 'application/pdf', buffer: TEST_FILES.pdf });
    await page.getByLabel('Date du justificatif « Attestation RSA » *').fill(stackDay(stack, -10));
    await expectAccessible(page, 'critère justifié');
    await page.getByRole('button', { name: 'Valider l’éligibilité' }).click();

    await page.getByText('Éligible', { exact: true }).waitFor();
    const [diagnosis] = await stack.t.dataSource.query(
      `SELECT d.author_kind, count(c.*)::int AS criteria FROM eligibility_diagnoses d JOIN candidates p ON p.id = d.candidate_id
         LEFT JOIN eligibility_diagnosis_criteria c ON c.diagnosis_id = d.id WHERE p.last_name = 'Benali' GROUP BY d.id`,
    );
    expect(diagnosis).toEqual({ author_kind: 'employer', criteria: 1 });
    await expectAccessible(page, 'éligibilité validée par la structure');

    // The hire: a candidature of the SIAE to itself, accepted with its dates.
    await page.getByLabel('Pourquoi ce recrutement ? *').fill('Poste de maraîchage ; parcours de 12 mois avec une formation CACES.');
    await page.getByRole('button', { name: 'Enregistrer la candidature et passer à l’embauche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Candidature de Karima Benali' }).waitFor();
    await page.getByText('Employeur (auto-prescription)', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Accepter la candidature' }).click();
    await page.getByLabel('Premier jour du contrat *').fill(stackDay(stack, 3));
    await page.getByRole('button', { name: 'Confirmer l’embauche' }).click();
    await page.getByText(/Embauche enregistrée : PASS IAE \d{12}\./).waitFor();
    await expectAccessible(page, 'embauche après auto-prescription');
    await screenshots(page, 'siae-auto-prescription');
  });

  it('registering a person registered already elsewhere, finds their file from the refusal and follows it, without the NIR in any address', async () => {
    const nir = testNir('M', '1979-11-23');
    const elsewhere = await createHabilitatedPrescriber(stack.t, 'FT');
    await createCandidate(stack.t, elsewhere, { title: 'M', firstName: 'Yanis', lastName: 'Morel', birthDate: '1979-11-23', nir });
    const page = await stack.newPage();
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    page.on('request', (request) => addresses.push(request.url()));
    await logIn(page, 'siae.admin@demo.example.org');
    await page.goto('/siae/candidats/nouveau');
    await page.getByRole('heading', { level: 1, name: 'Inscrire une personne' }).waitFor();
    await page.locator('label', { hasText: /^Monsieur$/ }).click();
    await page.getByLabel('Prénom *').fill('Yanis');
    await page.getByLabel('Nom *', { exact: true }).fill('Morel');
    await page.getByLabel('Date de naissance *').fill('1979-11-23');
    await page.getByLabel(/^NIR/).fill(nir);
    await page.getByLabel('Sans identifiant France Travail, pourquoi ?').selectOption('not_registered');
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await page.getByText('Une personne est déjà inscrite avec ce NIR ; rattachez-vous à sa fiche.').waitFor();
    await expectAccessible(page, 'inscription refusée : personne déjà inscrite');

    await page.getByRole('button', { name: 'Retrouver sa fiche pour la suivre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auto-prescription' }).waitFor();
    await page.getByText(/fiche suivie par une autre organisation/).waitFor();
    expect(await page.getByLabel('NIR (numéro de sécurité sociale)').inputValue()).toBe(nir);
    await expectAccessible(page, 'la personne retrouvée, suivie par une autre organisation');
    await screenshots(page, 'siae-personne-deja-inscrite');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: /^Suivre Y/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Auto-prescription pour Yanis Morel' }).waitFor();

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => address.includes(nir))).toEqual([]);
  });

  it('registering a person without NIR registered already elsewhere, finds them by name, says how many were found and offers the e-mail typed as proof; a double click leaves one history entry', async () => {
    const elsewhere = await createHabilitatedPrescriber(stack.t, 'ML');
    await createCandidate(stack.t, elsewhere, {
      title: 'MME',
      firstName: 'Inès',
      lastName: 'Garnier',
      birthDate: '1996-02-14',
      nir: undefined,
      nirMissingReason: 'no_nir',
      email: 'ines.garnier@exemple.fr',
    });
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.goto('/siae/candidats/nouveau');
    await page.getByRole('heading', { level: 1, name: 'Inscrire une personne' }).waitFor();
    await page.getByLabel('Prénom *').fill('Inès');
    await page.getByLabel('Nom *', { exact: true }).fill('Garnier');
    await page.getByLabel('Date de naissance *').fill('1996-02-14');
    await page.getByLabel('Sans NIR, pourquoi ?').selectOption('no_nir');
    await page.getByLabel('Sans identifiant France Travail, pourquoi ?').selectOption('not_registered');
    await page.getByLabel('Adresse e-mail').fill('ines.garnier@exemple.fr');
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await page.getByText(/est déjà inscrite : rattachez-vous à sa fiche/).waitFor();
    const entries = await page.evaluate(() => history.length);

    await page.getByRole('button', { name: 'Retrouver sa fiche pour la suivre' }).dblclick();
    await page.getByRole('heading', { level: 1, name: 'Auto-prescription' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Une personne trouvée.' }).waitFor();
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await page.evaluate(() => history.state?.usr ?? null)).toBeNull();
    await page.getByRole('button', { name: /^Suivre I/ }).click();
    expect(await page.getByLabel('Son adresse e-mail').inputValue()).toBe('ines.garnier@exemple.fr');
    await page
      .getByRole('form', { name: /^Suivre/ })
      .getByRole('button', { name: /^Suivre I/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Auto-prescription pour Inès Garnier' }).waitFor();
  });
});
