import { normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Évry-Courcouronnes', 'evry courcouronnes'],
    ['Cœuvres-et-Valsery', 'coeuvres et valsery'],
    ['Bors (Canton de Tude-et-Lavalette)', 'bors canton de tude et lavalette'],
    ['Lüe', 'lue'],
    ['ÎLE-D’YEU', 'ile d yeu'],
    ['  Saint   Denis  ', 'saint denis'],
    ['69001', '69001'],
    ['Wałęsa Łukasz', 'walesa lukasz'],
    ['Đorđević', 'dordevic'],
    ["Amélie D'Artagnan-Øster", 'amelie d artagnan oster'],
    ['Ɓello Ɗiallo', 'bello diallo'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it('leaves nothing of a name made only of punctuation', () => {
    expect(normalizeName(" -'- ")).toBe('');
  });
});
