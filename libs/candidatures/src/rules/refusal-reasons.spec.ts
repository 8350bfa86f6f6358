import { REFUSAL_REASONS, refusalNeedsExplanation, selectableRefusalReasons } from './refusal-reasons';

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
});
