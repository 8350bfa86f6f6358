import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates (job seekers), who may see them, their consents, NIR corrections, account invitations,
 * and the versioned socio-professional diagnostic.
 */
export class Candidates1763900000600 implements MigrationInterface {
  name = 'Candidates1763900000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text,
        first_name text NOT NULL,
        last_name text NOT NULL,
        birth_name text,
        birth_date date NOT NULL,
        birth_commune_code text REFERENCES communes(code),
        birth_country text,
        nir text,
        nir_missing_reason text,
        france_travail_id text,
        france_travail_id_missing_reason text,
        email citext,
        phone text,
        address_line text,
        address_complement text,
        postal_code text,
        commune_code text REFERENCES communes(code),
        latitude double precision,
        longitude double precision,
        education_level text,
        rsa_since date,
        ass_since date,
        aah_since date,
        unemployed_since date,
        rqth_until date,
        lone_parent boolean NOT NULL DEFAULT false,
        housing text,
        refugee_status text,
        ase_leaver boolean NOT NULL DEFAULT false,
        justice text,
        french_level text,
        mobility_issue boolean NOT NULL DEFAULT false,
        lives_in_qpv boolean,
        lives_in_zrr boolean,
        search_name text GENERATED ALWAYS AS (
          btrim(regexp_replace(lower(immutable_unaccent(last_name || ' ' || first_name)), '[^a-z0-9]+', ' ', 'g'))
        ) STORED,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidates_user_unique UNIQUE (user_id),
        CONSTRAINT candidates_title_check CHECK (title IN ('M', 'MME')),
        CONSTRAINT candidates_nir_format CHECK (nir ~ '^[1-478][0-9]{4}([0-9]{2}|2[AB])[0-9]{8}$'),
        CONSTRAINT candidates_nir_or_reason CHECK ((nir IS NULL) <> (nir_missing_reason IS NULL)),
        CONSTRAINT candidates_nir_reason_check CHECK (nir_missing_reason IN ('no_nir', 'nir_of_another_person')),
        CONSTRAINT candidates_ft_or_reason CHECK ((france_travail_id IS NULL) <> (france_travail_id_missing_reason IS NULL)),
        CONSTRAINT candidates_ft_reason_check CHECK (france_travail_id_missing_reason IN ('not_registered', 'forgotten')),
        CONSTRAINT candidates_birth_date_check CHECK (birth_date > '1900-01-01'),
        CONSTRAINT candidates_birth_country_format CHECK (birth_country ~ '^[A-Z]{2}$'),
        CONSTRAINT candidates_postal_code_format CHECK (postal_code ~ '^[0-9]{5}$'),
        CONSTRAINT candidates_address_complete CHECK ((commune_code IS NULL) = (latitude IS NULL)),
        CONSTRAINT candidates_education_check CHECK (education_level IN ('none', 'primary', 'level_3', 'level_4', 'level_5', 'level_6', 'level_7_8')),
        CONSTRAINT candidates_housing_check CHECK (housing IN ('stable', 'unstable', 'hosted', 'emergency_shelter', 'homeless')),
        CONSTRAINT candidates_refugee_check CHECK (refugee_status IN ('refugee', 'subsidiary_protection', 'temporary_protection', 'asylum_seeker')),
        CONSTRAINT candidates_justice_check CHECK (justice IN ('none', 'under_supervision', 'released')),
        CONSTRAINT candidates_french_check CHECK (french_level IN ('below_a1', 'a1_a2', 'b1_or_more'))
      )`);
    await db.query(`CREATE UNIQUE INDEX candidates_nir_unique ON candidates (nir) WHERE nir IS NOT NULL`);
    await db.query(`CREATE INDEX candidates_email_idx ON candidates (email) WHERE email IS NOT NULL`);
    await db.query(`CREATE INDEX candidates_name_birth_idx ON candidates (search_name text_pattern_ops, birth_date)`);

    // Which organisations may see a candidate's personal data: it created them, applied for them,
    // received their candidature, or proved it knows them (NIR or birth date).
    await db.query(`
      CREATE TABLE candidate_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidate_assignments_unique UNIQUE (candidate_id, organization_id),
        CONSTRAINT candidate_assignments_reason_check CHECK (reason IN ('created', 'claimed', 'applied', 'received_candidature', 'diagnosed'))
      )`);
    await db.query(`CREATE INDEX candidate_assignments_organization_idx ON candidate_assignments (organization_id, updated_at)`);

    await db.query(`
      CREATE TABLE candidate_access_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        action text NOT NULL,
        reason text NOT NULL,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidate_access_events_action_check CHECK (action IN ('nir_read', 'staff_read'))
      )`);
    await db.query(`CREATE INDEX candidate_access_events_candidate_idx ON candidate_access_events (candidate_id, occurred_at)`);

    await db.query(`
      CREATE TABLE candidate_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        employer_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        method text NOT NULL,
        collected_at timestamptz NOT NULL,
        collected_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        collected_by_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        revoked_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidate_consents_purpose_check CHECK (purpose IN ('share_diagnostic', 'share_sensitive_diagnostic')),
        CONSTRAINT candidate_consents_method_check CHECK (method IN ('in_person', 'by_phone', 'in_writing', 'by_candidate'))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX candidate_consents_one_active ON candidate_consents (candidate_id, employer_id, purpose)
      WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE nir_correction_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        current_nir text,
        requested_nir text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        requested_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_by_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        decided_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nir_correction_requests_status_check CHECK (status IN ('pending', 'approved', 'rejected')),
        CONSTRAINT nir_correction_requests_decided CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX nir_correction_requests_one_pending ON nir_correction_requests (candidate_id) WHERE status = 'pending'`);

    await db.query(`
      CREATE TABLE candidate_account_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        email citext NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT candidate_account_invitations_token_unique UNIQUE (token_hash)
      )`);

    // Each change of the diagnostic is a new version; older ones stay readable.
    await db.query(`
      CREATE TABLE diagnostic_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        version integer NOT NULL,
        author_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        grid jsonb NOT NULL,
        barriers jsonb NOT NULL,
        project jsonb NOT NULL,
        orientation text,
        notes text,
        change_summary text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT diagnostic_versions_unique UNIQUE (candidate_id, version),
        CONSTRAINT diagnostic_versions_orientation_check CHECK (orientation IN ('professional', 'socio_professional', 'social'))
      )`);

    for (const table of [
      'candidates',
      'candidate_assignments',
      'candidate_access_events',
      'candidate_consents',
      'nir_correction_requests',
      'candidate_account_invitations',
      'diagnostic_versions',
    ]) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE IF EXISTS diagnostic_versions, candidate_account_invitations, nir_correction_requests, candidate_consents,
        candidate_access_events, candidate_assignments, candidates CASCADE`);
  }
}
