import { MigrationInterface, QueryRunner } from 'typeorm';

/** The optional notifications a member switched off, per organisation (a row means "off"). */
export class NotificationPreferences1763900000900 implements MigrationInterface {
  name = 'NotificationPreferences1763900000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        notification text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, organization_id, notification)
      )`);
    await db.query(`CREATE INDEX notification_preferences_organization_idx ON notification_preferences (organization_id, notification)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS notification_preferences`);
  }
}
