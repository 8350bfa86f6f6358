import { TestApp, createTestApp } from '@iae/testing';
import { CommunesService, DEPARTEMENTS, REGIONS, distanceKm, normalizeName } from '@iae/territory';

/**
 * The territory referential as the migration loads it, and the commune search behind every
 * address field: someone types a few letters or a postal code and picks their commune.
 */
describe('territory: communes, départements, régions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => t.dataSource.query<T[]>(query, params);
  const search = (query: Record<string, string | number>) => t.http.get('/api/communes').query(query);
  const codes = async (q: string, limit = 10) => (await search({ q, limit }).expect(200)).body.items.map((c: { code: string }) => c.code);

  it('normalises a name typed as PostgreSQL makes the search_name columns, letter by letter (ł, ø, đ, ɓ, ligatures…)', async () => {
    const letters = [...'AaÉéÿŒœÆæßŁłØøĐđÐðÞþĦħıĲĳĿŀŊŋŦŧſƁɓƊɗƘƙƳƴǄǆǇǉǊǌﬁﬂ'];
    const names = [...letters, 'Wałęsa Łukasz', "D'Artagnan-Øster"];
    // The candidates' own column, as a person's file stores it.
    const rows = await sql<{ name: string; stored: string }>(
      `INSERT INTO candidates (first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason)
       SELECT 'Prénom', name, '1990-01-01', 'no_nir', 'not_registered' FROM unnest($1::text[]) AS name
       RETURNING last_name AS name, search_name AS stored`,
      [names],
    );
    expect(rows.map((r) => [r.name, normalizeName(`${r.name} Prénom`)])).toEqual(rows.map((r) => [r.name, r.stored]));
  });

  describe('the referential loaded by the migration', () => {
    it('holds every région and département, and the current communes that can be placed', async () => {
      const [counts] = await sql<{ regions: number; departements: number; communes: number }>(
        `SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM departements) AS departements, (SELECT count(*)::int FROM communes) AS communes`,
      );
      expect(counts).toEqual({ regions: REGIONS.length, departements: DEPARTEMENTS.length, communes: 34915 });
      expect(REGIONS).toHaveLength(26);
      expect(DEPARTEMENTS).toHaveLength(109);
      // 34,969 current communes, less the 54 of French Polynesia, the TAAF and Clipperton that no source places.
      const [missing] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM departements d WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.departement_code = d.code)`,
      );
      expect(missing.n).toBe(3);
    });

    it('gives every commune a centre inside its own territory', async () => {
      const [metro] = await sql<{ outside: number }>(
        `SELECT count(*)::int AS outside FROM communes
         WHERE departement_code !~ '^9[78]' AND NOT (latitude BETWEEN 41.3 AND 51.1 AND longitude BETWEEN -5.2 AND 9.6)`,
      );
      expect(metro.outside).toBe(0);
      const [guadeloupe] = await sql<{ outside: number }>(
        `SELECT count(*)::int AS outside FROM communes WHERE departement_code = '971' AND NOT (latitude BETWEEN 15.8 AND 16.6 AND longitude BETWEEN -61.9 AND -60.9)`,
      );
      expect(guadeloupe.outside).toBe(0);
    });

    it('places most of the population on its GeoNames point, the rest on its neighbours’ mean', async () => {
      const rows = await sql<{ source: string; communes: number; population: number }>(
        `SELECT coordinates_source AS source, count(*)::int AS communes, coalesce(sum(population), 0)::int AS population FROM communes GROUP BY 1`,
      );
      const by = Object.fromEntries(rows.map((r) => [r.source, r]));
      const total = rows.reduce((sum, r) => sum + r.communes, 0);
      const population = rows.reduce((sum, r) => sum + r.population, 0);
      // cities500 lists places of 500 inhabitants or more: a little under half the communes, nine French people in ten.
      expect(by.geonames.communes / total).toBeGreaterThan(0.4);
      expect(by.geonames.population / population).toBeGreaterThan(0.9);
      expect(by.postal_code.communes).toBeGreaterThan(by.epci.communes);
      expect(by.epci.communes).toBeGreaterThan(by.departement.communes);
      expect(by.departement.communes).toBeLessThan(20);
    });

    it('knows where the big cities are', async () => {
      const service = t.get(CommunesService);
      const [lyon, marseille, ajaccio] = await Promise.all(['69123', '13055', '2A004'].map((code) => service.get(code)));
      expect(distanceKm(lyon!, { latitude: 45.764, longitude: 4.8357 })).toBeLessThan(3);
      expect(distanceKm(marseille!, { latitude: 43.2965, longitude: 5.3698 })).toBeLessThan(3);
      expect(ajaccio).toMatchObject({
        name: 'Ajaccio',
        departementCode: '2A',
        departementName: 'Corse-du-Sud',
        regionCode: '94',
        coordinatesSource: 'geonames',
      });
      expect(distanceKm(lyon!, marseille!)).toBeCloseTo(278, -1);
    });

    it('falls back on the postal code for a small commune GeoNames does not list', async () => {
      const [row] = await sql<{ code: string; postal_codes: string[] }>(
        `SELECT code, postal_codes FROM communes WHERE coordinates_source = 'postal_code' AND departement_code = '01' ORDER BY code LIMIT 1`,
      );
      const [expected] = await sql<{ latitude: number; longitude: number }>(
        `SELECT avg(latitude) AS latitude, avg(longitude) AS longitude FROM communes WHERE coordinates_source = 'geonames' AND postal_codes && $1`,
        [row.postal_codes],
      );
      const commune = await t.get(CommunesService).get(row.code);
      expect(distanceKm(commune!, expected)).toBeLessThan(0.01);
    });

    it('stores names normalised as SQL would (immutable_unaccent, lower case, punctuation to spaces)', async () => {
      const [check] = await sql<{ mismatches: number }>(
        `SELECT count(*)::int AS mismatches FROM communes
         WHERE normalized_name <> btrim(regexp_replace(lower(immutable_unaccent(name)), '[^a-z0-9]+', ' ', 'g'))`,
      );
      expect(check.mismatches).toBe(0);
      const [haye] = await sql<{ name: string; normalized_name: string }>(`SELECT name, normalized_name FROM communes WHERE code = '94038'`);
      expect(haye).toEqual({ name: "L'Haÿ-les-Roses", normalized_name: 'l hay les roses' });
      expect(normalizeName(haye.name)).toBe(haye.normalized_name);
      const [fn] = await sql<{ volatility: string }>(`SELECT provolatile AS volatility FROM pg_proc WHERE proname = 'immutable_unaccent'`);
      expect(fn.volatility).toBe('i');
    });
  });

  describe('GET /api/communes (search as you type)', () => {
    it('answers the fields an address form needs', async () => {
      const response = await search({ q: 'lyon', limit: 1 }).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            code: '69123',
            name: 'Lyon',
            departementCode: '69',
            departementName: 'Rhône',
            postalCodes: ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'],
            latitude: expect.closeTo(45.75, 1),
            longitude: expect.closeTo(4.85, 1),
          },
        ],
      });
    });

    it('forgives a typo: "marseile" finds Marseille', async () => {
      expect((await codes('marseile'))[0]).toBe('13055');
    });

    it('finds Saint-Étienne however it is written', async () => {
      for (const q of ['st etienne', 'saint etienne', 'Saint-Étienne', 'ST-ETIENNE', 'saint etiene']) {
        expect({ q, first: (await codes(q))[0] }).toEqual({ q, first: '42218' });
      }
    });

    it('finds Évry-Courcouronnes from "evry", and from a later word of its name', async () => {
      expect(await codes('evry')).toContain('91228');
      expect((await codes('evry'))[0]).toBe('91228');
      expect((await codes('courcouronnes'))[0]).toBe('91228');
    });

    it('puts names that start with the query first, the most populous first', async () => {
      expect(await codes('nan', 3)).toEqual(['44109', '54395', '92050']); // Nantes, Nancy, Nanterre
      expect(await codes('toul', 2)).toEqual(['31555', '83137']); // Toulouse, Toulon
    });

    it('reaches a commune by the near spelling of its whole name when nothing closer exists', async () => {
      expect((await codes('tolouse'))[0]).toBe('31555');
      expect((await codes('monpelier'))[0]).toBe('34172');
    });

    it('finds communes by postal code, and by its first digits', async () => {
      expect(await codes('69001')).toEqual(['69123']);
      expect(await codes('690')).toContain('69123');
      expect((await codes('13'))[0]).toBe('13055');
      expect((await codes('3100'))[0]).toBe('31555');
      // Five digits that are no postal code may be an INSEE code; Corsican codes have a letter.
      expect(await codes('69123')).toEqual(['69123']);
      expect(await codes('2a004')).toEqual(['2A004']);
    });

    it('finds the DROM too', async () => {
      expect(await codes('97400')).toEqual(['97411']); // Saint-Denis de La Réunion
      expect((await codes('fort de france'))[0]).toBe('97209');
    });

    it('answers an empty list when nothing matches', async () => {
      expect((await search({ q: 'xqzwk' }).expect(200)).body).toEqual({ items: [] });
      expect((await search({ q: '7' }).expect(200)).body).toEqual({ items: [] });
    });

    it('returns ten communes unless told otherwise, and at most fifty', async () => {
      expect(await codes('saint', 3)).toHaveLength(3);
      expect((await search({ q: 'saint' }).expect(200)).body.items).toHaveLength(10);
      expect((await search({ q: 'saint', limit: 50 }).expect(200)).body.items).toHaveLength(50);
    });

    describe('bad input: 400 problem naming the parameter', () => {
      async function expectInvalid(query: Record<string, string | number>, field: string, code: string) {
        const response = await search(query).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.type).toBe('/api/problems/validation-error');
        expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
      }

      it('needs q, of 1 to 100 characters', async () => {
        await expectInvalid({}, 'q', 'isDefined');
        await expectInvalid({ q: '' }, 'q', 'isNotEmpty');
        await expectInvalid({ q: '   ' }, 'q', 'isNotEmpty');
        await expectInvalid({ q: 'a'.repeat(101) }, 'q', 'maxLength');
        await search({ q: 'a'.repeat(100) }).expect(200);
      });

      it('needs a whole limit between 1 and 50', async () => {
        await expectInvalid({ q: 'lyon', limit: 0 }, 'limit', 'min');
        await expectInvalid({ q: 'lyon', limit: 51 }, 'limit', 'max');
        await expectInvalid({ q: 'lyon', limit: 'ten' }, 'limit', 'isInt');
        await expectInvalid({ q: 'lyon', limit: 2.5 }, 'limit', 'isInt');
      });

      it('refuses an unknown or repeated parameter', async () => {
        await expectInvalid({ q: 'lyon', departement: '69' }, 'departement', 'unknownField');
        const repeated = await t.http.get('/api/communes?q=lyon&q=paris').expect(400);
        expect(repeated.body.errors).toEqual([expect.objectContaining({ field: 'q', code: 'notRepeatable' })]);
      });
    });
  });

  describe('GET /api/communes/{code}', () => {
    it('shows a commune by its INSEE code, Corsican codes in either case', async () => {
      const lyon = await t.http.get('/api/communes/69123').expect(200);
      expect(lyon.body).toMatchObject({ code: '69123', name: 'Lyon', departementCode: '69', departementName: 'Rhône' });
      expect((await t.http.get('/api/communes/2a004').expect(200)).body).toMatchObject({ code: '2A004', name: 'Ajaccio' });
    });

    it('answers 404 for a well-formed code that no commune has', async () => {
      const response = await t.http.get('/api/communes/69999').expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/api/problems/not-found', status: 404 });
    });

    it('answers 400 naming the parameter for anything but a 5-character INSEE code', async () => {
      for (const code of ['6912', '691234', 'lyon', '2C004', '69%2012']) {
        const response = await t.http.get(`/api/communes/${code}`).expect(400);
        expect({ code, type: response.body.type, errors: response.body.errors }).toEqual({
          code,
          type: '/api/problems/validation-error',
          errors: [expect.objectContaining({ field: 'code', code: 'isInseeCode' })],
        });
      }
    });
  });

  describe('GET /api/departements', () => {
    it('lists every département with its région', async () => {
      const { body } = await t.http.get('/api/departements').expect(200);
      expect(body.items).toHaveLength(109);
      expect(body.items).toContainEqual({ code: '2A', name: 'Corse-du-Sud', regionCode: '94', regionName: 'Corse' });
      expect(body.items).toContainEqual({ code: '974', name: 'La Réunion', regionCode: '04', regionName: 'La Réunion' });
    });

    it('keeps to one région on request, and names a bad parameter', async () => {
      const { body } = await t.http.get('/api/departements?regionCode=53').expect(200);
      expect(body.items.map((d: { code: string }) => d.code)).toEqual(['22', '29', '35', '56']);
      const bad = await t.http.get('/api/departements?regionCode=99').expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'regionCode', code: 'isIn' })]);
      const unknown = await t.http.get('/api/departements?page=2').expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'page', code: 'unknownField' })]);
    });

    it('agrees with the tables the communes refer to', async () => {
      const rows = await sql<{ code: string; name: string; region_code: string }>(`SELECT code, name, region_code FROM departements`);
      expect(rows.map((r) => ({ code: r.code, name: r.name, regionCode: r.region_code })).sort((a, b) => a.code.localeCompare(b.code))).toEqual(
        DEPARTEMENTS.map((d) => ({ code: d.code, name: d.name, regionCode: d.regionCode })).sort((a, b) => a.code.localeCompare(b.code)),
      );
    });
  });

  // How fast it answers is the bench's to measure (`npm run bench`, the commune autocomplete scenario), not a test's.
  it('answers every query of a realistic mix: prefixes, typos, postal codes, Corsica and overseas', async () => {
    const service = t.get(CommunesService);
    const mix = [
      'l',
      'ly',
      'lyo',
      'lyon',
      'pa',
      'par',
      'mars',
      'bord',
      'toul',
      'saint',
      'saint e',
      'st etienne',
      'evry',
      'nan',
      'str',
      'montp',
      'clermont',
      'aix en',
      'la roch',
      'vil',
      'marseile',
      'bordo',
      'tolouse',
      'strasbur',
      'monpelier',
      'saint etiene',
      'perpignant',
      'grenobel',
      'courcouronnes',
      'ferrand',
      '69001',
      '75',
      '130',
      '3100',
      '44000',
      '2A004',
      '97411',
    ];
    for (const q of mix) {
      const found = await service.autocomplete(q);
      expect({ q, found: found.length > 0 }).toEqual({ q, found: true });
    }
  });
});
