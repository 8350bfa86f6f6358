import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SIAE's last day to send proofs again in the adversarial phase, before the campaign's end: the
 * days between are the DDETS's to review what was sent (the reference freezes submissions before the
 * end too). Campaigns already open take the default, 14 days before their end, never before the day
 * after the adversarial start.
 */
export class ControlAdversarialDeadline1763900001400 implements MigrationInterface {
  name = 'ControlAdversarialDeadline1763900001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE control_campaigns ADD COLUMN adversarial_deadline date`);
    // An adversarial phase of a single day leaves no day for the SIAE before the end: the end moves one day.
    await db.query(`UPDATE control_campaigns SET ends_on = adversarial_start + 2 WHERE ends_on < adversarial_start + 2`);
    await db.query(`UPDATE control_campaigns SET adversarial_deadline = GREATEST(ends_on - 14, adversarial_start + 1)`);
    await db.query(`
      ALTER TABLE control_campaigns
        ALTER COLUMN adversarial_deadline SET NOT NULL,
        ADD CONSTRAINT control_campaigns_adversarial_deadline CHECK (adversarial_start < adversarial_deadline AND adversarial_deadline < ends_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE control_campaigns DROP COLUMN adversarial_deadline`);
  }
}
