import { appliedWithin24Hours, isStale, sendingRefusal } from './sending';

const open = { active: true, blockCandidatures: false, spontaneousCandidaturesOpen: true };
const now = new Date('2026-11-23T10:00:00Z');

describe('sending a candidature', () => {
  it('goes through to an open employer', () => {
    expect(sendingRefusal({ employer: open, autoPrescription: false, jobDescriptionCount: 1 })).toBeNull();
  });

  it('is refused by an inactive employer, even to itself', () => {
    expect(sendingRefusal({ employer: { ...open, active: false }, autoPrescription: true, jobDescriptionCount: 1 })).toBe('employerInactive');
  });

  it('is refused when the employer blocks candidatures, except its own auto-prescription', () => {
    const blocked = { ...open, blockCandidatures: true };
    expect(sendingRefusal({ employer: blocked, autoPrescription: false, jobDescriptionCount: 1 })).toBe('candidaturesBlocked');
    expect(sendingRefusal({ employer: blocked, autoPrescription: true, jobDescriptionCount: 1 })).toBeNull();
  });

  it('refuses a spontaneous candidature when the employer closed them', () => {
    const closed = { ...open, spontaneousCandidaturesOpen: false };
    expect(sendingRefusal({ employer: closed, autoPrescription: false, jobDescriptionCount: 0 })).toBe('spontaneousClosed');
    expect(sendingRefusal({ employer: closed, autoPrescription: false, jobDescriptionCount: 1 })).toBeNull();
  });

  it('refuses a second candidature to the same employer within 24 hours, not at 24 hours, except an auto-prescription', () => {
    const almost = new Date(now.getTime() - 24 * 3600_000 + 1000);
    const exactly = new Date(now.getTime() - 24 * 3600_000);
    expect(appliedWithin24Hours({ autoPrescription: false, lastCandidatureAt: almost, now })).toBe(true);
    expect(appliedWithin24Hours({ autoPrescription: false, lastCandidatureAt: exactly, now })).toBe(false);
    expect(appliedWithin24Hours({ autoPrescription: false, lastCandidatureAt: null, now })).toBe(false);
    expect(appliedWithin24Hours({ autoPrescription: true, lastCandidatureAt: almost, now })).toBe(false);
  });
});

describe('automatic refusal', () => {
  it('applies after 60 days without change, not a second before', () => {
    expect(isStale(new Date(now.getTime() - 60 * 86_400_000), now)).toBe(true);
    expect(isStale(new Date(now.getTime() - 60 * 86_400_000 + 1000), now)).toBe(false);
  });
});
