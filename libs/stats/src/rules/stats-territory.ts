import { FieldError } from '@iae/core';
import { findDepartement, findRegion } from '@iae/territory';

/** Where the figures are counted: everywhere, one région, or one département. */
export type StatsTerritory =
  { level: 'national' } | { level: 'region'; code: string; name: string } | { level: 'departement'; code: string; name: string; regionCode: string };

/** Who reads, as far as the figures care: staff, or the organisation a professional acts for. */
export interface StatsReader {
  isStaff: boolean;
  organization: { kind: string; departmentCode: string | null; regionCode: string | null } | null;
}

/**
 * The territory asked for; without one, the reader's own (a DDETS its département, a DREETS its
 * région), else the whole country.
 */
export function resolveTerritory(query: { departement?: string; region?: string }, reader?: StatsReader): StatsTerritory | FieldError {
  if (query.departement && query.region) {
    return { field: 'region', code: 'oneTerritory', message: 'Choisissez un département ou une région, pas les deux.' };
  }
  if (query.departement) {
    const d = findDepartement(query.departement);
    if (!d) return { field: 'departement', code: 'unknownDepartement', message: `Aucun département ne porte le code « ${query.departement} ».` };
    return { level: 'departement', code: d.code, name: d.name, regionCode: d.regionCode };
  }
  if (query.region) {
    const r = findRegion(query.region);
    if (!r) return { field: 'region', code: 'unknownRegion', message: `Aucune région ne porte le code « ${query.region} ».` };
    return { level: 'region', code: r.code, name: r.name };
  }
  const own = reader?.organization;
  if (own?.kind === 'DDETS_IAE' && own.departmentCode) return resolveTerritory({ departement: own.departmentCode });
  if (own?.kind === 'DREETS_IAE' && own.regionCode) return resolveTerritory({ region: own.regionCode });
  return { level: 'national' };
}

/**
 * Figures naming structures (auto-prescription per SIAE, each prescriber's activity) are for the
 * State services of the territory: the DDETS of its département, the DREETS of its région, the
 * DGEFP and the platform staff everywhere. Aggregates are public.
 */
export function canReadStructureFigures(reader: StatsReader | undefined, territory: StatsTerritory): boolean {
  if (!reader) return false;
  if (reader.isStaff) return true;
  const own = reader.organization;
  if (!own) return false;
  switch (own.kind) {
    case 'DGEFP_IAE':
      return true;
    case 'DREETS_IAE':
      return (
        (territory.level === 'region' && territory.code === own.regionCode) || (territory.level === 'departement' && territory.regionCode === own.regionCode)
      );
    case 'DDETS_IAE':
      return territory.level === 'departement' && territory.code === own.departmentCode;
    default:
      return false;
  }
}

export function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'field' in value && 'code' in value;
}
