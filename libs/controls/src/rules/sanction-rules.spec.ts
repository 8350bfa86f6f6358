import { checkSanctions, hasSanction } from './sanction-rules';

const TODAY = '2027-04-02';
const codes = (input: Parameters<typeof checkSanctions>[0]) => checkSanctions(input, TODAY).map((e) => `${e.field}:${e.code}`);

describe('sanctions of a refused SIAE (A.5)', () => {
  it('takes any mix of training, withdrawal of auto-prescription, cut of the aide au poste and deactivation, explained', () => {
    expect(
      codes({
        explanation: 'Justificatifs absents pour 3 embauches sur 4.',
        trainingSession: true,
        autoPrescriptionWithdrawal: { from: TODAY, to: '2027-10-01' },
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

  it('needs date ranges that start today or later and end after they start', () => {
    expect(codes({ explanation: 'x', autoPrescriptionWithdrawal: { from: '2027-04-01', to: '2027-05-01' } })).toEqual([
      'autoPrescriptionWithdrawal.from:notInPast',
    ]);
    expect(codes({ explanation: 'x', autoPrescriptionWithdrawal: { from: TODAY, to: '2027-04-01' } })).toEqual(['autoPrescriptionWithdrawal.to:afterFrom']);
    expect(codes({ explanation: 'x', autoPrescriptionWithdrawal: { from: TODAY, to: TODAY } })).toEqual([]);
    expect(codes({ explanation: 'x', subsidyCut: { percent: 10, from: '2027-13-01', to: TODAY } })).toEqual(['subsidyCut.from:isDate']);
  });
});
