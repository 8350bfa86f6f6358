import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IsoDate } from '@iae/core';
import { SIAE_KINDS } from '@iae/identity';
import { StatsTerritory } from './rules/stats-territory';

/** The instants bounding a period of Paris days, and today, as the service computed them. */
export interface StatsWindow {
  from: IsoDate;
  to: IsoDate;
  /** First instant of `from` and of the day after `to`, in Paris. */
  fromInstant: Date;
  toInstant: Date;
  today: IsoDate;
  /** Sent before this instant, a candidature still pending has waited more than 30 days. */
  pendingSince: Date;
}

export interface CandidatureFigureRow {
  dimension: 'all' | 'reason' | 'sender' | 'siae_kind';
  refusal_reason: string | null;
  sender_kind: string | null;
  sender_organization_kind: string | null;
  sender_habilitated: boolean | null;
  employer_kind: string | null;
  sent: number;
  accepted: number;
  refused: number;
  pending: number;
  pending_over_30_days: number;
  answered: number;
}

export interface AnswerDelayRow {
  employer_kind: string | null;
  /** Hours from sending to the first answer (rounded down), and how many answers took that long. */
  hours: number;
  answers: number;
}

export interface PassFigureRow {
  is_total: boolean;
  employer_kind: string | null;
  issued: number;
  running: number;
  suspended: number;
  running_prolonged: number;
  ending_within_90_days: number;
}

export interface ProlongationRow {
  is_total: boolean;
  reason: string | null;
  prolongations: number;
}

export interface AutoPrescriptionRow {
  employer_id: string;
  name: string;
  kind: string;
  departement_code: string;
  hires: number;
  auto_prescribed: number;
}

export interface PrescriberActivityRow {
  organization_id: string;
  name: string;
  kind: string;
  habilitated: boolean;
  departement_code: string | null;
  candidatures_sent: number;
  candidatures_accepted: number;
  diagnoses: number;
  last_activity_at: Date | string | null;
}

/**
 * One query per figure set, each one pass over the views of migration 1200 so that a national set
 * stays one scan of the candidatures (see docs/benchmarks.md).
 */
