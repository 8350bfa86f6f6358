import { ScheduledJobs } from '@iae/core';
import { ADVANCE_PHASES_JOB } from '@iae/controls';
import { TEST_FILES, login } from '@iae/testing';
import { calendarFrom, insertCampaign, insertEvaluation, insertHires } from '../e2e/controls/controls-helpers';
import { addDays, DEMO_PASSWORD, expectAccessible, expectFocusOn, focusedName, journey, logIn, screenshots, Stack, startStack } from './support';

/** Journey « DDETS — contrôle a posteriori » (its review part): a campaign, the SIAE drawn, each criterion's proof reviewed, the decision. */
journey('DDETS and the a-posteriori control, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  async function idOf(sql: string): Promise<string> {
    const [row] = await stack.t.dataSource.query(sql);
    return row.id;
  }

  it('opens the campaign, reviews the proof of the drawn hire (a refusal explained, else refused by the API), and refuses the SIAE with a reason', async () => {
    const t = stack.t;
    const ddetsId = await idOf(`SELECT m.organization_id AS id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'ddets@demo.example.org'`);
    const jardins = await idOf(`SELECT id FROM organizations WHERE name = 'Les Jardins du Rhône'`);
    const calendar = calendarFrom(addDays(t.clock.today(), -5), '2018-05-01');
    const campaignId = await insertCampaign(t, ddetsId, calendar, 'submission', '69');
    const { evaluationId, criterionId } = await insertEvaluation(t, campaignId, { id: jardins, kind: 'ACI' }, 'submittable');
    // The SIAE sends its proof (its own journey is test/browser/siae-control.browser-spec.ts).
    const token = await login(t.http, { email: 'siae.admin@demo.example.org', password: DEMO_PASSWORD });
    const siae = { authorization: `Bearer ${token}`, 'x-organization-id': jardins };
    await t.http.post(`/api/control-evaluations/${evaluationId}/criteria/${criterionId}/proof`).set(siae).attach('file', TEST_FILES.pdf, 'rsa.pdf').expect(201);
    await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(siae).expect(200);

    const page = await stack.newPage();
    await logIn(page, 'ddets@demo.example.org');
    await page.getByRole('link', { name: 'Contrôle a posteriori' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Contrôle a posteriori' }).waitFor();
    await expectAccessible(page, 'campagnes');
    await page.getByRole('link', { name: /^Contrôle a posteriori \(/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Les SIAE contrôlées' }).waitFor();
    await page.getByRole('row', { name: /Les Jardins du Rhône.*Transmis, à examiner/ }).waitFor();
    await expectAccessible(page, 'campagne');
    await page.getByRole('link', { name: 'Examiner Les Jardins du Rhône (ACI)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contrôle des Jardins du Rhône' }).waitFor();
    await page.getByRole('link', { name: 'Ouvrir le justificatif « rsa.pdf »' }).waitFor();
    await expectAccessible(page, 'examen');

    // A refusal without a comment: the API refuses it.
    await page.getByLabel(/^Justificatif du critère « .* » de .* \*$/).selectOption('refused');
    await page.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await page.getByText('Expliquez à la structure pourquoi ce justificatif est refusé.').waitFor();
    await expectAccessible(page, 'refus sans commentaire');
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM control_reviews WHERE criterion_id = $1`, [criterionId]);
    expect(before[0].n).toBe(0);
    await page.getByLabel('Commentaire', { exact: false }).first().fill('L’attestation ne couvre pas la date d’embauche.');
    await page.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await page.getByText('Examen de la transmission : refusé « L’attestation ne couvre pas la date d’embauche. »').waitFor();
    // Said where the inspector is: the button keeps the focus, the criterion's status says it.
    await page.getByRole('status').filter({ hasText: 'Examen enregistré.' }).waitFor();
    expect(await focusedName(page)).toMatch(/^Enregistrer l’examen du critère « .+ » de .+/);
    await expectAccessible(page, 'critère refusé');

    // Refuse the SIAE: a reason is required.
    await page.getByLabel('Décision *').selectOption('refused');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Donnez le motif du refus.').waitFor();
    await page.getByLabel('Motif du refus').selectOption('invalid_proof');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('La décision est enregistrée ; la structure en est informée.').waitFor();
    const [stored] = await t.dataSource.query(`SELECT state, refusal_reason FROM control_evaluations WHERE id = $1`, [evaluationId]);
    expect(stored).toEqual({ state: 'refused', refusal_reason: 'invalid_proof' });
    await page.getByRole('button', { name: 'Enregistrer la décision' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'structure refusée');
    await screenshots(page, 'ddets-control');
  });

  it('creates a campaign (a rate out of bounds refused at its field), sees the population, lowers the rate and confirms the draw', async () => {
    const t = stack.t;
    const jardins = await idOf(`SELECT id FROM organizations WHERE name = 'Les Jardins du Rhône'`);
    await insertHires(t, { id: jardins, kind: 'ACI' }, 3, { from: '2018-06-03' });
    const today = t.clock.today();

    const page = await stack.newPage();
    await logIn(page, 'ddets@demo.example.org');
    await page.goto('/ddets/controles');
    await page.getByRole('heading', { level: 3, name: 'Nouvelle campagne de contrôle' }).waitFor();
    await page.getByLabel('Nom de la campagne *').fill('Contrôle des embauches de juin 2018');
    await page.getByLabel('Premier jour de la période contrôlée *').fill('2018-06-01');
    await page.getByLabel('Dernier jour de la période contrôlée *').fill('2018-06-30');
    await page.getByLabel('Jour où les SIAE tirées au sort sont prévenues *').fill(addDays(today, 10));
    await page.getByLabel('Dernier jour pour transmettre les justificatifs *').fill(addDays(today, 40));
    await page.getByLabel('Début de la phase contradictoire *').fill(addDays(today, 50));
    await page.getByLabel('Fin de la campagne *').fill(addDays(today, 90));
    await page.getByLabel('Part des SIAE tirées au sort (%) *').fill('50');
    await page.getByRole('button', { name: 'Créer la campagne' }).click();
    // Said beside the field, in words, not by the API's name for it.
    await page.getByText('Ce champ doit être inférieur ou égal à 40.').waitFor();
    expect(await page.getByText('ratioPercent').count()).toBe(0);
    expect(await t.dataSource.query(`SELECT 1 FROM control_campaigns WHERE name = 'Contrôle des embauches de juin 2018'`)).toHaveLength(0);
    await expectAccessible(page, 'création refusée');
    await page.getByLabel('Part des SIAE tirées au sort (%) *').fill('40');
    await page.getByRole('button', { name: 'Créer la campagne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contrôle des embauches de juin 2018' }).waitFor();
    await page
      .getByText(/3 embauches auto-prescrites dans la période, dans 1 SIAE ; 1 en ont au moins 2\. Au taux de 40 %, 1 SIAE seront tirées au sort\./)
      .waitFor();
    await page.getByRole('row', { name: /Les Jardins du Rhône \(ACI\) 3 Oui 2/ }).waitFor();
    await expectAccessible(page, 'population');

    await page.getByLabel('Part des SIAE tirées au sort (%) *').fill('20');
    await page.getByRole('button', { name: 'Enregistrer le taux' }).click();
    await page.getByText(/Au taux de 20 %/).waitFor();
    await expectFocusOn(page, 'Taux de contrôle enregistré : 20 %.');
    await page.getByRole('button', { name: 'Confirmer le tirage' }).click();
    // The draw removes its section and the button pressed: the outcome, above, has the focus.
    await expectFocusOn(page, 'Tirage fait : 1 SIAE tirée au sort.');
    await page.getByRole('link', { name: 'Examiner Les Jardins du Rhône (ACI)' }).waitFor();
    await page.getByRole('button', { name: 'Confirmer le tirage' }).waitFor({ state: 'detached' });
    const [drawn] = await t.dataSource.query(
      `SELECT c.state, c.ratio_percent, count(h.id)::int AS hires FROM control_campaigns c JOIN control_evaluations e ON e.campaign_id = c.id JOIN control_hires h ON h.evaluation_id = e.id
        WHERE c.name = 'Contrôle des embauches de juin 2018' GROUP BY c.id`,
    );
    expect(drawn).toEqual({ state: 'selected', ratio_percent: 20, hires: 2 });
    await expectAccessible(page, 'tirage confirmé');
    await screenshots(page, 'ddets-control-campaign');
  });

  it('decides the sanctions of a SIAE refused at the close: a withdrawal too early refused at its field, then a training and a withdrawal', async () => {
    const t = stack.t;
    const ddetsId = await idOf(`SELECT m.organization_id AS id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'ddets@demo.example.org'`);
    const jardins = await idOf(`SELECT id FROM organizations WHERE name = 'Les Jardins du Rhône'`);
    const today = t.clock.today();
    const campaignId = await insertCampaign(t, ddetsId, calendarFrom(addDays(today, -90), '2017-03-01'), 'adversarial', '69');
    const { evaluationId } = await insertEvaluation(t, campaignId, { id: jardins, kind: 'ACI' }, 'resubmitted', { phase1: 'refused', phase2: 'refused' });
    await t.get(ScheduledJobs).run(ADVANCE_PHASES_JOB);

    const page = await stack.newPage();
    await logIn(page, 'ddets@demo.example.org');
    await page.goto(`/ddets/controles/evaluations/${evaluationId}`);
    await page.getByText(/Décision finale : refusée/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sanctions' }).waitFor();
    await expectAccessible(page, 'sanctions à décider');
    await page.getByLabel('Texte de la décision').fill('Les justificatifs ne couvrent pas les dates d’embauche.');
    await page.getByText('Session de formation obligatoire sur l’auto-prescription').click();
    await page.getByLabel('Retrait de l’auto-prescription : à partir du').fill(addDays(today, 5));
    await page.getByRole('button', { name: 'Enregistrer les sanctions' }).click();
    await page
      .locator('.fr-input-group--error', { hasText: 'Retrait de l’auto-prescription : à partir du' })
      .getByText(/^Le retrait de l’auto-prescription commence au moins un mois après la décision : le \d{4}-\d{2}-\d{2} au plus tôt\.$/)
      .waitFor();
    expect(await t.dataSource.query(`SELECT 1 FROM control_sanctions WHERE evaluation_id = $1`, [evaluationId])).toHaveLength(0);
    await expectAccessible(page, 'retrait trop tôt');
    await page.getByLabel('Retrait de l’auto-prescription : à partir du').fill(addDays(today, 40));
    await page.getByRole('button', { name: 'Enregistrer les sanctions' }).click();
    await page.getByText('Les sanctions sont enregistrées ; la structure en est informée.').waitFor();
    await page.getByText(/formation obligatoire ; retrait de l’auto-prescription à partir du .*, sans fin\./).waitFor();
    const view = await t.http
      .get(`/api/control-evaluations/${evaluationId}`)
      .set({ authorization: `Bearer ${await login(t.http, { email: 'ddets@demo.example.org', password: DEMO_PASSWORD })}`, 'x-organization-id': ddetsId })
      .expect(200);
    expect(view.body.sanctions).toMatchObject({ trainingSession: true, autoPrescriptionWithdrawal: { from: addDays(today, 40), to: null } });
    await expectAccessible(page, 'sanctions décidées');
    await screenshots(page, 'ddets-control-sanctions');
  });
});
