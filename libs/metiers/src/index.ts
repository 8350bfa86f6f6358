export * from './metiers.module';
export * from './metiers.service';
export * from './types';
export * from './http/metiers-http.module';
export { normalizeLabel } from './rules/normalize';
export { ROME_CODE, isRomeCode, isOgrCode, domainOf } from './rules/rome-codes';
