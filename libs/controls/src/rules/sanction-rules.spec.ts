import { checkSanctions, earliestWithdrawalStart, hasSanction } from './sanction-rules';

const TODAY = '2027-04-02';
const codes = (input: Parameters<typeof checkSanctions>[0]) => {
  const errors = checkSanctions(input, TODAY);
  return [...errors.malformed, ...errors.rules].map((e) => `${e.field}:${e.code}`);
};

describe('sanctions of a refused SIAE (A.5)', () => {
  it('takes any mix of training, withdrawal of auto-prescription, cut of the aide au poste and deactivation, explained', () => {
    expect(
      codes({
        explanation: 'Justificatifs absents pour 3 embauches sur 4.',
        trainingSession: true,
        autoPrescriptionWithdrawal: { from: '2027-05-02', to: '2027-10-01' },
        subsidyCut: { percent: 20, from: '2027-05-01', to: '2027-12-31' },
        deactivationProposed: true,
      }),
    ).toEqual([]);
    expect(codes({ explanation: 'Formation obligatoire.', trainingSession: true })).toEqual([]);
    expect(codes({ trainingSession: true })).toEqual(['explanation:isDefined']);
  });

  it('needs a reason to sanction nothing, and no reason next to sanctions', () => {
    expect(codes({})).toEqual(['noSanctionReason:isDefined']);
    expect(codes({ noSanctionReason: '   ' })).toEqual(['noSanctionReason:isDefined']);
    expect(codes({ noSanctionReason: 'Erreurs de bonne foi, corrigées depuis.' })).toEqual([]);
    expect(codes({ noSanctionReason: 'x', explanation: 'y', trainingSession: true })).toEqual(['noSanctionReason:withSanctions']);
    expect(hasSanction({ trainingSession: false, deactivationProposed: false })).toBe(false);
  });

  it('cuts the aide au poste by 1 to 100 %', () => {
    const cut = (percent: number) => codes({ explanation: 'x', subsidyCut: { percent, from: TODAY, to: TODAY } });
    expect(cut(1)).toEqual([]);
    expect(cut(100)).toEqual([]);
    expect(cut(0)).toEqual(['subsidyCut.percent:percentRange']);
    expect(cut(101)).toEqual(['subsidyCut.percent:percentRange']);
    expect(cut(12.5)).toEqual(['subsidyCut.percent:percentRange']);
  });

  it('needs a cut of the aide au poste to start today or later and not end before it starts', () => {
    expect(codes({ explanation: 'x', subsidyCut: { percent: 10, from: '2027-04-01', to: '2027-05-01' } })).toEqual(['subsidyCut.from:notInPast']);
    expect(codes({ explanation: 'x', subsidyCut: { percent: 10, from: TODAY, to: '2027-04-01' } })).toEqual(['subsidyCut.to:afterFrom']);
    expect(codes({ explanation: 'x', subsidyCut: { percent: 10, from: '2027-13-01', to: TODAY } })).toEqual(['subsidyCut.from:isDate']);
  });
});

describe('a withdrawal of auto-prescription (rules card: from at least one month after the decision, for a date range or open-ended)', () => {
  const withdrawal = (from: string, to?: string | null) => codes({ explanation: 'x', autoPrescriptionWithdrawal: { from, to } });

  it('starts one month after the decision at the earliest: the day before is refused', () => {
    expect(earliestWithdrawalStart(TODAY)).toBe('2027-05-02');
    expect(withdrawal('2027-05-02', '2027-11-01')).toEqual([]);
    expect(withdrawal('2027-05-01', '2027-11-01')).toEqual(['autoPrescriptionWithdrawal.from:oneMonthAfterDecision']);
    expect(withdrawal(TODAY, '2027-11-01')).toEqual(['autoPrescriptionWithdrawal.from:oneMonthAfterDecision']);
    // A month after 31 January is the end of February.
    expect(earliestWithdrawalStart('2027-01-31')).toBe('2027-02-28');
  });

  it('ends after it starts: the same day is refused, the next day is not', () => {
    expect(withdrawal('2027-05-02', '2027-05-02')).toEqual(['autoPrescriptionWithdrawal.to:afterFrom']);
    expect(withdrawal('2027-05-02', '2027-05-01')).toEqual(['autoPrescriptionWithdrawal.to:afterFrom']);
    expect(withdrawal('2027-05-02', '2027-05-03')).toEqual([]);
  });

  it('may have no end: a permanent withdrawal', () => {
    expect(withdrawal('2027-05-02')).toEqual([]);
    expect(withdrawal('2027-05-02', null)).toEqual([]);
    expect(withdrawal('2027-05-02', 'demain')).toEqual(['autoPrescriptionWithdrawal.to:isDate']);
  });
});
