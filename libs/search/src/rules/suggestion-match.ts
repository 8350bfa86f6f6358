/** What a candidate's diagnostic says about the job they look for (the candidates context holds it). */
export interface SuggestionProfile {
  maxDistanceKm: number;
  /** The métiers aimed at (appellations, OGR codes). */
  appellationCodes: string[];
  /** The ROME métiers those appellations belong to, and any aimed at directly: same métier, other title. */
  romeCodes: string[];
  hoursPerWeek?: { min?: number; max?: number };
}

export interface SuggestionCandidate {
  appellationCode: string;
  appellationLabel: string;
  romeCode: string;
  romeLabel: string;
  distanceKm: number;
  hoursPerWeek: number | null;
}

export type SuggestionCriterion = 'metier' | 'distance' | 'hours';

export interface CriterionOutcome {
  criterion: SuggestionCriterion;
  /** Null when the offer does not say (hours not stated). */
  met: boolean | null;
  detail: string;
}

export interface SuggestionMatch {
  /** 0 to 100: the métier counts most, then the hours, then how close. */
  score: number;
  criteria: CriterionOutcome[];
}

const POINTS = { appellation: 60, rome: 30, hoursMet: 20, hoursUnknown: 10, proximity: 20 } as const;

// Made once: toLocaleString builds a formatter at every call, two per suggested offer.
const KILOMETRES = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const km = (value: number) => `${KILOMETRES.format(value)} km`;

function hoursWanted(range: { min?: number; max?: number }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min} à ${range.max} h`;
  return range.min !== undefined ? `au moins ${range.min} h` : `au plus ${range.max} h`;
}

/**
 * Why an offer suits a candidate, criterion by criterion, or null when it does not: another
 * métier, or farther than they can go. Hours are a preference, not a bar: an offer outside them
 * still comes, lower and said so.
 */
export function matchSuggestion(profile: SuggestionProfile, offer: SuggestionCandidate): SuggestionMatch | null {
  const sameAppellation = profile.appellationCodes.includes(offer.appellationCode);
  const sameRome = profile.romeCodes.includes(offer.romeCode);
  if (!sameAppellation && !sameRome) return null;
  if (offer.distanceKm > profile.maxDistanceKm) return null;

  const criteria: CriterionOutcome[] = [
    {
      criterion: 'metier',
      met: true,
      detail: sameAppellation
        ? `Métier recherché : ${offer.appellationLabel}`
        : `Même métier (${offer.romeCode} ${offer.romeLabel}) : ${offer.appellationLabel}`,
    },
    { criterion: 'distance', met: true, detail: `À ${km(offer.distanceKm)} (au plus ${km(profile.maxDistanceKm)})` },
  ];
  let score = sameAppellation ? POINTS.appellation : POINTS.rome;

  const range = profile.hoursPerWeek;
  if (range && (range.min !== undefined || range.max !== undefined)) {
    if (offer.hoursPerWeek === null) {
      criteria.push({ criterion: 'hours', met: null, detail: `Durée non précisée (souhaitée : ${hoursWanted(range)})` });
      score += POINTS.hoursUnknown;
    } else {
      const met = (range.min === undefined || offer.hoursPerWeek >= range.min) && (range.max === undefined || offer.hoursPerWeek <= range.max);
      criteria.push({ criterion: 'hours', met, detail: `${offer.hoursPerWeek} h par semaine (souhaitées : ${hoursWanted(range)})` });
      if (met) score += POINTS.hoursMet;
    }
  } else {
    score += POINTS.hoursMet;
  }

  const closeness = profile.maxDistanceKm > 0 ? 1 - offer.distanceKm / profile.maxDistanceKm : 1;
  score += Math.round(POINTS.proximity * closeness * 10) / 10;
  return { score: Math.round(score * 10) / 10, criteria };
}
