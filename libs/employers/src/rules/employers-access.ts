import { AccessDecision, Actor, allow, deny } from '@iae/core';

export type EmployerAction = 'register' | 'declare-antenne' | 'edit';

/** The fields of an employer only the platform staff set: they come from the convention and the registers. */
export const STAFF_ONLY_EMPLOYER_FIELDS = ['name', 'siret', 'conventionAspId', 'locatedInPrison'] as const;
export type StaffOnlyEmployerField = (typeof STAFF_ONLY_EMPLOYER_FIELDS)[number];

/**
 * Who changes employers (the membership itself is the route guard's): the staff register a structure; an admin
 * declares an antenne and edits the profile, but what comes from the convention (name, SIRET, convention, being in
 * prison) only the staff set.
 */
export function employerAccess(actor: Actor, action: EmployerAction, subject: { staffOnlyFields?: readonly StaffOnlyEmployerField[] } = {}): AccessDecision {
  if (actor.isStaff) return allow();
  switch (action) {
    case 'register':
      return deny('Seule l’équipe de la plateforme inscrit une structure.');
    case 'declare-antenne':
      return subject.staffOnlyFields?.includes('locatedInPrison') ? deny('L’implantation en détention est déclarée par l’équipe de la plateforme.') : allow();
    case 'edit': {
      const fields = subject.staffOnlyFields ?? [];
      return fields.length
        ? deny(`Le nom, le SIRET, la convention et l’implantation en détention sont modifiés par l’équipe de la plateforme (${fields.join(', ')}).`)
        : allow();
    }
  }
}
