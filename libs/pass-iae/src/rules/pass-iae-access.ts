import { AccessDecision, Actor, allow, deny } from '@iae/core';
import { suspensionRight } from './suspension-rules';

export type PassIaeAction = 'suspend' | 'edit-suspension' | 'prolong' | 'open-prolongation-report' | 'decide-prolongation' | 'readdress-prolongation';

export interface PassIaeSubject {
  /** The employer of the PASS's last hire (null: none). */
  lastHireEmployerId?: string | null;
  /** Whether the acting organisation is a habilitated prescriber (identity's `isHabilitated`). */
  habilitated?: boolean;
  /** `edit-suspension`: the organisation that made the suspension (null for one made by a hire or the staff). */
  suspensionOrganizationId?: string | null;
  /** `open-prolongation-report`: the two sides of the request. */
  prescriberOrganizationId?: string | null;
  declaredByEmployerId?: string | null;
  /** `decide-prolongation`, `readdress-prolongation`: the request, once loaded (null: none bears the id). */
  request?: { prescriberOrganizationId: string | null; declaredByEmployerId?: string | null } | null;
  /** `decide-prolongation`: whether the organisation asked is habilitated at the decision (read under lock). */
  deciderHabilitated?: boolean;
}

/**
 * Who acts on a PASS IAE: the SIAE of the last hire suspends (any reason) and prolongs; a habilitated prescriber
 * suspends too; a suspension is changed by the organisation that made it; a prolongation's bilan is read by the SIAE
 * that asks and the prescriber organisation asked, which alone decides it (to anyone else the request does not exist),
 * and only while it is habilitated; the SIAE that asked addresses it to another one when it no longer is.
 */
export function passIaeAccess(actor: Actor, action: PassIaeAction, subject: PassIaeSubject): AccessDecision {
  const organization = actor.organization;
  switch (action) {
    case 'suspend': {
      const author = organization
        ? suspensionRight({ id: organization.id, family: organization.family, habilitated: !!subject.habilitated }, subject.lastHireEmployerId ?? null)
        : null;
      return author ? allow() : deny('Seule la SIAE de la dernière embauche, ou un prescripteur habilité, suspend ce PASS IAE.');
    }
    case 'edit-suspension': {
      if (!subject.suspensionOrganizationId || subject.suspensionOrganizationId !== organization?.id)
        return deny('Seule la structure qui a fait la suspension la modifie ou la supprime.');
      // A SIAE whose hire is no longer the last one has no say on the PASS any more.
      const right = suspensionRight(
        { id: organization.id, family: organization.family, habilitated: !!subject.habilitated },
        subject.lastHireEmployerId ?? null,
      );
      return right ? allow() : deny('La personne a été embauchée depuis par une autre structure : c’est elle qui gère désormais les suspensions du PASS IAE.');
    }
    case 'prolong':
      return subject.lastHireEmployerId && subject.lastHireEmployerId === organization?.id
        ? allow()
        : deny('Seule la SIAE de la dernière embauche prolonge ce PASS IAE.');
    case 'open-prolongation-report': {
      const organizationId = organization?.id;
      return organizationId === subject.prescriberOrganizationId || organizationId === subject.declaredByEmployerId
        ? allow()
        : deny('Le bilan se consulte par la structure qui demande la prolongation et l’organisation qui la décide.');
    }
    case 'readdress-prolongation':
      // The SIAE that asked chooses who decides; to anyone else the request does not exist.
      return subject.request?.declaredByEmployerId && subject.request.declaredByEmployerId === organization?.id
        ? allow()
        : deny('Aucune demande de prolongation envoyée par votre structure ne porte cet identifiant.', { hide: true });
    case 'decide-prolongation':
      if (!subject.request || subject.request.prescriberOrganizationId !== organization?.id)
        return deny('Aucune demande de prolongation adressée à votre organisation ne porte cet identifiant.', { hide: true });
      // Only a habilitated prescriber grants or denies (rules card; guide L912, L937): one whose habilitation ended
      // or was withdrawn since the request was sent to it no longer decides it.
      return subject.deciderHabilitated
        ? allow()
        : deny(
            'Votre organisation n’est plus un prescripteur habilité : elle ne peut plus accorder ni refuser cette demande de prolongation. La structure qui l’a envoyée peut l’adresser à un autre prescripteur habilité.',
          );
  }
}
