export { AddressDto, type AddressInput } from './address';
export { type Commune, CommunesService } from './communes.service';
export { loadTerritoryReferential } from './data/territory-sources';
export { DEPARTEMENTS, departementsOfRegion, findDepartement, findRegion, hasDdets, hasDreets, REGIONS } from './departements';
export { TerritoryHttpModule } from './http/territory-http.module';
export { distanceKm } from './rules/distance';
export { normalizeName } from './rules/normalize-name';
export { TerritoryModule } from './territory.module';
