import { isInseeCode, parseCommuneQuery } from './commune-query';

describe('parseCommuneQuery', () => {
  it('reads five digits as a postal code, and as an INSEE code too', () => {
    expect(parseCommuneQuery('69001')).toEqual({ kind: 'postalCode', postalCode: '69001', inseeCode: '69001' });
    expect(parseCommuneQuery(' 69 001 ')).toEqual({ kind: 'postalCode', postalCode: '69001', inseeCode: '69001' });
  });

  it('reads 2 to 4 digits as the start of a postal code', () => {
    expect(parseCommuneQuery('69')).toEqual({ kind: 'postalCode', postalCode: '69', inseeCode: null });
    expect(parseCommuneQuery('6900')).toEqual({ kind: 'postalCode', postalCode: '6900', inseeCode: null });
  });

  it('waits for a second digit, and refuses more than five', () => {
    expect(parseCommuneQuery('6')).toEqual({ kind: 'nothing' });
    expect(parseCommuneQuery('690011')).toEqual({ kind: 'nothing' });
  });

  it('reads a Corsican INSEE code', () => {
    expect(parseCommuneQuery('2a004')).toEqual({ kind: 'inseeCode', inseeCode: '2A004' });
  });

  it('normalises a name like the stored one', () => {
    expect(parseCommuneQuery("L'Haÿ-les-Roses")).toEqual({ kind: 'name', text: 'l hay les roses', fuzzy: true });
    expect(parseCommuneQuery('Évry')).toEqual({ kind: 'name', text: 'evry', fuzzy: true });
  });

  it('spells out St and Ste, but not a lone "st" that may start Stenay', () => {
    expect(parseCommuneQuery('St-Étienne')).toEqual({ kind: 'name', text: 'saint etienne', fuzzy: true });
    expect(parseCommuneQuery('ste marie aux mines')).toMatchObject({ text: 'sainte marie aux mines' });
    expect(parseCommuneQuery('villeneuve st')).toMatchObject({ text: 'villeneuve saint' });
    expect(parseCommuneQuery('st')).toEqual({ kind: 'name', text: 'st', fuzzy: false });
  });

  it('leaves trigram matching out below three characters', () => {
    expect(parseCommuneQuery('ly')).toEqual({ kind: 'name', text: 'ly', fuzzy: false });
  });

  it('finds nothing in punctuation alone', () => {
    expect(parseCommuneQuery(" '-' ")).toEqual({ kind: 'nothing' });
  });
});

describe('isInseeCode', () => {
  it.each(['69123', '2A004', '2B033', '97411'])('accepts %s', (code) => expect(isInseeCode(code)).toBe(true));
  it.each(['6912', '691234', '2C004', '2a004', 'ABCDE', ''])('refuses %s', (code) => expect(isInseeCode(code)).toBe(false));
});
