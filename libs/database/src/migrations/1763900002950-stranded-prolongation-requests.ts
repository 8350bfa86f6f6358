import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the SIAE was told that the prescriber its pending prolongation request waits on is no longer habilitated (so
 * that it addresses the request to another one): once per organisation asked, cleared when the request is readdressed.
 */
export class StrandedProlongationRequests1763900002950 implements MigrationInterface {
  name = 'StrandedProlongationRequests1763900002950';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE pass_iae_prolongation_requests ADD COLUMN stranded_notified_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE pass_iae_prolongation_requests DROP COLUMN stranded_notified_at`);
  }
}
