import { statsAccess } from './stats-access';
import { StatsTerritory } from './stats-territory';

const bouchesDuRhone: StatsTerritory = { level: 'departement', code: '13', name: 'Bouches-du-Rhône', regionCode: '93' };
const REFUSED = {
  allowed: false,
  reason:
    'Ces chiffres nomment des structures : ils sont réservés à la DDETS du département, à la DREETS de la région, à la DGEFP et à l’équipe de la plateforme.',
};

describe('who reads the figures that name structures', () => {
  it('the DDETS of the département, the DREETS of its région, the DGEFP and the staff', () => {
    expect(
      statsAccess({ isStaff: false, organization: { kind: 'DDETS_IAE', departmentCode: '13', regionCode: '93' } }, 'read-structure-figures', bouchesDuRhone),
    ).toEqual({
      allowed: true,
    });
    expect(
      statsAccess({ isStaff: false, organization: { kind: 'DREETS_IAE', departmentCode: null, regionCode: '93' } }, 'read-structure-figures', bouchesDuRhone),
    ).toEqual({
      allowed: true,
    });
    expect(
      statsAccess({ isStaff: false, organization: { kind: 'DGEFP_IAE', departmentCode: null, regionCode: null } }, 'read-structure-figures', bouchesDuRhone),
    ).toEqual({
      allowed: true,
    });
    expect(statsAccess({ isStaff: true, organization: null }, 'read-structure-figures', bouchesDuRhone)).toEqual({ allowed: true });
  });

  it('not another DDETS, a SIAE, nor someone not signed in', () => {
    expect(
      statsAccess({ isStaff: false, organization: { kind: 'DDETS_IAE', departmentCode: '75', regionCode: '11' } }, 'read-structure-figures', bouchesDuRhone),
    ).toEqual(REFUSED);
    expect(
      statsAccess({ isStaff: false, organization: { kind: 'ACI', departmentCode: '13', regionCode: '93' } }, 'read-structure-figures', bouchesDuRhone),
    ).toEqual(REFUSED);
    expect(statsAccess(undefined, 'read-structure-figures', bouchesDuRhone)).toEqual(REFUSED);
  });
});
