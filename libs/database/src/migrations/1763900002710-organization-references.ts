import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each context holds about an organisation, published for the employers context: a SIAE whose
 * convention ended is deleted only when nothing refers to it (rules card), and the employers context cannot
 * ask the contexts that depend on it. Each view reads only its owner's tables; a reader's
 * `WHERE organization_id = $1` reaches each branch, so each keeps its index.
 */
export class OrganizationReferences1763900002710 implements MigrationInterface {
  name = 'OrganizationReferences1763900002710';

  async up(db: QueryRunner): Promise<void> {
    // candidatures: received, sent, or transferred from.
    await db.query(`
      CREATE VIEW candidature_organization_references AS
      SELECT employer_id AS organization_id FROM candidatures
      UNION ALL SELECT sender_organization_id FROM candidatures
      UNION ALL SELECT transferred_from_employer_id FROM candidatures`);
    // pass-iae: hires, the PASS an employer asked for, suspensions, prolongations and their requests.
    await db.query(`
      CREATE VIEW pass_iae_organization_references AS
      SELECT employer_id AS organization_id FROM pass_iae_hires
      UNION ALL SELECT origin_employer_id FROM pass_iae
      UNION ALL SELECT organization_id FROM pass_iae_suspensions
      UNION ALL SELECT declared_by_employer_id FROM pass_iae_prolongations
      UNION ALL SELECT declared_by_employer_id FROM pass_iae_prolongation_requests`);
    // eligibility: the diagnoses it made.
    await db.query(`CREATE VIEW eligibility_organization_references AS SELECT author_organization_id AS organization_id FROM eligibility_diagnoses`);
    // controls: the evaluations of a SIAE.
    await db.query(`CREATE VIEW control_organization_references AS SELECT employer_id AS organization_id FROM control_evaluations`);
    // candidates: the people it registered or follows.
    await db.query(`
      CREATE VIEW candidate_organization_references AS
      SELECT created_by_organization_id AS organization_id FROM candidates
      UNION ALL SELECT organization_id FROM candidate_assignments`);
    // storage: the files it sent.
    await db.query(`CREATE VIEW stored_file_organization_references AS SELECT organization_id FROM stored_files`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW IF EXISTS stored_file_organization_references, candidate_organization_references, control_organization_references,
        eligibility_organization_references, pass_iae_organization_references, candidature_organization_references`);
  }
}
