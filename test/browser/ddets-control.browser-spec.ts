import { TEST_FILES, login } from '@iae/testing';
import { calendarFrom, insertCampaign, insertEvaluation } from '../e2e/controls/controls-helpers';
import { addDays, DEMO_PASSWORD, expectAccessible, journey, logIn, screenshots, Stack, startStack } from './support';

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
    await page.getByRole('heading', { level: 1, name: 'Contrôle de Les Jardins du Rhône' }).waitFor();
    await page.getByRole('link', { name: 'Ouvrir le justificatif « rsa.pdf »' }).waitFor();
    await expectAccessible(page, 'examen');

    // A refusal without a comment: the API refuses it.
    await page.getByLabel('Justificatif *').selectOption('refused');
    await page.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await page.getByText('Expliquez à la structure pourquoi ce justificatif est refusé.').waitFor();
    await expectAccessible(page, 'refus sans commentaire');
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM control_reviews WHERE criterion_id = $1`, [criterionId]);
    expect(before[0].n).toBe(0);
    await page.getByLabel('Commentaire', { exact: false }).first().fill('L’attestation ne couvre pas la date d’embauche.');
    await page.getByRole('button', { name: 'Enregistrer l’examen' }).click();
    await page.getByText('Examen de la transmission : refusé « L’attestation ne couvre pas la date d’embauche. »').waitFor();
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
});
