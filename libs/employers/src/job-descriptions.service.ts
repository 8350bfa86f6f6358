import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, FieldError, Problem, ScheduledJobs, addDays, notFound, parisDate, parisMidnight, validationProblem } from '@iae/core';
import { AuditTrail, isForeignKeyViolation } from '@iae/database';
import { MetiersService } from '@iae/metiers';
import { Outbox } from '@iae/notifications';
import { CommunesService } from '@iae/territory';
import { EmployersRepository } from './employers.repository';
import { EmployersService, EmployerView } from './employers.service';
import { JobDescription } from './job-description.entity';
import { FreshnessRow, JobDescriptionsRepository } from './job-descriptions.repository';
import { EmployerProblems } from './problems';
import { CONTRACT_TYPES, ContractType, allowedContractTypes } from './rules/contract-types';
import { STALE_DEACTIVATION_DAYS, STALE_WARNING_DAYS } from './rules/job-description-freshness';
import { JobDescriptionsFreshness, employersChanged, jobDescriptionsFreshness } from './events';

export interface JobDescriptionInput {
  appellationCode?: string;
  customTitle?: string | null;
  description?: string | null;
  profileWanted?: string | null;
  contractType?: ContractType;
  otherContractType?: string | null;
  hoursPerWeek?: number | null;
  openPositions?: number;
  locationCommuneCode?: string | null;
  isResumeMandatory?: boolean;
  isQpvMandatory?: boolean;
  isActive?: boolean;
}

export interface JobDescriptionView {
  id: string;
  employerId: string;
  title: string;
  appellation: { code: string; label: string; romeCode: string; romeLabel: string };
  customTitle: string | null;
  description: string | null;
  profileWanted: string | null;
  contractType: ContractType;
  contractTypeLabel: string;
  otherContractType: string | null;
  hoursPerWeek: number | null;
  openPositions: number;
  location: { communeCode: string; communeName: string; departementCode: string; latitude: number; longitude: number; isEmployerAddress: boolean };
  isResumeMandatory: boolean;
  isQpvMandatory: boolean;
  isActive: boolean;
  lastEmployerUpdateAt: Date;
  createdAt: Date;
}

