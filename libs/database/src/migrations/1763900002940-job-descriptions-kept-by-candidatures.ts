import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidature keeps the job descriptions it was sent for, and a hire the one it was made for: deleting a job
 * description cited by a candidature is refused (the employer closes it instead), where it used to erase it from
 * their history (CASCADE, SET NULL).
 */
export class JobDescriptionsKeptByCandidatures1763900002940 implements MigrationInterface {
  name = 'JobDescriptionsKeptByCandidatures1763900002940';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidature_job_descriptions
        DROP CONSTRAINT candidature_job_descriptions_job_description_id_fkey,
        ADD CONSTRAINT candidature_job_descriptions_job_description_id_fkey FOREIGN KEY (job_description_id) REFERENCES job_descriptions(id)`);
    await db.query(`
      ALTER TABLE candidatures
        DROP CONSTRAINT candidatures_hired_job_description_id_fkey,
        ADD CONSTRAINT candidatures_hired_job_description_id_fkey FOREIGN KEY (hired_job_description_id) REFERENCES job_descriptions(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidature_job_descriptions
        DROP CONSTRAINT candidature_job_descriptions_job_description_id_fkey,
        ADD CONSTRAINT candidature_job_descriptions_job_description_id_fkey FOREIGN KEY (job_description_id) REFERENCES job_descriptions(id) ON DELETE CASCADE`);
    await db.query(`
      ALTER TABLE candidatures
        DROP CONSTRAINT candidatures_hired_job_description_id_fkey,
        ADD CONSTRAINT candidatures_hired_job_description_id_fkey FOREIGN KEY (hired_job_description_id) REFERENCES job_descriptions(id) ON DELETE SET NULL`);
  }
}
