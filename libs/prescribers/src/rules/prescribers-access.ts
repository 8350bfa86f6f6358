import { AccessDecision, Actor, allow, deny } from '@iae/core';
import { findDepartement } from '@iae/territory';
import { ReviewRight, reviewRight } from './habilitation-rules';

export type PrescriberOrganizationAction = 'register' | 'edit' | 'withdraw-habilitation';

/**
 * Who changes prescriber organisations (the membership itself is the route guard's): a professional or the staff
 * registers one; the identity of an organisation (name, kind, SIRET, SAFIR) is set by the staff; the DDETS that
 * habilitated an organisation withdraws the habilitation.
 */
export function prescriberOrganizationAccess(
  actor: Actor,
  action: PrescriberOrganizationAction,
  subject: { staffOnlyFields?: readonly string[]; habilitationDepartementCode?: string } = {},
): AccessDecision {
  switch (action) {
    case 'register':
      return actor.isStaff || actor.kind === 'professional' ? allow() : deny('Un compte candidat ne peut pas inscrire d’organisation.');
    case 'edit':
      return subject.staffOnlyFields?.length && !actor.isStaff
        ? deny('Le nom, le type, le SIRET et le code SAFIR sont modifiés par l’équipe de la plateforme.')
        : allow();
    case 'withdraw-habilitation':
      return reviewerRight(actor, subject.habilitationDepartementCode ?? '') === 'decide'
        ? allow()
        : deny('Seule la DDETS qui a accordé l’habilitation peut la retirer.');
  }
}

export type HabilitationRequestAction = 'list-for-review' | 'read-as-reviewer' | 'review' | 'act-for-organization';

export interface HabilitationRequestSubject {
  status: string;
  departementCode: string;
  organizationId: string;
}

/**
 * Who sees and moves a habilitation request: the organisation that asks (its own requests); the State services read
 * the sent requests of their territory (DDETS: its département, DREETS: its région, DGEFP and staff: all), and only
 * the DDETS of the request's département instructs and decides. A request one may not see does not exist (404).
 */
export function habilitationRequestAccess(actor: Actor, action: 'list-for-review'): AccessDecision;
export function habilitationRequestAccess(actor: Actor, action: 'read-as-reviewer' | 'review', request: HabilitationRequestSubject | null): AccessDecision;
export function habilitationRequestAccess(
  actor: Actor,
  action: 'act-for-organization',
  request: HabilitationRequestSubject | null,
  actingOrganizationId: string,
): AccessDecision;
export function habilitationRequestAccess(
  actor: Actor,
  action: HabilitationRequestAction,
  request?: HabilitationRequestSubject | null,
  actingOrganizationId?: string,
): AccessDecision {
  const notFound = 'Aucune demande d’habilitation ne porte cet identifiant.';
  switch (action) {
    case 'list-for-review': {
      const kind = actor.organization?.kind;
      return kind === 'DDETS_IAE' || kind === 'DREETS_IAE' || kind === 'DGEFP_IAE' || actor.isStaff
        ? allow()
        : deny('Réservé aux services de l’État (DDETS, DREETS, DGEFP) et à l’équipe de la plateforme.');
    }
    case 'read-as-reviewer':
      return request && request.status !== 'draft' && reviewerRight(actor, request.departementCode)
        ? allow()
        : deny('Aucune demande de votre territoire ne porte cet identifiant.', { hide: true });
    case 'review':
      if (!request || request.status === 'draft' || !reviewerRight(actor, request.departementCode)) return deny(notFound, { hide: true });
      return reviewerRight(actor, request.departementCode) === 'decide'
        ? allow()
        : deny('Seule la DDETS du département de la demande l’instruit et la décide.');
    case 'act-for-organization':
      return request && request.organizationId === actingOrganizationId ? allow() : deny(notFound, { hide: true });
  }
}

/** What a State service (or the staff) may do about a département: decide (its DDETS), read, or nothing. */
export function reviewerRight(actor: Actor, departementCode: string): ReviewRight {
  const departement = findDepartement(departementCode);
  if (!departement) return null;
  const institution = actor.organization?.family === 'institution' && actor.organization.role ? actor.organization : null;
  return reviewRight({ isStaff: actor.isStaff, institution }, { code: departement.code, regionCode: departement.regionCode });
}
