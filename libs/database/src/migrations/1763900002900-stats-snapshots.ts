import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilotage figures of the default period (the last 12 months), computed in the background every hour for the
 * country, each région and each département, and read back in one row (issue 15: a national set in ≤ 300 ms).
 * `today` is part of the key: the stocks are counted on that day, and the default period ends on it.
 */
export class StatsSnapshots1763900002900 implements MigrationInterface {
  name = 'StatsSnapshots1763900002900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stats_snapshots (
        question text NOT NULL,
        territory text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        today date NOT NULL,
        computed_at timestamptz NOT NULL,
        data jsonb NOT NULL,
        PRIMARY KEY (question, territory, period_from, period_to, today)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS stats_snapshots`);
  }
}
