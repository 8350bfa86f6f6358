import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions: one per login, the refresh tokens of its rotation chain hang from it (their family id
 * becomes the session id), and every access token names it. Revoking the session (logout, a refresh
 * token replayed, a new password) refuses its access tokens at their next request.
 */
export class Sessions1763900002200 implements MigrationInterface {
  name = 'Sessions1763900002200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        last_refreshed_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sessions_revoked_reason_check CHECK (revoked_reason IN ('logout', 'reuse_detected', 'password_changed', 'disabled')),
        CONSTRAINT sessions_revocation_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await db.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);
    await db.query(`CREATE TRIGGER sessions_updated_at BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    // Each existing chain becomes a session, open while one of its tokens is.
    await db.query(`
      INSERT INTO sessions (id, user_id, expires_at, revoked_at, revoked_reason, created_at)
      SELECT family_id, min(user_id::text)::uuid, max(expires_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END,
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN 'logout' END,
             min(created_at)
        FROM refresh_tokens GROUP BY family_id`);
    await db.query(`ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_session_fk FOREIGN KEY (family_id) REFERENCES sessions(id) ON DELETE CASCADE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_tokens DROP CONSTRAINT IF EXISTS refresh_tokens_session_fk`);
    await db.query(`DROP TABLE IF EXISTS sessions`);
  }
}
