import { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform team's queue of prescriber organisations whose habilitation by law is still to check, oldest first. */
export class OrganizationsAwaitingAuthorization1763900002610 implements MigrationInterface {
  name = 'OrganizationsAwaitingAuthorization1763900002610';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX organizations_awaiting_authorization_idx ON organizations (created_at, id) WHERE family = 'prescriber' AND authorization_status = 'not_set'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS organizations_awaiting_authorization_idx`);
  }
}
