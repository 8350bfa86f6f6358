import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What search reads of the other contexts outside its sources views, published by their owners: the métiers'
 * labels (the vocabulary typos are corrected towards), and when an employer or a prescriber organisation last
 * changed (catching up after a rebuild of an external engine).
 */
export class SearchReads1763900002720 implements MigrationInterface {
  name = 'SearchReads1763900002720';

  async up(db: QueryRunner): Promise<void> {
    // metiers: each appellation with its label and its ROME's.
    await db.query(`
      CREATE VIEW appellation_labels AS
      SELECT a.code, a.label, a.rome_code, r.label AS rome_label FROM appellations a JOIN romes r ON r.code = a.rome_code`);
    // employers: when an employer changed, itself or through one of its job descriptions.
    await db.query(`
      CREATE VIEW employer_updates AS
      SELECT id AS employer_id, updated_at FROM employers
      UNION ALL SELECT employer_id, updated_at FROM job_descriptions`);
    // prescribers: when a prescriber organisation's own record changed.
    await db.query(`CREATE VIEW prescriber_organization_updates AS SELECT id, updated_at FROM prescriber_organizations`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW IF EXISTS prescriber_organization_updates, employer_updates, appellation_labels`);
  }
}
