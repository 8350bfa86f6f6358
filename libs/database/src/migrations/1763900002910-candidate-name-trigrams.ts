import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name fragment found without reading every name (issue 15): an inbox's search (« mar », « lefèvre ») and the
 * candidates' lookup ask `search_name LIKE '%…%'`, which the btree on the name's start cannot answer. With the
 * trigrams, PostgreSQL finds the people whose name holds a rare fragment first, then their candidatures; for a common
 * one it still walks the inbox newest first and stops at the page. Built concurrently (outside a transaction), so
 * that people are still registered and updated while it builds on a large table.
 */
export class CandidateNameTrigrams1763900002910 implements MigrationInterface {
  name = 'CandidateNameTrigrams1763900002910';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    // An interrupted concurrent build leaves an invalid index behind: start again from nothing.
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS candidates_search_name_trgm_idx`);
    await db.query(`CREATE INDEX CONCURRENTLY candidates_search_name_trgm_idx ON candidates USING gin (search_name gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS candidates_search_name_trgm_idx`);
  }
}
