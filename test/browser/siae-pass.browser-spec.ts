import type { Page } from 'playwright-core';
import { CandidatesService } from '@iae/candidates';
import { PassIaeService } from '@iae/pass-iae';
import { createCandidate, testNir } from '@iae/testing';
import { hireOf } from '../e2e/pass-iae/pass-iae-helpers';
import { addDays, demoMember, expectAccessible, expectFocusOn, journey, logIn, screenshots, Stack, stackDay, startStack } from './support';

/** A day (or an instant, in Paris) as the pages write it: « 12 janvier 2029 », « 1er mars 2029 ». */
function french(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
    .formatToParts(day)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** Journey « SIAE — PASS IAE »: suspend, end the suspension, declare a prolongation, ask a habilitated prescriber for one and follow it. */
journey('SIAE and the PASS IAE, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  async function passEnd(number: string): Promise<string> {
    const [row] = await stack.t.dataSource.query(`SELECT end_date::text AS end FROM pass_iae WHERE number = $1`, [number]);
    return row.end;
  }

  async function openPass(page: Page, number: string): Promise<void> {
    await page.goto(`/siae/pass-iae/${number}`);
    await page.getByRole('heading', { level: 1, name: `PASS IAE ${number}` }).waitFor();
  }

  it('hires Lucas, suspends his PASS (dates checked by the API), ends the suspension, declares a prolongation when its window opens, asks France Travail for another and follows it to the grant', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.getByRole('link', { name: 'Lucas Petit' }).click();
    await page.getByRole('button', { name: 'Mettre à l’étude' }).click();
    await page.getByText('La candidature est à l’étude.').waitFor();
    await page.getByRole('button', { name: 'Accepter la candidature' }).click();
    await page.getByLabel('Premier jour du contrat *').fill(stackDay(stack, 0));
    await page.getByRole('button', { name: 'Confirmer l’embauche' }).click();
    await page.getByText(/Embauche enregistrée : PASS IAE \d{12}\./).waitFor();
    const number = (await page.getByRole('heading', { level: 3, name: /^PASS IAE \d{12}$/ }).textContent())!.replace('PASS IAE ', '');
    await page.getByRole('link', { name: `Gérer le PASS IAE ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: `PASS IAE ${number}` }).waitFor();
    await page.getByText('Valide', { exact: true }).waitFor();
    await page.getByText('Aucune suspension.').waitFor();
    await expectAccessible(page, 'PASS IAE');

    // Suspend: a start in the future is refused by the API, at the field; then the right dates.
    const endBefore = await passEnd(number);
    await page.getByRole('button', { name: 'Suspendre le PASS IAE' }).click();
    await page.getByLabel('Motif de la suspension *').selectOption('CONTRACT_SUSPENDED');
    await page.getByLabel('Premier jour suspendu *').fill(stackDay(stack, 5));
    await page.getByLabel('Dernier jour suspendu *').fill(stackDay(stack, 40));
    await page.getByRole('button', { name: 'Confirmer la suspension' }).click();
    await page.getByText('Une suspension commence au plus tard aujourd’hui.').waitFor();
    await expectAccessible(page, 'suspension refusée');
    await page.getByLabel('Premier jour suspendu *').fill(stackDay(stack, 0));
    await page.getByRole('button', { name: 'Confirmer la suspension' }).click();
    await page.getByText('Le PASS IAE est suspendu ; sa fin recule d’autant.').waitFor();
    await page.getByRole('row', { name: /Contrat de travail suspendu depuis plus de 15 jours Les Jardins du Rhône/ }).waitFor();
    await page.getByText('Suspendu', { exact: true }).waitFor();
    // The end moves back by what the API counts, and the page shows the API's new end.
    const suspendedEnd = await passEnd(number);
    expect(suspendedEnd > endBefore).toBe(true);
    await page
      .getByText(`au ${french(suspendedEnd)}`, { exact: false })
      .first()
      .waitFor();

    // End it: the person is back the next day.
    await page.getByRole('button', { name: /^Mettre fin à la suspension du / }).click();
    await page.getByLabel('Dernier jour suspendu *').fill(stackDay(stack, 0));
    await page.getByRole('button', { name: 'Enregistrer la fin de la suspension' }).click();
    await page.getByText('La suspension est terminée ; la fin du PASS IAE est recalculée.').waitFor();
    const resumedEnd = await passEnd(number);
    expect(resumedEnd < suspendedEnd && resumedEnd >= endBefore).toBe(true);
    await page
      .getByText(`au ${french(resumedEnd)}`, { exact: false })
      .first()
      .waitFor();
    await expectAccessible(page, 'suspension terminée');

    // Not today: the PASS is still suspended today, so the page offers no prolongation and says why (the API refuses one too).
    await page.getByText('Le PASS IAE est suspendu aujourd’hui : il se prolonge une fois la suspension terminée.').waitFor();
    expect(await page.getByRole('button', { name: 'Déclarer une prolongation' }).count()).toBe(0);

    // Fourteen months later (the API's clock), the window is open: the SIAE logs in again and declares.
    stack.t.clock.advance(425 * 86_400_000);
    const later = await stack.newPage();
    await logIn(later, 'siae.admin@demo.example.org');
    await openPass(later, number);
    const end = await passEnd(number);
    await later.getByRole('button', { name: 'Déclarer une prolongation' }).click();
    await later.getByLabel('Motif de la prolongation *').selectOption('COMPLETE_TRAINING');
    await later.getByLabel('Dernier jour de la prolongation *').fill(addDays(end, 20));
    await later.getByRole('button', { name: 'Déclarer la prolongation' }).click();
    await later.getByText('La prolongation est enregistrée.').waitFor();
    await later.getByRole('row', { name: /Fin d’une formation.* Les Jardins du Rhône/ }).waitFor();
    expect(await passEnd(number)).toBe(addDays(end, 20));

    // Ask France Travail for a prolongation (RQTH), then follow the request.
    await later.getByRole('button', { name: 'Demander une prolongation à un prescripteur habilité' }).click();
    await later.getByLabel('Motif de la prolongation *').selectOption('RQTH');
    await later.getByLabel('Dernier jour de la prolongation *').fill(addDays(end, 20 + 200));
    await later.getByLabel('Pourquoi prolonger ? *').fill('RQTH obtenue en cours de parcours ; un poste adapté est à construire avec le médecin du travail.');
    const decider = later.getByLabel('Prescripteur habilité qui décidera *');
    const franceTravail = decider.locator('option', { hasText: 'France Travail Lyon Part-Dieu' });
    await franceTravail.waitFor({ state: 'attached' });
    await decider.selectOption((await franceTravail.getAttribute('value'))!);
    await expectAccessible(later, 'demande de prolongation');
    await later.getByRole('button', { name: 'Envoyer la demande' }).click();
    await later.getByText('La demande est envoyée au prescripteur habilité ; vous suivez sa décision ici.').waitFor();
    await later.getByText(/Demande de prolongation « .*RQTH.* » .* à France Travail Lyon Part-Dieu : en attente de sa décision/).waitFor();
    await expectAccessible(later, 'demande en attente');

    // France Travail grants it; the SIAE sees the prolongation, granted.
    const prescriber = await stack.newPage();
    await logIn(prescriber, 'prescripteur@demo.example.org');
    await prescriber.goto('/prescripteur/prolongations');
    await prescriber.getByRole('button', { name: 'Accorder la prolongation de Lucas Petit' }).click();
    await prescriber.getByRole('button', { name: 'Confirmer l’accord' }).click();
    await prescriber.getByText('Aucune demande.').waitFor();

    await openPass(later, number);
    await later.getByRole('row', { name: /France Travail Lyon Part-Dieu \(demande accordée\)/ }).waitFor();
    await later.getByText(/en attente de sa décision/).waitFor({ state: 'detached' });
    expect(await passEnd(number)).toBe(addDays(end, 20 + 200));
    await expectAccessible(later, 'prolongation accordée');
    await screenshots(later, 'siae-pass');
  });

  async function organizationId(name: string): Promise<string> {
    const [row] = await stack.t.dataSource.query(`SELECT id FROM organizations WHERE name = $1`, [name]);
    return row.id;
  }

  it('addresses a pending request to another habilitated prescriber once the one asked lost its habilitation (withdrawn by the DDETS)', async () => {
    const t = stack.t;
    const siae = await demoMember(stack, 'siae.admin@demo.example.org', 'Les Jardins du Rhône');
    const ddets = await demoMember(stack, 'ddets@demo.example.org', 'DDETS du Rhône');
    // The CCAS of Vénissieux, habilitated by the préfet of the Rhône for a year (as the DDETS grants it).
    const ccas = await organizationId('CCAS de Vénissieux');
    const franceTravail = await organizationId('France Travail Lyon Part-Dieu');
    await t.dataSource.query(`UPDATE organizations SET authorization_status = 'validated' WHERE id = $1`, [ccas]);
    await t.dataSource.query(
      `UPDATE prescriber_organizations SET habilitation_basis = 'prefectoral', habilitation_departement_code = '69', habilitation_valid_until = $2 WHERE id = $1`,
      [ccas, stackDay(stack, 365)],
    );

    // Hired by the ACI a year and a month ago (its PASS ends within a year): the SIAE asks the CCAS for an RQTH prolongation.
    const candidate = await createCandidate(t, siae, {
      title: 'M',
      firstName: 'Bastien',
      lastName: 'Roche',
      birthDate: '1988-07-09',
      nir: testNir('M', '1988-07-09'),
      address: { line: '3 rue Marius Berliet', postalCode: '69008', communeCode: '69123' },
    });
    const pass = await t.dataSource.transaction(async (manager) =>
      t
        .get(PassIaeService)
        .issueForHire(
          manager,
          hireOf(candidate.id, siae.organization, stackDay(stack, -400), { acceptedByUserId: siae.user.id }),
          await t.get(CandidatesService).lock(manager, candidate.id),
        ),
    );
    const number = pass!.number;
    const created = await t.http
      .post(`/api/pass-iae/${number}/prolongation-requests`)
      .set(siae.headers)
      .send({ reason: 'RQTH', endDate: addDays(pass!.endDate, 180), prescriberOrganizationId: ccas, explanation: 'RQTH renouvelée, poste adapté en cours.' })
      .expect(201);
    const request = created.body as { id: string; reasonLabel: string; endDate: string; addressedOn: string };
    const asked = `Demande de prolongation « ${request.reasonLabel} » jusqu’au ${french(request.endDate)} envoyée le ${french(request.addressedOn)}`;

    // While the CCAS is habilitated, the SIAE waits for its decision: nothing to readdress.
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await openPass(page, number);
    await page.getByText(`${asked} à CCAS de Vénissieux : en attente de sa décision.`).waitFor();
    const readdress = page.getByRole('button', { name: 'Adresser la demande de prolongation à un autre prescripteur habilité' });
    expect(await readdress.count()).toBe(0);
    // Nor another prolongation while this one waits (the API would refuse it).
    await page.getByRole('button', { name: 'Suspendre le PASS IAE' }).waitFor();
    expect(await page.getByRole('button', { name: /^(Déclarer|Demander) une prolongation/ }).count()).toBe(0);

    // The DDETS withdraws the CCAS's habilitation: the request can no longer be decided, the page says so.
    await t.http
      .post(`/api/prescriber-organizations/${ccas}/habilitation-withdrawal`)
      .set(ddets.headers)
      .send({ reason: 'Activité de prescription arrêtée.' })
      .expect(204);
    await openPass(page, number);
    await page
      .getByText(
        `${asked} à CCAS de Vénissieux, qui n’est plus un prescripteur habilité et ne peut plus la décider : adressez-la à un autre prescripteur habilité (« Agir sur le PASS IAE »).`,
      )
      .waitFor();
    await expectAccessible(page, 'demande à un prescripteur qui n’est plus habilité');

    // The action opens its form, the focus on its field; sent without a choice, the field says what is missing.
    await readdress.click();
    await page.getByRole('heading', { level: 3, name: 'Adresser la demande à un autre prescripteur habilité' }).waitFor();
    await page
      .getByText(`CCAS de Vénissieux n’est plus un prescripteur habilité : la demande « ${request.reasonLabel} » jusqu’au ${french(request.endDate)}`)
      .waitFor();
    await expectFocusOn(page, 'Prescripteur habilité qui décidera *');
    const decider = page.getByLabel('Prescripteur habilité qui décidera *');
    const option = decider.locator('option', { hasText: 'France Travail Lyon Part-Dieu' });
    await option.waitFor({ state: 'attached' });
    await expectAccessible(page, 'adresser la demande');
    await page.getByRole('button', { name: 'Adresser la demande', exact: true }).click();
    await page.getByText('Choisissez un prescripteur habilité.').waitFor();
    // Said at the field: its description (aria-describedby) is the message.
    const described = await decider.evaluate((field) =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('Choisissez un prescripteur habilité.');
    await expectFocusOn(page, 'Prescripteur habilité qui décidera *');
    await expectAccessible(page, 'adresser la demande sans prescripteur');
    const [still] = await t.dataSource.query(`SELECT prescriber_organization_id AS id FROM pass_iae_prolongation_requests WHERE id = $1`, [request.id]);
    expect(still.id).toBe(ccas);

    // France Travail, then: the request is addressed to it, still pending; the message takes the focus.
    await decider.selectOption((await option.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Adresser la demande', exact: true }).click();
    await expectFocusOn(page, 'La demande est adressée au prescripteur habilité choisi ; vous suivez sa décision ici.');
    await page.getByText(`${asked} à France Travail Lyon Part-Dieu : en attente de sa décision.`).waitFor();
    expect(await readdress.count()).toBe(0);
    await expectAccessible(page, 'demande adressée à un autre prescripteur');

    const [moved] = await t.dataSource.query(
      `SELECT prescriber_organization_id AS id, status, reminders_sent AS reminders FROM pass_iae_prolongation_requests WHERE id = $1`,
      [request.id],
    );
    expect(moved).toEqual({ id: franceTravail, status: 'pending', reminders: 0 });
    const view = await t.http.get(`/api/pass-iae/${number}`).set(siae.headers).expect(200);
    expect(view.body.pendingRequest).toMatchObject({
      id: request.id,
      prescriberOrganization: { id: franceTravail },
      prescriberOrganizationHabilitated: true,
    });
    await screenshots(page, 'siae-pass-readdress');
  });
});
