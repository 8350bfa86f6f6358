import { isValidSiren, isValidSiret, normalizeSiret, siretWithKey } from './siret';

describe('SIRET checksum (Luhn key)', () => {
  it('accepts real SIRET numbers', () => {
    expect(isValidSiret('73282932000074')).toBe(true); // Apple France, Paris
    expect(isValidSiret('13000548100010')).toBe(true); // France Travail, head office
    expect(isValidSiret('41816609600069')).toBe(true);
  });

  it('refuses a wrong key, a wrong length or non-digits', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000745')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
    expect(isValidSiret(73282932000074)).toBe(false);
    expect(isValidSiret(undefined)).toBe(false);
  });

  it('applies La Poste’s own rule (digit sum multiple of 5)', () => {
    expect(isValidSiret('35600000049837')).toBe(true); // a post office: sum = 45
    expect(isValidSiret('35600000049838')).toBe(false);
    expect(isValidSiret('35600000000048')).toBe(true); // head office, a plain Luhn number
  });

  it('checks a SIREN on its own', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
  });

  it('keeps only the digits people type with spaces or dots', () => {
    expect(normalizeSiret('732 829 320 00074')).toBe('73282932000074');
    expect(normalizeSiret('732.829.320.00074')).toBe('73282932000074');
  });

  it('completes 13 digits with the right key', () => {
    expect(siretWithKey('7328293200007')).toBe('73282932000074');
    expect(isValidSiret(siretWithKey('9000000010001'))).toBe(true);
    expect(() => siretWithKey('123')).toThrow(RangeError);
  });
});
