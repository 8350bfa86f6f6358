import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A prescriber organisation's kind follows its habilitation (issue 14): an "autre" (orienteur)
 * organisation is never habilitated — one the préfet habilitated becomes an OHPD — and who changed
 * the kind, and when, is recorded.
 */
export class PrescriberKinds1763900002430 implements MigrationInterface {
  name = 'PrescriberKinds1763900002430';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE prescriber_organizations ADD COLUMN kind_changed_at timestamptz`);
    await db.query(`ALTER TABLE prescriber_organizations ADD COLUMN kind_changed_by_id uuid REFERENCES users(id) ON DELETE SET NULL`);
    // Organisations of kind "autre" already habilitated (by the préfet) are OHPD.
    await db.query(`
      WITH moved AS (
        UPDATE organizations SET kind = 'OHPD' WHERE family = 'prescriber' AND kind = 'OTHER' AND authorization_status = 'validated' RETURNING id)
      UPDATE prescriber_organizations p SET kind = 'OHPD', kind_changed_at = now() FROM moved WHERE p.id = moved.id`);
    await db.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_orienteur_not_habilitated CHECK (NOT (family = 'prescriber' AND kind = 'OTHER' AND authorization_status = 'validated'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT IF EXISTS organizations_orienteur_not_habilitated`);
    await db.query(`ALTER TABLE prescriber_organizations DROP COLUMN IF EXISTS kind_changed_by_id, DROP COLUMN IF EXISTS kind_changed_at`);
  }
}
