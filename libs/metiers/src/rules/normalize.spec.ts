import { MAX_SEARCH_TOKENS, normalizeLabel, searchTokens } from './normalize';

describe('label normalisation', () => {
  it('lowers case and removes accents', () => {
    expect(normalizeLabel('Maçon / Maçonne')).toBe('macon maconne');
    expect(normalizeLabel('ÉLAGUEUR / ÉLAGUEUSE')).toBe('elagueur elagueuse');
    expect(normalizeLabel('Pâtissier-traiteur')).toBe('patissier traiteur');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeLabel("Agent / Agente d'entretien/propreté de locaux")).toBe('agent agente d entretien proprete de locaux');
    expect(normalizeLabel('  Employé / Employée de «picking»  ')).toBe('employe employee de picking');
    expect(normalizeLabel('Auxiliaire de Vie Sociale -AVS-')).toBe('auxiliaire de vie sociale avs');
    expect(normalizeLabel('Technicien(ne) d’entretien')).toBe('technicien ne d entretien');
  });

  it('spells out ligatures and keeps digits', () => {
    expect(normalizeLabel('Manœuvre gros œuvre')).toBe('manoeuvre gros oeuvre');
    expect(normalizeLabel('Chauffeur / Chauffeuse véhicules 2 roues')).toBe('chauffeur chauffeuse vehicules 2 roues');
  });

  it('gives the same form to a label and to what people type for it', () => {
    expect(normalizeLabel('macon')).toBe(normalizeLabel('Maçon').split(' ')[0]);
    expect(normalizeLabel('K2204')).toBe('k2204');
    expect(normalizeLabel('---')).toBe('');
  });
});

describe('search tokens', () => {
  it('drops stopwords and repeated words', () => {
    expect(searchTokens("Agent d'entretien des espaces verts")).toEqual(['agent', 'entretien', 'espaces', 'verts']);
    expect(searchTokens('cuisinier cuisinier H/F')).toEqual(['cuisinier']);
  });

  it('keeps stopwords when nothing else is typed', () => {
    expect(searchTokens('de la')).toEqual(['de', 'la']);
  });

  it('keeps a bounded number of words', () => {
    expect(searchTokens('un deux trois quatre cinq six sept huit neuf')).toHaveLength(MAX_SEARCH_TOKENS);
  });

  it('gives nothing for punctuation only', () => {
    expect(searchTokens(' ?! ')).toEqual([]);
  });
});
