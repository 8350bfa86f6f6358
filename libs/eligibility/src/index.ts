// What other contexts and the apps may use of the eligibility context (issue 13: an explicit surface).
export { EligibilityModule } from './eligibility.module';
export { EligibilityHttpModule } from './http/eligibility-http.module';
export { EligibilityService, PROOF_PURPOSE, type CriterionInput, type DiagnosisView, type EligibilityAnswer } from './eligibility.service';
export { CRITERIA, CRITERIA_BY_KEY, type Criterion, type CriterionLevel } from './rules/criteria';
export {
  requiresEligibility,
  type EligibilityBasis,
  type EligibilityDecision,
  type EligibilityReason,
  type ProfileFacts,
  type Withdrawal,
} from './rules/eligibility-rules';
export { EligibilityProblems } from './problems';
