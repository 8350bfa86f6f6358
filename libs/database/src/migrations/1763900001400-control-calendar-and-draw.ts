import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two changes to the control campaigns.
 * - The SIAE's last day to send proofs again in the adversarial phase, before the campaign's end: the
 *   days between are the DDETS's to review what was sent (the reference freezes submissions before the
 *   end too). Campaigns already open take the default, 14 days before their end, never before the day
 *   after the adversarial start.
 * - The seed of the draw is drawn when the draw is confirmed, not when the campaign is opened: known
 *   before, it let the DDETS try each ratio and pick its outcome. The drafts lose the seed they showed.
 */
export class ControlCalendarAndDraw1763900001400 implements MigrationInterface {
  name = 'ControlCalendarAndDraw1763900001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE control_campaigns ADD COLUMN adversarial_deadline date`);
    // An adversarial phase of a single day leaves no day for the SIAE before the end: the end moves one day.
    await db.query(`UPDATE control_campaigns SET ends_on = adversarial_start + 2 WHERE ends_on < adversarial_start + 2`);
    await db.query(`UPDATE control_campaigns SET adversarial_deadline = GREATEST(ends_on - 14, adversarial_start + 1)`);
    await db.query(`
      ALTER TABLE control_campaigns
        ALTER COLUMN adversarial_deadline SET NOT NULL,
        ADD CONSTRAINT control_campaigns_adversarial_deadline CHECK (adversarial_start < adversarial_deadline AND adversarial_deadline < ends_on)`);

    await db.query(`ALTER TABLE control_campaigns ALTER COLUMN seed DROP NOT NULL`);
    await db.query(`UPDATE control_campaigns SET seed = NULL WHERE state = 'draft'`);
    await db.query(`ALTER TABLE control_campaigns ADD CONSTRAINT control_campaigns_seed_drawn CHECK ((state = 'draft') = (seed IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE control_campaigns DROP CONSTRAINT control_campaigns_seed_drawn`);
    await db.query(`UPDATE control_campaigns SET seed = floor(random() * 2147483648)::int WHERE seed IS NULL`);
    await db.query(`ALTER TABLE control_campaigns ALTER COLUMN seed SET NOT NULL`);
    await db.query(`ALTER TABLE control_campaigns DROP COLUMN adversarial_deadline`);
  }
}
