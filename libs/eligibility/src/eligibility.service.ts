import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, FieldError, IsoDate, Problem, addDays, frenchDate, isIsoDate, notFound, requireAccess, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { CandidateLock, CandidatesService } from '@iae/candidates';
import { OrganizationsService, isHabilitated } from '@iae/identity';
import { FilesService, Upload } from '@iae/storage';
import { EligibilityDiagnosis } from './eligibility-diagnosis.entity';
import { EligibilityFacts, EligibilityRepository } from './eligibility.repository';
import { EligibilityProblems } from './problems';
import { CRITERIA, CRITERIA_BY_KEY, Criterion } from './rules/criteria';
import { diagnosisAccess } from './rules/eligibility-access';
import {
  DiagnosisFact,
  EligibilityReason,
  LEVEL_2_REQUIRED,
  ProfileFacts,
  Withdrawal,
  checkCombination,
  checkProofDate,
  decideEligibility,
  diagnosisExpiresOn,
  isDiagnosisValid,
  meetsSiaeRequirement,
  proofsAtIssuance,
  proposedCriteria,
  requiresEligibility,
  supersedes,
  validDiagnosisBy,
} from './rules/eligibility-rules';

export const PROOF_PURPOSE = 'eligibility_proof';

export interface CriterionInput {
  key: string;
  proofFileId?: string;
  proofDate?: IsoDate;
}

export interface DiagnosisView {
  id: string;
  candidateId: string;
  authorKind: 'prescriber' | 'employer';
  author: { organizationId: string; organizationName: string; kind: string };
  createdOn: string;
  validUntil: string;
  valid: boolean;
  replacedById: string | null;
  criteria: Array<{ key: string; level: number; label: string; proofDate: string | null; hasProof: boolean }>;
  notes: string | null;
}

export interface EligibilityAnswer {
  candidateId: string;
  employer: { id: string; name: string; kind: string };
  on: string;
  required: boolean;
  eligible: boolean;
  basis: {
    kind: 'notRequired' | 'passIae' | 'prescriberDiagnosis' | 'employerDiagnosis';
    diagnosisId: string | null;
    authorOrganizationName: string | null;
    createdOn: string | null;
  } | null;
  validUntil: string | null;
  reasons: Array<{ code: string; message: string }>;
  requirement: { level1: number; level2: number } | null;
  proposedCriteria: Array<{ key: string; level: number; label: string }>;
  proposedCriteriaMeetRequirement: boolean | null;
}

