import { TEST_FILES, testNir } from '@iae/testing';
import { expectAccessible, expectVisibleFocus, journey, logIn, screenshots, Stack, startStack, tabTo } from './support';

/** Journey 3: a habilitated prescriber registers a person, fills the diagnostic, validates eligibility, sends a candidature (keyboard only) and follows it. */
journey('habilitated prescriber, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('looks a person up, registers them (NIR checked as typed), fills the diagnostic, validates eligibility, sends a candidature with a CV using the keyboard, and follows it', async () => {
    const page = await stack.newPage();
    await logIn(page, 'prescripteur@demo.example.org');
    await page.getByRole('heading', { level: 1, name: 'Personnes accompagnées' }).waitFor();
    await page.getByRole('link', { name: 'Lucas Petit' }).waitFor();
    await expectAccessible(page, 'personnes accompagnées');

    const nir = testNir('MME', '1991-04-12');
    await page.getByLabel('NIR (numéro de sécurité sociale)').fill(nir);
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByText('Personne n’est inscrit avec ces informations.').waitFor();
    await expectAccessible(page, 'recherche sans résultat');
    await page.getByRole('link', { name: 'Inscrire cette personne' }).click();

    await page.getByRole('heading', { level: 1, name: 'Inscrire une personne' }).waitFor();
    await page.getByLabel('Prénom *').fill('Sabrina');
    await page.getByLabel('Nom *', { exact: true }).fill('Meunier');
    await page.getByLabel('Date de naissance *').fill('1991-04-12');
    const nirField = page.getByLabel(/^NIR/);
    // A slip of one digit shows at once, before anything is sent.
    await nirField.fill(`${nir.slice(0, 13)}${nir.slice(13) === '01' ? '02' : '01'}`);
    await page.getByText('La clé ne correspond pas au numéro : vérifiez chaque chiffre.').waitFor();
    await nirField.fill(nir);
    await page.getByText('Numéro et clé cohérents.').waitFor();
    await page.getByLabel('Sans identifiant France Travail, pourquoi ?').selectOption('not_registered');
    await page.getByLabel('Adresse e-mail').fill('sabrina.meunier@exemple.fr');
    await page.getByLabel('Numéro et voie').fill('8 rue Garibaldi');
    const commune = page.getByRole('combobox', { name: /^Commune/ });
    await commune.pressSequentially('Lyon');
    await page.getByRole('option', { name: /^Lyon \(69\)/ }).click();
    await expectAccessible(page, 'inscription d’une personne');
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sabrina Meunier' }).waitFor();
    await page.getByText('La personne est inscrite.').waitFor();
    await page.getByText(nir).waitFor();
    await expectAccessible(page, 'fiche de la personne');

    // The diagnostic: grid, a barrier, the project; a version with its author.
    await page.getByRole('link', { name: 'Diagnostic d’accompagnement' }).click();
    await page.getByRole('heading', { level: 1, name: /Diagnostic d’accompagnement de Sabrina Meunier/ }).waitFor();
    for (const [dimension, level] of [
      ['Mobilité', '2 — Fragile'],
      ['Logement', '3 — Mobilisable'],
      ['Maîtrise de la langue française', '4 — Disponible'],
    ] as const) {
      await page.getByRole('group', { name: dimension, exact: true }).getByText(level).click();
    }
    await page.getByRole('button', { name: 'Ajouter un frein' }).click();
    await page.getByLabel('Type du frein 1').selectOption('childcare');
    await page.getByLabel('Précision sur le frein 1').fill('Solution de garde à trouver pour le mercredi.');
    const metier = page.getByRole('combobox', { name: 'Ajouter un métier visé' });
    await metier.pressSequentially('maraîch');
    await page.getByRole('listbox', { name: 'Suggestions : Ajouter un métier visé' }).getByRole('option').first().click();
    await page.getByRole('list', { name: 'Métiers visés' }).waitFor();
    await page.getByLabel('Ce qui change dans cette version').fill('Premier entretien');
    await expectAccessible(page, 'diagnostic');
    await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await page.getByText('Version 1 enregistrée.').waitFor();
    await page.getByRole('row', { name: /1 .* France Travail Lyon Part-Dieu Premier entretien/ }).waitFor();

    // Eligibility, by a habilitated prescriber.
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    await page.getByRole('link', { name: 'Valider l’éligibilité' }).click();
    await page.getByRole('heading', { level: 1, name: /Valider l’éligibilité de Sabrina Meunier/ }).waitFor();
    await expectAccessible(page, 'validation de l’éligibilité');
    await page.getByRole('button', { name: 'Valider l’éligibilité' }).click();
    await page.getByText(/Validée par France Travail Lyon Part-Dieu, valable jusqu’au/).waitFor();
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    await page.getByText('Éligibilité validée').waitFor();

    // The candidature, with the keyboard only (the CV's file is picked in the system's dialog, which Playwright stands in for).
    await page.getByRole('heading', { level: 1, name: 'Sabrina Meunier' }).focus();
    await tabTo(page, /^Envoyer une candidature$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Envoyer une candidature pour Sabrina Meunier/ }).waitFor();
    await tabTo(page, /Structure/);
    await page.keyboard.type('Jardins');
    await page.getByRole('option', { name: /Les Jardins du Rhône/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/Structure : Les Jardins du Rhône/).waitFor();
    await tabTo(page, /CDDI|CDD|Contrat/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    await tabTo(page, /^Message de candidature/);
    await page.keyboard.type('Sabrina souhaite travailler en extérieur ; éligibilité validée, garde d’enfant en cours de solution.');
    await page.getByLabel('CV (facultatif)').setInputFiles({ name: 'cv-sabrina.pdf', mimeType: 'application/pdf', buffer: TEST_FILES.pdf });
    await expectAccessible(page, 'envoi de candidature');
    await tabTo(page, /^Envoyer la candidature$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Candidature envoyée' }).waitFor();
    await page.getByText(/Sabrina Meunier — Nouvelle/).waitFor();
    await expectAccessible(page, 'candidature envoyée');

    // Following it.
    await page.getByRole('link', { name: 'Suivre mes candidatures' }).click();
    await page.getByRole('row', { name: /Sabrina Meunier Les Jardins du Rhône/ }).waitFor();
    await page.getByLabel('État').selectOption('new');
    await page.getByRole('row', { name: /Sabrina Meunier/ }).waitFor();
    expect(page.url()).toContain('etat=new');
    await expectAccessible(page, 'candidatures envoyées');

    await page.getByRole('link', { name: 'Demandes de prolongation' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de prolongation de PASS IAE' }).waitFor();
    await page.getByText('Aucune demande.').waitFor();
    await expectAccessible(page, 'demandes de prolongation');

    await page.goto('/prescripteur/candidatures');
    await page.getByRole('row', { name: /Sabrina Meunier Les Jardins du Rhône/ }).waitFor();
    await screenshots(page, 'prescriber');
  });
});
