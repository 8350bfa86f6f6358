import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each candidature keeps the kind of its employer and of its sender's organisation, as they were when
 * it was sent (or transferred): the national pilotage figures then count 2 million candidatures without
 * joining two tables for each one (2.4 s → see docs/benchmarks.md), and a structure changing kind later
 * does not rewrite its past. A trigger fills them, so no writer can forget.
 */
export class CandidatureKinds1763900001300 implements MigrationInterface {
  name = 'CandidatureKinds1763900001300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidatures ADD COLUMN employer_kind text, ADD COLUMN sender_organization_kind text`);
    await db.query(`
      CREATE FUNCTION candidatures_record_kinds() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.employer_id IS DISTINCT FROM OLD.employer_id THEN
          NEW.employer_kind := (SELECT kind FROM employers WHERE id = NEW.employer_id);
        END IF;
        IF TG_OP = 'INSERT' OR NEW.sender_organization_id IS DISTINCT FROM OLD.sender_organization_id THEN
          NEW.sender_organization_kind := (SELECT kind FROM organizations WHERE id = NEW.sender_organization_id);
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER candidatures_record_kinds BEFORE INSERT OR UPDATE OF employer_id, sender_organization_id ON candidatures
      FOR EACH ROW EXECUTE FUNCTION candidatures_record_kinds()`);
    await db.query(`
      UPDATE candidatures c SET employer_kind = e.kind, sender_organization_kind = (SELECT kind FROM organizations o WHERE o.id = c.sender_organization_id)
        FROM employers e WHERE e.id = c.employer_id`);
    await db.query(`ALTER TABLE candidatures ALTER COLUMN employer_kind SET NOT NULL`);

    // The stats view reads the recorded kinds; territories still come from the employer.
    await db.query(`
      CREATE OR REPLACE VIEW stats_candidatures AS
      SELECT c.id, c.employer_id, c.created_at, c.state, c.refusal_reason, c.first_answered_at, c.hiring_start,
             c.sender_kind, c.sender_organization_id, c.sender_habilitated,
             CASE WHEN c.sender_kind = 'prescriber' THEN c.sender_organization_kind END AS sender_organization_kind,
             (d.author_kind = 'employer' AND d.author_organization_id = c.employer_id) AS auto_prescribed,
             c.employer_kind
        FROM candidatures c
        LEFT JOIN eligibility_diagnoses d ON d.id = c.eligibility_diagnosis_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW stats_candidatures`);
    await db.query(`
      CREATE VIEW stats_candidatures AS
      SELECT c.id, c.employer_id, c.created_at, c.state, c.refusal_reason, c.first_answered_at, c.hiring_start,
             c.sender_kind, c.sender_organization_id, c.sender_habilitated, so.kind AS sender_organization_kind,
             (d.author_kind = 'employer' AND d.author_organization_id = c.employer_id) AS auto_prescribed
        FROM candidatures c
        LEFT JOIN organizations so ON so.id = c.sender_organization_id AND c.sender_kind = 'prescriber'
        LEFT JOIN eligibility_diagnoses d ON d.id = c.eligibility_diagnosis_id`);
    await db.query(`DROP TRIGGER candidatures_record_kinds ON candidatures`);
    await db.query(`DROP FUNCTION candidatures_record_kinds()`);
    await db.query(`ALTER TABLE candidatures DROP COLUMN employer_kind, DROP COLUMN sender_organization_kind`);
  }
}
