/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import { expectAccessible, journey, screenshots, Stack, startStack } from './support';

/** Journey 1: anyone searches offers and structures around a commune, then opens a structure and an offer. */
journey('public search, in a browser', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('paints the page’s title with the stylesheet, before the application has run, where and as large as the application renders it', async () => {
    // The words' areas (what the largest contentful paint compares) and the title's place.
    const measure = () =>
      Array.from(document.querySelectorAll('.fr-header__service-tagline, .iae-page-title, .iae-page-title + .fr-mb-3w p')).map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const area = Array.from(range.getClientRects()).reduce((sum, rect) => sum + rect.width * rect.height, 0);
        const box = element.getBoundingClientRect();
        return { text: element.textContent, area, top: box.top, left: box.left };
      });
    const shell = await stack.newPage(412);
    // Neither the application's script nor the Marianne: the shell as painted first, in the fallback font.
    await shell.route(/\/assets\/(start-app-[^/]+\.js|[^/]+\.woff2?)$/, (route) => route.abort());
    await shell.goto('/');
    const painted = await shell.evaluate(measure);
    await shell.close();

    const page = await stack.newPage(412);
    await page.goto('/');
    await page.getByRole('search').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('400 1rem Marianne') && document.fonts.check('700 1rem Marianne'))).toBe(true);
    const rendered = await page.evaluate(measure);

    expect(painted.map((p) => p.text).slice(1)).toEqual([
      'Rechercher un emploi inclusif',
      'Les offres et les structures de l’insertion par l’activité économique près de chez vous.',
    ]);
    expect(rendered.map((r) => r.text)).toEqual(painted.map((p) => p.text));
    painted.forEach((p, i) => {
      expect({ text: p.text, top: p.top, left: p.left }).toEqual({ text: rendered[i]!.text, top: rendered[i]!.top, left: rendered[i]!.left });
      // Never smaller in the fallback: the application's later paint of the same words is then no larger contentful paint.
      expect(p.area).toBeGreaterThanOrEqual(rendered[i]!.area);
    });
    await page.close();
  });

  it('searches by commune (autocomplete), filters with the facet counts, shows distances, opens a structure and an offer', async () => {
    const page = await stack.newPage();
    const communeRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/communes?')) communeRequests.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Rechercher un emploi inclusif' }).waitFor();
    await expectAccessible(page, 'recherche vide');

    // Typing asks the API once typing pauses, not once per keystroke.
    const commune = page.getByRole('combobox', { name: /Commune/ });
    await commune.pressSequentially('Villeurbanne');
    await page.getByRole('option', { name: /Villeurbanne \(69\)/ }).waitFor();
    expect(communeRequests.length).toBeGreaterThan(0);
    expect(communeRequests.length).toBeLessThan('Villeurbanne'.length);
    await expectAccessible(page, 'suggestions de communes');
    await commune.fill('');
    await commune.pressSequentially('Lyon');
    await page.getByRole('option', { name: /^Lyon \(69\)/ }).waitFor();
    await commune.press('ArrowDown');
    await commune.press('Enter');
    expect(await commune.inputValue()).toBe('Lyon (69)');

    const status = page.getByRole('status').filter({ hasText: /à 25 km de Lyon/ });
    await status.waitFor();
    const total = Number(/(\d+) offres?/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    await page.locator('#resultats a[href^="/offres/"]').first().waitFor();
    await page
      .getByText(/· (moins de 1 km|[\d,]+ km)$/)
      .first()
      .waitFor();
    expect(page.url()).toContain('commune=69123');

    // A facet shows its count, and checking it filters (and lands in the address).
    const aci = page.getByRole('checkbox', { name: /ACI|chantier d’insertion/ });
    const aciLabel = await aci.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const aciCount = Number(/\((\d+)\)$/.exec(aciLabel.trim())?.[1]);
    expect(aciCount).toBeGreaterThan(0);
    // The DSFR draws the box over the input: a person clicks the label.
    await page.locator('label', { hasText: aciLabel.trim() }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${aciCount} offres? à 25 km de Lyon`) })
      .waitFor();
    expect(page.url()).toContain('type=ACI');
    await expectAccessible(page, 'offres filtrées');

    // Structures, then one of them and its offers, then an offer.
    await page.getByRole('tab', { name: 'Structures' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /structures? à 25 km de Lyon/ })
      .waitFor();
    await page.getByRole('link', { name: 'Les Jardins du Rhône' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les Jardins du Rhône' }).waitFor();
    await page.getByRole('heading', { name: /offres? ouvertes?/ }).waitFor();
    await expectAccessible(page, 'fiche structure');
    await page.locator('main ul a[href^="/offres/"]').first().click();
    await page.getByRole('heading', { level: 2, name: 'Le poste' }).waitFor();
    await page.getByRole('link', { name: 'Les Jardins du Rhône' }).waitFor();
    await expectAccessible(page, 'fiche offre');

    // Back to the results: the address kept the search.
    await page.goBack();
    await page.goBack();
    await page
      .getByRole('status')
      .filter({ hasText: /structures? à 25 km de Lyon/ })
      .waitFor();
    await screenshots(page, 'public-search');

    // An address cut short or mistyped names nothing: the page does not exist (not the API's refusal of the parameter).
    await page.goto('/offres/abc');
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('jobDescriptionId');
  });
});
