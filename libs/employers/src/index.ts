export * from './employers.module';
export * from './http/employers-http.module';
export * from './employers.service';
export * from './job-descriptions.service';
export * from './rules/contract-types';
export * from './rules/employer-activity';
export * from './rules/job-description-freshness';
export * from './problems';
