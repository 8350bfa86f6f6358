import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilotage figures read the other contexts through these views only: they are the contract
 * (like the search sources), so a context may reshape its tables as long as it keeps its view.
 * Candidatures also date the employer's first answer, which the median time to answer needs.
 */
export class Stats1763900001200 implements MigrationInterface {
  name = 'Stats1763900001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidatures ADD COLUMN first_answered_at timestamptz`);
    // The log holds every answer made so far (the same moves as isAnswer() in the candidatures rules).
    await db.query(`
      UPDATE candidatures c SET first_answered_at = t.first_at
        FROM (SELECT candidature_id, min(occurred_at) AS first_at FROM candidature_transitions
               WHERE transition IN ('process', 'postpone', 'accept', 'add_to_pool', 'move_to_prior_to_hire', 'refuse', 'transfer')
               GROUP BY candidature_id) t
       WHERE t.candidature_id = c.id`);

    // The answer delays are grouped by the hour: without this the planner expects one group per row
    // and will not aggregate them in parallel.
    await db.query(`CREATE STATISTICS candidatures_answer_hours ON (floor(extract(epoch FROM first_answered_at - created_at) / 3600)::int) FROM candidatures`);

    // Where each employer is: its commune's département and région.
    await db.query(`
      CREATE VIEW stats_employers AS
      SELECT e.id, o.name, e.kind, e.commune_code, m.departement_code, d.region_code
        FROM employers e JOIN organizations o ON o.id = e.id JOIN communes m ON m.code = e.commune_code JOIN departements d ON d.code = m.departement_code`);

    // Joins whose columns a query does not read are removed by the planner (unique keys, left joins).
    await db.query(`
      CREATE VIEW stats_candidatures AS
      SELECT c.id, c.employer_id, c.created_at, c.state, c.refusal_reason, c.first_answered_at, c.hiring_start,
             c.sender_kind, c.sender_organization_id, c.sender_habilitated, so.kind AS sender_organization_kind,
             (d.author_kind = 'employer' AND d.author_organization_id = c.employer_id) AS auto_prescribed
        FROM candidatures c
        LEFT JOIN organizations so ON so.id = c.sender_organization_id AND c.sender_kind = 'prescriber'
        LEFT JOIN eligibility_diagnoses d ON d.id = c.eligibility_diagnosis_id`);

    await db.query(`
      CREATE VIEW stats_pass_iae AS
      SELECT p.id, p.start_date, p.end_date, p.created_at, p.origin_employer_id, p.origin_employer_kind,
             EXISTS (SELECT 1 FROM pass_iae_prolongations r WHERE r.pass_id = p.id) AS prolonged
        FROM pass_iae p`);

    // Periods are read with the caller's date (the application's clock), never the server's.
    await db.query(`
      CREATE VIEW stats_pass_iae_periods AS
      SELECT pass_id, 'suspension' AS kind, start_date, end_date, reason, created_at FROM pass_iae_suspensions
      UNION ALL
      SELECT pass_id, 'prolongation', start_date, end_date, reason, created_at FROM pass_iae_prolongations`);

    await db.query(`
      CREATE VIEW stats_prescribers AS
      SELECT o.id, o.name, o.kind, o.authorization_status = 'validated' AS habilitated, po.habilitation_basis,
             coalesce(m.departement_code, po.habilitation_departement_code, o.department_code) AS departement_code,
             d.region_code
        FROM organizations o
        JOIN prescriber_organizations po ON po.id = o.id
        LEFT JOIN communes m ON m.code = po.commune_code
        LEFT JOIN departements d ON d.code = coalesce(m.departement_code, po.habilitation_departement_code, o.department_code)
       WHERE o.family = 'prescriber'`);

    await db.query(`
      CREATE VIEW stats_eligibility_diagnoses AS
      SELECT id, candidate_id, author_kind, author_organization_id, created_on FROM eligibility_diagnoses`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP VIEW IF EXISTS stats_eligibility_diagnoses, stats_prescribers, stats_pass_iae_periods, stats_pass_iae, stats_candidatures, stats_employers`,
    );
    await db.query(`DROP STATISTICS IF EXISTS candidatures_answer_hours`);
    await db.query(`ALTER TABLE candidatures DROP COLUMN IF EXISTS first_answered_at`);
  }
}
