import { candidateActor, memberActor, staffActor } from '@iae/testing';
import { habilitationRequestAccess, prescriberOrganizationAccess, reviewerRight } from './prescribers-access';

const institution = (kind: string, departmentCode: string | null, regionCode: string | null, role: 'admin' | 'member' | null = 'member') =>
  memberActor({ id: `${kind}-${departmentCode ?? regionCode}`, family: 'institution', kind, role, departmentCode, regionCode });
const ddets13 = institution('DDETS_IAE', '13', '93');
const ddets75 = institution('DDETS_IAE', '75', '11');
const dreetsPaca = institution('DREETS_IAE', null, '93');
const dgefp = institution('DGEFP_IAE', null, null);
const staff = staffActor();
const candidate = candidateActor();
const prescriber = memberActor({
  id: 'ohpd-1',
  family: 'prescriber',
  kind: 'OHPD',
  role: 'admin',
  authorizationStatus: 'pending',
  departmentCode: '13',
  regionCode: '93',
});

describe('who changes prescriber organisations', () => {
  it('a professional or the staff registers one, a candidate account does not', () => {
    expect(prescriberOrganizationAccess(prescriber, 'register')).toEqual({ allowed: true });
    expect(prescriberOrganizationAccess(staff, 'register')).toEqual({ allowed: true });
    expect(prescriberOrganizationAccess(candidate, 'register')).toEqual({ allowed: false, reason: 'Un compte candidat ne peut pas inscrire d’organisation.' });
  });

  it('the name, kind, SIRET and SAFIR code are the staff’s', () => {
    expect(prescriberOrganizationAccess(prescriber, 'edit', { staffOnlyFields: [] })).toEqual({ allowed: true });
    expect(prescriberOrganizationAccess(prescriber, 'edit', { staffOnlyFields: ['kind'] })).toEqual({
      allowed: false,
      reason: 'Le nom, le type, le SIRET et le code SAFIR sont modifiés par l’équipe de la plateforme.',
    });
    expect(prescriberOrganizationAccess(staff, 'edit', { staffOnlyFields: ['name', 'safirCode'] })).toEqual({ allowed: true });
  });

  it('only the DDETS that habilitated withdraws the habilitation', () => {
    const refused = { allowed: false, reason: 'Seule la DDETS qui a accordé l’habilitation peut la retirer.' };
    expect(prescriberOrganizationAccess(ddets13, 'withdraw-habilitation', { habilitationDepartementCode: '13' })).toEqual({ allowed: true });
    expect(prescriberOrganizationAccess(ddets75, 'withdraw-habilitation', { habilitationDepartementCode: '13' })).toEqual(refused);
    expect(prescriberOrganizationAccess(dreetsPaca, 'withdraw-habilitation', { habilitationDepartementCode: '13' })).toEqual(refused);
    expect(prescriberOrganizationAccess(staff, 'withdraw-habilitation', { habilitationDepartementCode: '13' })).toEqual(refused);
  });
});

describe('who sees and moves a habilitation request', () => {
  const sent = { status: 'submitted', departementCode: '13', organizationId: 'ohpd-1' };
  const hidden = { allowed: false, reason: 'Aucune demande d’habilitation ne porte cet identifiant.', hide: true };

  it('the State services and the staff list the requests', () => {
    for (const actor of [ddets13, dreetsPaca, dgefp, staff]) expect(habilitationRequestAccess(actor, 'list-for-review')).toEqual({ allowed: true });
    expect(habilitationRequestAccess(prescriber, 'list-for-review')).toEqual({
      allowed: false,
      reason: 'Réservé aux services de l’État (DDETS, DREETS, DGEFP) et à l’équipe de la plateforme.',
    });
  });

  it('a reviewer reads the sent requests of its territory; a draft or another territory does not exist for it', () => {
    const elsewhere = { allowed: false, reason: 'Aucune demande de votre territoire ne porte cet identifiant.', hide: true };
    expect(habilitationRequestAccess(ddets13, 'read-as-reviewer', sent)).toEqual({ allowed: true });
    expect(habilitationRequestAccess(dreetsPaca, 'read-as-reviewer', sent)).toEqual({ allowed: true });
    expect(habilitationRequestAccess(ddets75, 'read-as-reviewer', sent)).toEqual(elsewhere);
    expect(habilitationRequestAccess(ddets13, 'read-as-reviewer', { ...sent, status: 'draft' })).toEqual(elsewhere);
    expect(habilitationRequestAccess(ddets13, 'read-as-reviewer', null)).toEqual(elsewhere);
  });

  it('only the DDETS of the département instructs; the others who read it are refused, the rest told it does not exist', () => {
    expect(habilitationRequestAccess(ddets13, 'review', sent)).toEqual({ allowed: true });
    const readOnly = { allowed: false, reason: 'Seule la DDETS du département de la demande l’instruit et la décide.' };
    expect(habilitationRequestAccess(dreetsPaca, 'review', sent)).toEqual(readOnly);
    expect(habilitationRequestAccess(dgefp, 'review', sent)).toEqual(readOnly);
    expect(habilitationRequestAccess(staff, 'review', sent)).toEqual(readOnly);
    expect(habilitationRequestAccess(ddets75, 'review', sent)).toEqual(hidden);
    expect(habilitationRequestAccess(ddets13, 'review', { ...sent, status: 'draft' })).toEqual(hidden);
  });

  it('the organisation moves its own requests only', () => {
    expect(habilitationRequestAccess(prescriber, 'act-for-organization', sent, 'ohpd-1')).toEqual({ allowed: true });
    expect(habilitationRequestAccess(prescriber, 'act-for-organization', sent, 'ohpd-2')).toEqual(hidden);
    expect(habilitationRequestAccess(prescriber, 'act-for-organization', null, 'ohpd-1')).toEqual(hidden);
  });

  it('an agent acts for its institution only as a member, and an unknown département gives no right', () => {
    expect(reviewerRight(institution('DDETS_IAE', '13', '93', null), '13')).toBeNull();
    expect(reviewerRight(ddets13, '00')).toBeNull();
  });
});
