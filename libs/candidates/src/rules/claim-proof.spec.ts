import { normalizeName } from '@iae/territory';
import { claimVerdict } from './claim-proof';

const NIR = '294077512345678';
const person = (overrides: Partial<Parameters<typeof claimVerdict>[0]> = {}) => ({
  nir: null,
  searchName: 'garnier ines',
  birthDate: '1994-07-19',
  email: 'ines.garnier@exemple.fr',
  ...overrides,
});
const verdict = (p: ReturnType<typeof person>, proof: Parameters<typeof claimVerdict>[1]) => claimVerdict(p, proof, normalizeName);

describe('proving one knows a person (guide: NIR and e-mail identify an existing candidate)', () => {
  it('takes the exact NIR, spaces forgiven, and nothing close to it', () => {
    expect(verdict(person({ nir: NIR }), { nir: '2 94 07 75 123 456 78' })).toEqual({ proven: true, by: 'nir' });
    expect(verdict(person({ nir: NIR }), { nir: '294077512345679' })).toEqual({ proven: false });
    expect(verdict(person(), { nir: NIR })).toEqual({ proven: false });
  });

  it('takes names, full birth date and the e-mail on file together', () => {
    const proof = { firstName: 'INÈS', lastName: 'Garnier', birthDate: '1994-07-19', email: 'Ines.Garnier@exemple.fr ' };
    expect(verdict(person(), proof)).toEqual({ proven: true, by: 'identityAndEmail' });
    expect(verdict(person({ nir: NIR }), proof)).toEqual({ proven: true, by: 'identityAndEmail' });
    expect(verdict(person(), { ...proof, email: undefined })).toEqual({ proven: false });
    expect(verdict(person(), { ...proof, birthDate: '1994-07-20' })).toEqual({ proven: false });
    expect(verdict(person(), { ...proof, firstName: 'Inès-Marie' })).toEqual({ proven: false });
  });

  it('never takes a birth date alone', () => {
    expect(verdict(person({ email: null }), { birthDate: '1994-07-19' })).toEqual({ proven: false });
    expect(verdict(person(), { birthDate: '1994-07-19', email: 'ines.garnier@exemple.fr' })).toEqual({ proven: false });
  });

  it('takes names and full birth date only for a file with neither NIR nor e-mail', () => {
    const proof = { firstName: 'Ines', lastName: 'GARNIER', birthDate: '1994-07-19' };
    expect(verdict(person({ email: null }), proof)).toEqual({ proven: true, by: 'identity' });
    expect(verdict(person({ email: null, nir: NIR }), proof)).toEqual({ proven: false });
  });
});
