export * from './eligibility.module';
export * from './http/eligibility-http.module';
export * from './eligibility.service';
export * from './eligibility-diagnosis.entity';
export * from './rules/criteria';
export * from './rules/eligibility-rules';
export * from './problems';
