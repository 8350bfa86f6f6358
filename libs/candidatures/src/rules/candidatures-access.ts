import { AccessDecision, Actor, MembershipRole, allow, deny } from '@iae/core';

const ACT_FOR_AN_ORGANIZATION = 'Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).';
/** Said alike of a candidature that does not exist and of one another structure received: the id tells nothing. */
const NOT_RECEIVED = 'Aucune candidature reçue par votre structure ne porte cet identifiant.';

export type CandidatureAction = 'read' | 'list-received' | 'list-sent' | 'send' | 'answer' | 'archive' | 'transfer' | 'transfer-externally';

export interface CandidatureSubject {
  /** `read`: as whom the actor reads the candidature (`CandidaturesService.readerOf`); null when it may not, or no candidature bears the id. */
  reader?: 'employer' | 'sender' | 'candidate' | 'staff' | null;
  /** The candidature as received, once loaded: null when no candidature bears the id; omitted before it is loaded. */
  received?: { employerId: string } | null;
  /** `send` by a candidate: the person asked for, and the candidate's own file. */
  candidateId?: string | null;
  ownCandidateId?: string | null;
  /** `transfer`: the acting user's role in the structure the candidature goes to (null: not a member). */
  targetRole?: MembershipRole | null;
}

/**
 * Who does what with candidatures: its employer, its sender, the candidate and the staff read it (anyone else is told
 * it does not exist); a member of the receiving employer answers, archives and transfers what it
 * received (anyone else is told it does not exist); a professional lists and sends for the organisation it acts for;
 * a candidate applies for themself only.
 */
export function candidatureAccess(actor: Actor, action: CandidatureAction, subject: CandidatureSubject = {}): AccessDecision {
  const organization = actor.organization;
  const isEmployerMember = !!organization?.role && organization.family === 'employer';
  switch (action) {
    case 'read':
      return subject.reader ? allow() : deny('Aucune candidature que vous pouvez consulter ne porte cet identifiant.', { hide: true });
    case 'list-received':
      return isEmployerMember ? allow() : deny(ACT_FOR_AN_ORGANIZATION);
    case 'list-sent':
      return organization?.role ? allow() : deny(ACT_FOR_AN_ORGANIZATION);
    case 'send':
      if (actor.kind === 'candidate') {
        return subject.candidateId && subject.candidateId !== subject.ownCandidateId ? deny('Un candidat postule pour lui-même.') : allow();
      }
      return organization?.role ? allow() : deny(ACT_FOR_AN_ORGANIZATION);
    case 'answer':
    case 'archive':
      if (!isEmployerMember) {
        return deny(action === 'answer' ? 'Seule la structure qui a reçu la candidature y répond.' : 'Seule la structure qui a reçu la candidature l’archive.');
      }
      return receivedBy(organization!.id, subject);
    case 'transfer-externally':
      return receivedBy(organization?.id, subject);
    case 'transfer':
      return subject.targetRole ? allow() : deny('Vous ne transférez une candidature que vers une autre structure dont vous êtes membre.');
  }
}

function receivedBy(organizationId: string | undefined, subject: CandidatureSubject): AccessDecision {
  if (subject.received === undefined) return allow();
  return subject.received && subject.received.employerId === organizationId ? allow() : deny(NOT_RECEIVED, { hide: true });
}
