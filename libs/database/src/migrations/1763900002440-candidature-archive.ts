import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archived candidatures (issue 14): the SIAE archives and un-archives them; a daily job archives those
 * untouched for 180 days in an archivable state. `last_activity_at` is when it was last touched (sent,
 * moved, un-archived); a hire, a GEIQ's action before hiring and the pool are never archived.
 */
export class CandidatureArchive1763900002440 implements MigrationInterface {
  name = 'CandidatureArchive1763900002440';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidatures
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN archived_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN last_activity_at timestamptz`);
    await db.query(`UPDATE candidatures SET last_activity_at = greatest(state_changed_at, created_at)`);
    await db.query(`ALTER TABLE candidatures ALTER COLUMN last_activity_at SET NOT NULL, ALTER COLUMN last_activity_at SET DEFAULT now()`);
    await db.query(`
      ALTER TABLE candidatures ADD CONSTRAINT candidatures_archivable
        CHECK (archived_at IS NULL OR state IN ('new', 'processing', 'postponed', 'refused', 'cancelled', 'obsolete'))`);
    await db.query(`
      CREATE INDEX candidatures_to_archive_idx ON candidatures (last_activity_at)
        WHERE archived_at IS NULL AND state IN ('new', 'processing', 'postponed', 'refused', 'cancelled', 'obsolete')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS candidatures_to_archive_idx`);
    await db.query(`ALTER TABLE candidatures DROP CONSTRAINT IF EXISTS candidatures_archivable`);
    await db.query(`ALTER TABLE candidatures DROP COLUMN IF EXISTS last_activity_at, DROP COLUMN IF EXISTS archived_by_id, DROP COLUMN IF EXISTS archived_at`);
  }
}
