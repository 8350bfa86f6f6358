import { MigrationInterface, QueryRunner } from 'typeorm';

/** Régions, départements and communes with their centre points (filled by the territory work). */
export class Territory1763900000100 implements MigrationInterface {
  name = 'Territory1763900000100';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
