import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, FieldError, Problem, notFound, requireAccess, validationProblem } from '@iae/core';
import { AuditRecord, AuditTrail, isConstraintViolation } from '@iae/database';
import { OrganizationsService } from '@iae/identity';
import { findDepartement } from '@iae/territory';
import { ControlPhases } from './control-phases';
import { CampaignRow, ControlsRepository, EvaluationRow } from './controls.repository';
import { ControlProblems } from './problems';
import {
  CALENDAR_FIELDS,
  CalendarInput,
  CampaignCalendar,
  READABLE_YEARS_AFTER_END,
  checkCalendar,
  isReadable,
  periodEnded,
  readableUntil,
  withDefaultDeadline,
} from './rules/campaign-calendar';
import { shownEvaluationState } from './rules/control-states';
import { campaignAccess, campaignRight, reviewerScope } from './rules/controls-access';
import { RATIO_DEFAULT_PERCENT, RATIO_MAX_PERCENT, RATIO_MIN_PERCENT, isValidRatio, populationFigures } from './rules/selection';

/** What the DDETS gives: the adversarial deadline may be left to its default (14 days before the end). */
export type CampaignInput = CalendarInput & { name: string; ratioPercent?: number };

export interface EvaluationSummary {
  id: string;
  employer: { id: string; name: string; kind: string };
  state: string;
  hiresInPopulation: number;
  finalState: string | null;
  hasSanctions: boolean;
}

export interface CampaignView extends CampaignCalendar {
  id: string;
  name: string;
  departement: { code: string; name: string };
  institution: { id: string; name: string };
  batchId: string | null;
  ratioPercent: number;
  /** Drawn when the draw is confirmed: null before. */
  seed: number | null;
  state: string;
  selection: { populationHires: number; qualifyingSiae: number; selectedSiae: number; selectedAt: Date } | null;
  notifiedAt: Date | null;
  adversarialOpenedAt: Date | null;
  closedAt: Date | null;
  readableUntil: string;
  /** The caller decides (the campaign's DDETS) or reads. */
  right: 'decide' | 'read';
  evaluations: EvaluationSummary[];
  history: Array<{ action: string; at: Date; actorUserId: string | null; details: Record<string, unknown> }>;
  createdAt: Date;
}

export interface PopulationView {
  campaignId: string;
  state: string;
  ratioPercent: number;
  seed: number | null;
  hires: number;
  siae: number;
  qualifyingSiae: number;
  siaeToSelect: number;
  bySiae: Array<{ employer: { id: string; name: string; kind: string }; hires: number; qualifies: boolean; hiresControlledIfDrawn: number; selected: boolean }>;
}

