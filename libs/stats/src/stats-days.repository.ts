import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IsoDate, addDays } from '@iae/core';
import { SIAE_KINDS } from '@iae/identity';
import { cutAtWholeMonths } from './rules/stats-period';
import { StatsTerritory } from './rules/stats-territory';
import {
  AnswerDelayRow,
  AutoPrescriptionRow,
  CandidatureFigureRow,
  PassFigureRow,
  PrescriberActivityRow,
  ProlongationRow,
  StatsSnapshot,
  StatsWindow,
  territoryFilter,
  territoryKey,
} from './stats.repository';

/** The key of the territory a grouping set counted a row in; null for a row whose employer has no known commune. */
const TERRITORY = `CASE WHEN GROUPING(e.departement_code) = 0 THEN 'departement:' || e.departement_code
                        WHEN GROUPING(e.region_code) = 0 THEN 'region:' || e.region_code ELSE 'FR' END`;
/** Every territory at once: the country, then each région and each département of the employer. */
const TERRITORY_SETS = `GROUPING SETS ((), (e.region_code), (e.departement_code))`;
const PARIS_DAY = `(c.created_at AT TIME ZONE 'Europe/Paris')::date`;

/** The tables a build fills; `stats_days` says which day it counted and when. */
const COUNTED = [
  'stats_candidature_days',
  'stats_answer_delay_days',
  'stats_pass_iae_days',
  'stats_pass_iae_stocks',
  'stats_prolongation_days',
  'stats_auto_prescription_days',
  'stats_prescriber_days',
  'stats_prescriber_months',
];

/**
 * The flows of migration 2920 counted per Paris day and territory, so that the figures of any period are a sum over
 * its days (a national half-year: a few thousand rows instead of a pass over 2 million candidatures). Rebuilt as a
 * whole in one transaction; each read is one statement, so its figures and its `computedAt` are of the same build.
 * The rows read back have the shapes of `StatsRepository`'s live queries: the service cannot tell them apart.
 */
