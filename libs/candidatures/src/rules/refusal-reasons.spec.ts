import { AUTO_REFUSAL_ANSWER, REFUSAL_REASONS, initials, refusalAudience, refusalNeedsExplanation, selectableRefusalReasons } from './refusal-reasons';

describe('refusal reasons', () => {
  it('offers the guide’s twelve reasons and duplicate, never auto', () => {
    expect(selectableRefusalReasons('ACI')).toHaveLength(13);
    expect(selectableRefusalReasons('ACI')).not.toContain('auto');
    expect(Object.keys(REFUSAL_REASONS)).toContain('auto');
  });

  it('hides eligibility and dialogue de gestion from a GEIQ', () => {
    expect(selectableRefusalReasons('GEIQ')).not.toContain('non_eligible');
    expect(selectableRefusalReasons('GEIQ')).not.toContain('prevent_objectives');
    expect(selectableRefusalReasons('GEIQ')).toHaveLength(11);
  });

  it('asks a message only for other', () => {
    expect(refusalNeedsExplanation('other')).toBe(true);
    expect(refusalNeedsExplanation('no_position')).toBe(false);
  });

  it('records a standard answer for the automatic refusal (60 days), one the candidate can read', () => {
    expect(AUTO_REFUSAL_ANSWER).toContain('60 jours');
    expect(AUTO_REFUSAL_ANSWER).not.toContain(REFUSAL_REASONS.auto);
  });
});

describe('who among the senders reads what of a refusal (rules card)', () => {
  it('the private comment goes to habilitated prescribers only; an orienteur reads initials', () => {
    expect(refusalAudience({ kind: 'prescriber', habilitated: true })).toEqual({ privateComment: true, candidateName: 'full' });
    expect(refusalAudience({ kind: 'prescriber', habilitated: false })).toEqual({ privateComment: false, candidateName: 'initials' });
    expect(refusalAudience({ kind: 'employer', habilitated: false })).toEqual({ privateComment: false, candidateName: 'full' });
  });

  it('makes initials of each name, hyphens and particles kept apart', () => {
    expect(initials('Thierry', 'Martin')).toBe('T. M.');
    expect(initials('jean-pierre', 'Le Goff')).toBe('J.-P. L. G.');
    expect(initials('Élodie', '')).toBe('É.');
  });
});
