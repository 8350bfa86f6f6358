// What other contexts and the apps may use of the candidates context (issue 13: an explicit surface).
export { CandidatesModule } from './candidates.module';
export { CandidatesHttpModule } from './http/candidates-http.module';
export {
  CandidatesService,
  type AccessEventAction,
  type CandidateLock,
  type CandidateInput,
  type CandidateSituation,
  type CandidateView,
  type LookupMatch,
  underJusticeSupervision,
} from './candidates.service';
export { CANDIDATE_FILE } from './http/candidate-file-access';
export { checkNir, maskNir, normalizeNir, type NirProblem } from './rules/nir';
export { candidateAccess, type CandidateAccess } from './rules/candidate-access';
export { CandidateProblems } from './problems';
