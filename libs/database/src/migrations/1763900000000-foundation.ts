import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, organisations and memberships, the outbox and queued e-mail, audit and idempotency.
 * The database refuses what must never happen: duplicate e-mails or memberships, an organisation
 * left without an admin, a kind that does not belong to its family.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS citext`);

    await db.query(`
      CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := now();
        RETURN NEW;
      END $$`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL,
        password_hash text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        kind text NOT NULL DEFAULT 'professional',
        is_staff boolean NOT NULL DEFAULT false,
        email_confirmed_at timestamptz,
        password_changed_at timestamptz,
        last_login_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_unique UNIQUE (email),
        CONSTRAINT users_email_format CHECK (length(email) <= 254 AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        CONSTRAINT users_kind_check CHECK (kind IN ('professional', 'candidate')),
        CONSTRAINT users_names_length CHECK (length(first_name) BETWEEN 1 AND 100 AND length(last_name) BETWEEN 1 AND 100)
      )`);

    await db.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_tokens_hash_unique UNIQUE (token_hash),
        CONSTRAINT user_tokens_purpose_check CHECK (purpose IN ('email_confirmation', 'password_reset'))
      )`);
    await db.query(`CREATE INDEX user_tokens_user_purpose_idx ON user_tokens (user_id, purpose)`);
    await db.query(`CREATE INDEX user_tokens_expires_idx ON user_tokens (expires_at)`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        replaced_by_id uuid REFERENCES refresh_tokens(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_tokens_hash_unique UNIQUE (token_hash),
        CONSTRAINT refresh_tokens_revoked_reason_check CHECK (revoked_reason IN ('logout', 'rotated', 'reuse_detected', 'password_changed', 'disabled'))
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await db.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);
    await db.query(`CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);

    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family text NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        siret char(14),
        authorization_status text,
        department_code text,
        region_code text,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_family_check CHECK (family IN ('employer', 'prescriber', 'institution')),
        CONSTRAINT organizations_kind_check CHECK (
          (family = 'employer' AND kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI', 'GEIQ', 'EA', 'EATT', 'OPCS'))
          OR (family = 'prescriber' AND kind IN (
            'FT', 'CAP_EMPLOI', 'ML', 'CAF', 'MSA', 'DEPT', 'ASE', 'ODC', 'CCAS', 'PLIE', 'OCASF', 'CHRS', 'CHU',
            'CPH', 'PENSION', 'RS_FJT', 'OIL', 'CADA', 'HUDA', 'SPIP', 'PJJ', 'CIDFF', 'PREVENTION', 'AFPA',
            'PIJ_BIJ', 'CAVA', 'OACAS', 'CSAPA', 'CAARUD', 'EPIDE', 'E2C', 'OHPD', 'OTHER'))
          OR (family = 'institution' AND kind IN ('DDETS_IAE', 'DREETS_IAE', 'DGEFP_IAE'))
        ),
        CONSTRAINT organizations_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT organizations_siret_format CHECK (siret ~ '^[0-9]{14}$'),
        CONSTRAINT organizations_employer_siret CHECK (family <> 'employer' OR siret IS NOT NULL),
        CONSTRAINT organizations_authorization_check CHECK (
          (family = 'prescriber') = (authorization_status IS NOT NULL)
          AND (authorization_status IS NULL OR authorization_status IN ('not_set', 'validated', 'refused', 'not_required'))
          AND (authorization_status IS DISTINCT FROM 'not_required' OR kind = 'OTHER')
        ),
        CONSTRAINT organizations_institution_territory CHECK (
          (kind = 'DDETS_IAE' AND department_code IS NOT NULL AND region_code IS NULL)
          OR (kind = 'DREETS_IAE' AND region_code IS NOT NULL AND department_code IS NULL)
          OR (kind = 'DGEFP_IAE' AND department_code IS NULL AND region_code IS NULL)
          OR family <> 'institution'
        )
      )`);
    await db.query(`CREATE UNIQUE INDEX organizations_siret_kind_unique ON organizations (siret, kind) WHERE siret IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX organizations_one_ddets_per_department ON organizations (department_code) WHERE kind = 'DDETS_IAE'`);
    await db.query(`CREATE UNIQUE INDEX organizations_one_dreets_per_region ON organizations (region_code) WHERE kind = 'DREETS_IAE'`);
    await db.query(`CREATE UNIQUE INDEX organizations_one_dgefp ON organizations (kind) WHERE kind = 'DGEFP_IAE'`);
    await db.query(`CREATE INDEX organizations_family_kind_idx ON organizations (family, kind)`);

    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_user_organization_unique UNIQUE (user_id, organization_id),
        CONSTRAINT memberships_role_check CHECK (role IN ('admin', 'member'))
      )`);
    await db.query(`CREATE INDEX memberships_organization_idx ON memberships (organization_id, role)`);

    // Checked at commit, so a transfer of the admin role can demote and promote in either order.
    await db.query(`
      CREATE FUNCTION memberships_keep_an_admin() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        org uuid := OLD.organization_id;
      BEGIN
        IF EXISTS (SELECT 1 FROM memberships WHERE organization_id = org)
           AND NOT EXISTS (SELECT 1 FROM memberships WHERE organization_id = org AND role = 'admin') THEN
          RAISE EXCEPTION 'organisation % would be left without an administrator', org
            USING ERRCODE = '23514', CONSTRAINT = 'memberships_keep_an_admin';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER memberships_keep_an_admin
      AFTER UPDATE OR DELETE ON memberships
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION memberships_keep_an_admin()`);

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email citext NOT NULL,
        first_name text,
        last_name text,
        role text NOT NULL DEFAULT 'member',
        invited_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_token_unique UNIQUE (token_hash),
        CONSTRAINT invitations_role_check CHECK (role IN ('admin', 'member')),
        CONSTRAINT invitations_closed_once CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX invitations_one_open_per_email ON invitations (organization_id, email)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    await db.query(`CREATE INDEX invitations_email_idx ON invitations (email)`);

    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id, occurred_at)`);
    await db.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, occurred_at)`);

    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        relayed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX outbox_messages_pending_idx ON outbox_messages (seq) WHERE relayed_at IS NULL`);
    await db.query(`CREATE INDEX outbox_messages_relayed_idx ON outbox_messages (relayed_at) WHERE relayed_at IS NOT NULL`);
    await db.query(`
      CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`);

    await db.query(`
      CREATE TABLE email_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template text NOT NULL,
        recipient citext NOT NULL,
        context jsonb,
        subject text,
        status text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        provider_message_id text,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_messages_status_check CHECK (status IN ('queued', 'sent', 'failed')),
        CONSTRAINT email_messages_sent_at CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX email_messages_status_idx ON email_messages (status, created_at)`);
    await db.query(`CREATE INDEX email_messages_recipient_idx ON email_messages (recipient, created_at)`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_scope_key_unique UNIQUE (scope, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);

    for (const table of [
      'users',
      'user_tokens',
      'refresh_tokens',
      'organizations',
      'memberships',
      'invitations',
      'audit_events',
      'outbox_messages',
      'email_messages',
      'idempotency_keys',
    ]) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'email_messages',
      'outbox_messages',
      'audit_events',
      'invitations',
      'memberships',
      'organizations',
      'refresh_tokens',
      'user_tokens',
      'users',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await db.query(`DROP FUNCTION IF EXISTS outbox_messages_notify()`);
    await db.query(`DROP FUNCTION IF EXISTS memberships_keep_an_admin()`);
    await db.query(`DROP FUNCTION IF EXISTS set_updated_at()`);
  }
}
