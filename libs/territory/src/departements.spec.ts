import { DEPARTEMENTS, departementsOfRegion, findDepartement, hasDdets, hasDreets } from './departements';

describe('départements and régions', () => {
  it('lists the 101 départements with a DDETS', () => {
    expect(DEPARTEMENTS.filter((d) => hasDdets(d.code))).toHaveLength(101);
  });

  it('knows Corsica, the DROM and the Rhône', () => {
    expect(findDepartement('2A')?.name).toBe('Corse-du-Sud');
    expect(findDepartement('974')?.name).toBe('La Réunion');
    expect(findDepartement('69')?.regionCode).toBe('84');
    expect(findDepartement('20')).toBeUndefined();
  });

  it('has no DDETS in the overseas collectivities', () => {
    expect(hasDdets('975')).toBe(false);
    expect(hasDdets('99')).toBe(false);
  });

  it('finds the départements of a région', () => {
    expect(
      departementsOfRegion('53')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['22', '29', '35', '56']);
    expect(hasDreets('84')).toBe(true);
  });
});
