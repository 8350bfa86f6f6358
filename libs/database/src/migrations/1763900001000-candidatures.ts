import { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidatures, their selected jobs and their transition log; SIAE located in a prison. */
export class Candidatures1763900001000 implements MigrationInterface {
  name = 'Candidatures1763900001000';

  async up(db: QueryRunner): Promise<void> {
    // People under justice supervision hired by a SIAE in a prison get no PASS IAE (guide L309).
    await db.query(`ALTER TABLE employers ADD COLUMN located_in_prison boolean NOT NULL DEFAULT false`);

    await db.query(`
      CREATE TABLE candidatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers(id),
        state text NOT NULL DEFAULT 'new',
        sender_kind text NOT NULL,
        sender_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        sender_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        sender_habilitated boolean NOT NULL DEFAULT false,
        eligibility_diagnosis_id uuid REFERENCES eligibility_diagnoses(id) ON DELETE SET NULL,
        message text NOT NULL,
        resume_file_id uuid REFERENCES stored_files(id),
        answer text,
        answer_to_prescriber text,
        refusal_reason text,
        hiring_start date,
        hiring_end date,
        hired_job_description_id uuid REFERENCES job_descriptions(id) ON DELETE SET NULL,
        pass_iae_id uuid,
        processed_at timestamptz,
        transferred_from_employer_id uuid REFERENCES employers(id) ON DELETE SET NULL,
        transferred_at timestamptz,
        transferred_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        external_transfer_of_id uuid REFERENCES candidatures(id) ON DELETE SET NULL,
        state_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidatures_state_check CHECK (state IN ('new', 'processing', 'postponed', 'prior_to_hire', 'accepted', 'refused', 'cancelled', 'obsolete', 'pool')),
        CONSTRAINT candidatures_sender_kind_check CHECK (sender_kind IN ('candidate', 'prescriber', 'employer')),
        CONSTRAINT candidatures_sender_coherence CHECK ((sender_kind = 'candidate') = (sender_organization_id IS NULL)),
        CONSTRAINT candidatures_refused_has_reason CHECK (state <> 'refused' OR refusal_reason IS NOT NULL),
        CONSTRAINT candidatures_accepted_has_start CHECK (state <> 'accepted' OR hiring_start IS NOT NULL),
        CONSTRAINT candidatures_hiring_dates CHECK (hiring_end IS NULL OR hiring_end >= hiring_start)
      )`);
    // The SIAE inbox, newest first, with or without a state filter.
    await db.query(`CREATE INDEX candidatures_employer_idx ON candidatures (employer_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX candidatures_employer_state_idx ON candidatures (employer_id, state, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX candidatures_sender_organization_idx ON candidatures (sender_organization_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX candidatures_sender_user_idx ON candidatures (sender_user_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX candidatures_candidate_idx ON candidatures (candidate_id, employer_id, created_at DESC)`);
    // What the automatic refusal looks for.
    await db.query(`CREATE INDEX candidatures_unanswered_idx ON candidatures (state_changed_at) WHERE state IN ('new', 'processing')`);

    await db.query(`
      CREATE TABLE candidature_job_descriptions (
        candidature_id uuid NOT NULL REFERENCES candidatures(id) ON DELETE CASCADE,
        job_description_id uuid NOT NULL REFERENCES job_descriptions(id) ON DELETE CASCADE,
        PRIMARY KEY (candidature_id, job_description_id)
      )`);
    await db.query(`CREATE INDEX candidature_job_descriptions_job_idx ON candidature_job_descriptions (job_description_id)`);

    await db.query(`
      CREATE TABLE candidature_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidature_id uuid NOT NULL REFERENCES candidatures(id) ON DELETE CASCADE,
        transition text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        target_employer_id uuid REFERENCES employers(id) ON DELETE SET NULL,
        comment text,
        occurred_at timestamptz NOT NULL,
        -- Orders moves made within the same instant.
        seq bigint GENERATED ALWAYS AS IDENTITY
      )`);
    await db.query(`CREATE INDEX candidature_transitions_candidature_idx ON candidature_transitions (candidature_id, occurred_at, seq)`);
    await db.query(`CREATE TRIGGER candidatures_updated_at BEFORE UPDATE ON candidatures FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);

    // The views earlier contexts read, now over real candidatures (same columns, so dependants stay).
    await db.query(`
      CREATE OR REPLACE VIEW prescriber_activity AS
      SELECT sender_organization_id AS organization_id, created_at AS occurred_at FROM candidatures WHERE sender_kind = 'prescriber'
      UNION ALL
      SELECT author_organization_id, created_at FROM eligibility_diagnoses WHERE author_kind = 'prescriber'`);
    await db.query(`
      CREATE OR REPLACE VIEW employer_recent_candidatures AS
      SELECT employer_id, count(*)::integer AS candidatures FROM candidatures WHERE created_at > now() - interval '30 days' GROUP BY employer_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE VIEW prescriber_activity AS SELECT NULL::uuid AS organization_id, NULL::timestamptz AS occurred_at WHERE false`);
    await db.query(`CREATE OR REPLACE VIEW employer_recent_candidatures AS SELECT NULL::uuid AS employer_id, NULL::integer AS candidatures WHERE false`);
    await db.query(`DROP TABLE IF EXISTS candidature_transitions, candidature_job_descriptions, candidatures CASCADE`);
    await db.query(`ALTER TABLE employers DROP COLUMN IF EXISTS located_in_prison`);
  }
}