@Injectable()
export class StatsDaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts everything again from the views, the stocks on `today`; readers see the previous build until it commits.
   * Two builds run one after the other (at once, each would delete only the rows it sees and add its own).
   */
  async rebuild(today: IsoDate, computedAt: Date): Promise<{ rows: number }> {
    // One snapshot for every table: the sets of a build agree with each other as one live read would.
    const built = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      // Besides the job's own lock: a second build waits here, then deletes this one's rows. Before any read, as the
      // snapshot is taken at the first (readers are not blocked: the mode conflicts only with itself and writers).
      await tx.query(`LOCK TABLE stats_days IN SHARE ROW EXCLUSIVE MODE`);
      for (const table of COUNTED) await tx.query(`DELETE FROM ${table}`);
      const counts: number[] = [];
      const insert = async (sql: string, params: unknown[] = []) => {
        const [{ n }] = await tx.query(`WITH inserted AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM inserted`, params);
        counts.push(n as number);
      };
      // Grouped by every column first (a few hundred thousand groups), then summed per territory and dimension: the
      // same two steps as the live query.
      await insert(`
        INSERT INTO stats_candidature_days (territory, day, dimension, refusal_reason, sender_kind, sender_organization_kind, sender_habilitated,
                                            employer_kind, sent, accepted, refused, pending, answered)
        SELECT * FROM (
          WITH counted AS (
            SELECT ${PARIS_DAY} AS day, e.departement_code, e.region_code,
                   c.refusal_reason, c.sender_kind, c.sender_organization_kind, c.sender_habilitated, c.employer_kind,
                   count(*) AS sent,
                   count(*) FILTER (WHERE c.state = 'accepted') AS accepted,
                   count(*) FILTER (WHERE c.state = 'refused') AS refused,
                   count(*) FILTER (WHERE c.state IN ('new', 'processing', 'postponed')) AS pending,
                   count(*) FILTER (WHERE c.first_answered_at IS NOT NULL) AS answered
              FROM stats_candidatures c LEFT JOIN stats_employers e ON e.id = c.employer_id
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
          SELECT ${TERRITORY} AS territory, day,
                 CASE WHEN GROUPING(refusal_reason) = 0 THEN 'reason'
                      WHEN GROUPING(sender_kind) = 0 THEN 'sender'
                      WHEN GROUPING(employer_kind) = 0 THEN 'siae_kind' ELSE 'all' END AS dimension,
                 refusal_reason, sender_kind, sender_organization_kind, sender_habilitated, employer_kind,
                 sum(sent)::int, sum(accepted)::int, sum(refused)::int, sum(pending)::int, sum(answered)::int
            FROM counted e
           GROUP BY day, ${TERRITORY_SETS},
                    GROUPING SETS ((), (refusal_reason), (sender_kind, sender_organization_kind, sender_habilitated), (employer_kind))) t
         WHERE territory IS NOT NULL`);
      await insert(`
        INSERT INTO stats_answer_delay_days (territory, day, employer_kind, hours, answers)
        SELECT * FROM (
          SELECT ${TERRITORY} AS territory, ${PARIS_DAY} AS day, c.employer_kind,
                 floor(extract(epoch FROM c.first_answered_at - c.created_at) / 3600)::int AS hours, count(*)::int
            FROM stats_candidatures c LEFT JOIN stats_employers e ON e.id = c.employer_id
           WHERE c.first_answered_at IS NOT NULL
           GROUP BY 2, ${TERRITORY_SETS}, 3, 4) t
         WHERE territory IS NOT NULL`);
      await insert(`
        INSERT INTO stats_pass_iae_days (territory, day, employer_kind, issued)
        SELECT * FROM (
          SELECT ${TERRITORY} AS territory, p.start_date, e.kind, count(*)::int
            FROM stats_pass_iae p LEFT JOIN stats_employers e ON e.id = p.origin_employer_id
           GROUP BY 2, ${TERRITORY_SETS}, 3) t
         WHERE territory IS NOT NULL`);
      await insert(
        `
        INSERT INTO stats_pass_iae_stocks (territory, employer_kind, running, suspended, running_prolonged, ending_within_90_days)
        SELECT * FROM (
          SELECT ${TERRITORY} AS territory, e.kind,
                 count(*) FILTER (WHERE $1::date BETWEEN p.start_date AND p.end_date)::int,
                 count(*) FILTER (WHERE $1::date BETWEEN p.start_date AND p.end_date AND s.pass_id IS NOT NULL)::int,
                 count(*) FILTER (WHERE $1::date BETWEEN p.start_date AND p.end_date AND p.prolonged)::int,
                 count(*) FILTER (WHERE p.end_date < $1::date + 90)::int
            FROM stats_pass_iae p
            LEFT JOIN stats_employers e ON e.id = p.origin_employer_id
            LEFT JOIN (SELECT DISTINCT pass_id FROM stats_pass_iae_periods
                        WHERE kind = 'suspension' AND $1::date BETWEEN start_date AND end_date) s ON s.pass_id = p.id
           WHERE p.end_date >= $1::date
           GROUP BY ${TERRITORY_SETS}, 2) t
         WHERE territory IS NOT NULL`,
        [today],
      );
      await insert(`
        INSERT INTO stats_prolongation_days (territory, day, reason, prolongations)
        SELECT * FROM (
          SELECT ${TERRITORY} AS territory, r.start_date, r.reason, count(*)::int
            FROM stats_pass_iae_periods r JOIN stats_pass_iae p ON p.id = r.pass_id LEFT JOIN stats_employers e ON e.id = p.origin_employer_id
           WHERE r.kind = 'prolongation'
           GROUP BY 2, ${TERRITORY_SETS}, 3) t
         WHERE territory IS NOT NULL`);
      await insert(
        `
        INSERT INTO stats_auto_prescription_days (employer_id, departement_code, region_code, day, hires, auto_prescribed)
        SELECT c.employer_id, e.departement_code, e.region_code, c.hiring_start, count(*)::int, count(*) FILTER (WHERE c.auto_prescribed)::int
          FROM stats_candidatures c JOIN stats_employers e ON e.id = c.employer_id
         WHERE c.state = 'accepted' AND c.hiring_start IS NOT NULL AND c.employer_kind = ANY($1::text[])
         GROUP BY 1, 2, 3, 4`,
        [SIAE_KINDS],
      );
      await insert(`
        INSERT INTO stats_prescriber_days (organization_id, day, sent, accepted, last_sent_at, diagnoses, last_diagnosis_on)
        SELECT id, day, sum(sent)::int, sum(accepted)::int, max(last_sent_at), sum(diagnoses)::int, max(last_diagnosis_on) FROM (
          SELECT c.sender_organization_id AS id, ${PARIS_DAY} AS day, count(*) AS sent, count(*) FILTER (WHERE c.state = 'accepted') AS accepted,
                 max(c.created_at) AS last_sent_at, 0 AS diagnoses, NULL::date AS last_diagnosis_on
            FROM stats_candidatures c WHERE c.sender_kind = 'prescriber' AND c.sender_organization_id IS NOT NULL GROUP BY 1, 2
          UNION ALL
          SELECT d.author_organization_id, d.created_on, 0, 0, NULL, count(*), max(d.created_on)
            FROM stats_eligibility_diagnoses d WHERE d.author_kind = 'prescriber' AND d.author_organization_id IS NOT NULL GROUP BY 1, 2) a
         GROUP BY 1, 2`);
      await insert(`
        INSERT INTO stats_prescriber_months (organization_id, month, sent, accepted, last_sent_at, diagnoses, last_diagnosis_on)
        SELECT organization_id, date_trunc('month', day)::date, sum(sent)::int, sum(accepted)::int, max(last_sent_at), sum(diagnoses)::int, max(last_diagnosis_on)
          FROM stats_prescriber_days GROUP BY 1, 2`);
      await tx.query(
        `INSERT INTO stats_days (id, today, computed_at) VALUES (true, $1, $2) ON CONFLICT (id) DO UPDATE SET today = EXCLUDED.today, computed_at = EXCLUDED.computed_at`,
        [today, computedAt],
      );
      return { rows: counts.reduce((sum, n) => sum + n, 0) };
    });
    // The previous build's rows are dead: their space for the next build, and the planner's view of the new one.
    await this.dataSource.query(`VACUUM (ANALYZE) stats_days, ${COUNTED.join(', ')}`);
    return built;
  }

  /** The candidature figures of the window, when the last build counted its stocks on the window's today. */
  candidatures(territory: StatsTerritory, w: StatsWindow): Promise<StatsSnapshot<{ rows: CandidatureFigureRow[]; delays: AnswerDelayRow[] }> | null> {
    // Sent before the Paris day 30 days ago: the live query's `pendingSince`.
    return this.read(
      `json_build_object(
         'rows', (SELECT coalesce(json_agg(r), '[]') FROM (
                    SELECT dimension, refusal_reason, sender_kind, sender_organization_kind, sender_habilitated, employer_kind,
                           coalesce(sum(sent) FILTER (WHERE day BETWEEN $3 AND $4), 0)::int AS sent,
                           coalesce(sum(accepted) FILTER (WHERE day BETWEEN $3 AND $4), 0)::int AS accepted,
                           coalesce(sum(refused) FILTER (WHERE day BETWEEN $3 AND $4), 0)::int AS refused,
                           coalesce(sum(pending) FILTER (WHERE day BETWEEN $3 AND $4), 0)::int AS pending,
                           coalesce(sum(pending) FILTER (WHERE day < $5), 0)::int AS pending_over_30_days,
                           coalesce(sum(answered) FILTER (WHERE day BETWEEN $3 AND $4), 0)::int AS answered
                      FROM stats_candidature_days WHERE territory = $2
                     GROUP BY 1, 2, 3, 4, 5, 6) r),
         'delays', (SELECT coalesce(json_agg(d), '[]') FROM (
                      SELECT employer_kind, hours, sum(answers)::int AS answers
                        FROM stats_answer_delay_days WHERE territory = $2 AND day BETWEEN $3 AND $4
                       GROUP BY 1, 2) d))`,
      [w.today, territoryKey(territory), w.from, w.to, addDays(w.today, -30)],
    );
  }

  /** The PASS IAE figures of the window: issued per day summed, the stocks of the build's day. */
  passIae(territory: StatsTerritory, w: StatsWindow): Promise<StatsSnapshot<{ rows: PassFigureRow[]; prolongations: ProlongationRow[] }> | null> {
    return this.read(
      `json_build_object(
         'rows', (SELECT json_agg(r) FROM (
                    SELECT GROUPING(employer_kind) = 1 AS is_total, employer_kind,
                           coalesce(sum(issued), 0)::int AS issued, coalesce(sum(running), 0)::int AS running,
                           coalesce(sum(suspended), 0)::int AS suspended, coalesce(sum(running_prolonged), 0)::int AS running_prolonged,
                           coalesce(sum(ending_within_90_days), 0)::int AS ending_within_90_days
                      FROM (SELECT employer_kind, issued, 0 AS running, 0 AS suspended, 0 AS running_prolonged, 0 AS ending_within_90_days
                              FROM stats_pass_iae_days WHERE territory = $2 AND day BETWEEN $3 AND $4
                            UNION ALL
                            SELECT employer_kind, 0, running, suspended, running_prolonged, ending_within_90_days
                              FROM stats_pass_iae_stocks WHERE territory = $2) k
                     GROUP BY ROLLUP (employer_kind)) r),
         'prolongations', (SELECT json_agg(p) FROM (
                             SELECT GROUPING(reason) = 1 AS is_total, reason, coalesce(sum(prolongations), 0)::int AS prolongations
                               FROM stats_prolongation_days WHERE territory = $2 AND day BETWEEN $3 AND $4
                              GROUP BY ROLLUP (reason)) p))`,
      [w.today, territoryKey(territory), w.from, w.to],
    );
  }

  /** Each SIAE's hires starting in the window, and how many it prescribed itself, in the live query's order. */
  autoPrescription(territory: StatsTerritory, w: StatsWindow): Promise<StatsSnapshot<AutoPrescriptionRow[]> | null> {
    const [inTerritory, params] = territoryFilter('d', territory, [w.today, w.from, w.to]);
    return this.read(
      `(SELECT coalesce(json_agg(r ORDER BY r.auto_prescribed::float / r.hires DESC, r.hires DESC, r.name, r.employer_id), '[]') FROM (
          SELECT e.id AS employer_id, e.name, e.kind, e.departement_code, h.hires, h.auto_prescribed
            FROM (SELECT d.employer_id, sum(d.hires)::int AS hires, sum(d.auto_prescribed)::int AS auto_prescribed
                    FROM stats_auto_prescription_days d WHERE d.day BETWEEN $2 AND $3 AND ${inTerritory}
                   GROUP BY 1) h
            JOIN stats_employers e ON e.id = h.employer_id) r)`,
      params,
    );
  }

  /** Every prescriber organisation of the territory with what it did in the window, in the live query's order. */
  prescriberActivity(territory: StatsTerritory, w: StatsWindow): Promise<StatsSnapshot<PrescriberActivityRow[]> | null> {
    // The whole months of the window from the monthly counts: a national half-year sums 70,000 rows, not a million.
    const { months, before, after } = cutAtWholeMonths(w);
    const [inTerritory, params] = territoryFilter('p', territory, [w.today, months.from, months.to, before.from, before.to, after.from, after.to]);
    // Nationally every organisation counts: summing every day of the window beats probing each one's index.
    const ofOrgs = territory.level === 'national' ? '' : 'AND a.organization_id IN (SELECT id FROM orgs)';
    return this.read(
      `(WITH orgs AS MATERIALIZED (SELECT p.id, p.name, p.kind, p.habilitated, p.departement_code FROM stats_prescribers p WHERE ${inTerritory}),
             done AS (SELECT a.organization_id AS id, sum(a.sent)::int AS sent, sum(a.accepted)::int AS accepted, max(a.last_sent_at) AS last_at,
                             sum(a.diagnoses)::int AS diagnoses, max(a.last_diagnosis_on) AS last_on
                        FROM (SELECT organization_id, sent, accepted, last_sent_at, diagnoses, last_diagnosis_on
                                FROM stats_prescriber_months WHERE month BETWEEN $2 AND $3
                              UNION ALL
                              SELECT organization_id, sent, accepted, last_sent_at, diagnoses, last_diagnosis_on
                                FROM stats_prescriber_days WHERE day BETWEEN $4 AND $5 OR day BETWEEN $6 AND $7) a
                       WHERE true ${ofOrgs}
                       GROUP BY 1)
        SELECT coalesce(json_agg(r ORDER BY r.candidatures_sent + r.diagnoses DESC, r.name, r.organization_id), '[]') FROM (
          SELECT o.id AS organization_id, o.name, o.kind, o.habilitated, o.departement_code,
                 coalesce(d.sent, 0) AS candidatures_sent, coalesce(d.accepted, 0) AS candidatures_accepted, coalesce(d.diagnoses, 0) AS diagnoses,
                 greatest(d.last_at, d.last_on::timestamptz) AS last_activity_at
            FROM orgs o LEFT JOIN done d ON d.id = o.id) r)`,
      params,
    );
  }

  /**
   * One statement: the build's state and the figures of the same build, or null when it counted another day.
   * `params` begin with the window's today ($1).
   */
  private async read<T>(figures: string, params: unknown[]): Promise<StatsSnapshot<T> | null> {
    const [row] = await this.dataSource.query(`SELECT s.computed_at, ${figures} AS data FROM stats_days s WHERE s.today = $1`, params);
    return row ? { data: row.data as T, computedAt: row.computed_at as Date } : null;
  }
}
