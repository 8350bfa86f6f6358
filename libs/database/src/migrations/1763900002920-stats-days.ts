import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilotage flows counted per Paris day and territory (issue 15: a national set of any period in ≤ 300 ms): a
 * period's figures are the sum of its days. Rebuilt as a whole by the hourly job (a candidature's state moves long
 * after the day it was sent), with the stocks of the day it ran on; `stats_days` says which day and when.
 * `territory` is the snapshots' key: 'FR', 'region:<code>' or 'departement:<code>'.
 * Unlogged: derived data, rebuilt every hour, not worth its write-ahead log (millions of rows an hour). A crash empties
 * them, `stats_days` with them, and the figures are read live until the job's next run.
 */
export class StatsDays1763900002920 implements MigrationInterface {
  name = 'StatsDays1763900002920';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE UNLOGGED TABLE stats_days (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        today date NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    // One row per day and per value of one dimension (`all`, `reason`, `sender`, `siae_kind`), the others null.
    await db.query(`
      CREATE UNLOGGED TABLE stats_candidature_days (
        territory text NOT NULL,
        day date NOT NULL,
        dimension text NOT NULL,
        refusal_reason text,
        sender_kind text,
        sender_organization_kind text,
        sender_habilitated boolean,
        employer_kind text,
        sent int NOT NULL,
        accepted int NOT NULL,
        refused int NOT NULL,
        pending int NOT NULL,
        answered int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_candidature_days_territory_idx ON stats_candidature_days (territory, day)`);
    await db.query(`
      CREATE UNLOGGED TABLE stats_answer_delay_days (
        territory text NOT NULL,
        day date NOT NULL,
        employer_kind text,
        hours int NOT NULL,
        answers int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_answer_delay_days_territory_idx ON stats_answer_delay_days (territory, day)`);
    await db.query(`
      CREATE UNLOGGED TABLE stats_pass_iae_days (
        territory text NOT NULL,
        day date NOT NULL,
        employer_kind text,
        issued int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_pass_iae_days_territory_idx ON stats_pass_iae_days (territory, day)`);
    // Counted on `stats_days.today`.
    await db.query(`
      CREATE UNLOGGED TABLE stats_pass_iae_stocks (
        territory text NOT NULL,
        employer_kind text,
        running int NOT NULL,
        suspended int NOT NULL,
        running_prolonged int NOT NULL,
        ending_within_90_days int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_pass_iae_stocks_territory_idx ON stats_pass_iae_stocks (territory)`);
    await db.query(`
      CREATE UNLOGGED TABLE stats_prolongation_days (
        territory text NOT NULL,
        day date NOT NULL,
        reason text,
        prolongations int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_prolongation_days_territory_idx ON stats_prolongation_days (territory, day)`);
    // Hires per SIAE and day of hiring; the SIAE's territory as the build found it.
    await db.query(`
      CREATE UNLOGGED TABLE stats_auto_prescription_days (
        employer_id uuid NOT NULL,
        departement_code text,
        region_code text,
        day date NOT NULL,
        hires int NOT NULL,
        auto_prescribed int NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_auto_prescription_days_day_idx ON stats_auto_prescription_days (day)`);
    await db.query(`CREATE INDEX stats_auto_prescription_days_departement_idx ON stats_auto_prescription_days (departement_code, day)`);
    // What each prescriber organisation did per day: candidatures sent (Paris day) and diagnoses made.
    await db.query(`
      CREATE UNLOGGED TABLE stats_prescriber_days (
        organization_id uuid NOT NULL,
        day date NOT NULL,
        sent int NOT NULL,
        accepted int NOT NULL,
        last_sent_at timestamptz,
        diagnoses int NOT NULL,
        last_diagnosis_on date
      )`);
    await db.query(`CREATE INDEX stats_prescriber_days_day_idx ON stats_prescriber_days (day)`);
    await db.query(`CREATE INDEX stats_prescriber_days_organization_idx ON stats_prescriber_days (organization_id, day)`);
    // The same per calendar month (`month`: its first day): a period's whole months read there, only its edges per day.
    await db.query(`
      CREATE UNLOGGED TABLE stats_prescriber_months (
        organization_id uuid NOT NULL,
        month date NOT NULL,
        sent int NOT NULL,
        accepted int NOT NULL,
        last_sent_at timestamptz,
        diagnoses int NOT NULL,
        last_diagnosis_on date
      )`);
    await db.query(`CREATE INDEX stats_prescriber_months_month_idx ON stats_prescriber_months (month)`);
    await db.query(`CREATE INDEX stats_prescriber_months_organization_idx ON stats_prescriber_months (organization_id, month)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE IF EXISTS stats_prescriber_months, stats_prescriber_days, stats_auto_prescription_days, stats_prolongation_days, stats_pass_iae_stocks, stats_pass_iae_days, stats_answer_delay_days, stats_candidature_days, stats_days`,
    );
  }
}
