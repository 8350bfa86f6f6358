import { MigrationInterface, QueryRunner } from 'typeorm';

/** Prescriber organisations' profile and habilitation, and the prefectoral habilitation requests. */
export class Prescribers1763900000400 implements MigrationInterface {
  name = 'Prescribers1763900000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE prescriber_organizations (
        id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL,
        safir_code text,
        address_line text,
        address_complement text,
        postal_code text,
        commune_code text REFERENCES communes(code),
        latitude double precision,
        longitude double precision,
        phone text,
        email citext,
        website text,
        description text,
        is_brsa boolean NOT NULL DEFAULT false,
        habilitation_basis text,
        habilitation_departement_code text REFERENCES departements(code),
        habilitation_valid_until date,
        habilitation_warned_90_at timestamptz,
        habilitation_warned_30_at timestamptz,
        authorization_decided_at timestamptz,
        authorization_decided_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        authorization_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT prescriber_organizations_safir_format CHECK (safir_code ~ '^[0-9]{5}$'),
        CONSTRAINT prescriber_organizations_safir_ft CHECK (safir_code IS NULL OR kind = 'FT'),
        CONSTRAINT prescriber_organizations_postal_code_format CHECK (postal_code ~ '^[0-9]{5}$'),
        CONSTRAINT prescriber_organizations_address_complete CHECK ((commune_code IS NULL) = (latitude IS NULL) AND (commune_code IS NULL) = (address_line IS NULL)),
        CONSTRAINT prescriber_organizations_basis_check CHECK (habilitation_basis IN ('law', 'prefectoral')),
        CONSTRAINT prescriber_organizations_prefectoral_dates CHECK (
          (habilitation_basis = 'prefectoral') = (habilitation_valid_until IS NOT NULL AND habilitation_departement_code IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX prescriber_organizations_safir_unique ON prescriber_organizations (safir_code) WHERE safir_code IS NOT NULL`);
    await db.query(`CREATE INDEX prescriber_organizations_commune_idx ON prescriber_organizations (commune_code)`);
    await db.query(
      `CREATE INDEX prescriber_organizations_expiry_idx ON prescriber_organizations (habilitation_valid_until) WHERE habilitation_basis = 'prefectoral'`,
    );

    await db.query(`
      CREATE TABLE habilitation_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES prescriber_organizations(id) ON DELETE CASCADE,
        departement_code text NOT NULL REFERENCES departements(code),
        status text NOT NULL DEFAULT 'draft',
        is_renewal boolean NOT NULL DEFAULT false,
        identification text,
        mission text,
        staff_competence text,
        unmet_need text,
        prescriptions_count integer,
        evaluation_since date,
        evaluation_notes text,
        submitted_at timestamptz,
        cdiae_opinion_on date,
        cdiae_opinion text,
        decided_at timestamptz,
        decided_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decision_reference text,
        decision_on date,
        valid_until date,
        refusal_reason text,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT habilitation_requests_status_check CHECK (status IN ('draft', 'submitted', 'information_requested', 'granted', 'refused', 'cancelled')),
        CONSTRAINT habilitation_requests_opinion_check CHECK (cdiae_opinion IN ('favorable', 'unfavorable', 'reserved')),
        CONSTRAINT habilitation_requests_granted CHECK (status <> 'granted' OR (
          decision_reference IS NOT NULL AND decision_on IS NOT NULL AND valid_until IS NOT NULL
          AND valid_until > decision_on AND valid_until <= decision_on + interval '5 years')),
        CONSTRAINT habilitation_requests_refused CHECK (status <> 'refused' OR refusal_reason IS NOT NULL)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX habilitation_requests_one_open ON habilitation_requests (organization_id)
      WHERE status IN ('draft', 'submitted', 'information_requested')`);
    await db.query(`CREATE INDEX habilitation_requests_departement_idx ON habilitation_requests (departement_code, status, submitted_at)`);

    await db.query(`
      CREATE TABLE habilitation_request_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES habilitation_requests(id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_files(id),
        label text NOT NULL,
        uploaded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX habilitation_request_documents_request_idx ON habilitation_request_documents (request_id)`);

    await db.query(`
      CREATE TABLE habilitation_request_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES habilitation_requests(id) ON DELETE CASCADE,
        kind text NOT NULL,
        body text NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT habilitation_request_messages_kind_check CHECK (kind IN ('information_request', 'answer'))
      )`);
    await db.query(`CREATE INDEX habilitation_request_messages_request_idx ON habilitation_request_messages (request_id, created_at)`);

    // Prescriptions made by an organisation, for the evaluation a renewal carries. The candidatures
    // context redefines this view over its own table; until then nobody has prescribed anything.
    await db.query(`CREATE VIEW prescriber_activity AS SELECT NULL::uuid AS organization_id, NULL::timestamptz AS occurred_at WHERE false`);

    for (const table of ['prescriber_organizations', 'habilitation_requests', 'habilitation_request_documents', 'habilitation_request_messages']) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW IF EXISTS prescriber_activity`);
    await db.query(
      `DROP TABLE IF EXISTS habilitation_request_messages, habilitation_request_documents, habilitation_requests, prescriber_organizations CASCADE`,
    );
  }
}
