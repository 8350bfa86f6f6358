import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, IsoDate, ScheduledJobs, addDays, parisMidnight, requireAccess, toCsv, validationProblem } from '@iae/core';
import { REFUSAL_REASONS } from '@iae/candidatures';
import { EMPLOYER_KINDS, PRESCRIBER_KINDS } from '@iae/identity';
import { DEPARTEMENTS, REGIONS } from '@iae/territory';
import { flattenFigures, medianOfHistogram, percent, senderGroupOf } from './rules/figures';
import { StatsPeriod, resolvePeriod, snapshotPeriods } from './rules/stats-period';
import { statsAccess } from './rules/stats-access';
import { StatsReader, StatsTerritory, isFieldError, resolveTerritory } from './rules/stats-territory';
import {
  AnswerDelayRow,
  AutoPrescriptionRow,
  CandidatureFigureRow,
  PassFigureRow,
  PrescriberActivityRow,
  ProlongationRow,
  StatsRepository,
  StatsSnapshot,
  StatsSnapshotRepository,
  StatsWindow,
} from './stats.repository';
import { StatsDaysRepository } from './stats-days.repository';

export const STATS_SNAPSHOTS_JOB = 'stats.refresh-snapshots';

export interface StatsQuery {
  departement?: string;
  region?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface TerritoryView {
  level: StatsTerritory['level'];
  code: string | null;
  name: string;
}

/**
 * What every figure set says first: where, over which days, the day the stocks are counted on, and when the data
 * was read (the default period's sets are computed in the background every hour).
 */
export interface FigureSetHeader {
  territory: TerritoryView;
  period: { from: IsoDate; to: IsoDate };
  today: IsoDate;
  computedAt: string;
}

interface Flows {
  sent: number;
  accepted: number;
  refused: number;
  pending: number;
  transformationRate: number | null;
}

export interface CandidatureFigures extends FigureSetHeader, Flows {
  pendingOver30Days: number;
  answered: number;
  medianDaysToFirstAnswer: number | null;
  refusedByReason: Array<{ key: string; label: string; refused: number }>;
  bySender: Array<{ key: string; sender: string; organizationKind: string | null; habilitated: boolean | null } & Flows>;
  byEmployerKind: Array<{ key: string; label: string; pendingOver30Days: number; medianDaysToFirstAnswer: number | null } & Flows>;
}

interface PassCounts {
  issued: number;
  running: number;
  suspended: number;
  runningProlonged: number;
  endingWithin90Days: number;
}

export interface PassIaeFigures extends FigureSetHeader, PassCounts {
  prolongationsStarted: number;
  prolongationsByReason: Array<{ key: string; prolongations: number }>;
  byEmployerKind: Array<{ key: string; label: string } & PassCounts>;
}

export interface AutoPrescriptionFigures extends FigureSetHeader {
  hires: number;
  autoPrescribed: number;
  share: number | null;
  siae: Array<{ key: string; name: string; kind: string; departementCode: string; hires: number; autoPrescribed: number; share: number | null }>;
}

interface PrescriberCounts {
  organizations: number;
  habilitated: number;
  active: number;
  activeHabilitated: number;
  candidaturesSent: number;
  candidaturesAccepted: number;
  transformationRate: number | null;
  diagnoses: number;
}

export interface PrescriberFigures extends FigureSetHeader, PrescriberCounts {
  byKind: Array<{ key: string; label: string } & PrescriberCounts>;
}

export interface PrescriberOrganizationFigures extends FigureSetHeader {
  organizations: Array<{
    key: string;
    name: string;
    kind: string;
    habilitated: boolean;
    departementCode: string | null;
    candidaturesSent: number;
    candidaturesAccepted: number;
    transformationRate: number | null;
    diagnoses: number;
    lastActivityAt: Date | null;
  }>;
}

export interface CsvFile {
  fileName: string;
  csv: string;
}

/** The questions the figure sets ask of the data; a snapshot keeps one answer. */
interface Answers {
  candidatures: { rows: CandidatureFigureRow[]; delays: AnswerDelayRow[] };
  passIae: { rows: PassFigureRow[]; prolongations: ProlongationRow[] };
  autoPrescription: AutoPrescriptionRow[];
  prescriberActivity: PrescriberActivityRow[];
  /** The same, summed per kind of organisation: what the public set shows, without its 12,000 rows. */
  prescriberKinds: Array<{ kind: string } & PrescriberCounts>;
}
type Question = keyof Answers;

/**
 * The pilotage figures: those of the default period (the last 12 months) and of the last calendar years read back from
 * the snapshot the background job computed for the territory (`snapshotPeriods`); any other period summed over the
 * days the job counted (`StatsDaysRepository`); from the live data (one pass over the candidatures per set) until the
 * job has counted them today. Each answer says when its data was read (`computedAt`).
 * Aggregates are public; the sets naming structures are for the territory's State services.
 */
@Injectable()
export class StatsService implements OnModuleInit {
  private readonly questions: { [Q in Question]: (territory: StatsTerritory, window: StatsWindow) => Promise<Answers[Q]> } = {
    candidatures: async (t, w) => {
      const [rows, delays] = await Promise.all([this.repository.candidatureFigures(t, w), this.repository.answerDelays(t, w)]);
      return { rows, delays };
    },
    passIae: async (t, w) => {
      const [rows, prolongations] = await Promise.all([this.repository.passFigures(t, w), this.repository.prolongations(t, w)]);
      return { rows, prolongations };
    },
    autoPrescription: (t, w) => this.repository.autoPrescription(t, w),
    prescriberActivity: (t, w) => this.repository.prescriberActivity(t, w),
    prescriberKinds: async (t, w) => countsByKind(await this.repository.prescriberActivity(t, w)),
  };

