import { matchAccount, readProConnectClaims } from './proconnect-claims';

describe('ProConnect claims', () => {
  const claims = {
    sub: 'abc',
    email: ' Camille.Martin@FranceTravail.fr ',
    given_name: 'Camille',
    usual_name: 'Martin',
    siret: '13000548100010',
    acr: 'eidas1',
    amr: ['pwd', 42],
    idp_id: 'fia1v2',
  };

  it('reads the person, the address in lower case, the family name from usual_name, acr and amr', () => {
    expect(readProConnectClaims(claims)).toEqual({
      person: {
        sub: 'abc',
        email: 'camille.martin@francetravail.fr',
        firstName: 'Camille',
        lastName: 'Martin',
        siret: '13000548100010',
        acr: 'eidas1',
        amr: ['pwd'],
        idpId: 'fia1v2',
      },
    });
    expect(readProConnectClaims({ ...claims, siret: undefined, usual_name: undefined, family_name: 'Martin' })).toMatchObject({
      person: { siret: null, lastName: 'Martin' },
    });
  });

  it('refuses a missing subject or address, and a SIRET that is not 14 digits, naming each claim', () => {
    const result = readProConnectClaims({ ...claims, sub: '', email: 'pas-une-adresse', siret: '1234' });
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual(['sub', 'email', 'siret']);
  });
});

describe('which account a ProConnect sign-in opens', () => {
  const owner = { userId: 'u1', kind: 'professional', confirmed: true, disabled: false, linkedToAnotherSub: false };

  it('finds the account bound to the sub first, whatever the address', () => {
    expect(matchAccount({ bySub: { userId: 'u0', disabled: false }, byEmail: owner })).toEqual({ decision: 'found', userId: 'u0' });
    expect(matchAccount({ bySub: { userId: 'u0', disabled: true }, byEmail: null })).toEqual({ decision: 'refuse', reason: 'disabled' });
  });

  it('links once to the professional account of the same confirmed address, creates one otherwise', () => {
    expect(matchAccount({ bySub: null, byEmail: owner })).toEqual({ decision: 'link', userId: 'u1' });
    expect(matchAccount({ bySub: null, byEmail: null })).toEqual({ decision: 'create' });
  });

  it('never takes over an unconfirmed, candidate, disabled or already linked account', () => {
    expect(matchAccount({ bySub: null, byEmail: { ...owner, confirmed: false } })).toEqual({ decision: 'refuse', reason: 'email-not-confirmed' });
    expect(matchAccount({ bySub: null, byEmail: { ...owner, kind: 'candidate' } })).toEqual({ decision: 'refuse', reason: 'candidate-account' });
    expect(matchAccount({ bySub: null, byEmail: { ...owner, disabled: true } })).toEqual({ decision: 'refuse', reason: 'disabled' });
    expect(matchAccount({ bySub: null, byEmail: { ...owner, linkedToAnotherSub: true } })).toEqual({ decision: 'refuse', reason: 'linked-elsewhere' });
  });
});
