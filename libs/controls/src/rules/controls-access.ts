import { AccessDecision, Actor, allow, deny } from '@iae/core';
import { ReviewRight, reviewRight } from '@iae/prescribers';
import { departementsOfRegion, findDepartement } from '@iae/territory';

const STATE_SERVICES_ONLY = 'Réservé aux services de l’État (DDETS, DREETS, DGEFP) et à l’équipe de la plateforme.';

export interface CampaignSubject {
  departementCode: string;
  institutionId: string;
}

/**
 * Who sees and decides a campaign: the DDETS that runs it decides; the DREETS of its région, the
 * DGEFP and platform staff read. Anyone else is refused (403), not told the campaign does not exist.
 */
export function campaignRight(actor: Actor, campaign: CampaignSubject): ReviewRight {
  const departement = findDepartement(campaign.departementCode);
  if (!departement) return null;
  const institution = reviewingInstitution(actor);
  const right = reviewRight({ isStaff: actor.isStaff, institution }, { code: departement.code, regionCode: departement.regionCode });
  // One DDETS per département; the campaign's own institution decides, whoever else reads.
  if (right === 'decide' && institution?.id !== campaign.institutionId) return 'read';
  return right;
}

/**
 * `open`: a DDETS opens a campaign for its own département; `list`: the State services and staff list the campaigns
 * (and the habilitation board) of their scope; `read` / `decide`: one campaign, by its right.
 */
export function campaignAccess(actor: Actor, action: 'open' | 'list'): AccessDecision;
export function campaignAccess(actor: Actor, action: 'read' | 'decide', campaign: CampaignSubject): AccessDecision;
export function campaignAccess(actor: Actor, action: 'open' | 'list' | 'read' | 'decide', campaign?: CampaignSubject): AccessDecision {
  if (action === 'open') {
    const institution = actor.organization;
    return institution?.kind === 'DDETS_IAE' && institution.departmentCode
      ? allow()
      : deny('Seule une DDETS ouvre une campagne de contrôle, pour son département.');
  }
  if (action === 'list') return reviewerScope(actor) === undefined ? deny(STATE_SERVICES_ONLY) : allow();
  const right = campaignRight(actor, campaign!);
  if (right === 'decide' || (action === 'read' && right === 'read')) return allow();
  return deny(action === 'decide' ? 'Seuls les membres de la DDETS qui conduit la campagne examinent et décident.' : STATE_SERVICES_ONLY);
}

/** A SIAE reads and answers its own control, once it has been told of it (before, the control does not exist for it). */
export function evaluationAccess(actor: Actor, action: 'siae', evaluation: { employerId: string; state: string }): AccessDecision {
  const organization = actor.organization;
  if (action !== 'siae' || organization?.family !== 'employer' || !organization.role || organization.id !== evaluation.employerId) {
    return deny('Ce contrôle concerne une autre structure : seuls ses membres le consultent.');
  }
  if (evaluation.state === 'pending') return deny('Aucun contrôle ne porte cet identifiant.', { hide: true });
  return allow();
}

/** The départements a reviewer sees: null for all of them, undefined for someone who is no reviewer (see `campaignAccess(…, 'list')`). */
export function reviewerScope(actor: Actor): string[] | null | undefined {
  const institution = reviewingInstitution(actor);
  if (institution?.kind === 'DDETS_IAE') return [institution.departmentCode as string];
  if (institution?.kind === 'DREETS_IAE') return departementsOfRegion(institution.regionCode as string).map((d) => d.code);
  if (institution?.kind === 'DGEFP_IAE' || actor.isStaff) return null;
  return undefined;
}

function reviewingInstitution(actor: Actor) {
  return actor.organization?.family === 'institution' && actor.organization.role ? actor.organization : null;
}
