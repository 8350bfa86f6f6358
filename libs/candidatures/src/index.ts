export { CandidaturesModule } from './candidatures.module';
export { CandidaturesHttpModule } from './http/candidatures-http.module';
export { REFUSAL_REASONS } from './rules/refusal-reasons';
