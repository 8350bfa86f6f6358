import { domainOf, isDomainLetter, isOgrCode, isRomeCode, romeCodePrefix } from './rome-codes';

describe('ROME and OGR codes', () => {
  it('accepts a letter from A to N and four digits', () => {
    expect(isRomeCode('K2204')).toBe(true);
    expect(isRomeCode('A1101')).toBe(true);
    expect(isRomeCode('N4403')).toBe(true);
  });

  it('refuses other letters, lengths and cases', () => {
    expect(isRomeCode('O1101')).toBe(false);
    expect(isRomeCode('Z9999')).toBe(false);
    expect(isRomeCode('K220')).toBe(false);
    expect(isRomeCode('K22045')).toBe(false);
    expect(isRomeCode('k2204')).toBe(false);
    expect(isRomeCode(2204)).toBe(false);
  });

  it('takes the domain from the first letter', () => {
    expect(domainOf('F1703')).toBe('F');
    expect(() => domainOf('X1703')).toThrow();
  });

  it('knows the 14 domain letters', () => {
    expect(isDomainLetter('N')).toBe(true);
    expect(isDomainLetter('O')).toBe(false);
  });

  it('accepts OGR codes of five and six digits', () => {
    expect(isOgrCode('16250')).toBe(true);
    expect(isOgrCode('140949')).toBe(true);
    expect(isOgrCode('16250a')).toBe(false);
    expect(isOgrCode('')).toBe(false);
  });

  it('recognises a typed ROME code or its beginning', () => {
    expect(romeCodePrefix(' k2204 ')).toBe('K2204');
    expect(romeCodePrefix('K22')).toBe('K22');
    expect(romeCodePrefix('K')).toBeNull();
    expect(romeCodePrefix('macon')).toBeNull();
    expect(romeCodePrefix('K22045')).toBeNull();
  });
});
