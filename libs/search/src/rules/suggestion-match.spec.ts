import { SuggestionCandidate, SuggestionProfile, matchSuggestion } from './suggestion-match';

const COOK = { appellationCode: '11573', romeCode: 'G1602' };
const profile: SuggestionProfile = {
  maxDistanceKm: 20,
  appellationCodes: [COOK.appellationCode],
  romeCodes: [COOK.romeCode],
  hoursPerWeek: { min: 20, max: 26 },
};
const offer = (overrides: Partial<SuggestionCandidate> = {}): SuggestionCandidate => ({
  appellationCode: COOK.appellationCode,
  appellationLabel: 'Cuisinier / Cuisinière',
  romeCode: COOK.romeCode,
  romeLabel: 'Personnel de cuisine',
  distanceKm: 5,
  hoursPerWeek: 24,
  ...overrides,
});

describe('matchSuggestion (offers for a candidate’s diagnostic, explained)', () => {
  it('explains an offer of the métier aimed at, near enough, within the hours wanted', () => {
    expect(matchSuggestion(profile, offer())).toEqual({
      score: 95,
      criteria: [
        { criterion: 'metier', met: true, detail: 'Métier recherché : Cuisinier / Cuisinière' },
        { criterion: 'distance', met: true, detail: 'À 5 km (au plus 20 km)' },
        { criterion: 'hours', met: true, detail: '24 h par semaine (souhaitées : 20 à 26 h)' },
      ],
    });
  });

  it('ranks another title of the same ROME métier below the title aimed at', () => {
    const sameRome = matchSuggestion(profile, offer({ appellationCode: '11564', appellationLabel: 'Commis de cuisine' }));
    expect(sameRome?.criteria[0]).toEqual({ criterion: 'metier', met: true, detail: 'Même métier (G1602 Personnel de cuisine) : Commis de cuisine' });
    expect(sameRome!.score).toBeLessThan(matchSuggestion(profile, offer())!.score);
  });

  it('leaves out another métier, and an offer beyond the maximum distance', () => {
    expect(matchSuggestion(profile, offer({ appellationCode: '1', romeCode: 'K2204' }))).toBeNull();
    expect(matchSuggestion(profile, offer({ distanceKm: 20.1 }))).toBeNull();
    expect(matchSuggestion(profile, offer({ distanceKm: 20 }))).not.toBeNull();
  });

  it('still suggests an offer outside the hours wanted, lower, and says why', () => {
    const fullTime = matchSuggestion(profile, offer({ hoursPerWeek: 35 }));
    expect(fullTime?.criteria[2]).toEqual({ criterion: 'hours', met: false, detail: '35 h par semaine (souhaitées : 20 à 26 h)' });
    expect(fullTime!.score).toBeLessThan(matchSuggestion(profile, offer())!.score);
  });

  it('says when the offer does not state its hours', () => {
    expect(matchSuggestion(profile, offer({ hoursPerWeek: null }))?.criteria[2]).toEqual({
      criterion: 'hours',
      met: null,
      detail: 'Durée non précisée (souhaitée : 20 à 26 h)',
    });
  });

  it('reads a one-sided hours constraint', () => {
    const atMost = matchSuggestion({ ...profile, hoursPerWeek: { max: 20 } }, offer({ hoursPerWeek: 24 }));
    expect(atMost?.criteria[2]).toMatchObject({ met: false, detail: '24 h par semaine (souhaitées : au plus 20 h)' });
  });

  it('prefers the nearer of two equal offers, and lists no hours criterion without a constraint', () => {
    const open = { ...profile, hoursPerWeek: undefined };
    const near = matchSuggestion(open, offer({ distanceKm: 2 }))!;
    const far = matchSuggestion(open, offer({ distanceKm: 15 }))!;
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.criteria.map((c) => c.criterion)).toEqual(['metier', 'distance']);
  });
});

describe('matchSuggestion puts the métier first', () => {
  it('ranks the title aimed at outside the hours above another title of the métier within them', () => {
    const aimed = matchSuggestion(profile, offer({ hoursPerWeek: 35 }))!;
    const sameRome = matchSuggestion(profile, offer({ appellationCode: '11564', appellationLabel: 'Commis de cuisine', hoursPerWeek: 24 }))!;
    expect(aimed.score).toBeGreaterThan(sameRome.score);
  });
});
