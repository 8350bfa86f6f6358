/** Collects the parameters of a statement built piece by piece; every value goes through a placeholder. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/**
 * earthdistance works on a sphere of 6,378,168 m, `distanceKm` (territory) on 6,371.0088 km:
 * radii and distances are converted so both engines and the API agree on every kilometre.
 */
const EARTH_TO_TERRITORY = 6371008.8 / 6378168;

export function earthMetres(km: number): number {
  return (km * 1000) / EARTH_TO_TERRITORY;
}

/**
 * earthdistance's `ll_to_earth`, `earth_box` and `gc_to_sec` are SQL functions, which the planner parses and inlines
 * anew in every statement (a third of an offer search's planning). Written out with the C functions they call, in
 * the same order, they give the same bits for a fraction of it.
 */
const EARTH = `'6378168'::float8`;

/** `ll_to_earth(latitude, longitude)`, as a cube (what the operators take). */
export function earthPoint(latitude: string, longitude: string): string {
  return `cube(cube(cube(${EARTH}*cos(radians(${latitude}))*cos(radians(${longitude}))), ${EARTH}*cos(radians(${latitude}))*sin(radians(${longitude}))), ${EARTH}*sin(radians(${latitude})))`;
}

/** `gc_to_sec(metres)`: the straight-line distance of a great-circle one, for 0 ≤ metres ≤ half the earth's round. */
export function earthChord(metres: string): string {
  return `2*${EARTH}*sin(${metres}/(2*${EARTH}))`;
}

/** `earth_box(point, metres)`, given the chord of the metres. */
export function earthBox(point: string, chord: string): string {
  return `cube_enlarge(${point}, ${chord}, 3)`;
}
