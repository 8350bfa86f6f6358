import { describe, expect, it } from '@jest/globals';
import { atField, formatDate, formatDateTime, ofName, toName } from './format';

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

describe('ofName', () => {
  it('elides and contracts « de » before a name', () => {
    expect(ofName('Amélie Revue')).toBe('d’Amélie Revue');
    expect(ofName('Élodie Marchand')).toBe('d’Élodie Marchand');
    expect(ofName('Les Jardins du Rhône')).toBe('des Jardins du Rhône');
    expect(ofName('Le Relais Solidaire')).toBe('du Relais Solidaire');
    expect(ofName('Lucas Petit')).toBe('de Lucas Petit');
    expect(ofName('La Ressourcerie')).toBe('de La Ressourcerie');
    expect(ofName('Hélène Martin')).toBe('d’Hélène Martin');
    expect(ofName('Yann Le Goff')).toBe('de Yann Le Goff');
  });
});

describe('toName', () => {
  it('contracts « à » before a name', () => {
    expect(toName('Les Jardins du Rhône')).toBe('aux Jardins du Rhône');
    expect(toName('Le Relais Solidaire')).toBe('au Relais Solidaire');
    expect(toName('Tremplin Services')).toBe('à Tremplin Services');
  });
});
