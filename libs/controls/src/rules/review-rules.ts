import { EvaluationState } from './campaign-calendar';

export type ReviewDecision = 'accepted' | 'refused';
export type RefusalReason = 'delay' | 'invalid_proof' | 'missing_proof' | 'other';
/** The reasons a DDETS gives; `delay` is the job's, for a SIAE that sent nothing in time. */
export const REVIEWER_REFUSAL_REASONS: readonly RefusalReason[] = ['invalid_proof', 'missing_proof', 'other'];

export const REFUSAL_REASON_LABELS: Record<RefusalReason, string> = {
  delay: 'Délai non respecté',
  invalid_proof: 'Justificatif non conforme',
  missing_proof: 'Justificatif manquant',
  other: 'Autre motif',
};

export interface CriterionReviews {
  phase1: ReviewDecision | null;
  phase2: ReviewDecision | null;
}

/** A criterion's decisions per phase, from its recorded reviews. */
export function reviewsOf(criterion: { reviews: ReadonlyArray<{ phase: 1 | 2; decision: ReviewDecision }> }): CriterionReviews {
  return {
    phase1: criterion.reviews.find((r) => r.phase === 1)?.decision ?? null,
    phase2: criterion.reviews.find((r) => r.phase === 2)?.decision ?? null,
  };
}

/** The phase the DDETS reviews in this state (1 after the submission, 2 after the adversarial one). */
export function reviewPhase(state: EvaluationState): 1 | 2 | null {
  if (state === 'submitted') return 1;
  if (state === 'resubmitted') return 2;
  return null;
}

/** In the adversarial phase, the SIAE sends again (and the DDETS reviews again) what was not accepted the first time. */
export function concernedInPhase(phase: 1 | 2, reviews: CriterionReviews): boolean {
  return phase === 1 || reviews.phase1 !== 'accepted';
}

/** The standing decision on a criterion: the latest phase's. */
export function standingDecision(reviews: CriterionReviews): ReviewDecision | null {
  return reviews.phase2 ?? reviews.phase1;
}

export type DecisionCheck =
  | { ok: true; outcome: ReviewDecision }
  | { ok: false; code: 'reviewsMissing'; missing: number }
  | { ok: false; code: 'contradictsReviews'; outcome: ReviewDecision };

/**
 * The DDETS closes a review round: every criterion of the round reviewed, and the decision follows
 * the reviews (accepted only when no criterion stands refused, refused only when one does).
 */
export function checkDecision(phase: 1 | 2, criteria: readonly CriterionReviews[], decision: ReviewDecision): DecisionCheck {
  const concerned = criteria.filter((c) => concernedInPhase(phase, c));
  const missing = concerned.filter((c) => (phase === 1 ? c.phase1 : c.phase2) === null).length;
  if (missing > 0) return { ok: false, code: 'reviewsMissing', missing };
  const outcome: ReviewDecision = criteria.some((c) => standingDecision(c) === 'refused') ? 'refused' : 'accepted';
  return outcome === decision ? { ok: true, outcome } : { ok: false, code: 'contradictsReviews', outcome };
}

/** Where the evaluation goes after the DDETS's decision on a round. */
export function afterDecision(phase: 1 | 2, outcome: ReviewDecision, adversarialOpen: boolean): { state: EvaluationState; final: ReviewDecision | null } {
  if (outcome === 'accepted') return { state: 'closed', final: 'accepted' };
  if (phase === 2) return { state: 'closed', final: 'refused' };
  return { state: adversarialOpen ? 'adversarial' : 'refused', final: null };
}

/**
 * Where the adversarial phase's opening leaves a submission the DDETS has not decided on (rules card): what it never
 * reviewed, or reviewed without refusing anything, is accepted; one with a proof it refused gets the second chance a
 * refusal gives.
 */
export function openingOutcome(criteria: readonly CriterionReviews[]): 'accepted' | 'adversarial' {
  return criteria.some((c) => c.phase1 === 'refused') ? 'adversarial' : 'accepted';
}

export type ClosingOutcome = { final: 'accepted'; forced: true } | { final: 'refused'; reason: RefusalReason };

/**
 * Where the close of the campaign leaves a SIAE whose control is still open (rules card): one that
 * never answered (nothing sent, or nothing sent again in the adversarial phase) is refused for delay;
 * one whose proofs the DDETS reviewed and refused in the round under review is refused, even without
 * a final decision; only what the DDETS never reviewed (or reviewed and accepted) is accepted by
 * default. Refused, it awaits its sanctions.
 */
export function closingOutcome(state: EvaluationState, criteria: readonly CriterionReviews[]): ClosingOutcome | null {
  if (state === 'submittable' || state === 'refused' || state === 'adversarial') return { final: 'refused', reason: 'delay' };
  const phase = reviewPhase(state);
  if (!phase) return null;
  const refused = criteria.some((c) => concernedInPhase(phase, c) && (phase === 1 ? c.phase1 : c.phase2) === 'refused');
  return refused ? { final: 'refused', reason: 'invalid_proof' } : { final: 'accepted', forced: true };
}
