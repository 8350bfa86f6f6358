import { api, unwrap, type Schemas } from '../../api/client';
import type { Option } from '../../ui/Combobox';

export type JobOfferPage = Schemas['JobOfferPageDto'];
export type StructurePage = Schemas['StructurePageDto'];

export async function searchCommunes(q: string, signal: AbortSignal): Promise<Option[]> {
  const { items } = await unwrap(api.GET('/api/communes', { params: { query: { q, limit: 8 } }, signal }));
  return items.map((c) => ({ value: c.code, label: `${c.name} (${c.departementCode})`, hint: c.postalCodes.slice(0, 2).join(', ') }));
}

export async function searchMetiers(q: string, signal: AbortSignal): Promise<Option[]> {
  const { items } = await unwrap(api.GET('/api/metiers', { params: { query: { q, limit: 8 } }, signal }));
  return items.map((a) => ({ value: `${a.romeCode}:${a.code}`, label: a.label, hint: `${a.romeCode} · ${a.romeLabel}` }));
}
