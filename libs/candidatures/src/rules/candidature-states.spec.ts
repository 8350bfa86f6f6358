import {
  AUTO_ARCHIVE_DAYS,
  CANDIDATURE_STATES,
  TRANSITIONS,
  TransitionName,
  allowedTransitions,
  canTransition,
  isAnswer,
  isArchivable,
} from './candidature-states';

describe('candidature state machine', () => {
  it('accepts from every state but accepted itself', () => {
    expect(CANDIDATURE_STATES.filter((s) => canTransition('accept', s, 'ACI'))).toEqual([
      'new',
      'processing',
      'postponed',
      'prior_to_hire',
      'refused',
      'cancelled',
      'obsolete',
      'pool',
    ]);
  });

  it('refuses only what is still open', () => {
    expect(CANDIDATURE_STATES.filter((s) => canTransition('refuse', s, 'EI'))).toEqual(['new', 'processing', 'postponed', 'prior_to_hire', 'pool']);
  });

  it('cancels only an accepted hire, changes only its dates, resets only an obsolete candidature', () => {
    expect(CANDIDATURE_STATES.filter((s) => canTransition('cancel', s, 'AI'))).toEqual(['accepted']);
    expect(CANDIDATURE_STATES.filter((s) => canTransition('change_hiring_dates', s, 'AI'))).toEqual(['accepted']);
    expect(CANDIDATURE_STATES.filter((s) => canTransition('reset', s, 'AI'))).toEqual(['obsolete']);
  });

  it('keeps the action before hiring to GEIQ', () => {
    expect(canTransition('move_to_prior_to_hire', 'processing', 'GEIQ')).toBe(true);
    expect(canTransition('move_to_prior_to_hire', 'processing', 'ACI')).toBe(false);
    expect(canTransition('cancel_prior_to_hire', 'prior_to_hire', 'GEIQ')).toBe(true);
  });

  it('lists what an employer may do, never the system-only obsolescence', () => {
    expect(allowedTransitions('new', 'ACI')).toEqual(['process', 'postpone', 'accept', 'add_to_pool', 'refuse', 'transfer']);
    expect(allowedTransitions('accepted', 'ACI')).toEqual(['cancel', 'change_hiring_dates']);
    expect(allowedTransitions('refused', 'GEIQ')).toEqual(['accept', 'move_to_prior_to_hire', 'transfer', 'external_transfer']);
    expect(allowedTransitions('processing', 'EI')).not.toContain('render_obsolete');
  });

  it('dates the first answer by the employer, not by the system nor by a cancellation or a reset', () => {
    const answers = (Object.keys(TRANSITIONS) as TransitionName[]).filter(isAnswer);
    expect(answers).toEqual(['process', 'postpone', 'accept', 'add_to_pool', 'move_to_prior_to_hire', 'refuse', 'transfer']);
    expect(isAnswer('render_obsolete')).toBe(false);
    expect(isAnswer('cancel')).toBe(false);
    expect(isAnswer('reset')).toBe(false);
  });
});

describe('archiving (the SIAE, or the daily job after 180 days untouched)', () => {
  it('archives new, processing, postponed, refused, cancelled and obsolete candidatures; never a hire, a GEIQ’s action before hiring, the pool', () => {
    expect(CANDIDATURE_STATES.filter(isArchivable)).toEqual(['new', 'processing', 'postponed', 'refused', 'cancelled', 'obsolete']);
    expect(CANDIDATURE_STATES.filter((s) => !isArchivable(s))).toEqual(['prior_to_hire', 'accepted', 'pool']);
    expect(AUTO_ARCHIVE_DAYS).toBe(180);
  });
});
