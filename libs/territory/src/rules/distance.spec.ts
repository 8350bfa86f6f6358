import { distanceKm } from './distance';

const PARIS = { latitude: 48.85341, longitude: 2.3488 };
const LYON = { latitude: 45.74846, longitude: 4.84671 };
const MARSEILLE = { latitude: 43.29695, longitude: 5.38107 };

describe('distanceKm', () => {
  it('is zero from a place to itself', () => {
    expect(distanceKm(PARIS, PARIS)).toBe(0);
  });

  it('measures Paris – Lyon as the crow flies (about 393 km)', () => {
    expect(distanceKm(PARIS, LYON)).toBeCloseTo(393.2, 1);
  });

  it('is symmetric', () => {
    expect(distanceKm(LYON, MARSEILLE)).toBeCloseTo(distanceKm(MARSEILLE, LYON), 9);
  });

  it('counts one degree of latitude as about 111.2 km', () => {
    expect(distanceKm({ latitude: 45, longitude: 3 }, { latitude: 46, longitude: 3 })).toBeCloseTo(111.19, 1);
  });

  it('goes the short way across the antimeridian (Wallis – Fidji side)', () => {
    expect(distanceKm({ latitude: -13.28, longitude: -176.17 }, { latitude: -13.28, longitude: 179.9 })).toBeLessThan(500);
  });

  it('stays finite between antipodes', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});
