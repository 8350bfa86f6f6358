import { HireCriterion, decidedPhases, hireControlState, shownEvaluationState } from './control-states';
import { CriterionReviews } from './review-rules';

const c = (phase1: CriterionReviews['phase1'], phase2: CriterionReviews['phase2'] = null, proofPhases: Array<1 | 2> = []): HireCriterion => ({
  reviews: { phase1, phase2 },
  proofPhases,
});
const state = (
  evaluationState: Parameters<typeof hireControlState>[0]['evaluationState'],
  criteria: HireCriterion[],
  side: 'siae' | 'reviewer' = 'siae',
  finalState: 'accepted' | 'refused' | null = null,
) => hireControlState({ evaluationState, finalState, criteria, side });

describe('a drawn hire’s control state follows its proofs (A.5: pending, uploaded, submitted, reviewed, refused, refused twice, accepted)', () => {
  it('is pending until every criterion has a proof, then uploaded — never "submittable" before any proof', () => {
    expect(state('submittable', [c(null), c(null)])).toBe('pending');
    expect(state('submittable', [c(null, null, [1]), c(null)])).toBe('pending');
    expect(state('submittable', [c(null, null, [1]), c(null, null, [1])])).toBe('uploaded');
    expect(state('pending', [c(null, null, [1])])).toBe('uploaded');
  });

  it('is submitted once sent; reviewed for the DDETS once every criterion is examined, submitted still for the SIAE', () => {
    expect(state('submitted', [c(null, null, [1]), c('accepted', null, [1])], 'reviewer')).toBe('submitted');
    expect(state('submitted', [c('refused', null, [1]), c('accepted', null, [1])], 'reviewer')).toBe('reviewed');
    expect(state('submitted', [c('refused', null, [1]), c('accepted', null, [1])], 'siae')).toBe('submitted');
  });

  it('is refused after the first round, accepted when all its criteria were', () => {
    expect(state('refused', [c('refused', null, [1]), c('accepted', null, [1])])).toBe('refused');
    expect(state('refused', [c('accepted', null, [1])])).toBe('accepted');
    expect(state('adversarial', [c('accepted', null, [1])])).toBe('accepted');
  });

  it('in the adversarial phase: refused until the refused proofs are sent again, then uploaded, submitted, reviewed', () => {
    expect(state('adversarial', [c('refused', null, [1]), c('accepted', null, [1])])).toBe('refused');
    expect(state('adversarial', [c('refused', null, [1, 2]), c('accepted', null, [1])])).toBe('uploaded');
    expect(state('resubmitted', [c('refused', null, [1, 2])], 'siae')).toBe('submitted');
    expect(state('resubmitted', [c('refused', 'refused', [1, 2])], 'reviewer')).toBe('reviewed');
  });

  it('after the close: refused a second time, refused, or accepted', () => {
    expect(state('closed', [c('refused', 'refused', [1, 2])], 'siae', 'refused')).toBe('refused_2');
    expect(state('closed', [c('refused', 'accepted', [1, 2])], 'siae', 'accepted')).toBe('accepted');
    expect(state('closed', [c('accepted', null, [1])], 'siae', 'accepted')).toBe('accepted');
    // Never sent again after a first refusal (refused for delay), or nothing sent at all.
    expect(state('closed', [c('refused', null, [1])], 'siae', 'refused')).toBe('refused');
    expect(state('closed', [c(null)], 'siae', 'refused')).toBe('refused');
    // Sent again and left unreviewed: accepted at the close.
    expect(state('closed', [c('refused', null, [1, 2])], 'siae', 'accepted')).toBe('accepted');
    // In a SIAE refused for another hire, a hire whose criteria were all accepted stays accepted.
    expect(state('closed', [c('accepted', null, [1])], 'siae', 'refused')).toBe('accepted');
  });

  it('the SIAE reads a round’s reviews once it is decided', () => {
    expect([...decidedPhases('submitted')]).toEqual([]);
    expect([...decidedPhases('adversarial')]).toEqual([1]);
    expect([...decidedPhases('closed')]).toEqual([1, 2]);
  });
});

describe('the state of a SIAE’s control as shown', () => {
  it('is pending, not submittable, while a criterion has no proof', () => {
    expect(shownEvaluationState('submittable', 3)).toBe('pending');
    expect(shownEvaluationState('submittable', 0)).toBe('submittable');
    expect(shownEvaluationState('adversarial', 2)).toBe('adversarial');
  });
});