/**
 * IAE eligibility (guide §3-4, rules card): habilitated prescribers validate it for every SIAE for
 * 6 months; a SIAE validates it for itself for 92 days, with the administrative criteria and their
 * proofs; and the answer, for one employer on one day, with its reasons.
 */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly candidates: CandidatesService,
    private readonly organizations: OrganizationsService,
    private readonly files: FilesService,
    private readonly audit: AuditTrail,
    private readonly repository: EligibilityRepository,
  ) {}

  criteria(): readonly Criterion[] {
    return CRITERIA;
  }

  /** A proof sent before the diagnosis that uses it; it belongs to the sender's organisation. */
  async storeProof(actor: Actor, upload: Upload): Promise<{ id: string; fileName: string; contentType: string; size: number }> {
    const file = await this.dataSource.transaction((manager) => this.files.store(manager, upload, PROOF_PURPOSE, actor.userId, actor.organization?.id ?? null));
    return { id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size };
  }

  /**
   * A new diagnosis; the one it replaces ends today. `held`: the lock of the person a caller's use case already holds
   * (the diagnosis is then made in its transaction, under that lock, never a second one); otherwise its own.
   */
  async create(actor: Actor, candidateId: string, input: { criteria?: CriterionInput[]; notes?: string | null }, held?: CandidateLock): Promise<DiagnosisView> {
    requireAccess(diagnosisAccess(actor, 'diagnose'));
    const organization = actor.organization!;
    const today = this.clock.today();
    const criteria = input.criteria ?? [];
    const isEmployer = organization.family === 'employer';
    if (organization.family === 'prescriber' && !isHabilitated(organization.family, organization.authorizationStatus)) {
      throw new Problem(
        EligibilityProblems.orienteurCannotValidate,
        `${organization.name} n’est pas un prescripteur habilité : un orienteur ne valide pas l’éligibilité IAE.`,
      );
    }
    if (isEmployer && !requiresEligibility(organization.kind)) {
      throw new Problem(EligibilityProblems.notRequired, `Un ${organization.kind} recrute sans diagnostic d’éligibilité IAE.`);
    }
    const errors = this.checkCriteria(criteria, { proofsRequired: isEmployer, today });
    if (errors.length) throw validationProblem(errors);
    if (isEmployer) {
      const requirement = meetsSiaeRequirement(
        organization.kind,
        criteria.map((c) => c.key),
      );
      if (!requirement.met) {
        throw new Problem(
          EligibilityProblems.requirementNotMet,
          `Un ${organization.kind} auto-prescrit avec 1 critère de niveau 1, ou ${requirement.level2Required} critères de niveau 2 ; vous en donnez ${requirement.level1} de niveau 1 et ${requirement.level2} de niveau 2.`,
          { extensions: { requirement } },
        );
      }
      const withdrawal = await this.activeWithdrawal(organization.id, today);
      if (withdrawal) {
        throw new Problem(
          EligibilityProblems.autoPrescriptionWithdrawn,
          `L’auto-prescription de ${organization.name} est suspendue ${withdrawal.to ? `du ${withdrawal.from} au ${withdrawal.to}` : `depuis le ${withdrawal.from}, sans date de fin`} (${withdrawal.reason}) ; faites appel à un prescripteur habilité.`,
          { extensions: { withdrawal } },
        );
      }
    }

    if (held && held.candidateId !== candidateId) throw new Error('a diagnosis is made under the lock of its own person');
    const make = async (manager: EntityManager): Promise<DiagnosisView> => {
      await this.candidates.requireAccess(actor, candidateId, manager);
      if (criteria.some((c) => c.proofFileId)) await this.checkProofFiles(manager, criteria, organization.id);
      // Two diagnoses made at once for one person queue up here, so only one of them stays valid.
      if (!held) await this.candidates.lock(manager, candidateId);
      const authorKind = isEmployer ? 'employer' : 'prescriber';
      const next = { authorKind, authorOrganizationId: organization.id } as const;
      const ended = (await this.repository.diagnosesOf(manager, candidateId)).filter((d) => supersedes(next, d, today));
      const diagnosis = await this.repository.insertDiagnosis(manager, {
        candidateId,
        authorKind,
        authorUserId: actor.userId,
        authorOrganizationId: organization.id,
        employerKind: isEmployer ? organization.kind : null,
        createdOn: today,
        expiresOn: diagnosisExpiresOn(authorKind, today),
        notes: input.notes?.trim() || null,
      });
      // The one it replaces ends today (no longer valid) and keeps the link to its successor.
      if (ended.length) {
        await this.repository.endDiagnoses(
          manager,
          ended.map((d) => d.id),
          today,
          diagnosis.id,
        );
      }
      if (criteria.length) {
        await this.repository.insertCriteria(
          manager,
          criteria.map((c) => ({ diagnosisId: diagnosis.id, criterionKey: c.key, proofFileId: c.proofFileId ?? null, proofDate: c.proofDate ?? null })),
        );
      }
      await this.candidates.link(manager, candidateId, organization.id, actor.userId, 'diagnosed');
      await this.audit.record(manager, {
        action: `eligibility.validated_by_${authorKind}`,
        subjectType: 'candidate',
        subjectId: candidateId,
        actorUserId: actor.userId,
        actorOrganizationId: organization.id,
        details: { diagnosisId: diagnosis.id, criteria: criteria.map((c) => c.key), replaced: ended.map((d) => d.id) },
      });
      return (await this.views(manager, [diagnosis], today))[0];
    };
    return held ? make(held.manager) : this.dataSource.transaction(make);
  }

  /** The candidate's diagnoses a viewer may see: a SIAE's own ones only to that SIAE (and the candidate, staff). */
  async list(actor: Actor, candidateId: string): Promise<DiagnosisView[]> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    const rows = await this.repository.latestDiagnosesOf(candidateId);
    const visible = rows.filter(
      (d) => d.authorKind === 'prescriber' || access === 'self' || access === 'staff' || d.authorOrganizationId === actor.organization?.id,
    );
    return this.views(this.dataSource.manager, visible, this.clock.today());
  }

  /** Whether the candidate may enter a parcours in this employer today, why, and what is missing. */
  async answer(actor: Actor, candidateId: string, employerId: string): Promise<EligibilityAnswer> {
    const today = this.clock.today();
    // Both reads at once (the answer waits for the slowest, not their sum); the facts, which name the employer, are used only once access is granted.
    const [{ candidate }, facts] = await Promise.all([
      this.candidates.requireAccess(actor, candidateId),
      this.repository.facts(this.dataSource.manager, candidateId, employerId, today),
    ]);
    const { employer } = facts;
    if (!employer || employer.family !== 'employer') {
      throw validationProblem([{ field: 'employer', code: 'unknownEmployer', message: 'Aucune structure ne porte cet identifiant.' }]);
    }
    const answer = await this.answerFrom(facts, candidate.id, { id: employer.id, name: employer.name, kind: employer.kind }, today, candidate);
    // Hiring today would issue a PASS today: a SIAE's diagnosis whose proofs are too old now no longer does. Said to
    // that SIAE only: the message names its criteria, which nobody else reads.
    if (actor.organization?.id !== employer.id) return answer;
    const stale = await this.proofsTooOld(this.dataSource.manager, answer, employer.kind, today);
    if (!stale) return answer;
    return { ...answer, eligible: false, basis: null, validUntil: null, reasons: [{ code: 'proofsTooOld', message: stale.message }] };
  }

  /**
   * The decision itself, for other contexts (a hire checks eligibility at its start date, inside its
   * transaction: pass its manager so the read does not wait for a second connection).
   */
  async decide(
    candidateId: string,
    employer: { id: string; name: string; kind: string },
    on: IsoDate,
    profile?: ProfileFacts,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EligibilityAnswer> {
    return this.answerFrom(await this.repository.facts(manager, candidateId, employer.id, on), candidateId, employer, on, profile, manager);
  }

  /**
   * Refuses a PASS IAE issued on `on` on the strength of a SIAE's own diagnosis whose proofs have grown too old since
   * (unless the criteria still justified meet the requirement): the SIAE diagnoses again with recent proofs.
   */
  async checkProofsAtIssuance(manager: EntityManager, answer: EligibilityAnswer, employerKind: string, on: IsoDate): Promise<void> {
    const stale = await this.proofsTooOld(manager, answer, employerKind, on);
    if (stale) {
      throw new Problem(EligibilityProblems.proofsTooOldAtIssuance, stale.message, {
        extensions: { staleCriteria: stale.keys, diagnosisId: answer.basis!.diagnosisId },
      });
    }
  }

  /**
   * Whether the person holds, on `on`, a valid diagnosis by a habilitated prescriber (it lifts the waiting period on
   * the day a PASS is obtained, whatever diagnosis the hire's eligibility rests on at its start).
   */
  async holdsPrescriberDiagnosisOn(manager: EntityManager, candidateId: string, on: IsoDate): Promise<boolean> {
    const diagnoses = await this.repository.diagnosesOf(manager, candidateId);
    return diagnoses.some((d) => d.authorKind === 'prescriber' && d.createdOn <= on && isDiagnosisValid(d.expiresOn, on));
  }

  /** The stale proofs of the SIAE's own diagnosis an answer rests on, when the others fall short of the requirement on `on`. */
  private async proofsTooOld(
    manager: EntityManager,
    answer: EligibilityAnswer,
    employerKind: string,
    on: IsoDate,
  ): Promise<{ keys: string[]; message: string } | null> {
    if (answer.basis?.kind !== 'employerDiagnosis' || !answer.basis.diagnosisId) return null;
    const criteria = await this.repository.criteriaOf(manager, [answer.basis.diagnosisId]);
    const { stale, requirement } = proofsAtIssuance(
      employerKind,
      criteria.map((c) => ({ key: c.criterionKey, proofDate: c.proofDate })),
      on,
    );
    if (stale.length === 0 || requirement.met) return null;
    const named = stale.map((key) => {
      const criterion = CRITERIA_BY_KEY.get(key)!;
      return `${criterion.proof} (${criterion.key}, moins de ${criterion.proofValidityMonths} mois)`;
    });
    const plural = stale.length > 1;
    return {
      keys: stale,
      message: `Un PASS IAE délivré le ${frenchDate(on)} demande des justificatifs récents ce jour-là ; ${plural ? 'ceux-ci sont trop anciens' : 'celui-ci est trop ancien'} : ${named.join(', ')}. Faites un nouveau diagnostic avec des justificatifs à jour.`,
    };
  }

  /**
   * The answer for a candidature being sent, and the sender's own diagnosis valid that day (what the candidature
   * carries), from the same read of the facts.
   */
  async decideForSending(
    candidateId: string,
    employer: { id: string; name: string; kind: string },
    on: IsoDate,
    profile: ProfileFacts | undefined,
    senderOrganizationId: string | null,
  ): Promise<{ answer: EligibilityAnswer; senderDiagnosisId: string | null }> {
    const facts = await this.repository.facts(this.dataSource.manager, candidateId, employer.id, on);
    return {
      answer: await this.answerFrom(facts, candidateId, employer, on, profile),
      senderDiagnosisId: senderOrganizationId ? validDiagnosisBy(facts.diagnoses, senderOrganizationId, on) : null,
    };
  }

  private async answerFrom(
    { diagnoses, passValidUntil, withdrawal }: EligibilityFacts,
    candidateId: string,
    employer: { id: string; name: string; kind: string },
    on: IsoDate,
    profile?: ProfileFacts,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EligibilityAnswer> {
    const required = requiresEligibility(employer.kind);
    const decision = decideEligibility({ employer, on, passValidUntil, diagnoses, withdrawal: required ? withdrawal : null });
    const facts = profile ?? (await this.candidates.findById(candidateId, manager));
    const proposed = facts ? proposedCriteria(facts, on) : [];
    let basis: EligibilityAnswer['basis'] = null;
    let validUntil: string | null = null;
    if (decision.basis?.kind === 'notRequired') basis = { kind: 'notRequired', diagnosisId: null, authorOrganizationName: null, createdOn: null };
    if (decision.basis?.kind === 'passIae') {
      basis = { kind: 'passIae', diagnosisId: null, authorOrganizationName: null, createdOn: null };
      validUntil = decision.basis.validUntil;
    }
    if (decision.basis?.kind === 'diagnosis') {
      const diagnosis = decision.basis.diagnosis as DiagnosisFact & { authorName: string };
      basis = {
        kind: diagnosis.authorKind === 'prescriber' ? 'prescriberDiagnosis' : 'employerDiagnosis',
        diagnosisId: diagnosis.id,
        authorOrganizationName: diagnosis.authorName,
        createdOn: diagnosis.createdOn,
      };
      validUntil = decision.basis.validUntil;
    }
    return {
      candidateId,
      employer,
      on,
      required,
      eligible: decision.eligible,
      basis,
      validUntil,
      reasons: decision.reasons.map((reason) => ({ code: reason.code, message: this.message(reason, employer.kind) })),
      requirement: required ? { level1: 1, level2: LEVEL_2_REQUIRED[employer.kind] } : null,
      proposedCriteria: proposed.map((key) => {
        const c = CRITERIA_BY_KEY.get(key)!;
        return { key, level: c.level, label: c.label };
      }),
      proposedCriteriaMeetRequirement: required ? meetsSiaeRequirement(employer.kind, proposed).met : null,
    };
  }

  /** The proof of one criterion, for its author, the candidate and staff (and the control later). */
  async openProof(actor: Actor, candidateId: string, diagnosisId: string, key: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    const diagnosis = await this.repository.diagnosisOf(candidateId, diagnosisId);
    requireAccess(diagnosisAccess(actor, 'open-proof', { access, diagnosis }));
    const criterion = await this.repository.criterionOf(diagnosisId, key);
    if (!criterion?.proofFileId) throw notFound('Ce critère n’a pas de justificatif.');
    const { file, content } = await this.files.open(criterion.proofFileId);
    return { fileName: file.fileName, contentType: file.contentType, content };
  }

  /** Records a withdrawal of auto-prescription (written by the a-posteriori control). */
  async recordWithdrawal(
    manager: EntityManager,
    input: { employerId: string; from: IsoDate; to: IsoDate | null; reason: string; sourceId?: string },
  ): Promise<void> {
    await this.repository.insertWithdrawal(manager, {
      employerId: input.employerId,
      fromDate: input.from,
      toDate: input.to,
      reason: input.reason,
      sourceId: input.sourceId ?? null,
    });
  }

  async activeWithdrawal(employerId: string, on: IsoDate): Promise<Withdrawal | null> {
    const row = await this.repository.withdrawalOn(employerId, on);
    return row ? { from: row.fromDate, to: row.toDate, reason: row.reason } : null;
  }

  private checkCriteria(criteria: CriterionInput[], options: { proofsRequired: boolean; today: IsoDate }): FieldError[] {
    const errors: FieldError[] = [];
    const combination = checkCombination(criteria.map((c) => c.key));
    if (combination?.code === 'unknownCriterion') {
      const index = criteria.findIndex((c) => c.key === combination.key);
      errors.push({
        field: `criteria[${index}].key`,
        code: 'unknownCriterion',
        message: `Le critère « ${combination.key} » n’existe pas (voir GET /api/eligibility-criteria).`,
      });
    } else if (combination?.code === 'duplicate') {
      errors.push({ field: 'criteria', code: 'duplicateCriterion', message: `Le critère ${combination.key} est donné deux fois.` });
    } else if (combination?.code === 'forbiddenPair') {
      errors.push({
        field: 'criteria',
        code: 'forbiddenPair',
        message: `Les critères ${combination.keys[0]} et ${combination.keys[1]} s’excluent l’un l’autre.`,
      });
    }
    criteria.forEach((c, index) => {
      const criterion = CRITERIA_BY_KEY.get(c.key);
      if (!criterion) return;
      if (options.proofsRequired && (!c.proofFileId || !c.proofDate)) {
        errors.push({
          field: `criteria[${index}].proofFileId`,
          code: 'proofRequired',
          message: `Joignez le justificatif du critère ${c.key} (${criterion.proof}) et sa date.`,
        });
        return;
      }
      if (c.proofDate) {
        if (!isIsoDate(c.proofDate)) {
          errors.push({ field: `criteria[${index}].proofDate`, code: 'isDate', message: 'La date du justificatif doit être au format AAAA-MM-JJ.' });
          return;
        }
        const problem = checkProofDate(criterion, c.proofDate, options.today);
        if (problem === 'future')
          errors.push({ field: `criteria[${index}].proofDate`, code: 'notInFuture', message: 'Un justificatif ne peut pas être daté dans le futur.' });
        if (problem === 'tooOld') {
          errors.push({
            field: `criteria[${index}].proofDate`,
            code: 'proofTooOld',
            message: `Le justificatif du critère ${c.key} doit dater de moins de ${criterion.proofValidityMonths} mois.`,
          });
        }
      }
      if (c.proofFileId && !c.proofDate)
        errors.push({ field: `criteria[${index}].proofDate`, code: 'isDefined', message: 'Indiquez la date du justificatif.' });
    });
    return errors;
  }

  private async checkProofFiles(manager: EntityManager, criteria: CriterionInput[], organizationId: string): Promise<void> {
    const ids = criteria.filter((c) => c.proofFileId).map((c) => c.proofFileId as string);
    const files = new Map((await this.files.findByIds(ids, manager)).map((f) => [f.id, f]));
    const used = await this.repository.proofFilesInUse(manager, ids);
    const errors: FieldError[] = [];
    criteria.forEach((c, index) => {
      if (!c.proofFileId) return;
      const file = files.get(c.proofFileId);
      if (!file || file.purpose !== PROOF_PURPOSE || file.organizationId !== organizationId) {
        errors.push({
          field: `criteria[${index}].proofFileId`,
          code: 'unknownProof',
          message: 'Ce justificatif n’a pas été envoyé par votre structure (POST /api/eligibility-proofs).',
        });
      } else if (used.has(file.id)) {
        errors.push({
          field: `criteria[${index}].proofFileId`,
          code: 'proofAlreadyUsed',
          message: 'Ce justificatif sert déjà à un autre diagnostic ; envoyez-en une copie.',
        });
      }
    });
    if (errors.length) throw validationProblem(errors);
  }

  private async views(manager: EntityManager, rows: EligibilityDiagnosis[], today: IsoDate): Promise<DiagnosisView[]> {
    if (rows.length === 0) return [];
    const criteria = await this.repository.criteriaOf(
      manager,
      rows.map((r) => r.id),
    );
    const organizations = new Map((await this.organizations.findByIds([...new Set(rows.map((r) => r.authorOrganizationId))], manager)).map((o) => [o.id, o]));
    return rows.map((d) => ({
      id: d.id,
      candidateId: d.candidateId,
      authorKind: d.authorKind,
      author: {
        organizationId: d.authorOrganizationId,
        organizationName: organizations.get(d.authorOrganizationId)?.name ?? '',
        kind: organizations.get(d.authorOrganizationId)?.kind ?? '',
      },
      createdOn: d.createdOn,
      validUntil: addDays(d.expiresOn, -1),
      valid: isDiagnosisValid(d.expiresOn, today),
      replacedById: d.replacedById,
      criteria: criteria
        .filter((c) => c.diagnosisId === d.id)
        .map((c) => {
          const criterion = CRITERIA_BY_KEY.get(c.criterionKey)!;
          return { key: c.criterionKey, level: criterion.level, label: criterion.label, proofDate: c.proofDate, hasProof: !!c.proofFileId };
        })
        .sort((a, b) => CRITERIA_BY_KEY.get(a.key)!.rank - CRITERIA_BY_KEY.get(b.key)!.rank),
      notes: d.notes,
    }));
  }

  private message(reason: EligibilityReason, kind: string): string {
    const date = frenchDate;
    switch (reason.code) {
      case 'noDiagnosis':
        return `Aucun diagnostic d’éligibilité en cours de validité : un prescripteur habilité peut valider l’éligibilité, ou la structure l’auto-prescrire avec 1 critère de niveau 1 ou ${LEVEL_2_REQUIRED[kind]} critères de niveau 2 (${kind}).`;
      case 'diagnosisExpired':
        return `Le diagnostic d’éligibilité ${reason.authorKind === 'prescriber' ? 'du prescripteur' : 'de la structure'} a expiré le ${date(reason.expiredOn)} : il est à renouveler.`;
      case 'diagnosisForAnotherSiae':
        return 'Une autre SIAE a validé l’éligibilité pour elle-même : ce diagnostic ne vaut que pour elle.';
      case 'autoPrescriptionWithdrawn':
        return `L’auto-prescription de cette structure est suspendue ${reason.to ? `du ${date(reason.from)} au ${date(reason.to)}` : `depuis le ${date(reason.from)}, sans date de fin`} (${reason.reason}) : seul un prescripteur habilité peut valider l’éligibilité.`;
    }
  }
}
