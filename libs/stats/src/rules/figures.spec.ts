import { flattenFigures, medianOfHistogram, percent, secondsToDays, senderGroupOf } from './figures';

describe('pilotage figures', () => {
  it('gives shares in percent with one decimal, none of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 4)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });

  it('reads durations in days with one decimal', () => {
    expect(secondsToDays(86_400)).toBe(1);
    expect(secondsToDays(36 * 3600)).toBe(1.5);
    expect(secondsToDays(null)).toBeNull();
  });

  it('takes the median of counted values: the middle one, or the mean of the two middle ones', () => {
    expect(
      medianOfHistogram([
        { value: 0, count: 1 },
        { value: 24, count: 1 },
        { value: 48, count: 1 },
        { value: 96, count: 1 },
      ]),
    ).toBe(36);
    expect(
      medianOfHistogram([
        { value: 2, count: 1 },
        { value: 0, count: 1 },
        { value: 1, count: 1 },
      ]),
    ).toBe(1);
    expect(
      medianOfHistogram([
        { value: 0, count: 4 },
        { value: 10, count: 3 },
      ]),
    ).toBe(0);
    expect(
      medianOfHistogram([
        { value: 0, count: 3 },
        { value: 10, count: 3 },
      ]),
    ).toBe(5);
    expect(medianOfHistogram([{ value: 48, count: 1 }])).toBe(48);
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 3, count: 0 }])).toBeNull();
  });

  it('groups senders: the person, a SIAE for itself, a prescriber by kind and habilitation', () => {
    expect(senderGroupOf({ sender_kind: 'candidate', sender_organization_kind: null, sender_habilitated: false })).toEqual({ sender: 'candidate' });
    expect(senderGroupOf({ sender_kind: 'employer', sender_organization_kind: null, sender_habilitated: false })).toEqual({ sender: 'employer' });
    expect(senderGroupOf({ sender_kind: 'prescriber', sender_organization_kind: 'ML', sender_habilitated: true })).toEqual({
      sender: 'prescriber',
      organizationKind: 'ML',
      habilitated: true,
    });
  });

  it('flattens a figure set into one line per figure, list items named by their key', () => {
    const rows = flattenFigures({
      sent: 10,
      rate: null,
      byKind: [
        { key: 'ACI', sent: 6 },
        { key: 'EI', sent: 4 },
      ],
      period: { from: '2026-01-01' },
    });
    expect(rows).toEqual([
      ['sent', 10],
      ['rate', null],
      ['byKind.ACI.sent', 6],
      ['byKind.EI.sent', 4],
      ['period.from', '2026-01-01'],
    ]);
  });
});
