import { ofName, toName } from './french-names';

describe('French before a name in an e-mail', () => {
  it('elides and contracts « de »', () => {
    expect(ofName('Amélie Revue')).toBe('d’Amélie Revue');
    expect(ofName('Hélène Martin')).toBe('d’Hélène Martin');
    expect(ofName('Les Jardins du Rhône')).toBe('des Jardins du Rhône');
    expect(ofName('Le Relais Solidaire')).toBe('du Relais Solidaire');
    expect(ofName('Yann Le Goff')).toBe('de Yann Le Goff');
    expect(ofName('La Ressourcerie')).toBe('de La Ressourcerie');
  });

  it('contracts « à »', () => {
    expect(toName('Les Jardins du Rhône')).toBe('aux Jardins du Rhône');
    expect(toName('Le Relais Solidaire')).toBe('au Relais Solidaire');
    expect(toName('Tremplin Services')).toBe('à Tremplin Services');
  });
});
