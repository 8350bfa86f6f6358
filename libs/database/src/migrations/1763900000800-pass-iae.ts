import { MigrationInterface, QueryRunner } from 'typeorm';

/** PASS IAE: the passes and their numbers, the hires using them, suspensions, prolongations and their requests. */
export class PassIae1763900000800 implements MigrationInterface {
  name = 'PassIae1763900000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // The counter of PASS numbers: nextval() never gives the same value twice, even to concurrent
    // transactions, and never takes one back on a rollback, so a number is never reused.
    await db.query(`CREATE SEQUENCE pass_iae_number_seq AS integer MINVALUE 1 MAXVALUE 9999999 NO CYCLE`);

    await db.query(`
      CREATE TABLE pass_iae (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        start_date date NOT NULL,
        end_date date NOT NULL,
        origin text NOT NULL DEFAULT 'default',
        eligibility_diagnosis_id uuid REFERENCES eligibility_diagnoses(id) ON DELETE SET NULL,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        origin_employer_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        origin_employer_kind text,
        origin_sender_kind text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pass_iae_number_unique UNIQUE (number),
        CONSTRAINT pass_iae_number_format CHECK (number ~ '^[0-9A-Z]{5}[0-9]{7}$'),
        CONSTRAINT pass_iae_dates CHECK (end_date > start_date),
        CONSTRAINT pass_iae_origin_check CHECK (origin IN ('default', 'pe_approval', 'ai_stock', 'admin')),
        CONSTRAINT pass_iae_sender_kind_check CHECK (origin_sender_kind IN ('candidate', 'prescriber', 'employer')),
        -- One PASS at a time per person: two of them never share a day.
        CONSTRAINT pass_iae_one_at_a_time EXCLUDE USING gist (candidate_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
      )`);
    await db.query(`CREATE INDEX pass_iae_candidate_idx ON pass_iae (candidate_id, end_date DESC)`);

    await db.query(`
      CREATE TABLE pass_iae_hires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pass_id uuid NOT NULL REFERENCES pass_iae(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES organizations(id),
        -- The candidatures table comes with its own context: no foreign key.
        candidature_id uuid NOT NULL,
        hiring_start date NOT NULL,
        hiring_end date,
        -- This hire is the one the PASS was issued for (cancelling it may delete the PASS).
        issued_pass boolean NOT NULL DEFAULT false,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pass_iae_hires_dates CHECK (hiring_end IS NULL OR hiring_end >= hiring_start)
      )`);
    await db.query(`CREATE UNIQUE INDEX pass_iae_hires_candidature_active ON pass_iae_hires (candidature_id) WHERE cancelled_at IS NULL`);
    await db.query(`CREATE INDEX pass_iae_hires_pass_idx ON pass_iae_hires (pass_id, hiring_start DESC)`);

    await db.query(`
      CREATE TABLE pass_iae_suspensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pass_id uuid NOT NULL REFERENCES pass_iae(id) ON DELETE CASCADE,
        start_date date NOT NULL,
        end_date date NOT NULL,
        reason text NOT NULL,
        reason_explanation text,
        -- The organisation that made it (the SIAE of the last hire, or a habilitated prescriber): only it edits it.
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        author_kind text NOT NULL,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pass_iae_suspensions_dates CHECK (end_date >= start_date),
        CONSTRAINT pass_iae_suspensions_max_36_months CHECK (end_date < (start_date + interval '36 months')::date),
        CONSTRAINT pass_iae_suspensions_author_kind_check CHECK (author_kind IN ('employer', 'prescriber', 'import')),
        CONSTRAINT pass_iae_suspensions_no_overlap EXCLUDE USING gist (pass_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
      )`);

