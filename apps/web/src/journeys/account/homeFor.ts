import type { Me } from '../../api/session';

/** Where a person lands after logging in: their own tasks. */
export function homeFor(me: Me): string {
  if (me.kind === 'candidate') return '/candidat';
  if (me.memberships.some((m) => m.organization.family === 'prescriber')) return '/prescripteur/candidats';
  if (me.memberships.some((m) => m.organization.family === 'employer')) return '/siae/candidatures';
  if (me.memberships.some((m) => m.organization.family === 'institution')) return '/ddets/habilitations';
  if (me.isStaff) return '/equipe';
  return '/compte';
}
