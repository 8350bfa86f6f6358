import { candidateActor, memberActor, staffActor } from '@iae/testing';
import { diagnosisAccess } from './eligibility-access';

const member = (family: 'employer' | 'prescriber', id: string, role: 'admin' | 'member' | null = 'member') =>
  memberActor({ id, family, role, authorizationStatus: 'validated' });
const candidate = candidateActor();
const staff = staffActor();
const bySiae = { authorKind: 'employer', authorOrganizationId: 'siae-1' };
const byPrescriber = { authorKind: 'prescriber', authorOrganizationId: 'ft-1' };
const PROOFS = 'Les justificatifs se consultent par la structure qui a réalisé le diagnostic, le candidat et l’équipe de la plateforme.';
const HIDDEN = { allowed: false, reason: 'Aucun diagnostic que vous pouvez consulter ne porte cet identifiant.', hide: true };

describe('who works with eligibility diagnoses', () => {
  it('a professional diagnoses for the organisation it acts for', () => {
    expect(diagnosisAccess(member('prescriber', 'ft-1'), 'diagnose')).toEqual({ allowed: true });
    expect(diagnosisAccess(member('employer', 'siae-1', 'admin'), 'diagnose')).toEqual({ allowed: true });
    const refused = { allowed: false, reason: 'Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).' };
    expect(diagnosisAccess(staff, 'diagnose')).toEqual(refused);
    expect(diagnosisAccess(candidate, 'diagnose')).toEqual(refused);
  });

  it('a proof is opened by the author, the candidate and the staff', () => {
    expect(diagnosisAccess(member('employer', 'siae-1'), 'open-proof', { access: 'professional', diagnosis: bySiae })).toEqual({ allowed: true });
    expect(diagnosisAccess(member('prescriber', 'ft-1'), 'open-proof', { access: 'professional', diagnosis: byPrescriber })).toEqual({ allowed: true });
    expect(diagnosisAccess(candidate, 'open-proof', { access: 'self', diagnosis: bySiae })).toEqual({ allowed: true });
    expect(diagnosisAccess(staff, 'open-proof', { access: 'staff', diagnosis: bySiae })).toEqual({ allowed: true });
  });

  it('another professional sees a prescriber’s diagnosis but not its proofs, and not a SIAE’s diagnosis at all', () => {
    expect(diagnosisAccess(member('employer', 'siae-2'), 'open-proof', { access: 'professional', diagnosis: byPrescriber })).toEqual({
      allowed: false,
      reason: PROOFS,
    });
    expect(diagnosisAccess(member('prescriber', 'ft-1'), 'open-proof', { access: 'professional', diagnosis: bySiae })).toEqual(HIDDEN);
    expect(diagnosisAccess(member('prescriber', 'ft-1'), 'open-proof', { access: 'professional', diagnosis: null })).toEqual(HIDDEN);
  });
});
