import {
  Candidate,
  GeonamesPlace,
  RawCommune,
  RawEpci,
  bestPlace,
  buildCommunes,
  currentCodes,
  inseeCodeOf,
  meanCentre,
  parseGeonamesLine,
} from './communes-data';

let nextId = 1;
function place(overrides: Partial<GeonamesPlace> & { insee?: string }): GeonamesPlace {
  const { insee, ...rest } = overrides;
  return {
    geonameId: nextId++,
    name: 'Lieu',
    latitude: 46,
    longitude: 5,
    featureCode: 'PPL',
    countryCode: 'FR',
    adminCodes: ['84', '01', '011', insee ?? ''],
    population: 1000,
    ...rest,
  };
}

function commune(code: string, nom: string, overrides: Partial<RawCommune> = {}): RawCommune {
  return { code, nom, type: 'commune-actuelle', departement: code.slice(0, 2), region: '84', codesPostaux: ['01000'], population: 500, ...overrides };
}

const candidate = (p: GeonamesPlace, attribution: Candidate['attribution'] = 'code'): Candidate => ({ place: p, attribution });

describe('parseGeonamesLine', () => {
  const line = (fields: Record<number, string>) => Array.from({ length: 19 }, (_, i) => fields[i + 1] ?? '').join('\t');

  it('reads a French row: coordinates, feature, admin codes, population', () => {
    const row = line({
      1: '2996944',
      2: 'Lyon',
      5: '45.74846',
      6: '4.84671',
      7: 'P',
      8: 'PPLA',
      9: 'FR',
      11: '84',
      12: '69',
      13: '691',
      14: '69123',
      15: '522250',
    });
    expect(parseGeonamesLine(row)).toEqual({
      geonameId: 2996944,
      name: 'Lyon',
      latitude: 45.74846,
      longitude: 4.84671,
      featureCode: 'PPLA',
      countryCode: 'FR',
      adminCodes: ['84', '69', '691', '69123'],
      population: 522250,
    });
  });

  it('keeps the overseas territories GeoNames files under their own country codes', () => {
    const row = line({ 1: '921815', 2: 'Mamoudzou', 5: '-12.78234', 6: '45.22878', 8: 'PPLC', 9: 'YT', 11: '97611', 15: '54831' });
    expect(parseGeonamesLine(row)).toMatchObject({ countryCode: 'YT', adminCodes: ['97611', '', '', ''] });
  });

  it('skips other countries (Belgian codes look like INSEE codes) and broken lines', () => {
    expect(parseGeonamesLine(line({ 2: 'Thuin', 5: '50.33', 6: '4.28', 8: 'PPL', 9: 'BE', 14: '56078' }))).toBeNull();
    expect(parseGeonamesLine(line({ 2: 'Sans position', 8: 'PPL', 9: 'FR', 14: '01001' }))).toBeNull();
    expect(parseGeonamesLine('')).toBeNull();
  });
});

describe('inseeCodeOf', () => {
  it('reads admin4 in metropolitan France and the DROM, admin2 in New Caledonia, admin1 in Mayotte', () => {
    expect(inseeCodeOf(place({ adminCodes: ['84', '69', '691', '69123'] }))).toBe('69123');
    expect(inseeCodeOf(place({ adminCodes: ['94', '2A', '2A1', '2A004'] }))).toBe('2A004');
    expect(inseeCodeOf(place({ countryCode: 'NC', adminCodes: ['02', '98818', '', ''] }))).toBe('98818');
    expect(inseeCodeOf(place({ countryCode: 'YT', adminCodes: ['97611', '', '', ''] }))).toBe('97611');
  });

  it('finds none in French Polynesia, whose admin codes are GeoNames ids', () => {
    expect(inseeCodeOf(place({ countryCode: 'PF', adminCodes: ['04', '10295183', '', ''] }))).toBeNull();
  });
});

