import { AccessDecision, Actor, allow, deny } from '@iae/core';

/**
 * Who sees a candidate's personal data (guide §3.5, reference platform §2.10): the candidate, platform
 * staff through an audited access, habilitated prescribers, and the organisations linked to the
 * candidate (created them, applied for them, received their candidature, or proved they know them).
 * An orienteur therefore sees only the candidates it works with.
 */
export type CandidateAccess = 'self' | 'staff' | 'professional' | 'none';

export interface Viewer {
  userId: string;
  isStaff: boolean;
  organization: { id: string; family: string; habilitated: boolean; isMember: boolean } | null;
}

export function candidateAccess(viewer: Viewer, candidate: { userId: string | null; linkedOrganizationIds: readonly string[] }): CandidateAccess {
  if (candidate.userId && candidate.userId === viewer.userId) return 'self';
  const organization = viewer.organization;
  if (organization?.isMember) {
    if (organization.family === 'prescriber' && organization.habilitated) return 'professional';
    if (candidate.linkedOrganizationIds.includes(organization.id)) return 'professional';
  }
  if (viewer.isStaff) return 'staff';
  return 'none';
}

/** Dimensions of the diagnostic that reveal health or justice matters: shown to fewer people. */
export const SENSITIVE_BARRIERS = ['health', 'addiction', 'justice'] as const;

export interface DiagnosticViewer {
  access: CandidateAccess;
  organizationId: string | null;
  /** Consents the candidate gave to this viewer's organisation (as an employer). */
  consents: ReadonlyArray<'share_diagnostic' | 'share_sensitive_diagnostic'>;
  isEmployer: boolean;
}

/**
 * What of the diagnostic a viewer may read: everything for the candidate and audited staff; the
 * shared part for the prescribers and orienteurs working with the candidate; for an employer, only
 * what the candidate consented to share with it. A sensitive item also shows to its author's organisation.
 */
export function diagnosticVisibility(viewer: DiagnosticViewer): { general: boolean; sensitive: 'all' | 'own' | 'none' } {
  if (viewer.access === 'self' || viewer.access === 'staff') return { general: true, sensitive: 'all' };
  if (viewer.isEmployer) {
    return {
      general: viewer.consents.length > 0,
      sensitive: viewer.consents.includes('share_sensitive_diagnostic') ? 'all' : 'none',
    };
  }
  if (viewer.access === 'professional') return { general: true, sensitive: 'own' };
  return { general: false, sensitive: 'none' };
}

const ACT_FOR_AN_ORGANIZATION = 'Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).';

export type CandidateFileAction =
  | 'read'
  | 'edit'
  | 'register'
  | 'list-followed'
  | 'claim'
  | 'create-own'
  | 'accept-invitation'
  | 'collect-consent'
  | 'revoke-consent'
  | 'edit-diagnostic'
  | 'request-nir-correction';

export interface CandidateFileSubject {
  /** The level `candidateAccess` gave the actor on the person ('none' also when no person bears the id). */
  access?: CandidateAccess;
  /** `revoke-consent`: the organisation that collected the consent. */
  collectedByOrganizationId?: string | null;
  /** `accept-invitation`, once the invitation is loaded: the address it was sent to. */
  invitedEmail?: string;
  /** `edit`: the person has an account of their own. */
  hasAccount?: boolean;
  /** `edit`: the organisation that registered the person. */
  registeredByOrganizationId?: string | null;
  /** `edit`: the actor acts for a habilitated prescriber. */
  habilitatedPrescriber?: boolean;
}

/**
 * What may be done with a candidate's file (fiche candidat), once `candidateAccess` has given the level: a file one
 * may not see does not exist (404); a professional registers, follows and claims people for the organisation it acts
 * for; a candidate account creates its own file and accepts the invitations sent to its address; consent is collected
 * by the person or a professional who accompanies them (never the staff) and withdrawn by the person or the
 * organisation that collected it; the prescribers and orienteurs write the socio-professional diagnostic; a NIR
 * correction is asked by the person or a professional, and examined by the staff.
 */
export function candidateFileAccess(actor: Actor, action: CandidateFileAction, subject: CandidateFileSubject = {}): AccessDecision {
  const organization = actor.organization;
  switch (action) {
    case 'read':
      return subject.access && subject.access !== 'none' ? allow() : deny('Aucun candidat que vous suivez ne porte cet identifiant.', { hide: true });
    case 'edit':
      // Reference platform (`can_edit_personal_information`): a person with an account keeps their data to themselves;
      // a file kept by proxy is edited by habilitated prescribers and employers, an orienteur's only by who registered it.
      if (!subject.access || subject.access === 'none') return deny('Aucun candidat que vous suivez ne porte cet identifiant.', { hide: true });
      if (subject.access === 'self' || subject.access === 'staff') return allow();
      if (subject.hasAccount)
        return deny('Cette personne a son propre compte : elle seule modifie ses informations personnelles. Invitez-la à les mettre à jour.');
      if (organization?.family === 'prescriber' && !subject.habilitatedPrescriber && subject.registeredByOrganizationId !== organization.id)
        return deny('Un orienteur ne modifie que les fiches des personnes que son organisation a inscrites.');
      return allow();
    case 'register':
    case 'list-followed':
    case 'claim':
      return organization?.role ? allow() : deny(ACT_FOR_AN_ORGANIZATION);
    case 'create-own':
      return actor.kind === 'candidate' ? allow() : deny('Réservé aux comptes candidats.');
    case 'accept-invitation':
      if (actor.kind !== 'candidate') return deny('Réservé aux comptes candidats.');
      return subject.invitedEmail === undefined || subject.invitedEmail.toLowerCase() === actor.email.toLowerCase()
        ? allow()
        : deny('Cette invitation a été envoyée à une autre adresse que la vôtre.');
    case 'collect-consent':
      return subject.access === 'staff' ? deny('Le consentement est recueilli par le candidat ou par le professionnel qui l’accompagne.') : allow();
    case 'revoke-consent':
      return subject.access === 'self' || subject.collectedByOrganizationId === organization?.id
        ? allow()
        : deny('Seuls le candidat et l’organisation qui a recueilli le consentement peuvent le retirer.');
    case 'edit-diagnostic':
      return organization?.role && organization.family === 'prescriber'
        ? allow()
        : deny('Le diagnostic d’accompagnement est rédigé par les prescripteurs et orienteurs qui accompagnent la personne.');
    case 'request-nir-correction':
      return subject.access === 'staff'
        ? deny('L’équipe de la plateforme examine les demandes de correction ; le candidat ou un professionnel qui le suit la dépose.')
        : allow();
  }
}
