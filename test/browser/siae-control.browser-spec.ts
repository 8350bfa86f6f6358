import { ScheduledJobs } from '@iae/core';
import { ADVANCE_PHASES_JOB } from '@iae/controls';
import { TEST_FILES, login } from '@iae/testing';
import type { Page } from 'playwright-core';
import { calendarFrom, insertCampaign, insertEvaluation } from '../e2e/controls/controls-helpers';
import { addDays, DEMO_PASSWORD, expectAccessible, journey, logIn, screenshots, Stack, startStack } from './support';

/** Journey « SIAE — contrôle a posteriori »: the drawn hire, a proof per criterion, submit, the DDETS's review, the adversarial phase, the decision and the sanctions. */
journey('SIAE and the a-posteriori control, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  async function orgId(name: string): Promise<string> {
    const [row] = await stack.t.dataSource.query(`SELECT id FROM organizations WHERE name = $1`, [name]);
    return row.id;
  }

  /** The demo DDETS du Rhône. */
  async function ddetsId(): Promise<string> {
    const [row] = await stack.t.dataSource.query(
      `SELECT m.organization_id AS id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'ddets@demo.example.org'`,
    );
    return row.id;
  }

  /** Its agent, signed in to the API at the clock's current time. */
  async function ddets(): Promise<Record<string, string>> {
    const token = await login(stack.t.http, { email: 'ddets@demo.example.org', password: DEMO_PASSWORD });
    return { authorization: `Bearer ${token}`, 'x-organization-id': await ddetsId() };
  }

  async function openControl(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Contrôle a posteriori' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Contrôle a posteriori' }).waitFor();
    await page.getByRole('link', { name: /Contrôle a posteriori — DDETS/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Contrôle a posteriori de vos embauches' }).waitFor();
  }

  async function upload(page: Page, fileName: string): Promise<void> {
    await page.getByLabel(/Justificatif « .* » de Camille Contrôle 1/).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: TEST_FILES.pdf });
    await page.getByRole('button', { name: /^Déposer le justificatif/ }).click();
    await page.getByRole('link', { name: fileName }).waitFor();
  }

  it('uploads a proof for the drawn hire and submits it, reads the DDETS’s refusal, answers in the adversarial phase, then reads the final decision and the sanctions', async () => {
    const t = stack.t;
    const today = t.clock.today();
    const calendar = calendarFrom(addDays(today, -5), '2018-05-01');
    const campaignId = await insertCampaign(t, await ddetsId(), calendar, 'submission', '69');
    const { evaluationId, criterionId } = await insertEvaluation(t, campaignId, { id: await orgId('Les Jardins du Rhône'), kind: 'ACI' }, 'submittable');

    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await openControl(page);
    await page.getByRole('heading', { level: 3, name: 'Camille Contrôle 1' }).waitFor();
    await page.getByText('Justificatifs à déposer').first().waitFor();
    await page.getByText('Aucun justificatif déposé.').waitFor();
    await expectAccessible(page, 'contrôle à faire');

    // Submitting without the proof: the API refuses, the page says why.
    await page.getByRole('button', { name: 'Transmettre les justificatifs' }).click();
    await page.getByRole('button', { name: 'Confirmer la transmission' }).click();
    await page.getByText('Déposez d’abord un justificatif pour 1 critère(s) : RSA.').waitFor();
    // Nothing chosen: the form says so at its field.
    await page.getByRole('button', { name: /^Déposer le justificatif/ }).click();
    await page.getByText('Choisissez le fichier du justificatif.').waitFor();
    await expectAccessible(page, 'transmission refusée');

    await upload(page, 'attestation-rsa.pdf');
    await page.getByText(/pas encore transmis/).waitFor();
    await page.getByText('Prêt à transmettre').waitFor();
    // The confirmation is still open since the refusal: confirm again.
    await page.getByRole('button', { name: 'Confirmer la transmission' }).click();
    await page.getByText('Les justificatifs sont transmis à la DDETS ; vous lirez ici son examen.').waitFor();
    await page.getByText('Transmis, en cours d’examen').waitFor();
    await page.getByRole('button', { name: /^Déposer le justificatif/ }).waitFor({ state: 'detached' });
    const [stored] = await t.dataSource.query(`SELECT state FROM control_evaluations WHERE id = $1`, [evaluationId]);
    expect(stored.state).toBe('submitted');
    await expectAccessible(page, 'justificatifs transmis');

    // The DDETS refuses the proof and the SIAE; the adversarial phase opens at its date.
    const reviewer = await ddets();
    const evaluationUrl = `/api/control-evaluations/${evaluationId}`;
    await t.http
      .post(`${evaluationUrl}/criteria/${criterionId}/review`)
      .set(reviewer)
      .send({ decision: 'refused', comment: 'L’attestation ne couvre pas la date d’embauche.' })
      .expect(200);
    await t.http.post(`${evaluationUrl}/decision`).set(reviewer).send({ decision: 'refused', reason: 'invalid_proof' }).expect(200);
    t.clock.set(`${calendar.adversarialStart}T09:00:00Z`);
    await t.get(ScheduledJobs).run(ADVANCE_PHASES_JOB);

    const later = await stack.newPage();
    await logIn(later, 'siae.admin@demo.example.org');
    await openControl(later);
    await later.getByText(/Déposer et transmettre les justificatifs \(phase contradictoire\) au plus tard le/).waitFor();
    await later.getByText(/Premier examen .* justificatifs refusés/).waitFor();
    await later.getByText(/Examen de la DDETS \(transmission\) : Refusé « L’attestation ne couvre pas la date d’embauche. »/).waitFor();
    await expectAccessible(later, 'phase contradictoire');
    await upload(later, 'attestation-rsa-2.pdf');
    await later.getByRole('button', { name: 'Transmettre les justificatifs' }).click();
    await later.getByRole('button', { name: 'Confirmer la transmission' }).click();
    await later.getByText('Les justificatifs sont transmis à la DDETS ; vous lirez ici son examen.').waitFor();
    await later.getByText('Transmis à nouveau, en cours d’examen').waitFor();

    // Refused again: the final decision, then the sanctions.
    const again = await ddets();
    await t.http
      .post(`${evaluationUrl}/criteria/${criterionId}/review`)
      .set(again)
      .send({ decision: 'refused', comment: 'Toujours hors période.' })
      .expect(200);
    await t.http.post(`${evaluationUrl}/decision`).set(again).send({ decision: 'refused', reason: 'invalid_proof' }).expect(200);
    const withdrawalFrom = addDays(t.clock.today(), 40);
    await t.http
      .post(`${evaluationUrl}/sanctions`)
      .set(again)
      .send({
        explanation: 'Les justificatifs ne couvrent pas la date d’embauche.',
        trainingSession: true,
        autoPrescriptionWithdrawal: { from: withdrawalFrom },
      })
      .expect(201);

    await later.reload();
    await later.getByRole('heading', { level: 1, name: 'Contrôle a posteriori de vos embauches' }).waitFor();
    await later.getByText(/Décision finale du .* : contrôle refusé/).waitFor();
    await later.getByText('Session de formation obligatoire sur l’auto-prescription.').waitFor();
    await later.getByText(/Retrait de l’auto-prescription à partir du .*, sans date de fin\./).waitFor();
    await later.getByText('Refusé deux fois').waitFor();
    await later.getByText('Clos : refusé').waitFor();
    await later.getByRole('button', { name: 'Transmettre les justificatifs' }).waitFor({ state: 'detached' });
    await expectAccessible(later, 'décision finale et sanctions');
    await screenshots(later, 'siae-control');
  });
});
