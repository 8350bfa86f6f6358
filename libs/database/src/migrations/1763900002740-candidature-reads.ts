import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the candidature views (the inbox, the sent lists, a candidature, its history, the export) and the PASS IAE
 * views read of the other contexts, published by their owners (ADR 0007). Plain views over their owner's tables
 * only: PostgreSQL inlines them, so each list stays one query and keeps its plan (the inbox: the same nodes and
 * indexes, checked with EXPLAIN; `appellation_labels` adds one primary-key lookup of the ROME per job shown).
 */
export class CandidatureReads1763900002740 implements MigrationInterface {
  name = 'CandidatureReads1763900002740';

  async up(db: QueryRunner): Promise<void> {
    // identity: a user's name (who sent a candidature, who moved it).
    await db.query(`CREATE VIEW user_names AS SELECT id, first_name, last_name FROM users`);
    // candidates: who a person is, as lists show and filter them (name, birth date, the normalised name searched).
    await db.query(`CREATE VIEW candidate_identities AS SELECT id, first_name, last_name, birth_date, search_name FROM candidates`);
    // employers: what a job description offers (its appellation, its own title, its contract).
    await db.query(`CREATE VIEW job_description_titles AS SELECT id, employer_id, appellation_code, custom_title, contract_type FROM job_descriptions`);
    // pass-iae: each PASS's number and period.
    await db.query(`CREATE VIEW pass_iae_periods AS SELECT id, number, start_date, end_date FROM pass_iae`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW IF EXISTS pass_iae_periods, job_description_titles, candidate_identities, user_names`);
  }
}
