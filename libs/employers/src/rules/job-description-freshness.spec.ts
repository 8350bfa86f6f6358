import { jobDescriptionFreshness } from './job-description-freshness';

describe('job description freshness (deactivated after 90 days, warned at 60)', () => {
  it('is fresh until the 59th day', () => expect(jobDescriptionFreshness('2026-01-01', '2026-03-01')).toBe('fresh')); // 59 days
  it('warns from the 60th day', () => expect(jobDescriptionFreshness('2026-01-01', '2026-03-02')).toBe('warn'));
  it('still warns on the 89th day', () => expect(jobDescriptionFreshness('2026-01-01', '2026-03-31')).toBe('warn'));
  it('deactivates on the 90th day', () => expect(jobDescriptionFreshness('2026-01-01', '2026-04-01')).toBe('deactivate'));
});
