import { candidaturePressure } from './fairness';

describe('candidaturePressure (fair ranking among equally relevant results)', () => {
  it('is nothing for a structure nobody has applied to yet', () => {
    expect(candidaturePressure(0, 3)).toBe(0);
  });

  it('counts candidatures per open position', () => {
    expect(candidaturePressure(6, 3)).toBe(2);
    expect(candidaturePressure(6, 3)).toBeLessThan(candidaturePressure(3, 1));
  });

  it('counts a structure with no open position as one, so spontaneous candidatures still weigh', () => {
    expect(candidaturePressure(4, 0)).toBe(4);
  });
});
