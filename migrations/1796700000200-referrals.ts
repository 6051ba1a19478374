import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1796700000200 implements MigrationInterface {
  name = 'Referrals1796700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"referral_consent\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"partner_id\" uuid, \"service_kind\" text, \"given_on\" date NOT NULL, \"scope\" text NOT NULL, \"withdrawn_on\" date, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_referral_consent_withdrawal\" CHECK (\"withdrawn_on\" IS NULL OR \"withdrawn_on\" >= \"given_on\"), CONSTRAINT \"ck_referral_consent_kind\" CHECK (\"service_kind\" IS NULL OR \"service_kind\" IN ('housing', 'living-allowance', 'legal-aid', 'immigration-paperwork', 'japanese-language', 'employment', 'health', 'psychosocial', 'education', 'other')), CONSTRAINT \"ck_referral_consent_target\" CHECK ((\"partner_id\" IS NULL) <> (\"service_kind\" IS NULL)), CONSTRAINT \"PK_909aaaac3c4e83d14ba7992c23d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_referral_consent_client\" ON \"referral_consent\"  (\"client_id\") ");
    await queryRunner.query("CREATE TABLE \"referral\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" SERIAL NOT NULL, \"client_id\" uuid NOT NULL, \"service_id\" uuid, \"partner_id\" uuid, \"internal_service\" text, \"service_kind\" text NOT NULL, \"programme\" text, \"reason\" text NOT NULL, \"urgency\" text NOT NULL, \"shared_fields\" text array NOT NULL DEFAULT '{}', \"letter_locale\" text NOT NULL DEFAULT 'ja', \"status\" text NOT NULL DEFAULT 'draft', \"shared_rows\" jsonb, \"sent_on\" date, \"follow_up_on\" date, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"decline_reason\" text, \"outcome\" text, \"partner_note\" text, \"appointment_id\" uuid, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"UQ_60efe151a39ea69306b06473113\" UNIQUE (\"number\"), CONSTRAINT \"ck_referral_target\" CHECK ((\"service_id\" IS NULL) = (\"partner_id\" IS NULL) AND ((\"service_id\" IS NULL) = (\"internal_service\" IS NOT NULL))), CONSTRAINT \"ck_referral_fields\" CHECK (\"shared_fields\" <@ ARRAY['name', 'nativeName', 'dateOfBirth', 'gender', 'nationality', 'languages', 'interpreter', 'phone', 'email', 'address', 'procedureStage', 'residenceStatus', 'workAllowed', 'vulnerabilities']::text[]), CONSTRAINT \"ck_referral_locale\" CHECK (\"letter_locale\" IN ('ja', 'en')), CONSTRAINT \"ck_referral_programme\" CHECK (\"programme\" IS NULL OR \"programme\" IN ('rhq-protection-allowance', 'rhq-settlement-programme', 'jfba-legal-aid')), CONSTRAINT \"ck_referral_kind\" CHECK (\"service_kind\" IN ('housing', 'living-allowance', 'legal-aid', 'immigration-paperwork', 'japanese-language', 'employment', 'health', 'psychosocial', 'education', 'other')), CONSTRAINT \"ck_referral_urgency\" CHECK (\"urgency\" IN ('today', 'this-week', 'routine')), CONSTRAINT \"ck_referral_status\" CHECK (\"status\" IN ('draft', 'sent', 'acknowledged', 'accepted', 'declined', 'in-progress', 'completed', 'cancelled')), CONSTRAINT \"PK_a2d3e935a6591168066defec5ad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_referral_waiting\" ON \"referral\"  (\"created_by\", \"follow_up_on\") WHERE \"status\" IN ('sent', 'acknowledged')");
    await queryRunner.query("CREATE INDEX \"idx_referral_client\" ON \"referral\"  (\"client_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"referral_reply_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"referral_id\" uuid NOT NULL, \"token_hash\" bytea NOT NULL, \"sent_to\" text NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"mailed_at\" TIMESTAMP WITH TIME ZONE, \"mail_failed_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_cbcd250beada16581cfb1bdf3e2\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_a4dd185c75a758c0541fdf253cb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_referral_reply_token_referral\" ON \"referral_reply_token\"  (\"referral_id\") ");
    await queryRunner.query("ALTER TABLE \"referral_consent\" ADD CONSTRAINT \"fk_referral_consent_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_consent\" ADD CONSTRAINT \"fk_referral_consent_partner\" FOREIGN KEY (\"partner_id\") REFERENCES \"partner_organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_consent\" ADD CONSTRAINT \"fk_referral_consent_recorded_by\" FOREIGN KEY (\"recorded_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"fk_referral_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"fk_referral_service\" FOREIGN KEY (\"service_id\") REFERENCES \"partner_service\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"fk_referral_partner\" FOREIGN KEY (\"partner_id\") REFERENCES \"partner_organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"fk_referral_appointment\" FOREIGN KEY (\"appointment_id\") REFERENCES \"appointment\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"fk_referral_created_by\" FOREIGN KEY (\"created_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_reply_token\" ADD CONSTRAINT \"fk_referral_reply_token_referral\" FOREIGN KEY (\"referral_id\") REFERENCES \"referral\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_reply_token\" ADD CONSTRAINT \"fk_referral_reply_token_revoked_by\" FOREIGN KEY (\"revoked_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // A sent referral without an answer: a reminder on the follow-up day itself (it is already
    // counted in business days from sending), then the daily overdue digest takes over.
    await queryRunner.query(`INSERT INTO "reminder_policy" ("target", "lead_days", "on_recording", "daily_until_due", "version") VALUES
        ('deadline:referral-follow-up', '{0}', false, false, 1)
      ON CONFLICT ("target") DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reminder_policy" WHERE "target" = 'deadline:referral-follow-up'`);
    await queryRunner.query("ALTER TABLE \"referral_reply_token\" DROP CONSTRAINT \"fk_referral_reply_token_revoked_by\"");
    await queryRunner.query("ALTER TABLE \"referral_reply_token\" DROP CONSTRAINT \"fk_referral_reply_token_referral\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"fk_referral_created_by\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"fk_referral_appointment\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"fk_referral_partner\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"fk_referral_service\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"fk_referral_client\"");
    await queryRunner.query("ALTER TABLE \"referral_consent\" DROP CONSTRAINT \"fk_referral_consent_recorded_by\"");
    await queryRunner.query("ALTER TABLE \"referral_consent\" DROP CONSTRAINT \"fk_referral_consent_partner\"");
    await queryRunner.query("ALTER TABLE \"referral_consent\" DROP CONSTRAINT \"fk_referral_consent_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_referral_reply_token_referral\"");
    await queryRunner.query("DROP TABLE \"referral_reply_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_referral_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_referral_waiting\"");
    await queryRunner.query("DROP TABLE \"referral\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_referral_consent_client\"");
    await queryRunner.query("DROP TABLE \"referral_consent\"");
  }
}
