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
