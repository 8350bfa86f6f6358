import { AccessDecision, Actor, allow, deny } from '@iae/core';

export type OrganizationAction = 'register-institution' | 'change-role' | 'remove-member' | 'join' | 'set-notification-settings';

/**
 * Who changes organisations and memberships, beyond the route guard: the staff register the State services; an admin
 * (or the staff) changes roles and removes members, a member may only leave; only a professional account joins an
 * organisation; a member sets its own notifications for the organisation it acts for.
 */
export function organizationAccess(
  actor: Pick<Actor, 'userId' | 'kind' | 'isStaff' | 'organization'>,
  action: OrganizationAction,
  subject: { userId?: string; organizationId?: string } = {},
): AccessDecision {
  const role = actor.organization?.role ?? null;
  switch (action) {
    case 'register-institution':
      return actor.isStaff ? allow() : deny('Seule l’équipe de la plateforme inscrit les services de l’État.');
    case 'change-role':
      return role === 'admin' || actor.isStaff ? allow() : deny('Seul un administrateur de l’organisation change les rôles.');
    case 'remove-member':
      return role === 'admin' || actor.isStaff || actor.userId === subject.userId
        ? allow()
        : deny('Seul un administrateur retire un membre ; un membre peut seulement quitter l’organisation.');
    case 'join':
      return actor.kind === 'professional'
        ? allow()
        : deny('Un compte candidat ne peut pas rejoindre une organisation ; créez un compte professionnel avec votre adresse professionnelle.');
    case 'set-notification-settings':
      return role && actor.organization?.id === subject.organizationId ? allow() : deny('Vous n’êtes pas membre de cette organisation.');
  }
}
