import { domainOf, isDomainLetter, isOgrCode, isRomeCode } from '../rules/rome-codes';
import { STARTER_DOMAINS, STARTER_ROMES } from './starter-set';

describe('starter set of métiers', () => {
  const appellations = STARTER_ROMES.flatMap((rome) => rome.appellations.map(([code, label]) => ({ code, label, romeCode: rome.code })));

  it('has the 14 domains, A to N, once each', () => {
    expect(STARTER_DOMAINS.map((d) => d.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N']);
    expect(STARTER_DOMAINS.every((d) => isDomainLetter(d.letter) && d.label.length > 0)).toBe(true);
  });

  it('holds about 40–60 ROME codes and 150–300 appellations', () => {
    expect(STARTER_ROMES.length).toBeGreaterThanOrEqual(40);
    expect(STARTER_ROMES.length).toBeLessThanOrEqual(60);
    expect(appellations.length).toBeGreaterThanOrEqual(150);
    expect(appellations.length).toBeLessThanOrEqual(300);
  });

  it('uses well-formed, unique codes', () => {
    expect(STARTER_ROMES.every((rome) => isRomeCode(rome.code) && isDomainLetter(domainOf(rome.code)))).toBe(true);
    expect(new Set(STARTER_ROMES.map((rome) => rome.code)).size).toBe(STARTER_ROMES.length);
    expect(appellations.every((a) => isOgrCode(a.code))).toBe(true);
    expect(new Set(appellations.map((a) => a.code)).size).toBe(appellations.length);
  });

  it('has labels without stray spaces, and at least one appellation per métier', () => {
    const clean = (label: string) => label.length > 0 && label === label.trim() && !label.includes('  ');
    expect(STARTER_ROMES.every((rome) => clean(rome.label) && rome.appellations.length > 0)).toBe(true);
    expect(appellations.every((a) => clean(a.label))).toBe(true);
  });

  it('covers the trades most SIAE hire for', () => {
    const codes = STARTER_ROMES.map((rome) => rome.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'K2204',
        'A1203',
        'A1414',
        'N1103',
        'N1105',
        'F1701',
        'F1703',
        'F1602',
        'F1606',
        'G1602',
        'G1603',
        'G1605',
        'K2303',
        'K2304',
        'K1302',
        'K1304',
        'B1803',
        'D1106',
        'D1507',
        'N4105',
        'I1203',
      ]),
    );
  });
});
