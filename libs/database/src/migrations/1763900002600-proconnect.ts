import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ProConnect sign-in: a user is found by the provider's `sub` (one identity per user, one user per `sub` and
 * issuer); the organisation the SIRET returned points to is recorded when the person could not join it at once.
 * A session opened through ProConnect keeps its ID token, which the provider's logout asks for.
 */
export class Proconnect1763900002600 implements MigrationInterface {
  name = 'Proconnect1763900002600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE proconnect_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        sub text NOT NULL,
        -- how the account was found the first time: created, or linked to an account with the same confirmed e-mail
        origin text NOT NULL,
        siret char(14),
        -- the organisation of that SIRET the person asked to join (no invitation, not yet a member)
        requested_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        acr text,
        amr text[],
        idp_id text,
        last_sign_in_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proconnect_identities_sub_unique UNIQUE (issuer, sub),
        CONSTRAINT proconnect_identities_user_unique UNIQUE (user_id),
        CONSTRAINT proconnect_identities_origin_check CHECK (origin IN ('created', 'linked')),
        CONSTRAINT proconnect_identities_siret_format CHECK (siret ~ '^[0-9]{14}$'),
        CONSTRAINT proconnect_identities_sub_length CHECK (length(sub) BETWEEN 1 AND 255)
      )`);
    await db.query(
      `CREATE INDEX proconnect_identities_requested_idx ON proconnect_identities (requested_organization_id) WHERE requested_organization_id IS NOT NULL`,
    );
    await db.query(`CREATE TRIGGER proconnect_identities_updated_at BEFORE UPDATE ON proconnect_identities FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    await db.query(`ALTER TABLE sessions ADD COLUMN proconnect_id_token text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN IF EXISTS proconnect_id_token`);
    await db.query(`DROP TABLE IF EXISTS proconnect_identities`);
  }
}
