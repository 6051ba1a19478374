import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the api processes LISTEN on (PRINCIPAL_CHANGES_CHANNEL in libs/accounts). */
const CHANNEL = 'yorisoi_principal_changed';

/**
 * Each api process keeps the principals it resolved from session cookies for a few seconds
 * (SessionCache). These triggers tell every api at once when one may have changed: a session
 * ended, replaced or moved back in time; a user deactivated, given another role, name, language
 * or second factor; a team membership or an emergency access grant added, changed or removed.
 * The payload is the user's id, nothing else.
 *
 * Triggers rather than the code that makes the change: no write path can forget them (the worker,
 * a script, an administrator in psql, a cascade), and PostgreSQL delivers a notification only
 * when the transaction that made it commits, never for one that rolls back.
 *
 * `last_seen_at` moving forward is the sessions' own touch, once a minute: not a change.
 */
export class PrincipalChangeNotifications1796900000100 implements MigrationInterface {
  name = 'PrincipalChangeNotifications1796900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV[0] names the column holding the user's id; an UPDATE that moves a row from one
    // user to another tells both.
    await queryRunner.query(`
      CREATE FUNCTION "notify_principal_changed"() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      DECLARE
        old_user text;
        new_user text;
      BEGIN
        IF TG_OP <> 'INSERT' THEN old_user := to_jsonb(OLD) ->> TG_ARGV[0]; END IF;
        IF TG_OP <> 'DELETE' THEN new_user := to_jsonb(NEW) ->> TG_ARGV[0]; END IF;
        IF new_user IS NOT NULL THEN PERFORM pg_notify('${CHANNEL}', new_user); END IF;
        IF old_user IS NOT NULL AND old_user IS DISTINCT FROM new_user THEN PERFORM pg_notify('${CHANNEL}', old_user); END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_session_principal_changed" AFTER UPDATE ON "session" FOR EACH ROW
        WHEN (OLD."revoked_at" IS DISTINCT FROM NEW."revoked_at" OR OLD."token_hash" <> NEW."token_hash" OR OLD."state" <> NEW."state"
              OR OLD."csrf_token" <> NEW."csrf_token" OR OLD."expires_at" <> NEW."expires_at" OR NEW."last_seen_at" < OLD."last_seen_at"
              OR OLD."user_id" <> NEW."user_id")
        EXECUTE FUNCTION "notify_principal_changed"('user_id')`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_session_principal_removed" AFTER DELETE ON "session" FOR EACH ROW
        EXECUTE FUNCTION "notify_principal_changed"('user_id')`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_user_principal_changed" AFTER UPDATE ON "user_account" FOR EACH ROW
        WHEN (OLD."active" IS DISTINCT FROM NEW."active" OR OLD."role" IS DISTINCT FROM NEW."role" OR OLD."email" IS DISTINCT FROM NEW."email"
              OR OLD."display_name" IS DISTINCT FROM NEW."display_name" OR OLD."locale" IS DISTINCT FROM NEW."locale"
              OR OLD."mfa_enabled_at" IS DISTINCT FROM NEW."mfa_enabled_at")
        EXECUTE FUNCTION "notify_principal_changed"('id')`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_user_principal_removed" AFTER DELETE ON "user_account" FOR EACH ROW
        EXECUTE FUNCTION "notify_principal_changed"('id')`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_team_membership_principal_changed" AFTER INSERT OR UPDATE OR DELETE ON "team_membership" FOR EACH ROW
        EXECUTE FUNCTION "notify_principal_changed"('user_id')`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_break_glass_principal_changed" AFTER INSERT OR UPDATE OR DELETE ON "break_glass_grant" FOR EACH ROW
        EXECUTE FUNCTION "notify_principal_changed"('user_id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_break_glass_principal_changed" ON "break_glass_grant"`);
    await queryRunner.query(`DROP TRIGGER "trg_team_membership_principal_changed" ON "team_membership"`);
    await queryRunner.query(`DROP TRIGGER "trg_user_principal_removed" ON "user_account"`);
    await queryRunner.query(`DROP TRIGGER "trg_user_principal_changed" ON "user_account"`);
    await queryRunner.query(`DROP TRIGGER "trg_session_principal_removed" ON "session"`);
    await queryRunner.query(`DROP TRIGGER "trg_session_principal_changed" ON "session"`);
    await queryRunner.query(`DROP FUNCTION "notify_principal_changed"()`);
  }
}
