import { Injectable } from '@nestjs/common';
import { DEPARTEMENTS, findDepartement, findRegion } from './departements';

export interface DepartementView {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/**
 * Départements and their régions, from the static list the territory migration also loads:
 * one source for the code and the tables, read without a query.
 */
@Injectable()
export class DepartementsService {
  /** By code (… 29, 2A, 2B, 30 …), the DROM, then the overseas collectivities; optionally those of one région. */
  list(regionCode?: string): DepartementView[] {
    return DEPARTEMENTS.filter((d) => !regionCode || d.regionCode === regionCode).map(toView);
  }

  get(code: string): DepartementView | null {
    const departement = findDepartement(code);
    return departement ? toView(departement) : null;
  }
}

function toView(d: { code: string; name: string; regionCode: string }): DepartementView {
  return { code: d.code, name: d.name, regionCode: d.regionCode, regionName: findRegion(d.regionCode)?.name ?? d.regionCode };
}