@Injectable()
export class StatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  candidatureFigures(territory: StatsTerritory, w: StatsWindow): Promise<CandidatureFigureRow[]> {
    const [where, params] = employerInTerritory('c', territory, [w.fromInstant, w.toInstant, w.pendingSince]);
    // Counted first by every dimension at once (a few thousand groups, aggregated in parallel), then
    // summed per dimension: far cheaper than grouping sets over each of the 2 million rows.
    return this.dataSource.query(
      `WITH counted AS (
         SELECT c.refusal_reason, c.sender_kind, c.sender_organization_kind, c.sender_habilitated, c.employer_kind,
                count(*) FILTER (WHERE c.created_at >= $1 AND c.created_at < $2) AS sent,
                count(*) FILTER (WHERE c.created_at >= $1 AND c.created_at < $2 AND c.state = 'accepted') AS accepted,
                count(*) FILTER (WHERE c.created_at >= $1 AND c.created_at < $2 AND c.state = 'refused') AS refused,
                count(*) FILTER (WHERE c.created_at >= $1 AND c.created_at < $2 AND c.state IN ('new', 'processing', 'postponed')) AS pending,
                count(*) FILTER (WHERE c.created_at < $3 AND c.state IN ('new', 'processing', 'postponed')) AS pending_over_30_days,
                count(*) FILTER (WHERE c.created_at >= $1 AND c.created_at < $2 AND c.first_answered_at IS NOT NULL) AS answered
           FROM stats_candidatures c
          WHERE ${where}
          GROUP BY 1, 2, 3, 4, 5)
       SELECT CASE WHEN GROUPING(refusal_reason) = 0 THEN 'reason'
                   WHEN GROUPING(sender_kind) = 0 THEN 'sender'
                   WHEN GROUPING(employer_kind) = 0 THEN 'siae_kind' ELSE 'all' END AS dimension,
              refusal_reason, sender_kind, sender_organization_kind, sender_habilitated, employer_kind,
              coalesce(sum(sent), 0)::int AS sent, coalesce(sum(accepted), 0)::int AS accepted, coalesce(sum(refused), 0)::int AS refused,
              coalesce(sum(pending), 0)::int AS pending, coalesce(sum(pending_over_30_days), 0)::int AS pending_over_30_days,
              coalesce(sum(answered), 0)::int AS answered
         FROM counted
        GROUP BY GROUPING SETS ((), (refusal_reason), (sender_kind, sender_organization_kind, sender_habilitated), (employer_kind))`,
      params,
    );
  }

  /**
   * The delays to the first answer as an hourly histogram per employer kind: hashing a few thousand
   * buckets is far cheaper than sorting every delay, and the median read from it is exact to the hour.
   */
  answerDelays(territory: StatsTerritory, w: StatsWindow): Promise<AnswerDelayRow[]> {
    const [where, params] = employerInTerritory('c', territory, [w.fromInstant, w.toInstant]);
    return this.dataSource.query(
      `SELECT c.employer_kind, floor(extract(epoch FROM c.first_answered_at - c.created_at) / 3600)::int AS hours, count(*)::int AS answers
         FROM stats_candidatures c
        WHERE c.created_at >= $1 AND c.created_at < $2 AND c.first_answered_at IS NOT NULL AND ${where}
        GROUP BY 1, 2`,
      params,
    );
  }

  passFigures(territory: StatsTerritory, w: StatsWindow): Promise<PassFigureRow[]> {
    const [where, params] = territoryFilter('e', territory, [w.from, w.to, w.today]);
    return this.dataSource.query(
      `SELECT GROUPING(e.kind) = 1 AS is_total, e.kind AS employer_kind,
              count(*) FILTER (WHERE p.start_date BETWEEN $1::date AND $2::date)::int AS issued,
              count(*) FILTER (WHERE $3::date BETWEEN p.start_date AND p.end_date)::int AS running,
              count(*) FILTER (WHERE $3::date BETWEEN p.start_date AND p.end_date AND s.pass_id IS NOT NULL)::int AS suspended,
              count(*) FILTER (WHERE $3::date BETWEEN p.start_date AND p.end_date AND p.prolonged)::int AS running_prolonged,
              count(*) FILTER (WHERE p.end_date >= $3::date AND p.end_date < $3::date + 90)::int AS ending_within_90_days
         FROM stats_pass_iae p
         LEFT JOIN stats_employers e ON e.id = p.origin_employer_id
         LEFT JOIN (SELECT DISTINCT pass_id FROM stats_pass_iae_periods
                     WHERE kind = 'suspension' AND $3::date BETWEEN start_date AND end_date) s ON s.pass_id = p.id
        WHERE p.end_date >= least($1::date, $3::date) AND ${where}
        GROUP BY ROLLUP (e.kind)`,
      params,
    );
  }

  /** Prolongations starting in the period, by reason. */
  prolongations(territory: StatsTerritory, w: StatsWindow): Promise<ProlongationRow[]> {
    const [where, params] = territoryFilter('e', territory, [w.from, w.to]);
    return this.dataSource.query(
      `SELECT GROUPING(r.reason) = 1 AS is_total, r.reason, count(*)::int AS prolongations
         FROM stats_pass_iae_periods r JOIN stats_pass_iae p ON p.id = r.pass_id LEFT JOIN stats_employers e ON e.id = p.origin_employer_id
        WHERE r.kind = 'prolongation' AND r.start_date BETWEEN $1::date AND $2::date AND ${where}
        GROUP BY ROLLUP (r.reason)`,
      params,
    );
  }

  /** Hires starting in the period in each SIAE of the territory, and how many it prescribed itself. */
  autoPrescription(territory: StatsTerritory, w: StatsWindow): Promise<AutoPrescriptionRow[]> {
    const [where, params] = employerInTerritory('c', territory, [w.from, w.to, SIAE_KINDS]);
    return this.dataSource.query(
      `WITH hires AS (
         SELECT c.employer_id, count(*)::int AS hires, count(*) FILTER (WHERE c.auto_prescribed)::int AS auto_prescribed
           FROM stats_candidatures c
          WHERE c.state = 'accepted' AND c.hiring_start BETWEEN $1::date AND $2::date AND c.employer_kind = ANY($3::text[]) AND ${where}
          GROUP BY c.employer_id)
       SELECT e.id AS employer_id, e.name, e.kind, e.departement_code, h.hires, h.auto_prescribed
         FROM hires h JOIN stats_employers e ON e.id = h.employer_id
        ORDER BY h.auto_prescribed::float / h.hires DESC, h.hires DESC, e.name, e.id`,
      params,
    );
  }

  /** Every prescriber organisation of the territory with what it did in the period. */
  prescriberActivity(territory: StatsTerritory, w: StatsWindow): Promise<PrescriberActivityRow[]> {
    const [where, params] = territoryFilter('p', territory, [w.fromInstant, w.toInstant, w.from, w.to]);
    // Nationally every organisation counts: aggregating all rows (in parallel) beats probing each one's index.
    const inTerritory = (column: string) => (territory.level === 'national' ? 'true' : `${column} IN (SELECT id FROM orgs)`);
    return this.dataSource.query(
      `WITH orgs AS MATERIALIZED (SELECT p.id, p.name, p.kind, p.habilitated, p.departement_code FROM stats_prescribers p WHERE ${where}),
            sent AS (SELECT c.sender_organization_id AS id, count(*)::int AS sent, count(*) FILTER (WHERE c.state = 'accepted')::int AS accepted, max(c.created_at) AS last_at
                       FROM stats_candidatures c
                      WHERE c.sender_kind = 'prescriber' AND c.created_at >= $1 AND c.created_at < $2 AND ${inTerritory('c.sender_organization_id')}
                      GROUP BY 1),
            diagnosed AS (SELECT d.author_organization_id AS id, count(*)::int AS diagnoses, max(d.created_on) AS last_on
                            FROM stats_eligibility_diagnoses d
                           WHERE d.author_kind = 'prescriber' AND d.created_on BETWEEN $3::date AND $4::date AND ${inTerritory('d.author_organization_id')}
                           GROUP BY 1)
       SELECT o.id AS organization_id, o.name, o.kind, o.habilitated, o.departement_code,
              coalesce(s.sent, 0) AS candidatures_sent, coalesce(s.accepted, 0) AS candidatures_accepted, coalesce(d.diagnoses, 0) AS diagnoses,
              greatest(s.last_at, d.last_on::timestamptz) AS last_activity_at
         FROM orgs o LEFT JOIN sent s ON s.id = o.id LEFT JOIN diagnosed d ON d.id = o.id
        ORDER BY coalesce(s.sent, 0) + coalesce(d.diagnoses, 0) DESC, o.name, o.id`,
      params,
    );
  }
}

