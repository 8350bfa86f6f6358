import { SYNONYM_GROUPS, synonymSetting, synonymsOf } from './synonyms';

describe('synonyms (words used for one another)', () => {
  it('reads « chauffeur livreur » as « conducteur livreur » too', () => {
    expect(synonymsOf('chauffeur')).toEqual(['conducteur']);
    expect(synonymsOf('conducteur')).toEqual(['chauffeur']);
  });

  it('has none for other words', () => {
    expect(synonymsOf('macon')).toEqual([]);
  });

  it('holds every pair both ways, each word in one group only', () => {
    const setting = synonymSetting();
    for (const [word, others] of Object.entries(setting)) for (const other of others) expect(setting[other]).toContain(word);
    const words = SYNONYM_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
  });
});
