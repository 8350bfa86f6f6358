import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files, employers (SIAE and others) with their profile and convention, job descriptions. */
export class Employers1763900000300 implements MigrationInterface {
  name = 'Employers1763900000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY,
        storage_key text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        purpose text NOT NULL,
        uploaded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stored_files_key_unique UNIQUE (storage_key),
        CONSTRAINT stored_files_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        CONSTRAINT stored_files_size_check CHECK (size > 0)
      )`);

    await db.query(`
      CREATE TABLE employers (
        id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL,
        brand text,
        naf text,
        address_line text NOT NULL,
        address_complement text,
        postal_code text NOT NULL,
        commune_code text NOT NULL REFERENCES communes(code),
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        phone text,
        email citext,
        website text,
        description text,
        provided_support text,
        programmes text[] NOT NULL DEFAULT '{}',
        convention_asp_id text,
        deactivated_on date,
        deactivation_reason text,
        block_candidatures boolean NOT NULL DEFAULT false,
        candidatures_blocked_at timestamptz,
        spontaneous_candidatures_open boolean NOT NULL DEFAULT true,
        parent_id uuid REFERENCES employers(id) ON DELETE RESTRICT,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT employers_kind_check CHECK (kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI', 'GEIQ', 'EA', 'EATT', 'OPCS')),
        CONSTRAINT employers_programmes_check CHECK (programmes <@ ARRAY['PHC', 'CONVERGENCE']::text[] AND (cardinality(programmes) = 0 OR kind = 'ACI')),
        CONSTRAINT employers_naf_format CHECK (naf ~ '^[0-9]{2}\\.?[0-9]{2}[A-Z]$'),
        CONSTRAINT employers_postal_code_format CHECK (postal_code ~ '^[0-9]{5}$'),
        CONSTRAINT employers_source_check CHECK (source IN ('staff', 'antenne', 'seed')),
        CONSTRAINT employers_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await db.query(`CREATE INDEX employers_commune_idx ON employers (commune_code)`);
    await db.query(`CREATE INDEX employers_parent_idx ON employers (parent_id) WHERE parent_id IS NOT NULL`);
    // The kind is copied from the organisation so constraints here can read it; the two never diverge.
    await db.query(`
      CREATE FUNCTION employers_kind_matches() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.id AND family = 'employer' AND kind = NEW.kind) THEN
          RAISE EXCEPTION 'employer % must match an employer organisation of kind %', NEW.id, NEW.kind
            USING ERRCODE = '23514', CONSTRAINT = 'employers_kind_matches';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER employers_kind_matches BEFORE INSERT OR UPDATE OF kind ON employers FOR EACH ROW EXECUTE FUNCTION employers_kind_matches()`);

    await db.query(`
      CREATE TABLE job_descriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
        appellation_code text NOT NULL REFERENCES appellations(code),
        custom_title text,
        description text,
        profile_wanted text,
        contract_type text NOT NULL,
        other_contract_type text,
        hours_per_week smallint,
        open_positions smallint NOT NULL DEFAULT 1,
        location_commune_code text REFERENCES communes(code),
        is_resume_mandatory boolean NOT NULL DEFAULT false,
        is_qpv_mandatory boolean NOT NULL DEFAULT false,
        is_active boolean NOT NULL DEFAULT true,
        last_employer_update_at timestamptz NOT NULL,
        stale_warning_sent_at timestamptz,
        auto_deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_descriptions_contract_check CHECK (contract_type IN (
          'PERMANENT', 'PERMANENT_I', 'FIXED_TERM', 'FIXED_TERM_USAGE', 'FIXED_TERM_I', 'FIXED_TERM_I_PHC',
          'FIXED_TERM_I_CVG', 'FIXED_TERM_TREMPLIN', 'APPRENTICESHIP', 'PROFESSIONAL_TRAINING', 'TEMPORARY',
          'BUSINESS_CREATION', 'OTHER')),
        CONSTRAINT job_descriptions_other_contract CHECK ((contract_type = 'OTHER') = (other_contract_type IS NOT NULL)),
        CONSTRAINT job_descriptions_hours_check CHECK (hours_per_week BETWEEN 1 AND 48),
        CONSTRAINT job_descriptions_positions_check CHECK (open_positions BETWEEN 1 AND 999)
      )`);
    await db.query(`CREATE INDEX job_descriptions_employer_idx ON job_descriptions (employer_id, is_active)`);
    await db.query(`CREATE INDEX job_descriptions_freshness_idx ON job_descriptions (last_employer_update_at) WHERE is_active`);

    for (const table of ['stored_files', 'employers', 'job_descriptions']) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS job_descriptions, employers, stored_files CASCADE`);
    await db.query(`DROP FUNCTION IF EXISTS employers_kind_matches()`);
  }
}
