import type { Page } from 'playwright-core';
import { addDays, expectAccessible, journey, logIn, screenshots, Stack, stackDay, startStack } from './support';

/** A day as the pages write it: « 12 janvier 2029 ». */
function french(date: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
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

    // Not today: the PASS is still suspended today, the API says so.
    await page.getByRole('button', { name: 'Déclarer une prolongation' }).click();
    await page.getByLabel('Motif de la prolongation *').selectOption('COMPLETE_TRAINING');
    await page.getByLabel('Dernier jour de la prolongation *').fill(addDays(await passEnd(number), 90));
    await page.getByRole('button', { name: 'Déclarer la prolongation' }).click();
    await page.getByText('Le PASS IAE est suspendu aujourd’hui : il se prolonge une fois la suspension terminée.').waitFor();

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
    await prescriber.getByText('Aucune demande.').waitFor();

    await openPass(later, number);
    await later.getByRole('row', { name: /France Travail Lyon Part-Dieu \(demande accordée\)/ }).waitFor();
    await later.getByText(/en attente de sa décision/).waitFor({ state: 'detached' });
    expect(await passEnd(number)).toBe(addDays(end, 20 + 200));
    await expectAccessible(later, 'prolongation accordée');
    await screenshots(later, 'siae-pass');
  });
});
