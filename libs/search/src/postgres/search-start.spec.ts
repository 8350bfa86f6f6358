import { TextTerm } from '../rules/text-terms';
import { StemShares, offerPlaces, offerSearchStart, offersWithin, textShare } from './search-start';

const PARIS = { latitude: 48.85341, longitude: 2.3488 };
const places = offerPlaces([
  { ...PARIS, offers: 4000 },
  // Boulogne-Billancourt, 8 km from Paris' centre.
  { latitude: 48.8353, longitude: 2.2412, offers: 300 },
  // Versailles, 17 km.
  { latitude: 48.8049, longitude: 2.1204, offers: 200 },
  // Lyon, 392 km.
  { latitude: 45.758, longitude: 4.835, offers: 2500 },
  // Lille, 204 km: within the band of a 200 km circle, outside the circle.
  { latitude: 50.6292, longitude: 3.0573, offers: 900 },
  // Due north of Paris, 199 km: at the band's very edge.
  { latitude: 50.6432, longitude: 2.3488, offers: 70 },
]);

const term = (lexemes: string[], prefix = false, corrections: TextTerm['corrections'] = []): TextTerm => ({ word: lexemes[0], lexemes, corrections, prefix });
const stems: StemShares = {
  shares: new Map([
    ['agent', 0.125],
    ['entretien', 0.09],
    ['entretien/propret', 0.01],
    ['cuisini', 0.015],
    ['tri', 0.04],
  ]),
  unlisted: 0.0005,
};

describe('where an offer search starts reading', () => {
  it('counts the offers of a circle around a place, and only those', () => {
    expect(offersWithin(places, { ...PARIS, radiusKm: 2 })).toBe(4000);
    expect(offersWithin(places, { ...PARIS, radiusKm: 10 })).toBe(4300);
    expect(offersWithin(places, { ...PARIS, radiusKm: 25 })).toBe(4500);
    expect(offersWithin(places, { ...PARIS, radiusKm: 198 })).toBe(4500);
    expect(offersWithin(places, { ...PARIS, radiusKm: 200 })).toBe(4570);
    expect(offersWithin(places, { ...PARIS, radiusKm: 210 })).toBe(5470);
    expect(offersWithin(places, { latitude: 45.758, longitude: 4.835, radiusKm: 50 })).toBe(2500);
    expect(offersWithin(places, { latitude: 43.6, longitude: 1.44, radiusKm: 50 })).toBe(0);
    expect(offersWithin(offerPlaces([]), { ...PARIS, radiusKm: 50 })).toBe(0);
  });

  it('reckons the share of offers holding any term, a prefix taking every stem it starts and the unlisted ones', () => {
    expect(textShare(stems, [term(['agent'])])).toBeCloseTo(0.125);
    expect(textShare(stems, [term(['entretien'], true)])).toBeCloseTo(0.1005);
    expect(textShare(stems, [term(['entretien'])])).toBeCloseTo(0.09);
    // Either word: one minus the share holding neither.
    expect(textShare(stems, [term(['agent']), term(['entretien'], true)])).toBeCloseTo(1 - 0.875 * 0.8995);
    // A word of two stems needs both: the rarer bounds it.
    expect(textShare(stems, [term(['agent', 'tri'])])).toBeCloseTo(0.04);
    // A typo adds what it probably meant; a stem the statistics never listed is rare.
    expect(textShare(stems, [term(['cuisinni'], false, [{ word: 'cuisinier', lexemes: ['cuisini'] }])])).toBeCloseTo(1 - 0.9995 * 0.985);
    expect(textShare(stems, [term(['zythologu'], true)])).toBeCloseTo(0.0005);
    expect(textShare(stems, [])).toBe(0);
  });

  it('starts from the place when its circle is the cheaper read, an offer of the circle costing four of the text', () => {
    const offers = 95_000;
    // « agent de tri » around Clermont-Ferrand, « agent entretien » within 5 km of Paris.
    expect(offerSearchStart({ inCircle: 615, withText: 19_000, offers })).toBe('place');
    expect(offerSearchStart({ inCircle: 2_900, withText: 20_000, offers })).toBe('place');
    expect(offerSearchStart({ inCircle: 1_000, withText: 4_000, offers })).toBe('place');
    expect(offerSearchStart({ inCircle: 1_001, withText: 4_000, offers })).toBe('both');
  });

  it('reads the text index alone when the words are rare and the circle wide; else crosses both', () => {
    const offers = 95_000;
    // « cuisinier » within 25 km of Paris.
    expect(offerSearchStart({ inCircle: 13_000, withText: 2_800, offers })).toBe('text');
    expect(offerSearchStart({ inCircle: 5_600, withText: 2_800, offers })).toBe('text');
    expect(offerSearchStart({ inCircle: 5_599, withText: 2_800, offers })).toBe('both');
    // Common words over a wide circle: the planner would read the whole table.
    expect(offerSearchStart({ inCircle: 40_000, withText: 4_751, offers })).toBe('both');
    expect(offerSearchStart({ inCircle: 40_000, withText: 4_750, offers })).toBe('text');
  });
});
