import { Actor, forbidden } from '@iae/core';
import { ReviewRight, reviewRight } from '@iae/prescribers';
import { departementsOfRegion, findDepartement } from '@iae/territory';

/**
 * Who sees and decides a campaign: the DDETS that runs it decides; the DREETS of its région, the
 * DGEFP and platform staff read. Anyone else is refused (403), not told the campaign does not exist.
 */
export function campaignRight(actor: Actor, campaign: { departementCode: string; institutionId: string }): ReviewRight {
  const departement = findDepartement(campaign.departementCode);
  if (!departement) return null;
  const institution = actor.organization?.family === 'institution' && actor.organization.role ? actor.organization : null;
  const right = reviewRight({ isStaff: actor.isStaff, institution }, { code: departement.code, regionCode: departement.regionCode });
  // One DDETS per département; the campaign's own institution decides, whoever else reads.
  if (right === 'decide' && institution?.id !== campaign.institutionId) return 'read';
  return right;
}

export function requireRight(actor: Actor, campaign: { departementCode: string; institutionId: string }, needed: 'read' | 'decide'): void {
  const right = campaignRight(actor, campaign);
  if (right === 'decide' || (needed === 'read' && right === 'read')) return;
  throw forbidden(
    needed === 'decide'
      ? 'Seuls les membres de la DDETS qui conduit la campagne examinent et décident.'
      : 'Réservé à la DDETS de la campagne, à la DREETS de sa région, à la DGEFP et à l’équipe de la plateforme.',
  );
}

/** The départements a reviewer sees (null: all), or a 403 for anyone else. */
export function reviewerScope(actor: Actor): string[] | null {
  const institution = actor.organization?.family === 'institution' && actor.organization.role ? actor.organization : null;
  if (institution?.kind === 'DDETS_IAE') return [institution.departmentCode as string];
  if (institution?.kind === 'DREETS_IAE') return departementsOfRegion(institution.regionCode as string).map((d) => d.code);
  if (institution?.kind === 'DGEFP_IAE' || actor.isStaff) return null;
  throw forbidden('Réservé aux services de l’État (DDETS, DREETS, DGEFP) et à l’équipe de la plateforme.');
}
