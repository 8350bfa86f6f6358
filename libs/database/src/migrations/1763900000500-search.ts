import { MigrationInterface, QueryRunner } from 'typeorm';

/** The embedded PostgreSQL search engine's index tables (filled by the search work). */
export class Search1763900000500 implements MigrationInterface {
  name = 'Search1763900000500';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
