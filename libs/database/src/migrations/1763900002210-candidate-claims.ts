import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims on a person's file show in their access log, refused or granted, and the person may grant
 * an organisation access from their own space.
 */
export class CandidateClaims1763900002210 implements MigrationInterface {
  name = 'CandidateClaims1763900002210';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidate_access_events DROP CONSTRAINT candidate_access_events_action_check`);
    await db.query(`
      ALTER TABLE candidate_access_events ADD CONSTRAINT candidate_access_events_action_check
        CHECK (action IN ('nir_read', 'staff_read', 'claimed', 'claim_refused', 'access_granted'))`);
    await db.query(`ALTER TABLE candidate_assignments DROP CONSTRAINT candidate_assignments_reason_check`);
    await db.query(`
      ALTER TABLE candidate_assignments ADD CONSTRAINT candidate_assignments_reason_check
        CHECK (reason IN ('created', 'claimed', 'applied', 'received_candidature', 'diagnosed', 'granted'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM candidate_access_events WHERE action IN ('claimed', 'claim_refused', 'access_granted')`);
    await db.query(`ALTER TABLE candidate_access_events DROP CONSTRAINT candidate_access_events_action_check`);
    await db.query(`ALTER TABLE candidate_access_events ADD CONSTRAINT candidate_access_events_action_check CHECK (action IN ('nir_read', 'staff_read'))`);
    await db.query(`UPDATE candidate_assignments SET reason = 'claimed' WHERE reason = 'granted'`);
    await db.query(`ALTER TABLE candidate_assignments DROP CONSTRAINT candidate_assignments_reason_check`);
    await db.query(`
      ALTER TABLE candidate_assignments ADD CONSTRAINT candidate_assignments_reason_check
        CHECK (reason IN ('created', 'claimed', 'applied', 'received_candidature', 'diagnosed'))`);
  }
}
