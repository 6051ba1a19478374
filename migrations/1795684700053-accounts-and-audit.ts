import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1795684700053 implements MigrationInterface {
  name = 'AccountsAndAudit1795684700053';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"role\" text NOT NULL, \"locale\" text NOT NULL DEFAULT 'ja', \"password_hash\" text, \"password_changed_at\" TIMESTAMP WITH TIME ZONE, \"active\" boolean NOT NULL DEFAULT true, \"deactivated_at\" TIMESTAMP WITH TIME ZONE, \"mfa_secret\" text, \"mfa_enabled_at\" TIMESTAMP WITH TIME ZONE, \"mfa_last_time_step\" bigint, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"uq_user_account_email\" UNIQUE (\"email\"), CONSTRAINT \"ck_user_account_locale\" CHECK (\"locale\" IN ('ja', 'en')), CONSTRAINT \"ck_user_account_role\" CHECK (\"role\" IN ('caseworker', 'supervisor', 'admin')), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"account_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"token_hash\" bytea NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_account_token_hash\" UNIQUE (\"token_hash\"), CONSTRAINT \"ck_account_token_purpose\" CHECK (\"purpose\" IN ('invitation', 'password-reset')), CONSTRAINT \"PK_a55842d3341d42534e39f85e931\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_account_token_user\" ON \"account_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"mfa_recovery_code\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" bytea NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cdbbb187d9498f3aee029649fbf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_mfa_recovery_code_user\" ON \"mfa_recovery_code\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" bytea NOT NULL, \"user_id\" uuid NOT NULL, \"state\" text NOT NULL, \"csrf_token\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ip\" inet, \"user_agent\" text, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" text, CONSTRAINT \"uq_session_token_hash\" UNIQUE (\"token_hash\"), CONSTRAINT \"ck_session_state\" CHECK (\"state\" IN ('active', 'mfa-pending', 'mfa-enrolment-required')), CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_session_user\" ON \"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"team\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_team_name\" UNIQUE (\"name\"), CONSTRAINT \"PK_f57d8293406df4af348402e4b74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"team_membership\" (\"team_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_team_membership_kind\" CHECK (\"kind\" IN ('member', 'supervisor')), CONSTRAINT \"PK_7c9b58ff793d53a2b4482238152\" PRIMARY KEY (\"team_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_team_membership_user\" ON \"team_membership\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_user_id\" uuid, \"actor_role\" text, \"action\" text NOT NULL, \"outcome\" text NOT NULL, \"target_type\" text, \"target_id\" uuid, \"client_id\" uuid, \"record_ids\" uuid array, \"changed_fields\" text array, \"ip\" inet, \"correlation_id\" text, \"reason\" text, \"details\" jsonb, CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_audit_event_client\" ON \"audit_event\"  (\"client_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_event_actor\" ON \"audit_event\"  (\"actor_user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_event_occurred\" ON \"audit_event\"  (\"occurred_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"account_token\" ADD CONSTRAINT \"fk_account_token_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" ADD CONSTRAINT \"fk_mfa_recovery_code_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"fk_session_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_membership\" ADD CONSTRAINT \"fk_team_membership_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_membership\" ADD CONSTRAINT \"fk_team_membership_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    // The audit trail is append-only: the database itself refuses to change or remove a line.
    await queryRunner.query(`CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query('CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()');
    await queryRunner.query('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()');
    // "Who saw this person's file" must also find list and search results.
    await queryRunner.query('CREATE INDEX "idx_audit_event_record_ids" ON "audit_event" USING gin ("record_ids")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_audit_event_record_ids"');
    await queryRunner.query('DROP TRIGGER audit_event_no_truncate ON "audit_event"');
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON "audit_event"');
    await queryRunner.query('DROP FUNCTION audit_event_refuse_change()');
    await queryRunner.query("ALTER TABLE \"team_membership\" DROP CONSTRAINT \"fk_team_membership_user\"");
    await queryRunner.query("ALTER TABLE \"team_membership\" DROP CONSTRAINT \"fk_team_membership_team\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"fk_session_user\"");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" DROP CONSTRAINT \"fk_mfa_recovery_code_user\"");
    await queryRunner.query("ALTER TABLE \"account_token\" DROP CONSTRAINT \"fk_account_token_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_event_occurred\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_event_actor\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_event_client\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_team_membership_user\"");
    await queryRunner.query("DROP TABLE \"team_membership\"");
    await queryRunner.query("DROP TABLE \"team\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_session_user\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_mfa_recovery_code_user\"");
    await queryRunner.query("DROP TABLE \"mfa_recovery_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_account_token_user\"");
    await queryRunner.query("DROP TABLE \"account_token\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
  }
}
