import { IsoDate } from '@iae/core';
import { SearchFilters, SearchPlace, SearchSort } from '../search-engine';

/** A day as Meilisearch compares it: 2026-11-23 is 20261123; « never » is past every day. */
export const NEVER = 99_991_231;

export function dayNumber(date: IsoDate | null): number {
  return date ? Number(date.replaceAll('-', '')) : NEVER;
}

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const list = (values: string[]) => `[${values.map(quoted).join(', ')}]`;

/** The circle in metres, with the radius Meilisearch's sphere needs for the same kilometres. */
export function geoRadius(place: SearchPlace): string {
  return `_geoRadius(${place.latitude}, ${place.longitude}, ${Math.round(place.radiusKm * 1000)})`;
}

/** Field names of the two kinds of documents, which hold offers' facts as values (offers) or lists (structures). */
export interface FilterFields {
  contractTypes: string;
  domains: string;
  romeCodes: string;
  appellationCodes: string;
  spontaneousOpen: string;
}

export const OFFER_FIELDS: FilterFields = {
  contractTypes: 'contractType',
  domains: 'domain',
  romeCodes: 'romeCode',
  appellationCodes: 'appellationCode',
  spontaneousOpen: 'spontaneousCandidaturesOpen',
};

export const STRUCTURE_FIELDS: FilterFields = {
  contractTypes: 'contractTypes',
  domains: 'domains',
  romeCodes: 'romeCodes',
  appellationCodes: 'appellationCodes',
  spontaneousOpen: 'spontaneousOpen',
};

/** The filter expression of a search (Meilisearch syntax), the same conditions as the PostgreSQL engine's. */
export function searchFilter(
  input: { filters: SearchFilters; place: SearchPlace; today: IsoDate },
  fields: FilterFields,
  kind: 'offers' | 'structures',
): string[] {
  const f = input.filters;
  const filter = [geoRadius(input.place), `activeUntil > ${dayNumber(input.today)}`];
  if (f.kinds?.length) filter.push(`kinds IN ${list(f.kinds)}`);
  if (f.departements?.length) filter.push(`departementCode IN ${list(f.departements)}`);
  if (f.contractTypes?.length) filter.push(`${fields.contractTypes} IN ${list(f.contractTypes)}`);
  if (f.domains?.length) filter.push(`${fields.domains} IN ${list(f.domains)}`);
  const metiers = [
    ...(f.romeCodes?.length ? [`${fields.romeCodes} IN ${list(f.romeCodes)}`] : []),
    ...(f.appellationCodes?.length ? [`${fields.appellationCodes} IN ${list(f.appellationCodes)}`] : []),
  ];
  if (metiers.length) filter.push(metiers.length > 1 ? `(${metiers.join(' OR ')})` : metiers[0]);
  if (f.hoursMin !== undefined || f.hoursMax !== undefined) {
    const field = kind === 'offers' ? 'hoursPerWeek' : 'hours';
    // On a list, one value must fit both bounds: only the range form says so.
    filter.push(`${field} ${f.hoursMin ?? 0} TO ${f.hoursMax ?? 32767}`);
  }
  if (f.resumeOptional) filter.push(kind === 'offers' ? 'isResumeMandatory = false' : 'resumeOptional = true');
  if (f.spontaneousOpen) filter.push(`${fields.spontaneousOpen} = true`);
  return filter;
}

export function searchSort(sort: SearchSort, place: SearchPlace): string[] | undefined {
  switch (sort) {
    case 'distance':
      return [`_geoPoint(${place.latitude}, ${place.longitude}):asc`];
    case 'freshness':
      return ['updatedAt:desc'];
    case 'relevance':
      return undefined;
  }
}
