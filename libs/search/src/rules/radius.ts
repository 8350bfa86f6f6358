/** The radii a person may choose around a commune (reference platform, `reference-platform.md` §4). */
export const RADII_KM = [2, 5, 10, 15, 25, 50, 100] as const;
type RadiusKm = (typeof RADII_KM)[number];

/** Job offers and structures: 25 km; prescribers, closer to home: 5 km. */
export const DEFAULT_RADIUS_KM: RadiusKm = 25;
export const DEFAULT_PRESCRIBER_RADIUS_KM: RadiusKm = 5;

/** A candidate's diagnostic states any maximum distance; past this, a commute is not a commute. */
export const MAX_SUGGESTION_DISTANCE_KM = 200;
