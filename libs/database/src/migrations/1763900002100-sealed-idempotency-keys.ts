import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys are now claimed in the transaction of the work they protect, and keep only a sealed
 * answer (a creation's answer may hold a NIR) under a name derived from the caller and their key. Rows of
 * the old layout (clear answers, keys left "in progress" by crashes) cannot be read by the new code.
 */
export class SealedIdempotencyKeys1763900002100 implements MigrationInterface {
  name = 'SealedIdempotencyKeys1763900002100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM idempotency_keys`);
    await db.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_scope_key_unique`);
    await db.query(`ALTER TABLE idempotency_keys DROP COLUMN scope, DROP COLUMN response_body, ADD COLUMN response_sealed bytea`);
    await db.query(`ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_key_unique UNIQUE (key)`);
    await db.query(`COMMENT ON COLUMN idempotency_keys.key IS 'HMAC of the caller and their Idempotency-Key; never the key itself'`);
    await db.query(`COMMENT ON COLUMN idempotency_keys.response_sealed IS 'AES-256-GCM of the answer, with a key derived from the client''s key'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM idempotency_keys`);
    await db.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_key_unique`);
    await db.query(`ALTER TABLE idempotency_keys DROP COLUMN response_sealed, ADD COLUMN scope text NOT NULL, ADD COLUMN response_body jsonb`);
    await db.query(`ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_scope_key_unique UNIQUE (scope, key)`);
  }
}