/** What a snapshot holds, as written: the rows of a figure set's queries, and when they were read. */
export interface StatsSnapshot<T> {
  data: T;
  computedAt: Date;
}

/** The key of a territory in `stats_snapshots`. */
export function territoryKey(territory: StatsTerritory): string {
  return territory.level === 'national' ? 'FR' : `${territory.level}:${territory.code}`;
}

/** The figures computed in the background for the periods of `snapshotPeriods` (migration 2900), read back in one row. */
@Injectable()
export class StatsSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find<T>(question: string, territory: StatsTerritory, w: StatsWindow): Promise<StatsSnapshot<T> | null> {
    const [row] = await this.dataSource.query(
      `SELECT data, computed_at FROM stats_snapshots WHERE question = $1 AND territory = $2 AND period_from = $3 AND period_to = $4 AND today = $5`,
      [question, territoryKey(territory), w.from, w.to, w.today],
    );
    return row ? { data: row.data as T, computedAt: row.computed_at as Date } : null;
  }

  async save(question: string, territory: StatsTerritory, w: StatsWindow, snapshot: StatsSnapshot<unknown>): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO stats_snapshots (question, territory, period_from, period_to, today, computed_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (question, territory, period_from, period_to, today) DO UPDATE SET computed_at = EXCLUDED.computed_at, data = EXCLUDED.data`,
      [question, territoryKey(territory), w.from, w.to, w.today, snapshot.computedAt, JSON.stringify(snapshot.data)],
    );
  }

  /** How many figure sets of the window were computed on its day (every territory's every question when complete). */
  async countOfDay(w: StatsWindow): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM stats_snapshots WHERE period_from = $1 AND period_to = $2 AND today = $3`, [
      w.from,
      w.to,
      w.today,
    ]);
    return n as number;
  }

  /** Snapshots of past days answer no request any more (their period and their stocks are another day's). */
  async deleteBefore(today: IsoDate): Promise<number> {
    const [{ n }] = await this.dataSource.query(`WITH d AS (DELETE FROM stats_snapshots WHERE today < $1 RETURNING 1) SELECT count(*)::int AS n FROM d`, [
      today,
    ]);
    return n as number;
  }
}

/** The condition putting a candidature (alias `alias`) in the territory: its employer's. */
function employerInTerritory(alias: string, territory: StatsTerritory, params: unknown[]): [string, unknown[]] {
  if (territory.level === 'national') return ['true', params];
  const [where, all] = territoryFilter('e', territory, params);
  return [`${alias}.employer_id IN (SELECT e.id FROM stats_employers e WHERE ${where})`, all];
}

/** The condition putting a row of `alias` (with `departement_code` and `region_code`) in the territory. */
export function territoryFilter(alias: string, territory: StatsTerritory, params: unknown[]): [string, unknown[]] {
  if (territory.level === 'national') return ['true', params];
  const column = territory.level === 'departement' ? 'departement_code' : 'region_code';
  return [`${alias}.${column} = $${params.length + 1}`, [...params, territory.code]];
}
