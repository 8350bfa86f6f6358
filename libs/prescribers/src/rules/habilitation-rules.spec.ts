import {
  ORIENTEUR_KIND,
  actionsAllowed,
  authorizationAfterKindChange,
  checkHabilitationEnd,
  habilitationReminder,
  kindWhenPrefectorallyHabilitated,
  mayRequestPrefectoralHabilitation,
  missingAxes,
  nextStatus,
  reviewRight,
} from './habilitation-rules';

describe('prefectoral habilitation (guide §2.3)', () => {
  describe('its end date, at most five years after the decision', () => {
    it('accepts exactly five years', () => expect(checkHabilitationEnd('2026-11-23', '2031-11-23')).toBeNull());
    it('refuses five years and a day', () => expect(checkHabilitationEnd('2026-11-23', '2031-11-24')).toBe('too_long'));
    it('refuses an end before or on the decision day', () => {
      expect(checkHabilitationEnd('2026-11-23', '2026-11-23')).toBe('before_decision');
      expect(checkHabilitationEnd('2026-11-23', '2026-01-01')).toBe('before_decision');
    });
    it('handles a decision on 29 February', () => expect(checkHabilitationEnd('2028-02-29', '2033-02-28')).toBeNull());
  });

  describe('the request’s life', () => {
    it('goes from draft to submitted, back and forth with the DDETS, to a decision', () => {
      expect(nextStatus('draft', 'submit')).toBe('submitted');
      expect(nextStatus('submitted', 'requestInformation')).toBe('information_requested');
      expect(nextStatus('information_requested', 'answer')).toBe('submitted');
      expect(nextStatus('submitted', 'grant')).toBe('granted');
      expect(nextStatus('information_requested', 'refuse')).toBe('refused');
    });
    it('cannot be granted while waiting for the organisation’s answer, nor decided twice', () => {
      expect(nextStatus('information_requested', 'grant')).toBeNull();
      expect(nextStatus('granted', 'refuse')).toBeNull();
      expect(nextStatus('refused', 'submit')).toBeNull();
      expect(actionsAllowed('granted')).toEqual([]);
    });
    it('records the CDIAE opinion without changing the status', () => expect(nextStatus('submitted', 'recordCdiaeOpinion')).toBe('submitted'));
    it('needs the four axes answered', () => {
      expect(missingAxes({ identification: 'x', mission: 'y', staffCompetence: ' ', unmetNeed: null })).toEqual(['staffCompetence', 'unmetNeed']);
      expect(missingAxes({ identification: 'a', mission: 'b', staffCompetence: 'c', unmetNeed: 'd' })).toEqual([]);
    });
  });

  it('is for organisations not habilitated by law', () => {
    expect(mayRequestPrefectoralHabilitation('OTHER')).toBe(true);
    expect(mayRequestPrefectoralHabilitation('OHPD')).toBe(true);
    expect(mayRequestPrefectoralHabilitation('ML')).toBe(false);
  });

  describe('reminders and expiry', () => {
    const none = { at90: false, at30: false };
    it('says nothing 91 days before the end', () => expect(habilitationReminder('2027-03-01', '2026-11-30', none)).toBeNull());
    it('warns 90 days before', () => expect(habilitationReminder('2027-03-01', '2026-12-01', none)).toBe('warn90'));
    it('warns 30 days before, once', () => {
      expect(habilitationReminder('2027-03-01', '2027-01-30', { at90: true, at30: false })).toBe('warn30');
      expect(habilitationReminder('2027-03-01', '2027-01-31', { at90: true, at30: true })).toBeNull();
    });
    it('keeps the habilitation on its last day and ends it the day after', () => {
      expect(habilitationReminder('2027-03-01', '2027-03-01', { at90: true, at30: true })).toBeNull();
      expect(habilitationReminder('2027-03-01', '2027-03-02', { at90: true, at30: true })).toBe('expire');
    });
    it('sends only the 30-day warning when the 90-day one was never due', () => expect(habilitationReminder('2027-03-01', '2027-02-15', none)).toBe('warn30'));
  });

  describe('who reviews a request for the Rhône (69, région 84)', () => {
    const rhone = { code: '69', regionCode: '84' };
    const institution = (kind: string, departmentCode: string | null, regionCode: string | null) => ({
      isStaff: false,
      institution: { kind, departmentCode, regionCode },
    });
    it('its DDETS decides', () => expect(reviewRight(institution('DDETS_IAE', '69', null), rhone)).toBe('decide'));
    it('another DDETS sees nothing', () => expect(reviewRight(institution('DDETS_IAE', '42', null), rhone)).toBeNull());
    it('its DREETS reads', () => expect(reviewRight(institution('DREETS_IAE', null, '84'), rhone)).toBe('read'));
    it('another DREETS sees nothing', () => expect(reviewRight(institution('DREETS_IAE', null, '11'), rhone)).toBeNull());
    it('staff and the DGEFP read', () => {
      expect(reviewRight({ isStaff: true, institution: null }, rhone)).toBe('read');
      expect(reviewRight(institution('DGEFP_IAE', null, null), rhone)).toBe('read');
    });
  });
});

describe('the kind of a prescriber organisation follows its habilitation (issue 14, item 10)', () => {
  it('a kind change re-opens the validation: staff for a kind habilitated by law, the préfet for an OHPD, nothing for an orienteur', () => {
    expect(authorizationAfterKindChange('ML')).toBe('not_set');
    expect(authorizationAfterKindChange('OHPD')).toBe('not_set');
    expect(authorizationAfterKindChange('OTHER')).toBe('not_required');
  });

  it('an organisation whose habilitation is refused, withdrawn or over is an orienteur organisation; habilitated by the préfet, an OHPD', () => {
    expect(ORIENTEUR_KIND).toBe('OTHER');
    expect(kindWhenPrefectorallyHabilitated('OTHER')).toBe('OHPD');
    expect(kindWhenPrefectorallyHabilitated('OHPD')).toBe('OHPD');
  });
});
