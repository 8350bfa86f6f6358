import { DepartementsService } from './departements.service';

describe('DepartementsService', () => {
  const service = new DepartementsService();

  it('lists every département with its région, Corsica between 29 and 30', () => {
    const all = service.list();
    expect(all).toHaveLength(109);
    expect(all.map((d) => d.code).slice(27, 31)).toEqual(['29', '2A', '2B', '30']);
    expect(all).toContainEqual({ code: '2A', name: 'Corse-du-Sud', regionCode: '94', regionName: 'Corse' });
  });

  it('keeps to one région when asked', () => {
    expect(service.list('53').map((d) => d.code)).toEqual(['22', '29', '35', '56']);
    expect(service.list('06')).toEqual([{ code: '976', name: 'Mayotte', regionCode: '06', regionName: 'Mayotte' }]);
  });

  it('finds one by code', () => {
    expect(service.get('974')).toEqual({ code: '974', name: 'La Réunion', regionCode: '04', regionName: 'La Réunion' });
    expect(service.get('20')).toBeNull();
  });
});