/** Campaigns of the a-posteriori control, on the DDETS's side: open, see the population, draw, follow. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly repository: ControlsRepository,
    private readonly phases: ControlPhases,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditTrail,
  ) {}

  /** A DDETS opens a campaign for its own département. */
  async create(actor: Actor, input: CampaignInput): Promise<CampaignView> {
    requireAccess(campaignAccess(actor, 'open'));
    const institution = actor.organization!;
    const calendar = this.check(input);
    const id = await this.dataSource.transaction((manager) =>
      this.insert(manager, actor, calendar, { institutionId: institution.id, departementCode: institution.departmentCode as string, batchId: null }),
    );
    return this.get(actor, id);
  }

  /** Staff open one campaign per DDETS on the platform, with one calendar; départements already controlled over the period are skipped. */
  async createForEveryDepartement(
    actor: Actor,
    input: CampaignInput,
  ): Promise<{ batchId: string; created: Array<{ id: string; departementCode: string }>; skipped: Array<{ departementCode: string; reason: string }> }> {
    const calendar = this.check(input);
    const batchId = randomUUID();
    const institutions = await this.organizations.listDdets();
    const created: Array<{ id: string; departementCode: string }> = [];
    const skipped: Array<{ departementCode: string; reason: string }> = [];
    await this.dataSource.transaction(async (manager) => {
      for (const institution of institutions) {
        const departementCode = institution.departmentCode as string;
        // A savepoint per département: one already controlled over the period does not stop the others.
        try {
          const id = await manager.transaction((inner) => this.insert(inner, actor, calendar, { institutionId: institution.id, departementCode, batchId }));
          created.push({ id, departementCode });
        } catch (error) {
          if (!(error instanceof Problem) || error.type !== ControlProblems.periodOverlap) throw error;
          skipped.push({ departementCode, reason: error.detail });
        }
      }
    });
    return { batchId, created, skipped };
  }

  async list(actor: Actor, filter: { state?: string; departement?: string }): Promise<CampaignView[]> {
    requireAccess(campaignAccess(actor, 'list'));
    const departements = reviewerScope(actor) ?? null;
    const rows = await this.repository.listCampaigns({ departements, ...filter, today: this.clock.today(), readableYears: READABLE_YEARS_AFTER_END });
    return Promise.all(rows.map((row) => this.view(this.dataSource.manager, actor, row, { withHistory: false })));
  }

  async get(actor: Actor, campaignId: string): Promise<CampaignView> {
    const campaign = await this.readable(actor, campaignId);
    return this.view(this.dataSource.manager, actor, campaign, { withHistory: true });
  }

  /** The DDETS changes its draft (name, ratio, calendar) before the draw. */
  async update(actor: Actor, campaignId: string, patch: Partial<CampaignInput>): Promise<CampaignView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.repository.findCampaign(campaignId, manager, { lock: 'update' });
      if (!campaign) throw notFound('Aucune campagne ne porte cet identifiant.');
      requireAccess(campaignAccess(actor, 'decide', campaign));
      if (campaign.state !== 'draft')
        throw new Problem(ControlProblems.campaignState, 'Le tirage est fait : la campagne ne se modifie plus.', { extensions: { state: campaign.state } });
      const merged = { ...campaign, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as CampaignRow & CampaignInput;
      this.check(
        merged,
        CALENDAR_FIELDS.filter((f) => patch[f] !== undefined),
      );
      await this.overlapGuard(() => this.repository.updateDraft(manager, campaignId, { ...patch, name: patch.name?.trim() }));
      await this.record(manager, actor, campaignId, 'control_campaign.updated', { changes: patch });
    });
    return this.get(actor, campaignId);
  }

  /** The population and what the draw would take, before the DDETS confirms it (and as it was after). */
  async population(actor: Actor, campaignId: string, ratioPercent?: number): Promise<PopulationView> {
    const campaign = await this.readable(actor, campaignId);
    const ratio = ratioPercent ?? campaign.ratioPercent;
    const population = await this.repository.population(campaign);
    const figures = populationFigures(population, ratio);
    const evaluations = await this.repository.evaluationsOfCampaign(campaign.id);
    const selected = new Set(evaluations.map((e) => e.employerId));
    const names = new Map((await this.organizations.findByIds(figures.bySiae.map((s) => s.employerId))).map((o) => [o.id, o.name]));
    return {
      campaignId: campaign.id,
      state: campaign.state,
      ratioPercent: ratio,
      seed: campaign.seed,
      hires: figures.hires,
      siae: figures.siae,
      qualifyingSiae: figures.qualifyingSiae,
      siaeToSelect: figures.siaeToSelect,
      bySiae: figures.bySiae.map((s) => ({
        employer: { id: s.employerId, name: names.get(s.employerId) ?? '', kind: s.employerKind },
        hires: s.hires,
        qualifies: s.qualifies,
        hiresControlledIfDrawn: s.hiresControlledIfDrawn,
        selected: selected.has(s.employerId),
      })),
    };
  }

  /** The DDETS confirms the draw with the recorded ratio and a seed drawn now; on or after the notification day, the SIAE are told at once. */
  async select(actor: Actor, campaignId: string): Promise<CampaignView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.repository.findCampaign(campaignId, manager, { lock: 'update' });
      if (!campaign) throw notFound('Aucune campagne ne porte cet identifiant.');
      requireAccess(campaignAccess(actor, 'decide', campaign));
      if (campaign.state !== 'draft')
        throw new Problem(ControlProblems.campaignState, 'Le tirage de cette campagne est déjà fait.', { extensions: { state: campaign.state } });
      if (!periodEnded(campaign, this.clock.today())) {
        throw new Problem(
          ControlProblems.campaignState,
          `La période contrôlée se termine le ${campaign.periodEnd} : le tirage se confirme à partir du lendemain, sur toutes ses embauches.`,
          { extensions: { state: campaign.state, periodEnd: campaign.periodEnd } },
        );
      }
      await this.phases.draw(manager, campaign, actor.userId);
      if (this.clock.today() >= campaign.notifyOn) {
        await this.phases.apply(manager, (await this.repository.findCampaign(campaignId, manager))!, 'notify', actor.userId);
      }
    });
    return this.get(actor, campaignId);
  }

  /** A campaign the caller may read, within its 3 years after the end. */
  async readable(actor: Actor, campaignId: string, manager: EntityManager = this.dataSource.manager): Promise<CampaignRow> {
    const campaign = await this.repository.findCampaign(campaignId, manager);
    if (!campaign || !isReadable(campaign.endsOn, this.clock.today())) throw notFound('Aucune campagne de contrôle ne porte cet identifiant.');
    requireAccess(campaignAccess(actor, 'read', campaign));
    return campaign;
  }

  /** The input with its default adversarial deadline, checked (400 naming each field at fault). */
  private check<T extends Partial<CampaignInput>>(input: T, calendarFields: readonly string[] = CALENDAR_FIELDS): T & CampaignCalendar {
    const completed = withDefaultDeadline(input as T & CalendarInput);
    const errors: FieldError[] = checkCalendar(completed, this.clock.today()).filter(
      // An edit is held to "not in the past" only for the dates it changes.
      (e) => e.code !== 'notInPast' || calendarFields.includes(e.field),
    );
    if (input.ratioPercent !== undefined && !isValidRatio(input.ratioPercent)) {
      errors.push({
        field: 'ratioPercent',
        code: 'ratioRange',
        message: `Le taux de SIAE contrôlées va de ${RATIO_MIN_PERCENT} à ${RATIO_MAX_PERCENT} % (${RATIO_DEFAULT_PERCENT} % par défaut).`,
      });
    }
    if (input.name !== undefined && !input.name.trim()) errors.push({ field: 'name', code: 'isNotEmpty', message: 'Donnez un nom à la campagne.' });
    if (errors.length) throw validationProblem(errors);
    return completed as T & CampaignCalendar;
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    input: CampaignInput & CampaignCalendar,
    where: { institutionId: string; departementCode: string; batchId: string | null },
  ): Promise<string> {
    const id = await this.overlapGuard(
      () =>
        this.repository.insertCampaign(manager, {
          ...where,
          name: input.name.trim(),
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          notifyOn: input.notifyOn,
          submissionDeadline: input.submissionDeadline,
          adversarialStart: input.adversarialStart,
          adversarialDeadline: input.adversarialDeadline,
          endsOn: input.endsOn,
          ratioPercent: input.ratioPercent ?? RATIO_DEFAULT_PERCENT,
          createdById: actor.userId,
        }),
      where.departementCode,
    );
    await this.record(manager, actor, id, 'control_campaign.opened', { departementCode: where.departementCode, batchId: where.batchId, ...input });
    return id;
  }

  private async overlapGuard<T>(write: () => Promise<T>, departementCode?: string): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isConstraintViolation(error, 'control_campaigns_no_overlap')) {
        throw new Problem(
          ControlProblems.periodOverlap,
          `Une campagne ${departementCode ? `du département ${departementCode} ` : 'du département '}couvre déjà une partie de cette période.`,
        );
      }
      throw error;
    }
  }

  private record(manager: EntityManager, actor: Actor, campaignId: string, action: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(manager, {
      action,
      subjectType: 'control_campaign',
      subjectId: campaignId,
      actorUserId: actor.userId,
      actorOrganizationId: actor.organization?.id ?? null,
      details,
    });
  }

  private async view(manager: EntityManager, actor: Actor, campaign: CampaignRow, options: { withHistory: boolean }): Promise<CampaignView> {
    const evaluations: EvaluationRow[] = await this.repository.evaluationsOfCampaign(campaign.id, manager);
    const history: AuditRecord[] = options.withHistory ? await this.audit.forSubject('control_campaign', campaign.id, manager) : [];
    return {
      id: campaign.id,
      name: campaign.name,
      departement: { code: campaign.departementCode, name: findDepartement(campaign.departementCode)?.name ?? campaign.departementCode },
      institution: { id: campaign.institutionId, name: campaign.institutionName },
      batchId: campaign.batchId,
      periodStart: campaign.periodStart,
      periodEnd: campaign.periodEnd,
      notifyOn: campaign.notifyOn,
      submissionDeadline: campaign.submissionDeadline,
      adversarialStart: campaign.adversarialStart,
      adversarialDeadline: campaign.adversarialDeadline,
      endsOn: campaign.endsOn,
      ratioPercent: campaign.ratioPercent,
      seed: campaign.seed,
      state: campaign.state,
      selection:
        campaign.selectedAt && campaign.populationHires !== null && campaign.qualifyingSiae !== null
          ? {
              populationHires: campaign.populationHires,
              qualifyingSiae: campaign.qualifyingSiae,
              selectedSiae: evaluations.length,
              selectedAt: campaign.selectedAt,
            }
          : null,
      notifiedAt: campaign.notifiedAt,
      adversarialOpenedAt: campaign.adversarialOpenedAt,
      closedAt: campaign.closedAt,
      readableUntil: readableUntil(campaign.endsOn),
      right: campaignRight(actor, campaign) === 'decide' ? 'decide' : 'read',
      evaluations: evaluations.map((e) => ({
        id: e.id,
        employer: { id: e.employerId, name: e.employerName, kind: e.employerKind },
        state: shownEvaluationState(e.state, e.proofsMissing),
        hiresInPopulation: e.hiresInPopulation,
        finalState: e.finalState,
        hasSanctions: e.hasSanctions,
      })),
      history: history.map((h) => ({ action: h.action, at: h.occurredAt, actorUserId: h.actorUserId, details: h.details })),
      createdAt: campaign.createdAt,
    };
  }
}
