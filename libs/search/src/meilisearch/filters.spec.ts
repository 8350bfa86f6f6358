import { NEVER, OFFER_FIELDS, STRUCTURE_FIELDS, dayNumber, searchFilter, searchSort } from './filters';

const LYON = { latitude: 45.758, longitude: 4.835, radiusKm: 25 };

describe('Meilisearch filters (same conditions as the PostgreSQL engine)', () => {
  it('keeps what is within the radius and active today', () => {
    expect(searchFilter({ filters: {}, place: LYON, today: '2026-11-23' }, OFFER_FIELDS, 'offers')).toEqual([
      '_geoRadius(45.758, 4.835, 25000)',
      'activeUntil > 20261123',
    ]);
  });

  it('compares days as numbers, « never » after every day', () => {
    expect(dayNumber('2026-12-01')).toBe(20261201);
    expect(dayNumber(null)).toBe(NEVER);
    expect(dayNumber('9999-12-30')).toBeLessThan(NEVER);
  });

  it('reads each filter of an offer search', () => {
    const filter = searchFilter(
      {
        place: LYON,
        today: '2026-11-23',
        filters: {
          kinds: ['ACI', 'PHC'],
          departements: ['69', '2A'],
          contractTypes: ['FIXED_TERM_I'],
          domains: ['K'],
          romeCodes: ['K2204'],
          appellationCodes: ['11573'],
          hoursMin: 20,
          hoursMax: 35,
          resumeOptional: true,
          spontaneousOpen: true,
        },
      },
      OFFER_FIELDS,
      'offers',
    );
    expect(filter.slice(2)).toEqual([
      'kinds IN ["ACI", "PHC"]',
      'departementCode IN ["69", "2A"]',
      'contractType IN ["FIXED_TERM_I"]',
      'domain IN ["K"]',
      '(romeCode IN ["K2204"] OR appellationCode IN ["11573"])',
      'hoursPerWeek 20 TO 35',
      'isResumeMandatory = false',
      'spontaneousCandidaturesOpen = true',
    ]);
  });

  it('filters structures on the lists of their open offers, one offer fitting both hour bounds', () => {
    const filter = searchFilter(
      { place: LYON, today: '2026-11-23', filters: { contractTypes: ['TEMPORARY'], hoursMax: 20, resumeOptional: true, spontaneousOpen: true } },
      STRUCTURE_FIELDS,
      'structures',
    );
    expect(filter.slice(2)).toEqual(['contractTypes IN ["TEMPORARY"]', 'hours 0 TO 20', 'resumeOptional = true', 'spontaneousOpen = true']);
  });

  it('escapes quotes in values', () => {
    expect(searchFilter({ place: LYON, today: '2026-11-23', filters: { departements: ['6"9'] } }, OFFER_FIELDS, 'offers')[2]).toBe(
      'departementCode IN ["6\\"9"]',
    );
  });

  it('sorts by distance from the commune, by freshness, or leaves relevance to the ranking rules', () => {
    expect(searchSort('distance', LYON)).toEqual(['_geoPoint(45.758, 4.835):asc']);
    expect(searchSort('freshness', LYON)).toEqual(['updatedAt:desc']);
    expect(searchSort('relevance', LYON)).toBeUndefined();
  });
});
