import { Appellation, MetiersService } from '@iae/metiers';
import { TestApp, createTestApp } from '@iae/testing';
import { STARTER_ROMES } from '../../../libs/metiers/src/data/starter-set';

describe('métiers referential: the starter set, autocomplete and the ROME pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const search = async (q: string, limit?: number): Promise<Appellation[]> => {
    const response = await t.http
      .get('/api/metiers')
      .query(limit ? { q, limit } : { q })
      .expect(200);
    return response.body.items;
  };
  const labels = (items: Appellation[]) => items.map((a) => a.label);

  describe('the starter set loaded by the migration', () => {
    it('has the 14 domains and every starter métier and appellation', async () => {
      const appellationCodes = STARTER_ROMES.flatMap((rome) => rome.appellations.map(([code]) => code));
      const [counts] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM rome_domains)::int AS domains,
                (SELECT count(*) FROM romes WHERE code = ANY($1))::int AS romes,
                (SELECT count(*) FROM appellations WHERE code = ANY($2))::int AS appellations`,
        [STARTER_ROMES.map((rome) => rome.code), appellationCodes],
      );
      expect(counts).toEqual({ domains: 14, romes: STARTER_ROMES.length, appellations: appellationCodes.length });
      expect(appellationCodes.length).toBeGreaterThanOrEqual(150);
    });

    it('lists the 14 domains, A to N', async () => {
      const response = await t.http.get('/api/metiers/domains').expect(200);
      expect(response.body.items).toHaveLength(14);
      expect(response.body.items[0]).toEqual({ letter: 'A', label: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux' });
      expect(response.body.items[10]).toEqual({ letter: 'K', label: 'Services à la personne et à la collectivité' });
      expect(response.body.items.map((d: { letter: string }) => d.letter).join('')).toBe('ABCDEFGHIJKLMN');
    });
  });

  describe('autocomplete', () => {
    it('tolerates a typo: « cuisinnier » finds the cooks, the plainest first', async () => {
      const items = await search('cuisinnier');
      expect(items[0]).toEqual({ code: '13861', label: 'Cuisinier / Cuisinière', romeCode: 'G1602', romeLabel: 'Personnel de cuisine', domainLetter: 'G' });
      // Every cook first; the nearer « cuisine » (kitchen help) after them.
      const cooks = items.filter((a) => a.label.startsWith('Cuisinier'));
      expect(cooks.length).toBeGreaterThanOrEqual(4);
      expect(items.slice(0, cooks.length)).toEqual(cooks);
      expect(labels(items)).toContain('Aide de cuisine');
    });

    it('tolerates a typo next to correct words: « jardinnier paysagiste », « manutentionaire »', async () => {
      expect((await search('jardinnier paysagiste'))[0]).toMatchObject({ code: '16069', label: 'Jardinier / Jardinière paysagiste' });
      expect((await search('manutentionaire'))[0]).toMatchObject({ code: '16361', label: 'Manutentionnaire' });
    });

    it('ranks the appellation holding every word first: « magasinier cariste »', async () => {
      const items = await search('magasinier cariste');
      expect(items[0]).toMatchObject({ code: '16277', label: 'Magasinier / Magasinière cariste', romeCode: 'N1103' });
      expect(labels(items)).toEqual(expect.arrayContaining(['Magasinier / Magasinière', 'Cariste']));
    });

    it('weighs the rare words: « agent entretien espaces verts » gives green-space jobs before cleaning ones', async () => {
      const items = await search('agent entretien espaces verts');
      expect(items.slice(0, 2).map((a) => a.romeCode)).toEqual(['A1203', 'A1203']);
      expect(labels(items.slice(0, 2))).toContain("Ouvrier / Ouvrière d'entretien des espaces verts");
    });

    it('ignores accents and case: « macon » and « MAÇON » give « Maçon / Maçonne » first', async () => {
      for (const q of ['macon', 'MAÇON', 'Maçon']) {
        const items = await search(q);
        expect(items[0]).toMatchObject({ code: '16250', label: 'Maçon / Maçonne', romeCode: 'F1703', romeLabel: 'Maçonnerie', domainLetter: 'F' });
      }
    });

    it('matches the beginning of words: « jardin », « electricien », « aide a domicile »', async () => {
      expect((await search('jardin'))[0].label).toBe('Jardinier / Jardinière');
      expect((await search('electricien')).every((a) => a.romeCode === 'F1602')).toBe(true);
      expect((await search('aide a domicile'))[0]).toMatchObject({ code: '10805', label: 'Aide à domicile' });
    });

    it('lists a ROME code’s appellations, by label', async () => {
      const k2204 = STARTER_ROMES.find((rome) => rome.code === 'K2204')!;
      const items = await search('K2204', 50);
      expect(items).toHaveLength(k2204.appellations.length);
      expect(items.every((a) => a.romeCode === 'K2204' && a.romeLabel === 'Nettoyage de locaux')).toBe(true);
      expect(labels(items)).toEqual([...labels(items)].sort((a, b) => a.localeCompare(b, 'fr')));
      expect((await search('k2204', 50)).map((a) => a.code)).toEqual(items.map((a) => a.code));
    });

    it('lists the appellations of the codes that start so: « K22 »', async () => {
      const items = await search('K22', 50);
      expect(new Set(items.map((a) => a.romeCode))).toEqual(new Set(['K2201', 'K2202', 'K2203', 'K2204']));
    });

    it('gives 10 propositions by default and honours limit', async () => {
      expect(await search('agent')).toHaveLength(10);
      expect(await search('agent', 3)).toHaveLength(3);
    });

    it('answers an empty list when nothing matches, or nothing searchable was typed', async () => {
      expect(await search('astronaute')).toEqual([]);
      expect(await search('?!')).toEqual([]);
    });

    it('is what MetiersService.autocomplete gives other contexts', async () => {
      const service = t.get(MetiersService);
      expect((await service.autocomplete('macon', 1)).map((a) => a.code)).toEqual(['16250']);
    });
  });

  describe('bad input on GET /api/metiers', () => {
    const expectFieldProblem = (
      response: { status: number; headers: Record<string, string>; body: { type: string; errors: Array<{ field: string; code: string }> } },
      field: string,
      code?: string,
    ) => {
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe('/api/problems/validation-error');
      expect(response.body.errors).toEqual([expect.objectContaining({ field, ...(code ? { code } : {}) })]);
    };

    it('requires q, of 1 to 100 characters', async () => {
      expectFieldProblem(await t.http.get('/api/metiers'), 'q', 'isDefined');
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: '' }), 'q', 'minLength');
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: '   ' }), 'q', 'minLength');
      const tooLong = await t.http.get('/api/metiers').query({ q: 'a'.repeat(101) });
      expectFieldProblem(tooLong, 'q', 'maxLength');
      expect(tooLong.body.errors[0].message).toBe('Le champ « q » ne doit pas dépasser 100 caractères.');
      await t.http
        .get('/api/metiers')
        .query({ q: 'a'.repeat(100) })
        .expect(200);
    });

    it('takes a limit from 1 to 50', async () => {
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: 'agent', limit: 0 }), 'limit', 'min');
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: 'agent', limit: 51 }), 'limit', 'max');
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: 'agent', limit: 'dix' }), 'limit', 'isInt');
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: 'agent', limit: 2.5 }), 'limit', 'isInt');
      expect((await t.http.get('/api/metiers').query({ q: 'agent', limit: 50 }).expect(200)).body.items.length).toBeLessThanOrEqual(50);
    });

    it('refuses unknown and repeated parameters', async () => {
      expectFieldProblem(await t.http.get('/api/metiers').query({ q: 'agent', rome: 'K2204' }), 'rome', 'unknownField');
      expectFieldProblem(await t.http.get('/api/metiers?q=agent&q=macon'), 'q', 'notRepeatable');
    });
  });

  describe('GET /api/romes/{code}', () => {
    it('shows a métier, its domain and its appellations by label', async () => {
      const response = await t.http.get('/api/romes/F1703').expect(200);
      const f1703 = STARTER_ROMES.find((rome) => rome.code === 'F1703')!;
      expect(response.body).toMatchObject({ code: 'F1703', label: 'Maçonnerie', domain: { letter: 'F', label: 'Construction, bâtiment et travaux publics' } });
      expect(response.body.appellations).toHaveLength(f1703.appellations.length);
      expect(response.body.appellations).toContainEqual({ code: '16250', label: 'Maçon / Maçonne' });
      const names = response.body.appellations.map((a: { label: string }) => a.label);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
    });

    it('accepts a code typed in lower case', async () => {
      expect((await t.http.get('/api/romes/k2204').expect(200)).body.code).toBe('K2204');
    });

    it('answers 400 naming the parameter when the code is not of the form A1234', async () => {
      for (const code of ['K22', 'K22045', 'Z9999', 'K22O4', '12345']) {
        const response = await t.http.get(`/api/romes/${code}`).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ type: '/api/problems/validation-error', errors: [{ field: 'code', code: 'isRomeCode' }] });
      }
    });

    it('answers 404 for a well-formed code it does not know', async () => {
      const response = await t.http.get('/api/romes/M9999').expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/api/problems/not-found', status: 404, detail: 'Aucun métier ROME n’a le code M9999.' });
    });
  });

  describe('MetiersService for other contexts', () => {
    it('gets an appellation, or null when the code is unknown', async () => {
      const service = t.get(MetiersService);
      expect(await service.getAppellation('16250')).toEqual({
        code: '16250',
        label: 'Maçon / Maçonne',
        romeCode: 'F1703',
        romeLabel: 'Maçonnerie',
        domainLetter: 'F',
      });
      expect(await service.getAppellation('99999999')).toBeNull();
      expect(await service.getAppellation('not-a-code')).toBeNull();
    });

    it('gets the known appellations among several codes, in the order asked', async () => {
      const service = t.get(MetiersService);
      const found = await service.getAppellations(['13861', '99999999', '16250', '13861']);
      expect(found.map((a) => a.code)).toEqual(['13861', '16250']);
      expect(await service.getAppellations([])).toEqual([]);
    });

    it('gets a métier with its appellations, or null', async () => {
      const service = t.get(MetiersService);
      expect(await service.getRome('K2204')).toMatchObject({ code: 'K2204', label: 'Nettoyage de locaux', domain: { letter: 'K' } });
      expect(await service.getRome('K9999')).toBeNull();
      expect(await service.getRome('nope')).toBeNull();
      expect(await service.listDomains()).toHaveLength(14);
    });
  });
});
