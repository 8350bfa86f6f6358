import { EvaluationState } from './campaign-calendar';
import { CriterionReviews, ReviewDecision, concernedInPhase } from './review-rules';

/**
 * The state of one drawn hire, as its proofs and their reviews make it (reference platform:
 * EvaluatedJobApplication): pending until every criterion has a proof, then uploaded, submitted,
 * reviewed (every criterion examined, the DDETS's decision to come), refused, refused a second time,
 * accepted.
 */
export type HireControlState = 'pending' | 'uploaded' | 'submitted' | 'reviewed' | 'refused' | 'refused_2' | 'accepted';

export interface HireCriterion {
  reviews: CriterionReviews;
  /** The phases (1, 2) a proof was uploaded for. */
  proofPhases: ReadonlyArray<1 | 2>;
}

/** The review rounds the DDETS has decided, which the SIAE may read. */
export function decidedPhases(state: EvaluationState): ReadonlySet<1 | 2> {
  if (state === 'closed') return new Set([1, 2]);
  if (state === 'refused' || state === 'adversarial' || state === 'resubmitted') return new Set([1]);
  return new Set();
}

export function hireControlState(input: {
  evaluationState: EvaluationState;
  finalState: ReviewDecision | null;
  criteria: readonly HireCriterion[];
  /** The DDETS sees a round reviewed before its decision; the SIAE, once decided. */
  side: 'siae' | 'reviewer';
}): HireControlState {
  const { evaluationState: state, criteria, side } = input;
  const uploaded = (phase: 1 | 2) => criteria.filter((c) => concernedInPhase(phase, c.reviews)).every((c) => c.proofPhases.includes(phase));
  const reviewed = (phase: 1 | 2) =>
    criteria.filter((c) => concernedInPhase(phase, c.reviews)).every((c) => (phase === 1 ? c.reviews.phase1 : c.reviews.phase2) !== null);
  const inRound = (phase: 1 | 2) => criteria.some((c) => concernedInPhase(phase, c.reviews));
  switch (state) {
    case 'pending':
    case 'submittable':
      return criteria.length > 0 && uploaded(1) ? 'uploaded' : 'pending';
    case 'submitted':
      return side === 'reviewer' && reviewed(1) ? 'reviewed' : 'submitted';
    case 'refused':
      return criteria.some((c) => c.reviews.phase1 !== 'accepted') ? 'refused' : 'accepted';
    case 'adversarial':
      if (!inRound(2)) return 'accepted';
      return uploaded(2) ? 'uploaded' : 'refused';
    case 'resubmitted':
      if (!inRound(2)) return 'accepted';
      return side === 'reviewer' && reviewed(2) ? 'reviewed' : 'submitted';
    case 'closed':
      if (criteria.some((c) => c.reviews.phase2 === 'refused')) return 'refused_2';
      if (criteria.some((c) => c.reviews.phase1 === 'refused' && c.reviews.phase2 === null && !c.proofPhases.includes(2))) return 'refused';
      return input.finalState === 'refused' && criteria.some((c) => (c.reviews.phase2 ?? c.reviews.phase1) !== 'accepted') ? 'refused' : 'accepted';
  }
}

/**
 * The state of a SIAE's control as shown: asked to send (`submittable`) only once every criterion has
 * its proof; before that, still `pending` (the reference platform's reckoning).
 */
export function shownEvaluationState(state: EvaluationState, proofsMissing: number): EvaluationState {
  return state === 'submittable' && proofsMissing > 0 ? 'pending' : state;
}
