export * from './stats.module';
export * from './http/stats-http.module';
export * from './stats.service';
export * from './rules/figures';
export * from './rules/stats-period';
export * from './rules/stats-territory';
