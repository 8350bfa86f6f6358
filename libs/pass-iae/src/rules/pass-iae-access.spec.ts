import { candidateActor, memberActor } from '@iae/testing';
import { passIaeAccess } from './pass-iae-access';

const member = (family: 'employer' | 'prescriber', id: string) => memberActor({ id, family, kind: family === 'employer' ? 'EI' : 'ML' });
const candidate = candidateActor();
const SUSPEND = 'Seule la SIAE de la dernière embauche, ou un prescripteur habilité, suspend ce PASS IAE.';

describe('who acts on a PASS IAE (A.3, A.4)', () => {
  it('the SIAE of the last hire suspends; another SIAE does not', () => {
    expect(passIaeAccess(member('employer', 'siae-1'), 'suspend', { lastHireEmployerId: 'siae-1', habilitated: false })).toEqual({ allowed: true });
    expect(passIaeAccess(member('employer', 'siae-2'), 'suspend', { lastHireEmployerId: 'siae-1', habilitated: false })).toEqual({
      allowed: false,
      reason: SUSPEND,
    });
  });

  it('a habilitated prescriber suspends, an orienteur does not, nor a candidate', () => {
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'suspend', { lastHireEmployerId: 'siae-1', habilitated: true })).toEqual({ allowed: true });
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'suspend', { lastHireEmployerId: 'siae-1', habilitated: false })).toEqual({
      allowed: false,
      reason: SUSPEND,
    });
    expect(passIaeAccess(candidate, 'suspend', { lastHireEmployerId: 'siae-1', habilitated: false })).toEqual({ allowed: false, reason: SUSPEND });
  });

  it('a suspension is changed by the organisation that made it, while it still may suspend the PASS', () => {
    const refused = { allowed: false, reason: 'Seule la structure qui a fait la suspension la modifie ou la supprime.' };
    const own = { suspensionOrganizationId: 'siae-1', lastHireEmployerId: 'siae-1' };
    expect(passIaeAccess(member('employer', 'siae-1'), 'edit-suspension', own)).toEqual({ allowed: true });
    expect(passIaeAccess(member('employer', 'siae-2'), 'edit-suspension', own)).toEqual(refused);
    expect(passIaeAccess(member('employer', 'siae-1'), 'edit-suspension', { ...own, suspensionOrganizationId: null })).toEqual(refused);
    // Hired since by another SIAE: the first one has no say on the PASS any more.
    expect(passIaeAccess(member('employer', 'siae-1'), 'edit-suspension', { ...own, lastHireEmployerId: 'siae-2' })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('embauchée depuis par une autre structure'),
    });
    const byPrescriber = { suspensionOrganizationId: 'ml-1', lastHireEmployerId: 'siae-1' };
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'edit-suspension', { ...byPrescriber, habilitated: true })).toEqual({ allowed: true });
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'edit-suspension', { ...byPrescriber, habilitated: false })).toMatchObject({ allowed: false });
  });

  it('only the SIAE of the last hire prolongs', () => {
    const refused = { allowed: false, reason: 'Seule la SIAE de la dernière embauche prolonge ce PASS IAE.' };
    expect(passIaeAccess(member('employer', 'siae-1'), 'prolong', { lastHireEmployerId: 'siae-1' })).toEqual({ allowed: true });
    expect(passIaeAccess(member('employer', 'siae-2'), 'prolong', { lastHireEmployerId: 'siae-1' })).toEqual(refused);
    expect(passIaeAccess(member('employer', 'siae-1'), 'prolong', { lastHireEmployerId: null })).toEqual(refused);
  });

  it('the bilan is read by the SIAE that asks and the prescriber organisation asked', () => {
    const request = { prescriberOrganizationId: 'ml-1', declaredByEmployerId: 'siae-1' };
    expect(passIaeAccess(member('employer', 'siae-1'), 'open-prolongation-report', request)).toEqual({ allowed: true });
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'open-prolongation-report', request)).toEqual({ allowed: true });
    expect(passIaeAccess(member('prescriber', 'ml-2'), 'open-prolongation-report', request)).toEqual({
      allowed: false,
      reason: 'Le bilan se consulte par la structure qui demande la prolongation et l’organisation qui la décide.',
    });
  });

  it('the prescriber organisation asked decides a request; to anyone else it does not exist', () => {
    const hidden = { allowed: false, reason: 'Aucune demande de prolongation adressée à votre organisation ne porte cet identifiant.', hide: true };
    expect(
      passIaeAccess(member('prescriber', 'ml-1'), 'decide-prolongation', { request: { prescriberOrganizationId: 'ml-1' }, deciderHabilitated: true }),
    ).toEqual({ allowed: true });
    expect(passIaeAccess(member('prescriber', 'ml-2'), 'decide-prolongation', { request: { prescriberOrganizationId: 'ml-1' } })).toEqual(hidden);
    expect(passIaeAccess(member('employer', 'siae-1'), 'decide-prolongation', { request: { prescriberOrganizationId: 'ml-1' } })).toEqual(hidden);
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'decide-prolongation', { request: null })).toEqual(hidden);
  });

  it('the SIAE that asked, alone, addresses a request to another prescriber; to anyone else it does not exist', () => {
    const request = { prescriberOrganizationId: 'ml-1', declaredByEmployerId: 'siae-1' };
    expect(passIaeAccess(member('employer', 'siae-1'), 'readdress-prolongation', { request })).toEqual({ allowed: true });
    expect(passIaeAccess(member('employer', 'siae-2'), 'readdress-prolongation', { request })).toMatchObject({ allowed: false, hide: true });
    expect(passIaeAccess(member('prescriber', 'ml-1'), 'readdress-prolongation', { request })).toMatchObject({ allowed: false, hide: true });
    expect(passIaeAccess(member('employer', 'siae-1'), 'readdress-prolongation', { request: null })).toMatchObject({ allowed: false, hide: true });
  });

  it('an organisation asked that is no longer habilitated (habilitation ended or withdrawn) no longer decides: 403, the request not hidden', () => {
    const decision = passIaeAccess(member('prescriber', 'ml-1'), 'decide-prolongation', {
      request: { prescriberOrganizationId: 'ml-1' },
      deciderHabilitated: false,
    });
    expect(decision).toEqual({ allowed: false, reason: expect.stringContaining('n’est plus un prescripteur habilité') });
    // Not habilitated and not asked: the request stays hidden.
    expect(
      passIaeAccess(member('prescriber', 'ml-2'), 'decide-prolongation', { request: { prescriberOrganizationId: 'ml-1' }, deciderHabilitated: false }),
    ).toMatchObject({ hide: true });
  });
});
