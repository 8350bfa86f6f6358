import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, notFound, Problem, requireAccess, validationProblem } from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { NirCorrectionRequest } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateProblems } from './problems';
import { NIR_PROBLEM_MESSAGES, checkNir, normalizeNir } from './rules/nir';
import { candidateFileAccess } from './rules/candidate-access';

export interface NirCorrectionView {
  id: string;
  candidateId: string;
  currentNir: string | null;
  requestedNir: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  /** Another candidate already holding the requested NIR: a duplicate file for staff to resolve. */
  conflictingCandidateId: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
}

/** A NIR is never changed silently: the candidate or their professional asks, staff decide. */
@Injectable()
export class NirCorrectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
    private readonly audit: AuditTrail,
  ) {}

  async request(actor: Actor, candidateId: string, input: { nir: string; reason: string }): Promise<NirCorrectionView> {
    const { candidate, access } = await this.candidates.requireAccess(actor, candidateId);
    requireAccess(candidateFileAccess(actor, 'request-nir-correction', { access }));
    const nir = normalizeNir(input.nir);
    const problem = checkNir(nir, { title: candidate.title, birthDate: candidate.birthDate });
    if (problem) throw validationProblem([{ field: 'nir', code: `nir_${problem}`, message: NIR_PROBLEM_MESSAGES[problem] }]);
    if (nir === candidate.nir) throw validationProblem([{ field: 'nir', code: 'unchanged', message: 'C’est déjà le NIR enregistré.' }]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const request = await this.repository.insertNirCorrection(manager, {
          candidateId,
          currentNir: candidate.nir,
          requestedNir: nir,
          reason: input.reason.trim(),
          status: 'pending',
          requestedByUserId: actor.userId,
          requestedByOrganizationId: actor.organization?.id ?? null,
        });
        await this.audit.record(manager, {
          action: 'candidate.nir_correction_requested',
          subjectType: 'candidate',
          subjectId: candidateId,
          actorUserId: actor.userId,
        });
        return this.view(request);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'nir_correction_requests_one_pending')) {
        throw validationProblem([{ field: 'nir', code: 'pendingRequest', message: 'Une demande de correction est déjà en cours pour cette personne.' }]);
      }
      throw error;
    }
  }

  async list(status: 'pending' | 'approved' | 'rejected' = 'pending'): Promise<NirCorrectionView[]> {
    const rows = await this.repository.nirCorrectionsInStatus(status);
    return Promise.all(rows.map((r) => this.view(r)));
  }

  async decide(actor: Actor, requestId: string, decision: { approve: boolean; note?: string }): Promise<NirCorrectionView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.nirCorrectionForUpdate(manager, requestId);
      if (!request) throw notFound('Aucune demande de correction ne porte cet identifiant.');
      if (request.status !== 'pending') throw new Problem(CandidateProblems.requestNotPending);
      if (decision.approve) {
        const holder = await this.repository.holderOfNir(request.requestedNir, manager);
        if (holder && holder.id !== request.candidateId) {
          throw new Problem(CandidateProblems.alreadyExists, 'Une autre fiche porte déjà ce NIR : réunissez les deux fiches avant d’accepter.', {
            extensions: { candidateId: holder.id },
          });
        }
        await this.repository.correctNir(manager, request.candidateId, request.requestedNir);
      }
      await this.repository.recordNirDecision(manager, requestId, {
        status: decision.approve ? 'approved' : 'rejected',
        decidedAt: this.clock.now(),
        decidedByUserId: actor.userId,
        decisionNote: decision.note?.trim() || null,
      });
      await this.audit.record(manager, {
        action: decision.approve ? 'candidate.nir_corrected' : 'candidate.nir_correction_rejected',
        subjectType: 'candidate',
        subjectId: request.candidateId,
        actorUserId: actor.userId,
        details: { requestId, note: decision.note ?? null },
      });
      return this.view(await this.repository.getNirCorrection(manager, requestId));
    });
  }

  private async view(r: NirCorrectionRequest): Promise<NirCorrectionView> {
    const holder = r.status === 'pending' ? await this.repository.holderOfNir(r.requestedNir) : null;
    return {
      id: r.id,
      candidateId: r.candidateId,
      currentNir: r.currentNir,
      requestedNir: r.requestedNir,
      reason: r.reason,
      status: r.status,
      conflictingCandidateId: holder && holder.id !== r.candidateId ? holder.id : null,
      requestedAt: r.createdAt,
      decidedAt: r.decidedAt,
      decisionNote: r.decisionNote,
    };
  }
}
