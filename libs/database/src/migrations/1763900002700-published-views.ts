import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views each context publishes so that the others read its data without reaching into its tables
 * (issue 13; `published` in scripts/conventions/table-owners.json). Each view reads only its owner's
 * tables and names the columns its readers rely on: the owner may change its tables as long as its
 * views keep their columns. They are plain views: PostgreSQL inlines them into the reader's query,
 * so a read that was one query stays one query, with the same plan.
 */
export class PublishedViews1763900002700 implements MigrationInterface {
  name = 'PublishedViews1763900002700';

  async up(db: QueryRunner): Promise<void> {
    // identity: what an organisation is called and where it sits.
    await db.query(`
      CREATE VIEW organization_directory AS
      SELECT id, family, kind, name, siret, authorization_status, department_code, region_code, updated_at FROM organizations`);
    // territory: a commune's name, département and centre.
    await db.query(`CREATE VIEW commune_directory AS SELECT code, name, departement_code, latitude, longitude FROM communes`);
    // employers: an employer's kind and commune.
    await db.query(`CREATE VIEW employer_directory AS SELECT id, kind, commune_code FROM employers`);
    // candidatures: the hires (accepted candidatures), their SIAE, person, diagnosis and start.
    await db.query(`
      CREATE VIEW accepted_candidatures AS
      SELECT id, employer_id, candidate_id, eligibility_diagnosis_id, hiring_start FROM candidatures WHERE state = 'accepted'`);
    // pass-iae: the hires for which a PASS IAE was issued (and not cancelled since), and the PASS numbers.
    await db.query(`
      CREATE VIEW pass_iae_issued_hires AS
      SELECT candidature_id, pass_id, employer_id FROM pass_iae_hires WHERE issued_pass AND cancelled_at IS NULL`);
    await db.query(`CREATE VIEW pass_iae_numbers AS SELECT id, number FROM pass_iae`);
    // eligibility: who made a diagnosis, its criteria, and the order the criteria are shown in.
    await db.query(`CREATE VIEW eligibility_diagnosis_authors AS SELECT id, candidate_id, author_kind, author_organization_id FROM eligibility_diagnoses`);
    await db.query(`CREATE VIEW eligibility_diagnosis_criterion_keys AS SELECT diagnosis_id, criterion_key FROM eligibility_diagnosis_criteria`);
    await db.query(`CREATE VIEW administrative_criterion_ranks AS SELECT key, rank FROM administrative_criteria`);
    // candidates: a person's name.
    await db.query(`CREATE VIEW candidate_names AS SELECT id, first_name, last_name FROM candidates`);
    // storage: a stored file's name.
    await db.query(`CREATE VIEW stored_file_names AS SELECT id, file_name FROM stored_files`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW IF EXISTS stored_file_names, candidate_names, administrative_criterion_ranks, eligibility_diagnosis_criterion_keys,
        eligibility_diagnosis_authors, pass_iae_numbers, pass_iae_issued_hires, accepted_candidatures, employer_directory, commune_directory,
        organization_directory`);
  }
}