describe('bestPlace among several GeoNames rows for one commune', () => {
  it('prefers the place bearing the commune’s name over a larger neighbour', () => {
    const montigny = place({ name: 'Montigny-le-Bretonneux', population: 39063 });
    const sqy = place({ name: 'Saint-Quentin-en-Yvelines', population: 146598 });
    expect(bestPlace('Montigny-le-Bretonneux', [candidate(sqy), candidate(montigny)])).toBe(montigny);
  });

  it('takes the largest population when no row bears the name (a commune nouvelle)', () => {
    const small = place({ name: 'Lancrans', population: 1019 });
    const large = place({ name: 'Bellegarde-sur-Valserine', population: 11699 });
    expect(bestPlace('Valserhône', [candidate(small), candidate(large)])).toBe(large);
  });

  it('puts quarters (PPLX) after every real populated place, however many live there', () => {
    const quarter = place({ name: 'Marseille', featureCode: 'PPLX', population: 900000 });
    const village = place({ name: 'Autre', featureCode: 'PPL', population: 10 });
    expect(bestPlace('Marseille', [candidate(quarter), candidate(village)])).toBe(village);
  });

  it('breaks a population tie by the higher seat, then the older id', () => {
    const seat = place({ name: 'Rémire', featureCode: 'PPLA3', population: 0 });
    const other = place({ name: 'Montjoly', featureCode: 'PPL', population: 0 });
    expect(bestPlace('Remire-Montjoly', [candidate(other), candidate(seat)])).toBe(seat);
    const first = place({ population: 5 });
    const second = place({ population: 5 });
    expect(bestPlace('X', [candidate(second), candidate(first)])).toBe(first);
  });

  it('prefers a row filed under the current code to one under a former code', () => {
    const former = place({ name: 'Ailleurs', population: 5000 });
    const current = place({ name: 'Ici', population: 100 });
    expect(bestPlace('Autre nom', [candidate(former, 'former-code'), candidate(current, 'code')])).toBe(current);
  });

  it('has nothing to offer without candidates', () => {
    expect(bestPlace('Nulle part', [])).toBeNull();
  });
});

describe('currentCodes', () => {
  it('maps former codes, delegated communes and municipal arrondissements to the current commune', () => {
    const codes = currentCodes([
      commune('01015', 'Arboys en Bugey', { anciensCodes: ['01340'] }),
      { ...commune('01015', 'Arbignieu'), type: 'commune-deleguee', chefLieu: '01015' },
      { ...commune('01340', 'Saint-Bois'), type: 'commune-deleguee', chefLieu: '01015' },
      { ...commune('69381', 'Lyon 1er Arrondissement'), type: 'arrondissement-municipal', commune: '69123' },
      commune('69123', 'Lyon'),
    ]);
    expect(Object.fromEntries(codes)).toEqual({ '01015': '01015', '01340': '01015', '69381': '69123', '69123': '69123' });
  });
});

