import { INDEX_SETTINGS, indexUid } from './index-settings';

describe('Meilisearch index settings, as code', () => {
  // A change here changes relevance in production: review the snapshot's diff as such.
  it('matches the reviewed settings', () => {
    expect(INDEX_SETTINGS).toMatchSnapshot();
  });

  it('lets every index filter on places and sort by distance', () => {
    for (const settings of Object.values(INDEX_SETTINGS)) {
      expect(settings.filterableAttributes).toContain('_geo');
      expect(settings.sortableAttributes).toContain('_geo');
      expect(settings.rankingRules?.[0]).toBe('sort');
      expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['fra'] }]);
    }
  });

  it('names indexes under the configured prefix', () => {
    expect(indexUid('iae', 'offers')).toBe('iae_job_offers');
  });
});