/** Fiches de poste: written by the employer's members, public while recruiting, closed when left untouched. */
@Injectable()
export class JobDescriptionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly employers: EmployersService,
    private readonly metiers: MetiersService,
    private readonly communes: CommunesService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
    private readonly repository: JobDescriptionsRepository,
    private readonly employersRepository: EmployersRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'employers.job-descriptions-freshness',
      description: `Prévient l’employeur des fiches de poste non mises à jour depuis ${STALE_WARNING_DAYS} jours et ferme celles qui ne l’ont pas été depuis ${STALE_DEACTIVATION_DAYS} jours.`,
      cron: '10 6 * * *',
      run: ({ dryRun }) => this.applyFreshness(dryRun),
    });
  }

  async create(
    actor: Actor,
    employerId: string,
    input: JobDescriptionInput & { appellationCode: string; contractType: ContractType },
  ): Promise<JobDescriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.viewWithin(manager, employerId);
      if (!employer.active) throw new Problem(EmployerProblems.inactive, 'Une structure inactive ne publie pas de fiche de poste.');
      const values = await this.checked(employer, input);
      const saved = await this.repository.insert(manager, {
        employerId,
        isResumeMandatory: false,
        isQpvMandatory: false,
        isActive: true,
        openPositions: 1,
        ...values,
        lastEmployerUpdateAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        action: 'job_description.created',
        subjectType: 'job_description',
        subjectId: saved.id,
        actorUserId: actor.userId,
        actorOrganizationId: employerId,
      });
      await this.outbox.publish(manager, employersChanged([employerId]));
      return (await this.viewsWithin(manager, [saved]))[0];
    });
  }

  async update(actor: Actor, employerId: string, id: string, input: JobDescriptionInput): Promise<JobDescriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.ofEmployerForUpdate(manager, employerId, id);
      if (!current) throw notFound('Cette structure n’a pas de fiche de poste portant cet identifiant.');
      const employer = await this.employers.viewWithin(manager, employerId);
      const merged = { ...current, ...input };
      const values = await this.checked(employer, {
        ...input,
        // Re-check the contract against the kind whenever either could have changed.
        contractType: merged.contractType,
        otherContractType: merged.contractType === 'OTHER' ? merged.otherContractType : null,
      });
      // Any edit by the employer counts as an update: the freshness clock restarts.
      await this.repository.update(manager, id, {
        ...values,
        lastEmployerUpdateAt: this.clock.now(),
        staleWarningSentAt: null,
        autoDeactivatedAt: input.isActive === true ? null : current.autoDeactivatedAt,
      });
      await this.audit.record(manager, {
        action: 'job_description.updated',
        subjectType: 'job_description',
        subjectId: id,
        actorUserId: actor.userId,
        actorOrganizationId: employerId,
        details: { fields: Object.keys(input) },
      });
      await this.outbox.publish(manager, employersChanged([employerId]));
      return (await this.viewsWithin(manager, [await this.repository.getById(manager, id)]))[0];
    });
  }

  async remove(actor: Actor, employerId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = await this.repository.deleteOfEmployer(manager, employerId, id).catch((error) => {
        if (isForeignKeyViolation(error))
          throw new Problem(
            EmployerProblems.jobDescriptionInUse,
            'Des candidatures citent cette fiche de poste : elle reste dans leur historique. Fermez-la au recrutement plutôt que de la supprimer.',
          );
        throw error;
      });
      if (!deleted) throw notFound('Cette structure n’a pas de fiche de poste portant cet identifiant.');
      await this.audit.record(manager, {
        action: 'job_description.deleted',
        subjectType: 'job_description',
        subjectId: id,
        actorUserId: actor.userId,
        actorOrganizationId: employerId,
      });
      await this.outbox.publish(manager, employersChanged([employerId]));
    });
  }

  /** All of an employer's job descriptions (its members), or only the open ones (everyone). */
  async listForEmployer(employerId: string, options: { openOnly: boolean }): Promise<JobDescriptionView[]> {
    const rows = await this.repository.ofEmployer(employerId, { openOnly: options.openOnly, limit: 500 });
    return this.viewsWithin(this.dataSource.manager, rows);
  }

  /** A job description as the public sees it: recruiting, at an active employer. */
  async getPublic(id: string, viewer?: Actor): Promise<JobDescriptionView & { employer: EmployerView }> {
    const row = await this.repository.findById(id);
    const employer = row ? await this.employers.get(row.employerId, viewer).catch(() => null) : null;
    if (!row || !employer) throw notFound('Aucune fiche de poste ne porte cet identifiant.');
    if (!row.isActive && !(await this.employers.isMemberOrStaff(row.employerId, viewer))) throw notFound('Cette fiche de poste n’est plus ouverte.');
    return { ...(await this.viewsWithin(this.dataSource.manager, [row]))[0], employer };
  }

  /** Checks the fields against the employer and the referentials; returns the columns to write. */
  private async checked(employer: EmployerView, input: JobDescriptionInput): Promise<Partial<JobDescription>> {
    const errors: FieldError[] = [];
    const values: Partial<JobDescription> = {};
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
    if (input.appellationCode !== undefined) {
      const [appellation] = await this.metiers.getAppellations([input.appellationCode]);
      if (!appellation)
        errors.push({ field: 'appellationCode', code: 'unknownAppellation', message: `Aucun métier (appellation ROME) n’a le code ${input.appellationCode}.` });
      values.appellationCode = input.appellationCode;
    }
    if (input.contractType !== undefined) {
      const allowed = allowedContractTypes(employer.kind, employer.programmes);
      if (!allowed.includes(input.contractType)) {
        errors.push({
          field: 'contractType',
          code: 'contractNotAllowed',
          message: `Un ${employer.kind} ne propose pas de « ${CONTRACT_TYPES[input.contractType]} » ; types possibles : ${allowed.join(', ')}.`,
        });
      }
      values.contractType = input.contractType;
      const other = text(input.otherContractType) ?? null;
      if (input.contractType === 'OTHER' && !other) {
        errors.push({ field: 'otherContractType', code: 'isDefined', message: 'Précisez le type de contrat quand il est « autre ».' });
      }
      values.otherContractType = input.contractType === 'OTHER' ? other : null;
    }
    if (input.locationCommuneCode) {
      const [commune] = await this.communes.findByCodes([input.locationCommuneCode]);
      if (!commune)
        errors.push({ field: 'locationCommuneCode', code: 'unknownCommune', message: `Aucune commune n’a le code INSEE ${input.locationCommuneCode}.` });
    }
    if (input.locationCommuneCode !== undefined) values.locationCommuneCode = input.locationCommuneCode;
    for (const field of ['customTitle', 'description', 'profileWanted'] as const) {
      const value = text(input[field]);
      if (value !== undefined) values[field] = value;
    }
    for (const field of ['hoursPerWeek', 'openPositions', 'isResumeMandatory', 'isQpvMandatory', 'isActive'] as const) {
      if (input[field] !== undefined) (values as Record<string, unknown>)[field] = input[field];
    }
    if (errors.length) throw validationProblem(errors);
    return values;
  }

  async viewsWithin(manager: EntityManager, rows: JobDescription[]): Promise<JobDescriptionView[]> {
    if (rows.length === 0) return [];
    const appellations = new Map((await this.metiers.getAppellations([...new Set(rows.map((r) => r.appellationCode))])).map((a) => [a.code, a]));
    const employerIds = [...new Set(rows.filter((r) => !r.locationCommuneCode).map((r) => r.employerId))];
    const employerCommunes = employerIds.length ? await this.employersRepository.communesOf(manager, employerIds) : new Map<string, string>();
    const communeOf = (r: JobDescription) => r.locationCommuneCode ?? (employerCommunes.get(r.employerId) as string);
    const communes = new Map((await this.communes.findByCodes([...new Set(rows.map(communeOf))])).map((c) => [c.code, c]));
    return rows.map((r) => {
      const appellation = appellations.get(r.appellationCode);
      const commune = communes.get(communeOf(r));
      return {
        id: r.id,
        employerId: r.employerId,
        title: r.customTitle ?? appellation?.label ?? r.appellationCode,
        appellation: {
          code: r.appellationCode,
          label: appellation?.label ?? '',
          romeCode: appellation?.romeCode ?? '',
          romeLabel: appellation?.romeLabel ?? '',
        },
        customTitle: r.customTitle,
        description: r.description,
        profileWanted: r.profileWanted,
        contractType: r.contractType,
        contractTypeLabel: CONTRACT_TYPES[r.contractType],
        otherContractType: r.otherContractType,
        hoursPerWeek: r.hoursPerWeek,
        openPositions: r.openPositions,
        location: {
          communeCode: commune?.code ?? communeOf(r),
          communeName: commune?.name ?? '',
          departementCode: commune?.departementCode ?? '',
          latitude: commune?.latitude ?? 0,
          longitude: commune?.longitude ?? 0,
          isEmployerAddress: !r.locationCommuneCode,
        },
        isResumeMandatory: r.isResumeMandatory,
        isQpvMandatory: r.isQpvMandatory,
        isActive: r.isActive,
        lastEmployerUpdateAt: r.lastEmployerUpdateAt,
        createdAt: r.createdAt,
      };
    });
  }

  /**
   * Warns employers of job descriptions untouched for 60 days and closes those untouched for 90,
   * one e-mail per employer. Each description is warned once and closed once, however often this runs.
   */
  async applyFreshness(dryRun: boolean): Promise<{ summary: string; warned: number; deactivated: number }> {
    const today = this.clock.today();
    const warnBefore = parisMidnight(addDays(today, -STALE_WARNING_DAYS + 1));
    const closeBefore = parisMidnight(addDays(today, -STALE_DEACTIVATION_DAYS + 1));
    if (dryRun) {
      const { warn, close } = await this.repository.staleCounts(warnBefore, closeBefore);
      return { summary: `${warn} job description(s) to warn about, ${close} to close`, warned: warn, deactivated: close };
    }
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const closed = await this.repository.closeStale(manager, closeBefore, now);
      const warned = await this.repository.stampStaleWarnings(manager, warnBefore, closeBefore, now);
      await this.announce(manager, 'employers.job-descriptions-stale', warned, (row) =>
        addDays(parisDate(new Date(row.lastEmployerUpdateAt)), STALE_DEACTIVATION_DAYS),
      );
      await this.announce(manager, 'employers.job-descriptions-closed', closed, () => null);
      if (closed.length) {
        await this.outbox.publish(manager, employersChanged([...new Set(closed.map((row) => row.employerId))]));
      }
      return { summary: `${warned.length} job description(s) warned about, ${closed.length} closed`, warned: warned.length, deactivated: closed.length };
    });
  }

  /** One event per employer: its e-mails are made after the commit, its recipients read then. */
  private async announce<Row extends FreshnessRow>(
    manager: EntityManager,
    jobName: JobDescriptionsFreshness['jobName'],
    rows: Row[],
    deactivationDate: (row: Row) => string | null,
  ): Promise<void> {
    const byEmployer = new Map<string, Row[]>();
    for (const row of rows) byEmployer.set(row.employerId, [...(byEmployer.get(row.employerId) ?? []), row]);
    for (const [employerId, descriptions] of byEmployer) {
      await this.outbox.publish(
        manager,
        jobDescriptionsFreshness(jobName, {
          employerId,
          jobDescriptions: descriptions.map((d) => ({
            id: d.id,
            appellationCode: d.appellationCode,
            customTitle: d.customTitle,
            deactivationDate: deactivationDate(d),
          })),
        }),
      );
    }
  }

  /** Which employer each of these job descriptions belongs to, whether it still recruits and asks for a CV (for the candidatures context). */
  async recruitingStates(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; employerId: string; isActive: boolean; isResumeMandatory: boolean }>> {
    if (ids.length === 0) return [];
    const rows = await this.repository.findByIds(manager, ids);
    return rows.map((r) => ({ id: r.id, employerId: r.employerId, isActive: r.isActive, isResumeMandatory: r.isResumeMandatory }));
  }
}
