import {
  CriterionReviews,
  afterDecision,
  checkDecision,
  closingOutcome,
  concernedInPhase,
  openingOutcome,
  reviewPhase,
  standingDecision,
} from './review-rules';

const r = (phase1: CriterionReviews['phase1'], phase2: CriterionReviews['phase2'] = null): CriterionReviews => ({ phase1, phase2 });

describe('the DDETS reviews each criterion (A.5: accepted or refused, a second chance in the adversarial phase)', () => {
  it('reviews after the submission (phase 1) and after the resubmission (phase 2) only', () => {
    expect(reviewPhase('submitted')).toBe(1);
    expect(reviewPhase('resubmitted')).toBe(2);
    for (const state of ['pending', 'submittable', 'refused', 'adversarial', 'closed'] as const) expect(reviewPhase(state)).toBeNull();
  });

  it('asks again in the adversarial phase only what was not accepted', () => {
    expect(concernedInPhase(2, r('accepted'))).toBe(false);
    expect(concernedInPhase(2, r('refused'))).toBe(true);
    expect(concernedInPhase(2, r(null))).toBe(true); // nothing sent in time
    expect(standingDecision(r('refused', 'accepted'))).toBe('accepted');
    expect(standingDecision(r('accepted'))).toBe('accepted');
  });
});

describe('closing a review round', () => {
  it('needs every criterion of the round reviewed', () => {
    expect(checkDecision(1, [r('accepted'), r(null)], 'accepted')).toEqual({ ok: false, code: 'reviewsMissing', missing: 1 });
    expect(checkDecision(2, [r('accepted'), r('refused')], 'refused')).toEqual({ ok: false, code: 'reviewsMissing', missing: 1 });
  });

  it('accepts only when no criterion stands refused, refuses only when one does', () => {
    expect(checkDecision(1, [r('accepted'), r('accepted')], 'accepted')).toEqual({ ok: true, outcome: 'accepted' });
    expect(checkDecision(1, [r('accepted'), r('refused')], 'accepted')).toEqual({ ok: false, code: 'contradictsReviews', outcome: 'refused' });
    expect(checkDecision(1, [r('accepted'), r('refused')], 'refused')).toEqual({ ok: true, outcome: 'refused' });
    expect(checkDecision(2, [r('accepted'), r('refused', 'accepted')], 'accepted')).toEqual({ ok: true, outcome: 'accepted' });
    expect(checkDecision(2, [r('accepted'), r('refused', 'refused')], 'refused')).toEqual({ ok: true, outcome: 'refused' });
  });

  it('closes an acceptance at once; a first refusal opens the adversarial phase (now or on its day); a second one is final', () => {
    expect(afterDecision(1, 'accepted', false)).toEqual({ state: 'closed', final: 'accepted' });
    expect(afterDecision(1, 'refused', false)).toEqual({ state: 'refused', final: null });
    expect(afterDecision(1, 'refused', true)).toEqual({ state: 'adversarial', final: null });
    expect(afterDecision(2, 'refused', true)).toEqual({ state: 'closed', final: 'refused' });
    expect(afterDecision(2, 'accepted', true)).toEqual({ state: 'closed', final: 'accepted' });
  });
});

describe('the close of the campaign (rules card: only what was never reviewed is accepted by default)', () => {
  it('refuses for delay a SIAE that never answered, or never sent again in the adversarial phase', () => {
    for (const state of ['submittable', 'refused', 'adversarial'] as const)
      expect(closingOutcome(state, [r(null)])).toEqual({ final: 'refused', reason: 'delay' });
  });

  it('refuses a resubmission the DDETS refused criterion by criterion without a final decision', () => {
    expect(closingOutcome('resubmitted', [r('accepted'), r('refused', 'refused')])).toEqual({ final: 'refused', reason: 'invalid_proof' });
    expect(closingOutcome('resubmitted', [r('refused', 'accepted'), r('refused', 'refused')])).toEqual({ final: 'refused', reason: 'invalid_proof' });
  });

  it('accepts by default what was sent again and never reviewed, or reviewed without refusal', () => {
    // A refusal of the first round is not a review of what was sent again.
    expect(closingOutcome('resubmitted', [r('accepted'), r('refused')])).toEqual({ final: 'accepted', forced: true });
    expect(closingOutcome('resubmitted', [r('refused', 'accepted'), r('refused')])).toEqual({ final: 'accepted', forced: true });
  });

  it('the same for a first submission still under review at the close', () => {
    expect(closingOutcome('submitted', [r(null), r(null)])).toEqual({ final: 'accepted', forced: true });
    expect(closingOutcome('submitted', [r('accepted'), r(null)])).toEqual({ final: 'accepted', forced: true });
    expect(closingOutcome('submitted', [r('refused'), r(null)])).toEqual({ final: 'refused', reason: 'invalid_proof' });
  });

  it('leaves alone what is already closed (closing twice changes nothing)', () => {
    expect(closingOutcome('closed', [r('refused')])).toBeNull();
    expect(closingOutcome('pending', [r(null)])).toBeNull();
  });
});

describe('openingOutcome: a first submission the DDETS has not decided on when the adversarial phase opens', () => {
  const r = (phase1: CriterionReviews['phase1']): CriterionReviews => ({ phase1, phase2: null });
  it('is accepted when no proof was refused: never reviewed, or reviewed in part and accepted', () => {
    expect(openingOutcome([r(null), r(null)])).toBe('accepted');
    expect(openingOutcome([r('accepted'), r(null)])).toBe('accepted');
  });
  it('goes to the adversarial phase when a proof was refused, even without a decision', () => {
    expect(openingOutcome([r('accepted'), r('refused'), r(null)])).toBe('adversarial');
  });
});
