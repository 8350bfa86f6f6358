import { StatsReader, canReadStructureFigures, resolveTerritory } from './stats-territory';

const ddets = (departmentCode: string): StatsReader => ({ isStaff: false, organization: { kind: 'DDETS_IAE', departmentCode, regionCode: null } });
const dreets = (regionCode: string): StatsReader => ({ isStaff: false, organization: { kind: 'DREETS_IAE', departmentCode: null, regionCode } });

describe('the territory of the figures', () => {
  it('is the département or the région asked for', () => {
    expect(resolveTerritory({ departement: '13' })).toEqual({ level: 'departement', code: '13', name: 'Bouches-du-Rhône', regionCode: '93' });
    expect(resolveTerritory({ region: '84' })).toEqual({ level: 'region', code: '84', name: 'Auvergne-Rhône-Alpes' });
  });

  it('is by default the reader’s own: a DDETS its département, a DREETS its région, else the country', () => {
    expect(resolveTerritory({}, ddets('2A'))).toMatchObject({ level: 'departement', code: '2A' });
    expect(resolveTerritory({}, dreets('11'))).toMatchObject({ level: 'region', code: '11' });
    expect(resolveTerritory({}, { isStaff: false, organization: { kind: 'ACI', departmentCode: null, regionCode: null } })).toEqual({ level: 'national' });
    expect(resolveTerritory({})).toEqual({ level: 'national' });
  });

  it('refuses unknown codes and two territories at once, naming the field', () => {
    expect(resolveTerritory({ departement: '20' })).toMatchObject({ field: 'departement', code: 'unknownDepartement' });
    expect(resolveTerritory({ region: '99' })).toMatchObject({ field: 'region', code: 'unknownRegion' });
    expect(resolveTerritory({ departement: '13', region: '93' })).toMatchObject({ field: 'region', code: 'oneTerritory' });
  });

  it('shows figures naming structures to the State services of the territory only', () => {
    const bouches = resolveTerritory({ departement: '13' }) as never;
    const paca = resolveTerritory({ region: '93' }) as never;
    const national = resolveTerritory({}) as never;
    expect(canReadStructureFigures(ddets('13'), bouches)).toBe(true);
    expect(canReadStructureFigures(ddets('84'), bouches)).toBe(false);
    expect(canReadStructureFigures(ddets('13'), paca)).toBe(false);
    expect(canReadStructureFigures(dreets('93'), bouches)).toBe(true);
    expect(canReadStructureFigures(dreets('93'), paca)).toBe(true);
    expect(canReadStructureFigures(dreets('84'), bouches)).toBe(false);
    expect(canReadStructureFigures(dreets('93'), national)).toBe(false);
    expect(canReadStructureFigures({ isStaff: false, organization: { kind: 'DGEFP_IAE', departmentCode: null, regionCode: null } }, national)).toBe(true);
    expect(canReadStructureFigures({ isStaff: true, organization: null }, national)).toBe(true);
    expect(canReadStructureFigures({ isStaff: false, organization: { kind: 'FT', departmentCode: '13', regionCode: null } }, bouches)).toBe(false);
    expect(canReadStructureFigures(undefined, bouches)).toBe(false);
  });
});