    await db.query(`
      CREATE TABLE pass_iae_prolongation_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pass_id uuid NOT NULL REFERENCES pass_iae(id) ON DELETE CASCADE,
        start_date date NOT NULL,
        end_date date NOT NULL,
        reason text NOT NULL,
        reason_explanation text,
        declared_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        declared_by_employer_id uuid NOT NULL REFERENCES organizations(id),
        prescriber_organization_id uuid NOT NULL REFERENCES organizations(id),
        report_file_id uuid REFERENCES stored_files(id),
        require_phone_interview boolean NOT NULL DEFAULT false,
        contact_email text,
        contact_phone text,
        status text NOT NULL DEFAULT 'pending',
        processed_at timestamptz,
        processed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        deny_reason text,
        deny_reason_explanation text,
        deny_proposed_actions text[],
        deny_proposed_actions_explanation text,
        reminders_sent smallint NOT NULL DEFAULT 0,
        reminder_sent_at timestamptz,
        created_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pass_iae_prolongation_requests_dates CHECK (end_date >= start_date),
        CONSTRAINT pass_iae_prolongation_requests_reason_check CHECK (reason IN ('RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES')),
        CONSTRAINT pass_iae_prolongation_requests_status_check CHECK (status IN ('pending', 'granted', 'denied')),
        CONSTRAINT pass_iae_prolongation_requests_processed CHECK ((status = 'pending') = (processed_at IS NULL)),
        CONSTRAINT pass_iae_prolongation_requests_deny_reason CHECK ((status = 'denied') = (deny_reason IS NOT NULL)),
        CONSTRAINT pass_iae_prolongation_requests_deny_reason_check CHECK (deny_reason IN ('IAE', 'SIAE', 'DURATION', 'REASON')),
        CONSTRAINT pass_iae_prolongation_requests_phone CHECK (NOT require_phone_interview OR (contact_email IS NOT NULL AND contact_phone IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX pass_iae_prolongation_requests_one_pending ON pass_iae_prolongation_requests (pass_id) WHERE status = 'pending'`);
    await db.query(
      `CREATE INDEX pass_iae_prolongation_requests_inbox_idx ON pass_iae_prolongation_requests (prescriber_organization_id, status, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX pass_iae_prolongation_requests_reminders_idx ON pass_iae_prolongation_requests (created_on) WHERE status = 'pending'`);

    await db.query(`
      CREATE TABLE pass_iae_prolongations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pass_id uuid NOT NULL REFERENCES pass_iae(id) ON DELETE CASCADE,
        start_date date NOT NULL,
        end_date date NOT NULL,
        reason text NOT NULL,
        reason_explanation text,
        declared_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        declared_by_employer_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        prescriber_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        validated_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        request_id uuid UNIQUE REFERENCES pass_iae_prolongation_requests(id) ON DELETE SET NULL,
        report_file_id uuid REFERENCES stored_files(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pass_iae_prolongations_dates CHECK (end_date >= start_date),
        CONSTRAINT pass_iae_prolongations_reason_check CHECK (reason IN ('SENIOR_CDI', 'COMPLETE_TRAINING', 'RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES')),
        CONSTRAINT pass_iae_prolongations_no_overlap EXCLUDE USING gist (pass_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
      )`);

    // The end date of a PASS moves with its suspensions and prolongations: each one pushes it back by
    // its length; editing one moves it by the difference; deleting one takes it back. A trigger rather
    // than the service, so that every write (the service, an import, a fix by hand) keeps the end true
    // in the same transaction; the service reads the PASS again after writing.
    await db.query(`
      CREATE FUNCTION pass_iae_follow_periods() RETURNS trigger LANGUAGE plpgsql AS $$
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
    for (const table of ['pass_iae_suspensions', 'pass_iae_prolongations']) {
      await db.query(
        `CREATE TRIGGER ${table}_move_end AFTER INSERT OR UPDATE OF start_date, end_date OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION pass_iae_follow_periods()`,
      );
    }

    for (const table of ['pass_iae', 'pass_iae_hires', 'pass_iae_suspensions', 'pass_iae_prolongation_requests', 'pass_iae_prolongations']) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }

    // A PASS counts as eligibility while it runs, suspended or not (eligibility reads this view).
    await db.query(`DROP VIEW pass_iae_validity`);
    await db.query(`CREATE VIEW pass_iae_validity AS SELECT candidate_id, start_date, end_date FROM pass_iae`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW IF EXISTS pass_iae_validity`);
    await db.query(`CREATE VIEW pass_iae_validity AS SELECT NULL::uuid AS candidate_id, NULL::date AS start_date, NULL::date AS end_date WHERE false`);
    await db.query(`DROP TABLE IF EXISTS pass_iae_prolongations, pass_iae_prolongation_requests, pass_iae_suspensions, pass_iae_hires, pass_iae CASCADE`);
    await db.query(`DROP FUNCTION IF EXISTS pass_iae_follow_periods()`);
    await db.query(`DROP SEQUENCE IF EXISTS pass_iae_number_seq`);
  }
}