describe('buildCommunes', () => {
  const epcis: RawEpci[] = [{ code: '200000001', membres: [{ code: '01004' }, { code: '01005' }] }];

  const raw: RawCommune[] = [
    commune('01001', 'Bourg', { codesPostaux: ['01000'], population: 40000 }),
    commune('01002', 'Péronnas', { codesPostaux: ['01000'] }),
    commune('01003', 'Viriat', { codesPostaux: ['01000', '01440'] }),
    commune('01004', 'Ambérieu', { codesPostaux: ['01500'] }),
    commune('01005', 'Douvres', { codesPostaux: ['01501'] }),
    commune('01006', 'Isolée', { codesPostaux: ['01999'] }),
    commune('01007', 'Nouvelle', { codesPostaux: ['01600'], anciensCodes: ['01998'] }),
    commune('97701', 'Saint-Barthélemy', { departement: '977', region: '977', codesPostaux: ['97133'] }),
    commune('98901', 'Île de Clipperton', { departement: '989', region: '989', codesPostaux: ['98799'], population: undefined }),
  ];
  const places = [
    place({ insee: '01001', name: 'Bourg', latitude: 46.2, longitude: 5.2 }),
    place({ insee: '01003', name: 'Viriat', latitude: 46.25, longitude: 5.22 }),
    place({ insee: '01004', name: 'Ambérieu', latitude: 45.96, longitude: 5.36 }),
    place({ insee: '01998', name: 'Ancienne', latitude: 46.1, longitude: 5.5 }),
    place({ countryCode: 'BL', adminCodes: ['00', '', '', ''], name: 'Gustavia', latitude: 17.89618, longitude: -62.84978 }),
    // A metropolitan code under Guadeloupe's country code is a mistake, not a place in Bourg.
    place({ countryCode: 'GP', insee: '01002', latitude: 16.2, longitude: -61.5 }),
  ];
  const build = buildCommunes(raw, epcis, places);
  const row = (code: string) => build.communes.find((c) => c.code === code);

  it('places a commune on its GeoNames row', () => {
    expect(row('01001')).toMatchObject({ latitude: 46.2, longitude: 5.2, coordinatesSource: 'geonames', normalizedName: 'bourg', population: 40000 });
  });

  it('uses a row filed under a former code of the commune', () => {
    expect(row('01007')).toMatchObject({ latitude: 46.1, longitude: 5.5, coordinatesSource: 'geonames' });
  });

  it('gives a single-commune territory the places of its country code (Saint-Barthélemy)', () => {
    expect(row('97701')).toMatchObject({ latitude: 17.89618, longitude: -62.84978, coordinatesSource: 'geonames' });
  });

  it('falls back on the communes sharing a postal code first', () => {
    // 01000 holds Bourg and Viriat; a row under another country code was not taken for Péronnas.
    expect(row('01002')).toMatchObject({ latitude: 46.225, longitude: 5.21, coordinatesSource: 'postal_code' });
  });

  it('then on the communes of its EPCI', () => {
    expect(row('01005')).toMatchObject({ latitude: 45.96, longitude: 5.36, coordinatesSource: 'epci', epciCode: '200000001' });
  });

  it('then on the communes of its département', () => {
    const located = [
      { latitude: 46.2, longitude: 5.2 },
      { latitude: 46.25, longitude: 5.22 },
      { latitude: 45.96, longitude: 5.36 },
      { latitude: 46.1, longitude: 5.5 },
    ];
    expect(row('01006')).toMatchObject({ ...meanCentre(located), coordinatesSource: 'departement', epciCode: null });
  });

  it('leaves out a commune nothing can place, rather than inventing a point', () => {
    expect(row('98901')).toBeUndefined();
    expect(build.unlocated).toEqual([{ code: '98901', name: 'Île de Clipperton', departementCode: '989' }]);
  });

  it('counts the communes of each source', () => {
    expect(build.countsBySource).toEqual({ geonames: 5, postal_code: 1, epci: 1, departement: 1 });
    expect(build.communes).toHaveLength(8);
  });

  it('builds estimates only from GeoNames points, never from another estimate', () => {
    // Péronnas (estimated) shares 01000 with Viriat; Viriat's own 01440 adds nobody.
    const withChain = buildCommunes([...raw, commune('01008', 'Voisine', { codesPostaux: ['01440'] })], epcis, places);
    expect(withChain.communes.find((c) => c.code === '01008')).toMatchObject({ latitude: 46.25, longitude: 5.22, coordinatesSource: 'postal_code' });
  });

  it('distrusts a GeoNames point far from its postal-code neighbours, and falls back', () => {
    const landes: RawCommune[] = ['40001', '40002', '40003'].map((code) => commune(code, `Commune ${code}`, { codesPostaux: ['40390'], region: '75' }));
    const landesPlaces = [
      place({ insee: '40001', latitude: 43.55, longitude: -1.3 }),
      place({ insee: '40002', latitude: 43.56, longitude: -1.32 }),
      // One degree of longitude off; its two neighbours, close to each other, stay trusted.
      place({ insee: '40003', latitude: 43.55, longitude: -0.23 }),
    ];
    const result = buildCommunes(landes, [], landesPlaces);
    expect(result.misplaced).toEqual([{ code: '40003', name: 'Commune 40003', nearestKm: 86 }]);
    expect(result.communes.find((c) => c.code === '40003')).toMatchObject({ latitude: 43.555, longitude: -1.31, coordinatesSource: 'postal_code' });
  });

  it('sorts and deduplicates postal codes, and keeps communes without population', () => {
    const result = buildCommunes([commune('01001', 'Bourg', { codesPostaux: ['01000', '01000', '01001'].reverse(), population: undefined })], [], places);
    expect(result.communes[0]).toMatchObject({ postalCodes: ['01000', '01001'], population: null });
  });
});
