import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppConfig, Clock, Problem, linkWithSecret, notFound, requireAccess } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { AccountsService } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { Candidate, CandidateAccountInvitation } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidateProblems } from './problems';
import { candidateFileAccess } from './rules/candidate-access';

export const CANDIDATE_INVITATION_DAYS = 30;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A candidate registered by a professional is invited to open an account of their own; following
 * the link proves the address, so the account is created confirmed and attached to their file.
 */
@Injectable()
export class CandidateInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async inviteWithinTransaction(manager: EntityManager, candidate: Candidate, invitedByUserId: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + CANDIDATE_INVITATION_DAYS * 86_400_000);
    await this.repository.insertInvitation(manager, {
      candidateId: candidate.id,
      email: candidate.email as string,
      tokenHash: hash(token),
      expiresAt,
      createdByUserId: invitedByUserId,
    });
    await this.outbox.queueEmail(manager, {
      to: candidate.email as string,
      template: 'candidates/account-invitation',
      context: {
        firstName: candidate.firstName,
        // « vous a inscrite » to a woman; without a civility, the wording that excludes nobody.
        registered: candidate.title === 'MME' ? 'inscrite' : candidate.title === 'M' ? 'inscrit' : 'inscrit·e',
        link: linkWithSecret(this.config.http.publicUrl, 'candidateInvitation', token),
        expiresAt: expiresAt.toISOString(),
      },
    });
  }

  async preview(token: string): Promise<{ firstName: string; email: string; status: 'pending' | 'accepted' | 'expired' }> {
    const invitation = await this.repository.invitationOfTokenHash(hash(token));
    if (!invitation) throw notFound('Cette invitation est inconnue ; vérifiez le lien reçu par e-mail.');
    const candidate = await this.repository.getById(invitation.candidateId);
    return { firstName: candidate.firstName, email: invitation.email, status: this.status(invitation) };
  }

  /** Creates the candidate's account from the link: the address is proven, the file is theirs. */
  async signUp(token: string, password: string): Promise<{ userId: string; candidateId: string; email: string }> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.pending(manager, token);
      const candidate = await this.repository.findByIdForUpdate(manager, invitation.candidateId);
      if (!candidate || candidate.userId) throw new Problem(CandidateProblems.invitationNotPending, 'Cette fiche est déjà rattachée à un compte.');
      const user = await this.accounts.createConfirmedUserWithinTransaction(manager, {
        email: invitation.email,
        password,
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        kind: 'candidate',
      });
      await this.attach(manager, invitation, candidate, user.id);
      return { userId: user.id, candidateId: candidate.id, email: user.email };
    });
  }

  /** A candidate who already has an account attaches the file they were invited to. */
  async accept(actor: Actor, token: string): Promise<{ candidateId: string }> {
    requireAccess(candidateFileAccess(actor, 'accept-invitation'));
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.pending(manager, token);
      requireAccess(candidateFileAccess(actor, 'accept-invitation', { invitedEmail: invitation.email }));
      if (await this.repository.hasFileOfUser(manager, actor.userId)) {
        throw new Problem(CandidateProblems.invitationNotPending, 'Votre compte a déjà une fiche candidat ; contactez le support pour les réunir.');
      }
      const candidate = await this.repository.getById(invitation.candidateId, manager);
      if (candidate.userId) throw new Problem(CandidateProblems.invitationNotPending, 'Cette fiche est déjà rattachée à un compte.');
      await this.attach(manager, invitation, candidate, actor.userId);
      return { candidateId: candidate.id };
    });
  }

  private async pending(manager: EntityManager, token: string): Promise<CandidateAccountInvitation> {
    const invitation = await this.repository.invitationOfTokenHashForUpdate(manager, hash(token));
    if (!invitation) throw notFound('Cette invitation est inconnue ; vérifiez le lien reçu par e-mail.');
    if (this.status(invitation) !== 'pending') throw new Problem(CandidateProblems.invitationNotPending);
    return invitation;
  }

  private async attach(manager: EntityManager, invitation: CandidateAccountInvitation, candidate: Candidate, userId: string): Promise<void> {
    await this.repository.attachUser(manager, candidate.id, userId);
    await this.repository.markInvitationAccepted(manager, invitation.id, this.clock.now());
    await this.audit.record(manager, { action: 'candidate.account_attached', subjectType: 'candidate', subjectId: candidate.id, actorUserId: userId });
  }

  private status(invitation: CandidateAccountInvitation): 'pending' | 'accepted' | 'expired' {
    if (invitation.acceptedAt) return 'accepted';
    return invitation.expiresAt > this.clock.now() ? 'pending' : 'expired';
  }
}
