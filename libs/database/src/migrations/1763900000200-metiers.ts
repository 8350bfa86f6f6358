import { MigrationInterface, QueryRunner } from 'typeorm';

/** ROME domains, métiers and appellations (filled by the métiers work). */
export class Metiers1763900000200 implements MigrationInterface {
  name = 'Metiers1763900000200';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
