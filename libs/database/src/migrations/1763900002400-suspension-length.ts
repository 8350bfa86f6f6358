import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suspension from D1 to D2 pushes the PASS end back by D2 − D1 days, as the reference platform does
 * (docs/decisions/0004-suspension-length.md); a prolongation still pushes it by its days, both ends
 * included (it starts the day after the end). PASS already suspended end one day earlier per
 * suspension, each change audited.
 */
export class SuspensionLength1763900002400 implements MigrationInterface {
  name = 'SuspensionLength1763900002400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION pass_iae_follow_periods() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        delta integer := 0;
        -- A suspension counts D2 − D1; a prolongation, which starts the day after the end, its days.
        extra integer := CASE WHEN TG_TABLE_NAME = 'pass_iae_suspensions' THEN 0 ELSE 1 END;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN delta := delta - (OLD.end_date - OLD.start_date + extra); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN delta := delta + (NEW.end_date - NEW.start_date + extra); END IF;
        IF TG_OP = 'UPDATE' AND NEW.pass_id <> OLD.pass_id THEN RAISE EXCEPTION 'a suspension or prolongation stays on its PASS'; END IF;
        IF delta <> 0 THEN
          UPDATE pass_iae SET end_date = end_date + delta WHERE id = COALESCE(NEW.pass_id, OLD.pass_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      WITH suspended AS (SELECT pass_id, count(*)::int AS n FROM pass_iae_suspensions GROUP BY pass_id),
           moved AS (
             UPDATE pass_iae p SET end_date = p.end_date - s.n FROM suspended s WHERE p.id = s.pass_id
             RETURNING p.id, p.number, p.end_date + s.n AS before, p.end_date AS after, s.n)
      INSERT INTO audit_events (occurred_at, action, subject_type, subject_id, details)
      SELECT now(), 'pass_iae.end_recomputed', 'pass_iae', id,
             jsonb_build_object('number', number, 'before', before::text, 'after', after::text, 'suspensions', n, 'reason', 'ADR 0004 : une suspension repousse la fin de D2 − D1 jours')
        FROM moved`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE pass_iae p SET end_date = p.end_date + s.n FROM (SELECT pass_id, count(*)::int AS n FROM pass_iae_suspensions GROUP BY pass_id) s WHERE p.id = s.pass_id`,
    );
    await db.query(`
      CREATE OR REPLACE FUNCTION pass_iae_follow_periods() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        delta integer := 0;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN delta := delta - (OLD.end_date - OLD.start_date + 1); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN delta := delta + (NEW.end_date - NEW.start_date + 1); END IF;
        IF TG_OP = 'UPDATE' AND NEW.pass_id <> OLD.pass_id THEN RAISE EXCEPTION 'a suspension or prolongation stays on its PASS'; END IF;
        IF delta <> 0 THEN
          UPDATE pass_iae SET end_date = end_date + delta WHERE id = COALESCE(NEW.pass_id, OLD.pass_id);
        END IF;
        RETURN NULL;
      END $$`);
  }
}
