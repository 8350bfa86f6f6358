import { describe, expect, it } from '@jest/globals';
import { atField, formatDate, formatDateTime } from './format';

describe('formatDate', () => {
  it('writes the first of a month as an ordinal, the other days as numbers', () => {
    expect(formatDate('2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('2026-12-21')).toBe('21 décembre 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('takes the day in Paris, for an instant too', () => {
    expect(formatDate('2026-11-30T23:30:00Z')).toBe('1er décembre 2026');
    expect(formatDateTime('2026-12-01T09:05:00Z')).toBe('1er décembre 2026 à 10:05');
  });
});

describe('atField', () => {
  it('says « this field » beside the field, where the API names it by its name in the API', () => {
    expect(atField('Le champ « ratioPercent » doit être inférieur ou égal à 40.')).toBe('Ce champ doit être inférieur ou égal à 40.');
    expect(atField('Le paramètre « version » doit être un nombre entier positif.')).toBe('Ce champ doit être un nombre entier positif.');
    expect(atField('Renseignez le champ « Nom ».')).toBe('Renseignez le champ « Nom ».');
  });
});
