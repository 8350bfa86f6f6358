import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deactivated accounts (issue 14): who deactivated one and why, and when a person closed their own.
 * The account row stays: what the law keeps (candidatures, PASS IAE, diagnoses, the audit trail) still
 * points to it.
 */
export class AccountDeactivation1763900002450 implements MigrationInterface {
  name = 'AccountDeactivation1763900002450';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN disabled_reason text,
        ADD COLUMN disabled_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN closed_at timestamptz`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_closed_is_disabled CHECK (closed_at IS NULL OR disabled_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_closed_is_disabled`);
    await db.query(`ALTER TABLE users DROP COLUMN IF EXISTS closed_at, DROP COLUMN IF EXISTS disabled_by_id, DROP COLUMN IF EXISTS disabled_reason`);
  }
}
