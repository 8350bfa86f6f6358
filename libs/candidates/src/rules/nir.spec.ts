import { checkNir, maskNir, nirKey, normalizeNir } from './nir';

describe('NIR (numéro de sécurité sociale)', () => {
  it('accepts a valid NIR consistent with the person', () => {
    expect(checkNir('185057800608491', { title: 'M', birthDate: '1985-05-12' })).toBeNull();
    expect(checkNir('292016912345669', { title: 'MME', birthDate: '1992-01-30' })).toBeNull();
  });

  it('computes the key, Corsica counting as 19 and 18', () => {
    expect(nirKey('1850578006084')).toBe(91);
    expect(checkNir('276052A01234582', { title: 'MME', birthDate: '1976-05-02' })).toBeNull();
    expect(checkNir('183072B05001211', {})).toBeNull();
  });

  it('refuses a wrong key', () => expect(checkNir('185057800608492', {})).toBe('key'));

  it('refuses a wrong format', () => {
    expect(checkNir('18505780060849', {})).toBe('format'); // 14 characters
    expect(checkNir('585057800608491', {})).toBe('format'); // no sex 5
    expect(checkNir('185137800608491', {})).toBe('format'); // month 13
    expect(checkNir('1850578006084AB', {})).toBe('format');
  });

  it('checks the sex digit against the title', () => {
    expect(checkNir('185057800608491', { title: 'MME' })).toBe('title');
    expect(checkNir('292016912345669', { title: 'M' })).toBe('title');
  });

  it('checks year and month of birth, but not an unknown month', () => {
    expect(checkNir('185057800608491', { birthDate: '1986-05-12' })).toBe('birthYear');
    expect(checkNir('185057800608491', { birthDate: '1985-06-12' })).toBe('birthMonth');
    expect(checkNir('299129910012318', { title: 'MME', birthDate: '1999-03-01' })).toBe('birthMonth');
    const unknownMonth = `18530780060${'84'}`;
    expect(checkNir(unknownMonth + String(nirKey(unknownMonth)).padStart(2, '0'), { birthDate: '1985-11-03' })).toBeNull();
  });

  it('normalises what people type and masks what others see', () => {
    expect(normalizeNir('1 85 05 78 006 084 91')).toBe('185057800608491');
    expect(normalizeNir('2 76 05 2a 012 345 82')).toBe('276052A01234582');
    expect(maskNir('185057800608491')).toBe('1 85 ** ** *** *** 91');
  });
});
