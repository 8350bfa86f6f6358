import { candidateActor, memberActor, staffActor } from '@iae/testing';
import { candidatureAccess } from './candidatures-access';

const ACT_FOR = 'Indiquez l’organisation pour laquelle vous agissez (X-Organization-Id).';
const NOT_RECEIVED = { allowed: false, reason: 'Aucune candidature reçue par votre structure ne porte cet identifiant.', hide: true };

const member = (family: 'employer' | 'prescriber', id: string, role: 'admin' | 'member' | null = 'member') => memberActor({ id, family, role });
const candidate = candidateActor();
const staff = staffActor();

describe('who does what with candidatures', () => {
  it('its employer, its sender, the candidate and the staff read it; to anyone else it does not exist', () => {
    for (const reader of ['employer', 'sender', 'candidate', 'staff'] as const)
      expect(candidatureAccess(candidate, 'read', { reader })).toEqual({ allowed: true });
    expect(candidatureAccess(member('employer', 'siae-2'), 'read', { reader: null })).toEqual({
      allowed: false,
      reason: 'Aucune candidature que vous pouvez consulter ne porte cet identifiant.',
      hide: true,
    });
  });

  it('the inbox is for a member of an employer', () => {
    expect(candidatureAccess(member('employer', 'siae-1'), 'list-received')).toEqual({ allowed: true });
    expect(candidatureAccess(member('employer', 'siae-1', 'admin'), 'list-received')).toEqual({ allowed: true });
    expect(candidatureAccess(member('prescriber', 'ft-1'), 'list-received')).toEqual({ allowed: false, reason: ACT_FOR });
    expect(candidatureAccess(member('employer', 'siae-1', null), 'list-received')).toEqual({ allowed: false, reason: ACT_FOR });
    expect(candidatureAccess(staff, 'list-received')).toEqual({ allowed: false, reason: ACT_FOR });
  });

  it('what was sent is listed by a member of any organisation', () => {
    expect(candidatureAccess(member('prescriber', 'ft-1'), 'list-sent')).toEqual({ allowed: true });
    expect(candidatureAccess(member('employer', 'siae-1'), 'list-sent')).toEqual({ allowed: true });
    expect(candidatureAccess(candidate, 'list-sent')).toEqual({ allowed: false, reason: ACT_FOR });
  });

  it('a candidate applies for themself only; a professional sends for its organisation', () => {
    expect(candidatureAccess(candidate, 'send', { candidateId: 'c-1', ownCandidateId: 'c-1' })).toEqual({ allowed: true });
    expect(candidatureAccess(candidate, 'send', { ownCandidateId: 'c-1' })).toEqual({ allowed: true });
    expect(candidatureAccess(candidate, 'send', { candidateId: 'c-2', ownCandidateId: 'c-1' })).toEqual({
      allowed: false,
      reason: 'Un candidat postule pour lui-même.',
    });
    expect(candidatureAccess(member('prescriber', 'ft-1'), 'send')).toEqual({ allowed: true });
    expect(candidatureAccess(staff, 'send')).toEqual({ allowed: false, reason: ACT_FOR });
  });

  it('the employer that received it answers; another employer is told it does not exist', () => {
    const siae = member('employer', 'siae-1');
    expect(candidatureAccess(siae, 'answer')).toEqual({ allowed: true });
    expect(candidatureAccess(siae, 'answer', { received: { employerId: 'siae-1' } })).toEqual({ allowed: true });
    expect(candidatureAccess(siae, 'answer', { received: { employerId: 'siae-2' } })).toEqual(NOT_RECEIVED);
    expect(candidatureAccess(siae, 'answer', { received: null })).toEqual(NOT_RECEIVED);
    expect(candidatureAccess(member('prescriber', 'ft-1'), 'answer', { received: { employerId: 'siae-1' } })).toEqual({
      allowed: false,
      reason: 'Seule la structure qui a reçu la candidature y répond.',
    });
    expect(candidatureAccess(staff, 'archive')).toEqual({ allowed: false, reason: 'Seule la structure qui a reçu la candidature l’archive.' });
    expect(candidatureAccess(siae, 'archive', { received: { employerId: 'siae-2' } })).toEqual(NOT_RECEIVED);
  });

  it('a transfer goes to a structure the user belongs to; an external one starts from what was received', () => {
    const siae = member('employer', 'siae-1');
    expect(candidatureAccess(siae, 'transfer', { targetRole: 'member' })).toEqual({ allowed: true });
    expect(candidatureAccess(siae, 'transfer', { targetRole: null })).toEqual({
      allowed: false,
      reason: 'Vous ne transférez une candidature que vers une autre structure dont vous êtes membre.',
    });
    expect(candidatureAccess(siae, 'transfer-externally', { received: { employerId: 'siae-1' } })).toEqual({ allowed: true });
    expect(candidatureAccess(siae, 'transfer-externally', { received: { employerId: 'siae-2' } })).toEqual(NOT_RECEIVED);
    expect(candidatureAccess(candidate, 'transfer-externally', { received: { employerId: 'siae-1' } })).toEqual(NOT_RECEIVED);
  });
});
