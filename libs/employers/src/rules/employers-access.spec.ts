import { memberActor, staffActor } from '@iae/testing';
import { employerAccess } from './employers-access';

const staff = staffActor();
const admin = memberActor({ id: 'siae-1', family: 'employer', role: 'admin' });

describe('who changes employers', () => {
  it('the staff register a structure, nobody else', () => {
    expect(employerAccess(staff, 'register')).toEqual({ allowed: true });
    expect(employerAccess(admin, 'register')).toEqual({ allowed: false, reason: 'Seule l’équipe de la plateforme inscrit une structure.' });
  });

  it('an admin declares an antenne, but not that it is in prison', () => {
    expect(employerAccess(admin, 'declare-antenne', { staffOnlyFields: [] })).toEqual({ allowed: true });
    expect(employerAccess(admin, 'declare-antenne', { staffOnlyFields: ['locatedInPrison'] })).toEqual({
      allowed: false,
      reason: 'L’implantation en détention est déclarée par l’équipe de la plateforme.',
    });
    expect(employerAccess(staff, 'declare-antenne', { staffOnlyFields: ['locatedInPrison'] })).toEqual({ allowed: true });
  });

  it('an admin edits the profile; what comes from the convention is the staff’s, named in the refusal', () => {
    expect(employerAccess(admin, 'edit', { staffOnlyFields: [] })).toEqual({ allowed: true });
    expect(employerAccess(admin, 'edit', { staffOnlyFields: ['name', 'siret'] })).toEqual({
      allowed: false,
      reason: 'Le nom, le SIRET, la convention et l’implantation en détention sont modifiés par l’équipe de la plateforme (name, siret).',
    });
    expect(employerAccess(staff, 'edit', { staffOnlyFields: ['conventionAspId'] })).toEqual({ allowed: true });
  });
});
