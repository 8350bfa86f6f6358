import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the 30-day grace of an ended convention, the daily job deletes a SIAE that holds no data and
 * takes the others out of every listing and search for good (issue 14): `unlisted_at` records when.
 */
export class EndedConventions1763900002460 implements MigrationInterface {
  name = 'EndedConventions1763900002460';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE employers ADD COLUMN unlisted_at timestamptz`);
    await db.query(`CREATE INDEX employers_ended_idx ON employers (deactivated_on) WHERE deactivated_on IS NOT NULL AND unlisted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS employers_ended_idx`);
    await db.query(`ALTER TABLE employers DROP COLUMN IF EXISTS unlisted_at`);
  }
}
