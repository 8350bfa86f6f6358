import type { Page } from 'playwright-core';
import { expectAccessible, journey, logIn, screenshots, Stack, startStack } from './support';
import { ofName } from '../../apps/web/src/ui/format';

/** A SIRET: the 13 digits given and the key that makes the whole pass the Luhn check. */
function withLuhnKey(digits13: string): string {
  for (let key = 0; key < 10; key++) {
    const candidate = `${digits13}${key}`;
    const sum = [...candidate].reverse().reduce((total, digit, i) => {
      const d = Number(digit) * (i % 2 ? 2 : 1);
      return total + (d > 9 ? d - 9 : d);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** Journey « SIAE — its structure »: the profile, the job descriptions (create from an appellation, close, reopen), a link to the members. */
journey('SIAE and its structure, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  /** What anyone sees of the structure: its open job descriptions (those open to candidatures). */
  async function publicOpenTitles(page: Page, employerId: string): Promise<string[]> {
    const response = await page.request.get(`/api/employers/${employerId}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { openJobDescriptions: Array<{ title: string }> };
    return body.openJobDescriptions.map((j) => j.title);
  }

  it('edits the profile (a bad phone refused at its field), publishes a job description from a ROME appellation, closes it to candidatures and reopens it, confirms it up to date, declares an antenne', async () => {
    const page = await stack.newPage();
    await logIn(page, 'siae.admin@demo.example.org');
    await page.getByRole('navigation').getByRole('link', { name: 'Ma structure' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Ma structure : / });
    await heading.waitFor();
    const name = (await heading.textContent())!.replace('Ma structure : ', '');
    const employerId = (await page.getByRole('link', { name: 'Voir la fiche publique' }).getAttribute('href'))!.split('/').pop()!;
    await page.getByRole('heading', { level: 2, name: 'Fiches de poste' }).waitFor();
    await page.getByRole('table', { name: /fiches? de poste/ }).waitFor();
    // The antennes, as the API lists them (none yet, or a table of them).
    await page.getByRole('heading', { level: 2, name: 'Antennes' }).waitFor();
    await page
      .getByText('Aucune antenne déclarée.')
      .or(page.getByRole('table', { name: /antennes?$/ }))
      .waitFor();
    await expectAccessible(page, 'ma structure');
    await screenshots(page, 'siae-structure');

    // The profile: the API refuses a malformed phone number at its field, then takes a good one.
    await page.getByRole('button', { name: 'Modifier la fiche' }).click();
    const phone = page.getByLabel('Téléphone');
    await phone.fill('pas un numéro');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByText('Corrigez les champs signalés ci-dessous.').waitFor();
    await page.locator('.fr-input-group--error', { has: phone }).waitFor();
    await expectAccessible(page, 'fiche refusée');
    await phone.fill('04 78 12 34 56');
    await page.getByLabel('Présentation').fill('Maraîchage biologique et paniers solidaires à Lyon.');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByText('La fiche de la structure est enregistrée.').waitFor();
    await page.getByText('04 78 12 34 56').waitFor();
    const [row] = await stack.t.dataSource.query(`SELECT phone, description FROM employers WHERE id = $1`, [employerId]);
    expect(row).toEqual({ phone: '04 78 12 34 56', description: 'Maraîchage biologique et paniers solidaires à Lyon.' });

    // A job description from a ROME appellation picked in the métier suggestions.
    const title = 'Maraîcher ou maraîchère en chantier d’insertion';
    await page.getByRole('button', { name: 'Créer une fiche de poste' }).click();
    await page.getByRole('button', { name: 'Publier la fiche de poste' }).click();
    await page.getByText('Choisissez un métier dans les suggestions.').waitFor();
    const metier = page.getByRole('combobox', { name: /^Métier/ });
    // The refused form focused its first field in error, the métier (not the contract type after it); the focus
    // left it for the button and came back: what is typed now still gets its suggestions.
    expect(await metier.evaluate((field) => field === document.activeElement)).toBe(true);
    await metier.pressSequentially('maraîch');
    const option = page.getByRole('listbox', { name: 'Suggestions : Métier *' }).getByRole('option').first();
    const appellation = (await option.textContent())!.split(' — ')[0]!;
    await option.click();
    // The contracts offered are those the API allows this structure (its kind and programmes), in its words.
    const { body: structure } = await stack.t.http.get(`/api/employers/${employerId}`).expect(200);
    const offered = await page
      .getByLabel('Type de contrat *')
      .locator('option')
      .evaluateAll((options) => options.map((o) => ({ code: (o as HTMLOptionElement).value, label: o.textContent })));
    expect(offered).toEqual([{ code: '', label: 'Choisir un type de contrat' }, ...structure.allowedContractTypes]);
    expect(offered.map((o) => o.code)).toContain('FIXED_TERM_I');
    await page.getByLabel('Type de contrat *').selectOption('FIXED_TERM_I');
    await page.getByLabel('Intitulé du poste (facultatif)').fill(title);
    await page.getByLabel('Nombre de postes ouverts').fill('3');
    // 60 hours a week: the API refuses it; nothing is created.
    await page.getByLabel('Heures par semaine (facultatif)').fill('60');
    await page.getByRole('button', { name: 'Publier la fiche de poste' }).click();
    await page.getByText('Corrigez les champs signalés ci-dessous.').waitFor();
    const [{ count: none }] = await stack.t.dataSource.query(`SELECT count(*)::int AS count FROM job_descriptions WHERE custom_title = $1`, [title]);
    expect(none).toBe(0);
    await page.getByLabel('Heures par semaine (facultatif)').fill('26');
    await expectAccessible(page, 'nouvelle fiche de poste');
    await page.getByRole('button', { name: 'Publier la fiche de poste' }).click();
    await page.getByText(`La fiche de poste « ${title} » est publiée.`).waitFor();
    const jobRow = page.getByRole('row', { name: new RegExp(`^${title}`) });
    await jobRow.getByText('Ouvert', { exact: true }).waitFor();
    await jobRow.getByText(appellation, { exact: false }).waitFor();
    await jobRow.getByText('CDD insertion (CDDI)').waitFor();
    const [created] = await stack.t.dataSource.query(
      `SELECT j.is_active, j.open_positions, j.hours_per_week, a.label FROM job_descriptions j JOIN appellations a ON a.code = j.appellation_code
        WHERE j.employer_id = $1 AND j.custom_title = $2`,
      [employerId, title],
    );
    expect(created).toEqual({ is_active: true, open_positions: 3, hours_per_week: 26, label: appellation });
    expect(await publicOpenTitles(page, employerId)).toContain(title);
    await expectAccessible(page, 'fiche de poste publiée');

    // Closed: no longer open to candidatures (gone from the public page of the structure); then reopened.
    await page.getByRole('button', { name: `Fermer le recrutement : ${title}` }).click();
    await page.getByText(`Le recrutement est fermé : « ${title} ».`).waitFor();
    await jobRow.getByText('Fermé', { exact: true }).waitFor();
    expect(await publicOpenTitles(page, employerId)).not.toContain(title);
    await expectAccessible(page, 'fiche de poste fermée');
    await page.getByRole('button', { name: `Rouvrir le recrutement : ${title}` }).click();
    await page.getByText(`Le recrutement est rouvert : « ${title} ».`).waitFor();
    await jobRow.getByText('Ouvert', { exact: true }).waitFor();
    expect(await publicOpenTitles(page, employerId)).toContain(title);

    // Freshness: not updated for 70 days, the page says the day it closes by itself; confirming it restarts the count.
    const now = stack.t.clock.now();
    const seventyDaysAgo = new Date(now.getTime() - 70 * 86_400_000);
    await stack.t.dataSource.query(`UPDATE job_descriptions SET last_employer_update_at = $2 WHERE custom_title = $1`, [title, seventyDaysAgo]);
    await page.reload();
    const paris = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
    await jobRow.getByText(`fermeture automatique le ${paris.format(new Date(seventyDaysAgo.getTime() + 90 * 86_400_000))}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: `Confirmer que la fiche est à jour : ${title}` }).click();
    await page.getByText(`La fiche de poste « ${title} » est confirmée à jour.`).waitFor();
    await jobRow.getByText(`fermeture automatique le ${paris.format(new Date(now.getTime() + 90 * 86_400_000))}`, { exact: false }).waitFor();
    const [fresh] = await stack.t.dataSource.query(`SELECT last_employer_update_at AS at FROM job_descriptions WHERE custom_title = $1`, [title]);
    expect(fresh.at.getTime()).toBe(now.getTime());
    await expectAccessible(page, 'fiche de poste confirmée');
    await screenshots(page, 'siae-structure-fiches');

    // An antenne: another SIREN is refused at its field; with the structure's SIREN, declared, and one may act for it.
    const antenne = `${name} — antenne de Vaulx-en-Velin`;
    await page.getByRole('button', { name: 'Déclarer une antenne' }).click();
    await page.getByLabel('Nom de l’antenne *').fill(antenne);
    const siret = page.getByLabel('SIRET de l’établissement *');
    await siret.fill('99999999900019');
    await page.getByLabel('Numéro et voie').fill('5 rue Jean Jaurès');
    await page.getByRole('combobox', { name: /^Commune/ }).pressSequentially('Vaulx');
    await page.getByRole('listbox', { name: 'Suggestions : Commune' }).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Déclarer l’antenne' }).click();
    await page.getByText(/Une antenne a le même SIREN que sa structure mère/).waitFor();
    await expectAccessible(page, 'antenne refusée');
    const [{ siret: parentSiret }] = await stack.t.dataSource.query(`SELECT siret FROM organizations WHERE id = $1`, [employerId]);
    await siret.fill(withLuhnKey(`${parentSiret.slice(0, 9)}0009`));
    await page.getByRole('button', { name: 'Déclarer l’antenne' }).click();
    await page.getByText(`L’antenne « ${antenne} » est déclarée ; vous en êtes administrateur.`).waitFor();
    const [declared] = await stack.t.dataSource.query(`SELECT e.parent_id FROM employers e JOIN organizations o ON o.id = e.id WHERE o.name = $1`, [antenne]);
    expect(declared).toEqual({ parent_id: employerId });
    // The list of the structure's antennes (the API's) shows it.
    const antennes = page.getByRole('table', { name: /antennes?$/ });
    await antennes.getByRole('row', { name: antenne }).getByText('Active').waitFor();
    await expectAccessible(page, 'antenne déclarée');
    await screenshots(page, 'siae-structure-antennes');
    await page.getByLabel('Vous agissez pour').locator('option', { hasText: antenne }).waitFor({ state: 'attached' });

    // The members and invitations, from the structure's page.
    await page.getByRole('link', { name: 'Gérer les membres et les invitations de la structure' }).click();
    await page.getByRole('heading', { level: 1, name: `Membres ${ofName(name)}` }).waitFor();
    await expectAccessible(page, 'membres');
  });
});
