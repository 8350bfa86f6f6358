import { AccessDecision, Actor, allow, deny } from '@iae/core';
import type { CandidateAccess } from '@iae/candidates';

export interface ProofSubject {
  /** The level the candidates' rule gives the actor on the person. */
  access: CandidateAccess;
  /** The diagnosis the proof belongs to (null: none of this person bears the id). */
  diagnosis: { authorKind: string; authorOrganizationId: string | null } | null;
}

/**
 * Who works with eligibility diagnoses: a professional diagnoses for the organisation it acts for; a proof is opened
 * by the structure that made the diagnosis, the candidate and the staff. A SIAE's own diagnosis is not shown to the
 * other professionals at all (404); a prescriber's is, but not its proofs (403).
 */
export function diagnosisAccess(actor: Actor, action: 'diagnose'): AccessDecision;
export function diagnosisAccess(actor: Actor, action: 'open-proof', subject: ProofSubject): AccessDecision;
export function diagnosisAccess(actor: Actor, action: 'diagnose' | 'open-proof', subject?: ProofSubject): AccessDecision {
  if (action === 'diagnose') return actor.organization?.role ? allow() : deny('Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).');
  const { access, diagnosis } = subject!;
  const isAuthor = !!diagnosis && diagnosis.authorOrganizationId === actor.organization?.id;
  if (!diagnosis || (diagnosis.authorKind === 'employer' && !isAuthor && access === 'professional')) {
    return deny('Aucun diagnostic que vous pouvez consulter ne porte cet identifiant.', { hide: true });
  }
  return access === 'self' || access === 'staff' || isAuthor
    ? allow()
    : deny('Les justificatifs se consultent par la structure qui a réalisé le diagnostic, le candidat et l’équipe de la plateforme.');
}
