import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets the worker recover from a dependency that lost its state:
 * - `email_messages.sending_until`: the lease of the worker sending a message, so that a message queued
 *   again (Redis lost its job, staff retried it) is never sent by two workers at once;
 * - an index to find the outbox row (the job id) of a queued e-mail;
 * - `scheduled_job_runs`: one row per scheduled tick of a job, so a tick runs once however many workers
 *   receive it, and operators see when each job last ran.
 */
export class MailAndScheduleRecovery1763900002110 implements MigrationInterface {
  name = 'MailAndScheduleRecovery1763900002110';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_messages ADD COLUMN sending_until timestamptz`);
    await db.query(`CREATE INDEX email_messages_queued_idx ON email_messages (updated_at) WHERE status = 'queued'`);
    await db.query(`CREATE INDEX outbox_messages_email_idx ON outbox_messages ((payload->>'emailMessageId'), seq) WHERE queue = 'mail'`);
    await db.query(`
      CREATE TABLE scheduled_job_runs (
        job_name text NOT NULL,
        scheduled_for timestamptz NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        attempts integer NOT NULL DEFAULT 1,
        summary text,
        PRIMARY KEY (job_name, scheduled_for)
      )`);
    await db.query(`CREATE INDEX scheduled_job_runs_started_idx ON scheduled_job_runs (started_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE scheduled_job_runs`);
    await db.query(`DROP INDEX outbox_messages_email_idx`);
    await db.query(`DROP INDEX email_messages_queued_idx`);
    await db.query(`ALTER TABLE email_messages DROP COLUMN sending_until`);
  }
}
