import { checkPassword } from './password-policy';

describe('password policy', () => {
  const codes = (password: string, person = {}) => checkPassword(password, person).map((e) => e.code);

  it('accepts a passphrase of 12 characters or more', () => {
    expect(codes('cheval-batterie-agrafe')).toEqual([]);
    expect(codes('12 caractère')).toEqual([]); // exactly 12, with an accent
  });

  it('refuses 11 characters, and counts characters rather than bytes', () => {
    expect(codes('abcdefghij!')).toEqual(['passwordTooShort']);
    expect(codes('ééééééééééé')).toEqual(['passwordTooShort']);
  });

  it('refuses more than 128 characters', () => {
    expect(codes('abcdefgh'.repeat(16))).toEqual([]);
    expect(codes('abcdefgh'.repeat(16) + 'i')).toEqual(['passwordTooLong']);
  });

  it('refuses leaked or repetitive passwords', () => {
    expect(codes('Azertyuiop123')).toEqual(['passwordTooCommon']);
    expect(codes('aaaaaaaaaaaaaaaa')).toEqual(['passwordTooCommon']);
    expect(codes('abababababababab')).toEqual(['passwordTooCommon']);
  });

  it('refuses a password made of the person’s e-mail or name', () => {
    expect(codes('camille.martin2026', { email: 'camille.martin@example.org' })).toEqual(['passwordTooPersonal']);
    expect(codes('Dupontel-au-soleil', { lastName: 'Dupontel' })).toEqual(['passwordTooPersonal']);
    expect(codes('un-long-secret-ici', { firstName: 'Lou' })).toEqual([]); // names under 4 letters are too common to forbid
  });

  it('names the field it checked', () => {
    expect(checkPassword('court', {}, 'newPassword')[0].field).toBe('newPassword');
  });
});
