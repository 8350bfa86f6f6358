import { CandidatesService } from '@iae/candidates';
import { PassIaeService } from '@iae/pass-iae';
import { TEST_FILES, createCandidate, createHabilitatedPrescriber, testNir } from '@iae/testing';
import { hireOf } from '../e2e/pass-iae/pass-iae-helpers';
import { demoMember, expectAccessible, expectFocusOn, expectVisibleFocus, journey, logIn, screenshots, Stack, startStack, tabTo } from './support';

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
    // A required field left empty is named as read, without its asterisk.
    await page.getByRole('button', { name: 'Inscrire la personne' }).click();
    await page.getByText('Renseignez le champ « Prénom ».').waitFor();
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
    // Notes too long: the API's refusal is said at the field, which takes the focus.
    const notes = page.getByLabel('Notes (facultatif)');
    await notes.fill('x'.repeat(2001));
    await page.getByRole('button', { name: 'Valider l’éligibilité' }).click();
    await page.getByText('Corrigez les champs signalés ci-dessous.').waitFor();
    const notesError = await notes.evaluate((field) => document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '');
    expect(notesError).toMatch(/2[  ]?000/);
    await expect(notes.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    await notes.fill('Rencontrée avec sa conseillère.');
    await page.getByRole('button', { name: 'Valider l’éligibilité' }).click();
    await page.getByText(/Validée par France Travail Lyon Part-Dieu, valable jusqu’au/).waitFor();
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    await page.getByText('Éligibilité validée').waitFor();
    // Valid HTML: the DSFR's badge is a paragraph unless told otherwise, and a paragraph holds no paragraph.
    expect(await page.locator('p p, h1 p, h2 p, h3 p').count()).toBe(0);

    // The candidature, with the keyboard only (the CV's file is picked in the system's dialog, which Playwright stands in for).
    await page.getByRole('heading', { level: 1, name: 'Sabrina Meunier' }).focus();
    await tabTo(page, /^Envoyer une candidature$/);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Envoyer une candidature pour Sabrina Meunier/ }).waitFor();
    await page.getByText('Les champs suivis d’un astérisque (*) sont obligatoires.').waitFor();
    // Sent before a structure is chosen: said at the structure's field, which takes the focus; the message's too.
    await tabTo(page, /^Envoyer la candidature$/);
    await page.keyboard.press('Enter');
    await page.getByText('Choisissez la structure à qui envoyer la candidature.').waitFor();
    await page.getByText('Renseignez le champ « Message de candidature ».').waitFor();
    await expectFocusOn(page, 'Structure *');
    await page.keyboard.type('Jardins');
    await page.getByRole('option', { name: /Les Jardins du Rhône/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/Structure : Les Jardins du Rhône/).waitFor();
    // The keyboard goes on from the structure chosen, where the combobox was; « Changer de structure » brings it back there.
    await page.waitForFunction(() => /Structure : Les Jardins du Rhône/.test(document.activeElement?.textContent ?? ''));
    await page.getByRole('button', { name: 'Changer de structure' }).click();
    await expectFocusOn(page, 'Structure *');
    await page.keyboard.type('Jardins');
    await page.getByRole('option', { name: /Les Jardins du Rhône/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Structure : Les Jardins du Rhône/.test(document.activeElement?.textContent ?? ''));
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

  it('proposes a person for an offer: the offer follows through the diagnostic and the eligibility, back to the file, to the candidature', async () => {
    const [offer] = await stack.t.dataSource.query(
      `SELECT jd.id FROM job_descriptions jd JOIN organizations o ON o.id = jd.employer_id WHERE o.name = 'Les Jardins du Rhône' AND jd.is_active LIMIT 1`,
    );
    const page = await stack.newPage();
    await logIn(page, 'prescripteur@demo.example.org');
    await page.goto(`/offres/${offer.id}`);
    await page.getByRole('link', { name: 'Proposer une personne pour cette offre' }).click();
    await page.getByRole('link', { name: 'Lucas Petit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lucas Petit' }).waitFor();
    await page.getByRole('link', { name: 'Diagnostic d’accompagnement' }).click();
    await page.getByRole('heading', { level: 1, name: /Diagnostic d’accompagnement de Lucas Petit/ }).waitFor();
    expect(page.url()).toContain(`offre=${offer.id}`);
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    await page.getByRole('link', { name: /Valider (de nouveau )?l’éligibilité/ }).click();
    await page.getByRole('heading', { level: 1, name: /Valider l’éligibilité de Lucas Petit/ }).waitFor();
    expect(page.url()).toContain(`offre=${offer.id}`);
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    await page.getByRole('link', { name: 'Envoyer une candidature' }).click();
    await page.getByText(/Structure : Les Jardins du Rhône/).waitFor();
    const checked = page.getByRole('group', { name: 'Offres visées' }).getByRole('checkbox', { checked: true });
    await expect(checked.count()).resolves.toBe(1);
    await expect(checked.getAttribute('value')).resolves.toBe(offer.id);
  });

  it('follows a person another organisation follows by proving to know them, and answers the PASS prolongations asked of it', async () => {
    const t = stack.t;
    const prescriber = await demoMember(stack, 'prescripteur@demo.example.org');
    const siae = await demoMember(stack, 'siae.admin@demo.example.org');

    // A person registered without a NIR by another organisation: an orienteur (who sees only the people it follows)
    // finds them by e-mail, and following them needs a proof a stranger could not guess.
    const elsewhere = await createHabilitatedPrescriber(t, 'ML');
    await createCandidate(t, elsewhere, {
      firstName: 'Nadia',
      lastName: 'Ferreira',
      birthDate: '1993-06-02',
      nir: undefined,
      nirMissingReason: 'no_nir',
      email: 'nadia.ferreira@exemple.fr',
    });
    const orienteur = await stack.newPage();
    await logIn(orienteur, 'orienteur@demo.example.org');
    await orienteur.getByRole('heading', { level: 1, name: 'Personnes accompagnées' }).waitFor();
    await orienteur.locator('label', { hasText: /^Adresse e-mail$/ }).click();
    await orienteur.getByLabel('Adresse e-mail de la personne').fill('nadia.ferreira@exemple.fr');
    await orienteur.getByRole('button', { name: 'Chercher' }).click();
    await orienteur.getByText(/fiche suivie par une autre organisation/).waitFor();
    expect(await orienteur.getByText(/née ou né en null/).count()).toBe(0);
    await orienteur.getByRole('button', { name: /^Suivre N/ }).click();
    await orienteur.getByLabel('Son prénom').fill('Nadia');
    await orienteur.getByLabel('Son nom').fill('Ferreira');
    // A wrong birth date is refused, and said so.
    await orienteur.getByLabel('Sa date de naissance').fill('1993-06-03');
    await expectAccessible(orienteur, 'preuve pour suivre une personne');
    await orienteur
      .getByRole('form', { name: /^Suivre/ })
      .getByRole('button', { name: /^Suivre N/ })
      .click();
    // Refused: the alert takes the focus, which reads it.
    await orienteur.getByRole('heading', { name: 'Rattachement refusé' }).waitFor();
    await orienteur.waitForFunction(() => document.activeElement?.textContent?.startsWith('Rattachement refusé'));
    await orienteur.getByLabel('Sa date de naissance').fill('1993-06-02');
    await orienteur
      .getByRole('form', { name: /^Suivre/ })
      .getByRole('button', { name: /^Suivre N/ })
      .click();
    await orienteur.getByRole('heading', { level: 1, name: /Nadia Ferreira/ }).waitFor();
    await expectAccessible(orienteur, 'fiche suivie après preuve');

    // Two PASS IAE of the demo SIAE ending within a year; their SIAE asks the demo prescriber to prolong each.
    const yearAgo = t.clock.now();
    yearAgo.setUTCDate(yearAgo.getUTCDate() - 365);
    const hiringStart = yearAgo.toISOString().slice(0, 10);
    const report = await t.http.post('/api/prolongation-reports').set(siae.headers).attach('file', TEST_FILES.pdf, 'bilan.pdf').expect(201);
    const people = [
      { firstName: 'Karim', lastName: 'Belkacem' },
      { firstName: 'Élodie', lastName: 'Marchand' },
    ];
    for (const [i, person] of people.entries()) {
      const candidate = await createCandidate(t, siae, { ...person, title: 'M', birthDate: `198${i}-02-14`, nir: testNir('M', `198${i}-02-14`) });
      const pass = await t.dataSource.transaction(async (manager) =>
        t
          .get(PassIaeService)
          .issueForHire(
            manager,
            hireOf(candidate.id, siae.organization, hiringStart, { acceptedByUserId: siae.user.id }),
            await t.get(CandidatesService).lock(manager, candidate.id),
          ),
      );
      const end = new Date(`${pass!.endDate}T12:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 180);
      await t.http
        .post(`/api/pass-iae/${pass!.number}/prolongation-requests`)
        .set(siae.headers)
        .send({
          reason: 'RQTH',
          endDate: end.toISOString().slice(0, 10),
          prescriberOrganizationId: prescriber.organization.id,
          explanation: 'RQTH renouvelée, adaptation du poste en cours',
          ...(i === 0 ? { reportFileId: report.body.id } : {}),
        })
        .expect(201);
    }

    const page = await stack.newPage();
    await logIn(page, 'prescripteur@demo.example.org');
    await page.getByRole('link', { name: 'Demandes de prolongation' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de prolongation de PASS IAE' }).waitFor();
    await page.getByRole('heading', { name: /Karim Belkacem — PASS IAE/ }).waitFor();
    await expectAccessible(page, 'demandes de prolongation à traiter');
    // A decision is confirmed, then said where the focus lands (the card leaves the list).
    await page.getByRole('button', { name: 'Accorder la prolongation de Karim Belkacem' }).click();
    await page.getByText(/Le PASS IAE de Karim Belkacem sera prolongé jusqu’au/).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expectFocusOn(page, 'Accorder la prolongation de Karim Belkacem');
    await page.keyboard.press('Enter');
    // The confirmation has no field: its heading takes the focus.
    await expectFocusOn(page, 'Accorder la prolongation ?');
    await page.getByRole('button', { name: 'Confirmer l’accord' }).click();
    await page.getByRole('heading', { name: /Karim Belkacem/ }).waitFor({ state: 'detached' });
    await page.getByText(/Prolongation accordée : le PASS IAE de Karim Belkacem court jusqu’au/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Prolongation accordée/);

    // A refusal because the IAE no longer suits needs the actions proposed: the API says so next to the field.
    await page
      .getByRole('article', { name: /Élodie Marchand/ })
      .getByRole('button', { name: 'Refuser' })
      .click();
    await page.getByLabel('Motif du refus').selectOption('IAE');
    await page.getByLabel('Explication').fill('Le parcours peut se poursuivre hors IAE.');
    await page.getByRole('button', { name: 'Confirmer le refus' }).click();
    await page
      .getByText(/action/i)
      .first()
      .waitFor();
    await expectAccessible(page, 'refus sans action proposée');
    await page.locator('label', { hasText: 'Orientation vers un partenaire social' }).click();
    await page.getByRole('button', { name: 'Confirmer le refus' }).click();
    await page.getByText('Aucune demande.').waitFor();
    await page.getByText('Prolongation refusée pour Élodie Marchand. La structure en est informée.').waitFor();

    await page.getByLabel('Demandes').selectOption('granted');
    expect(page.url()).toContain('statut=granted');
    await page.getByRole('heading', { name: /Karim Belkacem — PASS IAE/ }).waitFor();
    await page.getByText('Accordée.').waitFor();
    await page.getByLabel('Demandes').selectOption('denied');
    await page.getByText(/Refusée : /).waitFor();
    await expectAccessible(page, 'demandes refusées');
    const [granted] = await t.dataSource.query(
      `SELECT r.status, p.end_date::text AS end_date, r.end_date::text AS asked FROM pass_iae_prolongation_requests r JOIN pass_iae p ON p.id = r.pass_id
        JOIN candidates c ON c.id = p.candidate_id WHERE c.last_name = 'Belkacem'`,
    );
    expect(granted.status).toBe('granted');
    expect(granted.end_date).toBe(granted.asked);
    await screenshots(page, 'prescriber-prolongations');
  });
});