  /** The same questions summed over the days the job counted today (null when it has not yet). */
  private readonly summed: {
    [Q in Question]: (territory: StatsTerritory, window: StatsWindow) => Promise<StatsSnapshot<Answers[Q]> | null>;
  } = {
    candidatures: (t, w) => this.days.candidatures(t, w),
    passIae: (t, w) => this.days.passIae(t, w),
    autoPrescription: (t, w) => this.days.autoPrescription(t, w),
    prescriberActivity: (t, w) => this.days.prescriberActivity(t, w),
    prescriberKinds: async (t, w) => {
      const activity = await this.days.prescriberActivity(t, w);
      return activity && { ...activity, data: countsByKind(activity.data) };
    },
  };

  constructor(
    private readonly repository: StatsRepository,
    private readonly snapshots: StatsSnapshotRepository,
    private readonly days: StatsDaysRepository,
    private readonly clock: Clock,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: STATS_SNAPSHOTS_JOB,
      description:
        'Compte jour par jour les candidatures, les PASS IAE, les embauches et l’activité des prescripteurs (à chaque heure ; toute période en est la somme), puis calcule les chiffres de pilotage des 12 derniers mois (à chaque heure) et des trois dernières années civiles (une fois par jour) pour la France, chaque région et chaque département : les pages les lisent ensuite en une fois.',
      cron: '41 * * * *',
      run: async ({ dryRun }) => {
        const today = this.clock.today();
        const territories: StatsTerritory[] = [
          { level: 'national' },
          ...[...REGIONS.map((r) => ({ region: r.code })), ...DEPARTEMENTS.map((d) => ({ departement: d.code }))].map(
            (query) => resolveTerritory(query) as StatsTerritory,
          ),
        ];
        const questions = Object.keys(this.questions) as Question[];
        // A daily period already computed today is left as it is until tomorrow.
        const due: StatsWindow[] = [];
        for (const { period, every } of snapshotPeriods(today)) {
          const window = windowOf(period, today);
          if (every === 'hour' || (await this.snapshots.countOfDay(window)) < territories.length * questions.length) due.push(window);
        }
        const sets = territories.length * questions.length * due.length;
        const periods = due.map((w) => `${w.from}/${w.to}`);
        if (dryRun) {
          return {
            summary: `daily figures to count; ${sets} figure set(s) to compute for ${territories.length} territories`,
            territories: territories.length,
            periods,
          };
        }
        // First: a run that fails half-way still forgets the past days.
        const deleted = await this.snapshots.deleteBefore(today);
        const started = this.clock.now();
        const { rows: dayRows } = await this.days.rebuild(today, started);
        for (const window of due) {
          // Summed over the days just counted: a few milliseconds a set instead of a pass over the candidatures.
          for (const territory of territories) {
            const answers = await this.answerAll(territory, window);
            for (const question of questions) await this.snapshots.save(question, territory, window, answers[question]);
          }
        }
        return {
          summary: `${dayRows} daily figure row(s) counted; ${sets} figure set(s) computed for ${territories.length} territories (${periods.join(', ')}); ${deleted} of past days deleted`,
          territories: territories.length,
          periods,
          deleted,
          dayRows,
        };
      },
    });
  }

  async candidatures(reader: StatsReader | undefined, query: StatsQuery): Promise<CandidatureFigures> {
    const { header, territory, window } = this.scope(reader, query);
    const answer = await this.ask('candidatures', territory, window);
    const { rows, delays } = answer.data;
    const all = rows.find((r) => r.dimension === 'all') ?? emptyCandidatureRow();
    const medianDays = (kind?: string) => {
      const hours = medianOfHistogram(delays.filter((d) => kind === undefined || d.employer_kind === kind).map((d) => ({ value: d.hours, count: d.answers })));
      return hours === null ? null : Math.round((hours / 24) * 10) / 10;
    };
    return {
      ...header,
      computedAt: answer.computedAt.toISOString(),
      ...flows(all),
      pendingOver30Days: all.pending_over_30_days,
      answered: all.answered,
      medianDaysToFirstAnswer: medianDays(),
      refusedByReason: rows
        .filter((r) => r.dimension === 'reason' && r.refusal_reason !== null && r.refused > 0)
        .map((r) => ({
          key: r.refusal_reason!,
          label: REFUSAL_REASONS[r.refusal_reason as keyof typeof REFUSAL_REASONS] ?? r.refusal_reason!,
          refused: r.refused,
        }))
        .sort((a, b) => b.refused - a.refused || a.key.localeCompare(b.key)),
      bySender: rows
        .filter((r) => r.dimension === 'sender' && r.sent > 0)
        .map((r) => {
          const group = senderGroupOf({
            sender_kind: r.sender_kind!,
            sender_organization_kind: r.sender_organization_kind,
            sender_habilitated: !!r.sender_habilitated,
          });
          const key = group.sender === 'prescriber' ? `prescriber:${group.organizationKind}:${group.habilitated ? 'habilitated' : 'orienteur'}` : group.sender;
          return {
            key,
            sender: group.sender,
            organizationKind: group.sender === 'prescriber' ? group.organizationKind : null,
            habilitated: group.sender === 'prescriber' ? group.habilitated : null,
            ...flows(r),
          };
        })
        .sort((a, b) => b.sent - a.sent || a.key.localeCompare(b.key)),
      byEmployerKind: rows
        .filter((r) => r.dimension === 'siae_kind' && r.employer_kind !== null)
        .map((r) => ({
          key: r.employer_kind!,
          label: EMPLOYER_KINDS[r.employer_kind as keyof typeof EMPLOYER_KINDS] ?? r.employer_kind!,
          ...flows(r),
          pendingOver30Days: r.pending_over_30_days,
          medianDaysToFirstAnswer: medianDays(r.employer_kind!),
        }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    };
  }

  async passIae(reader: StatsReader | undefined, query: StatsQuery): Promise<PassIaeFigures> {
    const { header, territory, window } = this.scope(reader, query);
    const answer = await this.ask('passIae', territory, window);
    const { rows, prolongations } = answer.data;
    const counts = (r?: (typeof rows)[number]): PassCounts => ({
      issued: r?.issued ?? 0,
      running: r?.running ?? 0,
      suspended: r?.suspended ?? 0,
      runningProlonged: r?.running_prolonged ?? 0,
      endingWithin90Days: r?.ending_within_90_days ?? 0,
    });
    // A PASS without an origin SIAE (imports) has a null kind too: the total is the row ROLLUP adds.
    const total = rows.find((r) => r.is_total);
    // A kind none of whose PASS counts here says nothing (the live query also meets the PASS ended in the period).
    const byKind = rows.filter((r) => !r.is_total && r.employer_kind !== null && Object.values(counts(r)).some((n) => n > 0));
    return {
      ...header,
      computedAt: answer.computedAt.toISOString(),
      ...counts(total),
      prolongationsStarted: prolongations.find((p) => p.is_total)?.prolongations ?? 0,
      prolongationsByReason: prolongations
        .filter((p) => !p.is_total)
        .map((p) => ({ key: p.reason!, prolongations: p.prolongations }))
        .sort((a, b) => b.prolongations - a.prolongations || a.key.localeCompare(b.key)),
      byEmployerKind: byKind
        .map((r) => ({ key: r.employer_kind!, label: EMPLOYER_KINDS[r.employer_kind as keyof typeof EMPLOYER_KINDS] ?? r.employer_kind!, ...counts(r) }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    };
  }

  async autoPrescription(reader: StatsReader | undefined, query: StatsQuery): Promise<AutoPrescriptionFigures> {
    const { header, territory, window } = this.scope(reader, query, { namesStructures: true });
    const answer = await this.ask('autoPrescription', territory, window);
    const rows = answer.data;
    const hires = rows.reduce((sum, r) => sum + r.hires, 0);
    const autoPrescribed = rows.reduce((sum, r) => sum + r.auto_prescribed, 0);
    return {
      ...header,
      computedAt: answer.computedAt.toISOString(),
      hires,
      autoPrescribed,
      share: percent(autoPrescribed, hires),
      siae: rows.map((r) => ({
        key: r.employer_id,
        name: r.name,
        kind: r.kind,
        departementCode: r.departement_code,
        hires: r.hires,
        autoPrescribed: r.auto_prescribed,
        share: percent(r.auto_prescribed, r.hires),
      })),
    };
  }

  async prescribers(reader: StatsReader | undefined, query: StatsQuery): Promise<PrescriberFigures> {
    const { header, territory, window } = this.scope(reader, query);
    const answer = await this.ask('prescriberKinds', territory, window);
    return {
      ...header,
      computedAt: answer.computedAt.toISOString(),
      ...sumOfCounts(answer.data),
      byKind: answer.data.map(({ kind, ...counts }) => ({ key: kind, label: PRESCRIBER_KINDS[kind as keyof typeof PRESCRIBER_KINDS] ?? kind, ...counts })),
    };
  }

  async prescriberOrganizations(reader: StatsReader | undefined, query: StatsQuery & { includeOrienteurs?: boolean }): Promise<PrescriberOrganizationFigures> {
    const { header, territory, window } = this.scope(reader, query, { namesStructures: true });
    const answer = await this.ask('prescriberActivity', territory, window);
    const rows = answer.data;
    return {
      ...header,
      computedAt: answer.computedAt.toISOString(),
      organizations: rows
        .filter((r) => r.habilitated || query.includeOrienteurs)
        .map((r) => ({
          key: r.organization_id,
          name: r.name,
          kind: r.kind,
          habilitated: r.habilitated,
          departementCode: r.departement_code,
          candidaturesSent: r.candidatures_sent,
          candidaturesAccepted: r.candidatures_accepted,
          transformationRate: percent(r.candidatures_accepted, r.candidatures_sent),
          diagnoses: r.diagnoses,
          // A snapshot holds it as JSON text.
          lastActivityAt: r.last_activity_at === null ? null : new Date(r.last_activity_at),
        })),
    };
  }

  /** A figure set as one `indicateur;valeur` line per figure. */
  figuresCsv(set: string, figures: FigureSetHeader): CsvFile {
    return { fileName: fileName(set, figures), csv: toCsv(['indicateur', 'valeur'], flattenFigures(figures)) };
  }

  /** A list of structures as a table, one line per structure, after the set's header lines. */
  tableCsv<T extends { key: string }>(set: string, figures: FigureSetHeader, rows: T[]): CsvFile {
    const columns = rows.length ? (Object.keys(rows[0]) as Array<keyof T & string>) : ['key' as keyof T & string];
    const cell = (value: unknown) => (value instanceof Date ? value.toISOString() : (value as string | number | boolean | null));
    return {
      fileName: fileName(set, figures),
      csv: toCsv(
        columns,
        rows.map((r) => columns.map((c) => cell(r[c]))),
      ),
    };
  }

  private scope(reader: StatsReader | undefined, query: StatsQuery, options: { namesStructures?: boolean } = {}) {
    const territory = resolveTerritory(query, reader);
    const today = this.clock.today();
    const period = resolvePeriod(query, today);
    const errors = [territory, period].filter(isFieldError);
    if (errors.length) throw validationProblem(errors);
    const t = territory as StatsTerritory;
    const p = period as { from: IsoDate; to: IsoDate };
    if (options.namesStructures) requireAccess(statsAccess(reader, 'read-structure-figures', t));
    const window = windowOf(p, today);
    const header: Omit<FigureSetHeader, 'computedAt'> = {
      territory: { level: t.level, code: t.level === 'national' ? null : t.code, name: t.level === 'national' ? 'France entière' : t.name },
      period: { from: p.from, to: p.to },
      today,
    };
    return { header, territory: t, window };
  }

  /** Every question for the job, the prescribers' activity read once for its two uses. */
  private async answerAll(t: StatsTerritory, w: StatsWindow): Promise<{ [Q in Question]: StatsSnapshot<Answers[Q]> }> {
    const prescriberActivity = await this.answer('prescriberActivity', t, w);
    return {
      candidatures: await this.answer('candidatures', t, w),
      passIae: await this.answer('passIae', t, w),
      autoPrescription: await this.answer('autoPrescription', t, w),
      prescriberActivity,
      prescriberKinds: { ...prescriberActivity, data: countsByKind(prescriberActivity.data) },
    };
  }

  /**
   * The snapshot of the period when the background job has computed it today, else the sum of the period's days as
   * the job last counted them today, else the live data.
   */
  private async ask<Q extends Question>(question: Q, territory: StatsTerritory, window: StatsWindow): Promise<StatsSnapshot<Answers[Q]>> {
    return (await this.snapshots.find<Answers[Q]>(question, territory, window)) ?? this.answer(question, territory, window);
  }

  private async answer<Q extends Question>(question: Q, territory: StatsTerritory, window: StatsWindow): Promise<StatsSnapshot<Answers[Q]>> {
    const summed = await this.summed[question](territory, window);
    if (summed) return summed;
    const computedAt = this.clock.now();
    return { data: await this.questions[question](territory, window), computedAt };
  }
}

function windowOf(p: StatsPeriod, today: IsoDate): StatsWindow {
  return {
    from: p.from,
    to: p.to,
    fromInstant: parisMidnight(p.from),
    toInstant: parisMidnight(addDays(p.to, 1)),
    today,
    pendingSince: parisMidnight(addDays(today, -30)),
  };
}

function flows(r: Pick<CandidatureFigureRow, 'sent' | 'accepted' | 'refused' | 'pending'>): Flows {
  return { sent: r.sent, accepted: r.accepted, refused: r.refused, pending: r.pending, transformationRate: percent(r.accepted, r.sent) };
}

function emptyCandidatureRow(): CandidatureFigureRow {
  return {
    dimension: 'all',
    refusal_reason: null,
    sender_kind: null,
    sender_organization_kind: null,
    sender_habilitated: null,
    employer_kind: null,
    sent: 0,
    accepted: 0,
    refused: 0,
    pending: 0,
    pending_over_30_days: 0,
    answered: 0,
  };
}

/** Counts over organisations, habilitated or not; « active » sent a candidature or made a diagnosis in the period. */
function countsByKind(rows: PrescriberActivityRow[]): Answers['prescriberKinds'] {
  return [...new Set(rows.map((r) => r.kind))].sort().map((kind) => ({ kind, ...prescriberCounts(rows.filter((r) => r.kind === kind)) }));
}

function sumOfCounts(kinds: PrescriberCounts[]): PrescriberCounts {
  const sum = (field: keyof Omit<PrescriberCounts, 'transformationRate'>) => kinds.reduce((total, k) => total + k[field], 0);
  return {
    organizations: sum('organizations'),
    habilitated: sum('habilitated'),
    active: sum('active'),
    activeHabilitated: sum('activeHabilitated'),
    candidaturesSent: sum('candidaturesSent'),
    candidaturesAccepted: sum('candidaturesAccepted'),
    transformationRate: percent(sum('candidaturesAccepted'), sum('candidaturesSent')),
    diagnoses: sum('diagnoses'),
  };
}

function prescriberCounts(rows: PrescriberActivityRow[]): PrescriberCounts {
  const active = (r: PrescriberActivityRow) => r.candidatures_sent > 0 || r.diagnoses > 0;
  const sent = rows.reduce((sum, r) => sum + r.candidatures_sent, 0);
  const accepted = rows.reduce((sum, r) => sum + r.candidatures_accepted, 0);
  return {
    organizations: rows.length,
    habilitated: rows.filter((r) => r.habilitated).length,
    active: rows.filter(active).length,
    activeHabilitated: rows.filter((r) => r.habilitated && active(r)).length,
    candidaturesSent: sent,
    candidaturesAccepted: accepted,
    transformationRate: percent(accepted, sent),
    diagnoses: rows.reduce((sum, r) => sum + r.diagnoses, 0),
  };
}

function fileName(set: string, figures: FigureSetHeader): string {
  const where = figures.territory.code ? `${figures.territory.level}-${figures.territory.code}` : 'france';
  return `stats-${set}-${where}-${figures.period.from}-${figures.period.to}.csv`;
}
