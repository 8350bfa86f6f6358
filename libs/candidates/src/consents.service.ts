import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, notFound, requireAccess, validationProblem } from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { OrganizationsService } from '@iae/identity';
import { CandidateConsent } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { candidateFileAccess } from './rules/candidate-access';

export type ConsentPurpose = 'share_diagnostic' | 'share_sensitive_diagnostic';

export interface ConsentView {
  id: string;
  purpose: ConsentPurpose;
  employer: { id: string; name: string };
  method: string;
  collectedAt: Date;
  collectedByOrganizationId: string | null;
  revokedAt: Date | null;
}

/**
 * The candidate's consent before their diagnostic is shared with an employer (guide L774): for what,
 * with whom, when, collected by whom. The candidate may withdraw it.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditTrail,
  ) {}

  async record(
    actor: Actor,
    candidateId: string,
    input: { purpose: ConsentPurpose; employerId: string; method: CandidateConsent['method'] },
  ): Promise<ConsentView> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    requireAccess(candidateFileAccess(actor, 'collect-consent', { access }));
    if (access === 'self' && input.method !== 'by_candidate') {
      throw validationProblem([{ field: 'method', code: 'isIn', message: 'Un candidat donne lui-même son consentement (method: by_candidate).' }]);
    }
    if (access !== 'self' && input.method === 'by_candidate') {
      throw validationProblem([
        { field: 'method', code: 'isIn', message: 'Indiquez comment vous avez recueilli le consentement (in_person, by_phone, in_writing).' },
      ]);
    }
    const [employer] = await this.organizations.findByIds([input.employerId]);
    if (!employer || employer.family !== 'employer') {
      throw validationProblem([{ field: 'employerId', code: 'unknownEmployer', message: 'Aucune structure ne porte cet identifiant.' }]);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const consent = await this.repository.insertConsent(manager, {
          candidateId,
          purpose: input.purpose,
          employerId: input.employerId,
          method: input.method,
          collectedAt: this.clock.now(),
          collectedByUserId: actor.userId,
          collectedByOrganizationId: access === 'self' ? null : (actor.organization?.id ?? null),
        });
        await this.audit.record(manager, {
          action: 'candidate.consent_given',
          subjectType: 'candidate',
          subjectId: candidateId,
          actorUserId: actor.userId,
          actorOrganizationId: actor.organization?.id ?? null,
          details: { purpose: input.purpose, employerId: input.employerId, method: input.method },
        });
        return { ...this.view(consent), employer: { id: employer.id, name: employer.name } };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'candidate_consents_one_active')) {
        throw validationProblem([{ field: 'purpose', code: 'alreadyGiven', message: 'Ce consentement est déjà donné à cette structure.' }]);
      }
      throw error;
    }
  }

  async revoke(actor: Actor, candidateId: string, consentId: string): Promise<void> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    await this.dataSource.transaction(async (manager) => {
      const consent = await this.repository.activeConsent(manager, candidateId, consentId);
      if (!consent) throw notFound('Aucun consentement en cours ne porte cet identifiant.');
      requireAccess(candidateFileAccess(actor, 'revoke-consent', { access, collectedByOrganizationId: consent.collectedByOrganizationId }));
      await this.repository.revokeConsent(manager, consentId, this.clock.now(), actor.userId);
      await this.audit.record(manager, {
        action: 'candidate.consent_revoked',
        subjectType: 'candidate',
        subjectId: candidateId,
        actorUserId: actor.userId,
        details: { consentId },
      });
    });
  }

  async list(actor: Actor, candidateId: string): Promise<ConsentView[]> {
    await this.candidates.requireAccess(actor, candidateId);
    const consents = await this.repository.consentsOf(candidateId);
    const names = new Map((await this.organizations.findByIds([...new Set(consents.map((c) => c.employerId))])).map((o) => [o.id, o.name]));
    return consents.map((c) => ({ ...this.view(c), employer: { id: c.employerId, name: names.get(c.employerId) ?? '' } }));
  }

  /** Active consents the candidate gave an employer (for what the diagnostic shows it). */
  async activeFor(candidateId: string, employerId: string): Promise<ConsentPurpose[]> {
    const consents = await this.repository.activeConsentsFor(candidateId, employerId);
    return consents.map((c) => c.purpose);
  }

  private view(c: CandidateConsent): Omit<ConsentView, 'employer'> {
    return {
      id: c.id,
      purpose: c.purpose,
      method: c.method,
      collectedAt: c.collectedAt,
      collectedByOrganizationId: c.collectedByOrganizationId,
      revokedAt: c.revokedAt,
    };
  }
}
