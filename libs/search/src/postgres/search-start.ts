import { distanceKm } from '@iae/territory';
import { SearchPlace } from '../search-engine';
import { TextTerm } from '../rules/text-terms';

/**
 * Offers counted per place (offers stand at their commune's centre), sorted by latitude so a
 * circle only looks at its band.
 */
export interface OfferPlaces {
  latitudes: Float64Array;
  longitudes: Float64Array;
  counts: Int32Array;
}

/** How common each stem is among the offers, as PostgreSQL's statistics saw them (share of offers, 0–1). */
export interface StemShares {
  shares: Map<string, number>;
  /** Stems the statistics do not list are rarer than the rarest they list: half of it, as the planner reckons (it also caps it). */
  unlisted: number;
}

const KM_PER_DEGREE_OF_LATITUDE = 111.2;

export function offerPlaces(rows: Array<{ latitude: number; longitude: number; offers: number }>): OfferPlaces {
  const sorted = [...rows].sort((a, b) => a.latitude - b.latitude);
  return {
    latitudes: Float64Array.from(sorted, (r) => r.latitude),
    longitudes: Float64Array.from(sorted, (r) => r.longitude),
    counts: Int32Array.from(sorted, (r) => r.offers),
  };
}

/** The offers standing within the circle (expired ones included: it is an estimate). */
export function offersWithin(places: OfferPlaces, place: SearchPlace): number {
  const band = place.radiusKm / KM_PER_DEGREE_OF_LATITUDE + 0.01;
  let index = firstAtLeast(places.latitudes, place.latitude - band);
  let offers = 0;
  for (; index < places.latitudes.length && places.latitudes[index] <= place.latitude + band; index++) {
    if (distanceKm(place, { latitude: places.latitudes[index], longitude: places.longitudes[index] }) <= place.radiusKm) offers += places.counts[index];
  }
  return offers;
}

function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The share of all offers the text index hands over for these terms (any term, any of its forms):
 * a form's stems must all be there (the rarest bounds it), a prefix takes every listed stem it starts.
 */
export function textShare(stems: StemShares, terms: TextTerm[]): number {
  const forms = terms.flatMap((term) => [
    ...(term.lexemes.length ? [{ lexemes: term.lexemes, prefix: term.prefix }] : []),
    ...[...term.corrections, ...(term.synonyms ?? [])].filter((c) => c.lexemes.length).map((c) => ({ lexemes: c.lexemes, prefix: false })),
  ]);
  const missed = forms.reduce((none, form) => none * (1 - Math.min(...form.lexemes.map((lexeme) => stemShare(stems, lexeme, form.prefix)))), 1);
  return 1 - missed;
}

function stemShare(stems: StemShares, lexeme: string, prefix: boolean): number {
  if (!prefix) return stems.shares.get(lexeme) ?? stems.unlisted;
  // The listed stems it starts, and the unlisted tail.
  let share = stems.unlisted;
  for (const [listed, value] of stems.shares) if (listed.startsWith(lexeme)) share += value;
  return Math.min(1, share);
}

/** Where an offer search reads first: the place's index, the text index, or both crossed (the planner's own choice). */
export type OfferSearchStart = 'place' | 'text' | 'both';

/**
 * An offer read from the place's index costs about four of the text index: the row is fetched to
 * check its text (measured on the national data set: « boulanger » around Vesoul reads 737 offers
 * of its circle in the time the text index hands over 3,000).
 */
const PLACE_READ_COST = 4;
/** Past this share of all offers, the planner would rather read the whole table than the text index alone. */
const TEXT_ALONE_MAX_SHARE = 0.05;

/**
 * Where a text search near a place starts reading. From the text index, it reads every offer of
 * the country that has one of the words (an « agent » or an « entretien »: a fifth of them); from
 * the place's index, every offer of the circle, each checked against the text. When the words are
 * rare and the circle wide (« cuisinier » within 25 km of Paris: 2,800 offers against 13,000),
 * crossing both indexes costs more than checking the distance of each offer the text found.
 */
export function offerSearchStart(counts: { inCircle: number; withText: number; offers: number }): OfferSearchStart {
  if (counts.inCircle * PLACE_READ_COST <= counts.withText) return 'place';
  if (counts.withText * 2 <= counts.inCircle && counts.withText <= counts.offers * TEXT_ALONE_MAX_SHARE) return 'text';
  return 'both';
}
