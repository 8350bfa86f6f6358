export { MetiersHttpModule } from './http/metiers-http.module';
export { MetiersModule } from './metiers.module';
export { MetiersService } from './metiers.service';
export { normalizeLabel } from './rules/normalize';
export { type Appellation, type RomeDomain } from './types';
