import { memberActor, staffActor } from '@iae/testing';
import { campaignAccess, campaignRight, evaluationAccess, reviewerScope } from './controls-access';

const institution = (kind: string, id: string, departmentCode: string | null, regionCode: string | null, role: 'admin' | 'member' | null = 'member') =>
  memberActor({ id, family: 'institution', kind, role, departmentCode, regionCode });
const siae = (id: string, role: 'admin' | 'member' | null = 'member') =>
  memberActor({ id, family: 'employer', kind: 'EI', role, departmentCode: '13', regionCode: '93' });
const ddets13 = institution('DDETS_IAE', 'ddets-13', '13', '93');
const dreetsPaca = institution('DREETS_IAE', 'dreets-93', null, '93');
const dgefp = institution('DGEFP_IAE', 'dgefp', null, null);
const staff = staffActor();
const campaign = { departementCode: '13', institutionId: 'ddets-13' };
const STATE_SERVICES_ONLY = 'Réservé aux services de l’État (DDETS, DREETS, DGEFP) et à l’équipe de la plateforme.';

describe('who sees and decides a control campaign', () => {
  it('a DDETS opens a campaign for its département; nobody else does', () => {
    expect(campaignAccess(ddets13, 'open')).toEqual({ allowed: true });
    const refused = { allowed: false, reason: 'Seule une DDETS ouvre une campagne de contrôle, pour son département.' };
    expect(campaignAccess(dreetsPaca, 'open')).toEqual(refused);
    expect(campaignAccess(staff, 'open')).toEqual(refused);
    expect(campaignAccess(siae('siae-1'), 'open')).toEqual(refused);
  });

  it('the State services list within their scope; a SIAE does not list', () => {
    expect(reviewerScope(ddets13)).toEqual(['13']);
    expect(reviewerScope(dreetsPaca)).toEqual(expect.arrayContaining(['04', '05', '06', '13', '83', '84']));
    expect(reviewerScope(dgefp)).toBeNull();
    expect(reviewerScope(staff)).toBeNull();
    for (const actor of [ddets13, dreetsPaca, dgefp, staff]) expect(campaignAccess(actor, 'list')).toEqual({ allowed: true });
    expect(campaignAccess(siae('siae-1'), 'list')).toEqual({ allowed: false, reason: STATE_SERVICES_ONLY });
    expect(campaignAccess(institution('DDETS_IAE', 'ddets-13', '13', '93', null), 'list')).toEqual({ allowed: false, reason: STATE_SERVICES_ONLY });
  });

  it('the DDETS that runs the campaign decides; the DREETS, the DGEFP and the staff read', () => {
    expect(campaignRight(ddets13, campaign)).toBe('decide');
    expect(campaignAccess(ddets13, 'decide', campaign)).toEqual({ allowed: true });
    const readOnly = { allowed: false, reason: 'Seuls les membres de la DDETS qui conduit la campagne examinent et décident.' };
    for (const actor of [dreetsPaca, dgefp, staff]) {
      expect(campaignAccess(actor, 'read', campaign)).toEqual({ allowed: true });
      expect(campaignAccess(actor, 'decide', campaign)).toEqual(readOnly);
    }
  });

  it('another DDETS of the same département (a campaign of a former institution) reads only; another département nothing', () => {
    expect(campaignRight(institution('DDETS_IAE', 'ddets-13-bis', '13', '93'), campaign)).toBe('read');
    const ddets75 = institution('DDETS_IAE', 'ddets-75', '75', '11');
    expect(campaignAccess(ddets75, 'read', campaign)).toEqual({ allowed: false, reason: STATE_SERVICES_ONLY });
    expect(campaignAccess(siae('siae-1'), 'read', campaign)).toEqual({ allowed: false, reason: STATE_SERVICES_ONLY });
  });

  it('a SIAE reads its own control once told of it; another structure is refused', () => {
    expect(evaluationAccess(siae('siae-1'), 'siae', { employerId: 'siae-1', state: 'submittable' })).toEqual({ allowed: true });
    expect(evaluationAccess(siae('siae-1'), 'siae', { employerId: 'siae-1', state: 'pending' })).toEqual({
      allowed: false,
      reason: 'Aucun contrôle ne porte cet identifiant.',
      hide: true,
    });
    const refused = { allowed: false, reason: 'Ce contrôle concerne une autre structure : seuls ses membres le consultent.' };
    expect(evaluationAccess(siae('siae-2'), 'siae', { employerId: 'siae-1', state: 'submittable' })).toEqual(refused);
    expect(evaluationAccess(siae('siae-1', null), 'siae', { employerId: 'siae-1', state: 'submittable' })).toEqual(refused);
    expect(evaluationAccess(ddets13, 'siae', { employerId: 'siae-1', state: 'submittable' })).toEqual(refused);
  });
});
