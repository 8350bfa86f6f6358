import { MigrationInterface, QueryRunner } from 'typeorm';
import { CRITERIA } from './data/1763900000700-eligibility.criteria';

/** The administrative criteria, eligibility diagnoses with their proofs, and withdrawals of auto-prescription. */
export class Eligibility1763900000700 implements MigrationInterface {
  name = 'Eligibility1763900000700';

  async up(db: QueryRunner): Promise<void> {
    // Uploaded files belong to the organisation that sent them until a diagnosis uses them.
    await db.query(`ALTER TABLE stored_files ADD COLUMN organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL`);

    await db.query(`
      CREATE TABLE administrative_criteria (
        key text PRIMARY KEY,
        level smallint NOT NULL,
        label text NOT NULL,
        proof text NOT NULL,
        proof_validity_months smallint,
        rank smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT administrative_criteria_level_check CHECK (level IN (1, 2))
      )`);
    for (const c of CRITERIA) {
      await db.query(`INSERT INTO administrative_criteria (key, level, label, proof, proof_validity_months, rank) VALUES ($1, $2, $3, $4, $5, $6)`, [
        c.key,
        c.level,
        c.label,
        c.proof,
        c.proofValidityMonths,
        c.rank,
      ]);
    }

    await db.query(`
      CREATE TABLE eligibility_diagnoses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        author_kind text NOT NULL,
        author_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        author_organization_id uuid NOT NULL REFERENCES organizations(id),
        employer_kind text,
        created_on date NOT NULL,
        expires_on date NOT NULL,
        replaced_by_id uuid REFERENCES eligibility_diagnoses(id) ON DELETE SET NULL,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT eligibility_diagnoses_author_kind_check CHECK (author_kind IN ('prescriber', 'employer')),
        CONSTRAINT eligibility_diagnoses_employer_kind CHECK ((author_kind = 'employer') = (employer_kind IS NOT NULL)),
        CONSTRAINT eligibility_diagnoses_siae_kind CHECK (employer_kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI')),
        CONSTRAINT eligibility_diagnoses_dates CHECK (expires_on >= created_on)
      )`);
    await db.query(`CREATE INDEX eligibility_diagnoses_candidate_idx ON eligibility_diagnoses (candidate_id, expires_on DESC)`);
    await db.query(`CREATE INDEX eligibility_diagnoses_author_idx ON eligibility_diagnoses (author_organization_id, created_on)`);

    await db.query(`
      CREATE TABLE eligibility_diagnosis_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        diagnosis_id uuid NOT NULL REFERENCES eligibility_diagnoses(id) ON DELETE CASCADE,
        criterion_key text NOT NULL REFERENCES administrative_criteria(key),
        proof_file_id uuid REFERENCES stored_files(id),
        proof_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT eligibility_diagnosis_criteria_unique UNIQUE (diagnosis_id, criterion_key),
        -- A prescriber may note the date of a document it saw without uploading it.
        CONSTRAINT eligibility_diagnosis_criteria_proof CHECK (proof_file_id IS NULL OR proof_date IS NOT NULL)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX eligibility_diagnosis_criteria_file_once ON eligibility_diagnosis_criteria (proof_file_id) WHERE proof_file_id IS NOT NULL`,
    );

    // Written by the a-posteriori control when it sanctions a SIAE; read by eligibility.
    await db.query(`
      CREATE TABLE auto_prescription_withdrawals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
        from_date date NOT NULL,
        to_date date NOT NULL,
        reason text NOT NULL,
        source_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT auto_prescription_withdrawals_dates CHECK (to_date >= from_date)
      )`);
    await db.query(`CREATE INDEX auto_prescription_withdrawals_employer_idx ON auto_prescription_withdrawals (employer_id, from_date, to_date)`);

    // A valid PASS IAE counts as eligibility. The PASS IAE context redefines this view over its own
    // table; until it exists nobody holds one.
    await db.query(`CREATE VIEW pass_iae_validity AS SELECT NULL::uuid AS candidate_id, NULL::date AS start_date, NULL::date AS end_date WHERE false`);

    for (const table of ['administrative_criteria', 'eligibility_diagnoses', 'eligibility_diagnosis_criteria', 'auto_prescription_withdrawals']) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW IF EXISTS pass_iae_validity`);
    await db.query(
      `DROP TABLE IF EXISTS auto_prescription_withdrawals, eligibility_diagnosis_criteria, eligibility_diagnoses, administrative_criteria CASCADE`,
    );
    await db.query(`ALTER TABLE stored_files DROP COLUMN IF EXISTS organization_id`);
  }
}
