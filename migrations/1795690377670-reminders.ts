import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795690377670 implements MigrationInterface {
  name = 'Reminders1795690377670';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"reminder_policy\" (\"target\" text NOT NULL, \"lead_days\" integer array NOT NULL, \"on_recording\" boolean NOT NULL DEFAULT false, \"daily_until_due\" boolean NOT NULL DEFAULT false, \"send_at_hour\" integer NOT NULL DEFAULT '9', \"send_at_minute\" integer NOT NULL DEFAULT '0', \"enabled\" boolean NOT NULL DEFAULT true, \"updated_by\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"PK_9579eb1572a0c1f2c57f611d201\" PRIMARY KEY (\"target\"))");
    await queryRunner.query("CREATE TABLE \"reminder\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"deadline_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"recipient_user_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"send_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" text NOT NULL DEFAULT 'planned', \"attempts\" integer NOT NULL DEFAULT '0', \"claimed_at\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"message_id\" text, \"last_error\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_reminder_purpose\" CHECK (\"purpose\" IN ('owner', 'escalation', 'delivery-failure')), CONSTRAINT \"ck_reminder_status\" CHECK (\"status\" IN ('planned', 'sending', 'sent', 'failed', 'cancelled')), CONSTRAINT \"PK_9ec029d17cb8dece186b9221ede\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_reminder_sent\" ON \"reminder\"  (\"sent_at\") WHERE \"status\" = 'sent'");
    await queryRunner.query("CREATE INDEX \"idx_reminder_deadline\" ON \"reminder\"  (\"deadline_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_reminder_due\" ON \"reminder\"  (\"send_at\") WHERE \"status\" IN ('planned', 'sending')");
    await queryRunner.query("CREATE TABLE \"supervisor_digest\" (\"supervisor_id\" uuid NOT NULL, \"digest_date\" date NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"message_id\" text, \"overdue\" integer NOT NULL, \"at_risk\" integer NOT NULL, CONSTRAINT \"PK_1bb17157441895a45646d0d6396\" PRIMARY KEY (\"supervisor_id\", \"digest_date\"))");
    await queryRunner.query("ALTER TABLE \"reminder\" ADD CONSTRAINT \"fk_reminder_deadline\" FOREIGN KEY (\"deadline_id\") REFERENCES \"deadline\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reminder\" ADD CONSTRAINT \"fk_reminder_recipient\" FOREIGN KEY (\"recipient_user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Default policies (issue 6): administrators change them in the dashboard.
    await queryRunner.query(`INSERT INTO "reminder_policy" ("target", "lead_days", "on_recording", "daily_until_due", "version") VALUES
        ('deadline:landing-six-months', '{60,30,14,7,3,1}', false, false, 1),
        ('deadline:review-request', '{}', true, true, 1),
        ('deadline:revocation-suit', '{60,30,14,7,3,1}', false, false, 1),
        ('deadline:court-appeal', '{7,3,2,1}', true, false, 1),
        ('deadline:oral-hearing-request', '{}', true, true, 1),
        ('deadline:objection', '{}', true, true, 1),
        ('deadline:residence-renewal', '{90,60,30,14,7,3,1}', false, false, 1),
        ('deadline:provisional-stay-renewal', '{10,7,3,1}', false, false, 1),
        ('deadline:supervision-report', '{7,3,1}', false, false, 1),
        ('deadline:supervisor-event-report', '{3,1}', true, false, 1),
        ('deadline:provisional-release-extension', '{14,7,3,1}', false, false, 1),
        ('deadline:isa-set-date', '{7,3,1}', false, false, 1),
        ('appointment:refugee-inquirer-interview', '{7,2,1}', false, false, 1),
        ('appointment:oral-opinion-hearing', '{7,2,1}', false, false, 1),
        ('appointment:court-date', '{7,2,1}', false, false, 1),
        ('appointment:reporting-date', '{3,1}', false, false, 1),
        ('appointment:lawyer-meeting', '{2,1}', false, false, 1),
        ('appointment:other', '{1}', false, false, 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"reminder\" DROP CONSTRAINT \"fk_reminder_recipient\"");
    await queryRunner.query("ALTER TABLE \"reminder\" DROP CONSTRAINT \"fk_reminder_deadline\"");
    await queryRunner.query("DROP TABLE \"supervisor_digest\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_reminder_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_reminder_deadline\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_reminder_sent\"");
    await queryRunner.query("DROP TABLE \"reminder\"");
    await queryRunner.query("DROP TABLE \"reminder_policy\"");
  }
}
