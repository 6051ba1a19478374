import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting store (libs/reports, issue 14): the facts the worker rebuilds from the case files
 * and every report aggregates, and the refreshes that name each data version. No foreign keys:
 * the facts are derived and rebuilt whole, never edited, and a deleted source row simply drops
 * out at the next refresh. The runtime role gets its rights on these tables through the default
 * privileges the owner grants (grantRuntimePrivileges); the refresh empties them with DELETE,
 * which it has, not TRUNCATE, which it has not.
 */
export class Reports1796800000100 implements MigrationInterface {
  name = 'Reports1796800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"report_refresh\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"as_of_date\" date NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"duration_ms\" integer NOT NULL, \"counts\" jsonb NOT NULL, CONSTRAINT \"PK_5bbbe51b56f484dd501b0089d3f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"report_file_fact\" (\"client_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"primary_user_id\" uuid, \"status\" text NOT NULL, \"opened_on\" date NOT NULL, \"closed_on\" date, \"nationality\" text, \"gender\" text, \"age_band\" text NOT NULL, \"vulnerable\" boolean NOT NULL, \"has_open_deadline\" boolean NOT NULL, \"last_contact_on\" date, \"missing_documents\" integer NOT NULL DEFAULT '0', \"untranslated_documents\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_45cad28086c0e5dcc8109f6e58a\" PRIMARY KEY (\"client_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_file_fact_team\" ON \"report_file_fact\"  (\"team_id\", \"opened_on\") ");
    await queryRunner.query("CREATE TABLE \"report_event_fact\" (\"transition_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"application_no\" integer, \"team_id\" uuid NOT NULL, \"primary_user_id\" uuid, \"kind\" text NOT NULL, \"event_on\" date NOT NULL, CONSTRAINT \"PK_182e86cab5bb90b670ae727668a\" PRIMARY KEY (\"transition_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_event_fact_on\" ON \"report_event_fact\"  (\"event_on\") ");
    await queryRunner.query("CREATE INDEX \"idx_report_event_fact_team\" ON \"report_event_fact\"  (\"team_id\", \"event_on\") ");
    await queryRunner.query("CREATE TABLE \"report_interval_fact\" (\"application_id\" uuid NOT NULL, \"interval\" text NOT NULL, \"client_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"primary_user_id\" uuid, \"ends_on\" date NOT NULL, \"days\" integer NOT NULL, CONSTRAINT \"ck_report_interval_fact_days\" CHECK (\"days\" >= 0), CONSTRAINT \"PK_621ab5f76839048ce6971a0a99a\" PRIMARY KEY (\"application_id\", \"interval\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_interval_fact_team\" ON \"report_interval_fact\"  (\"team_id\", \"ends_on\") ");
    await queryRunner.query("CREATE TABLE \"report_deadline_fact\" (\"deadline_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"primary_user_id\" uuid, \"kind\" text NOT NULL, \"due_on\" date NOT NULL, \"outcome\" text NOT NULL, \"overridden\" boolean NOT NULL, \"resolved_on\" date, CONSTRAINT \"PK_aa9b06cf0d69e5cee592207f664\" PRIMARY KEY (\"deadline_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_deadline_fact_due\" ON \"report_deadline_fact\"  (\"due_on\") ");
    await queryRunner.query("CREATE INDEX \"idx_report_deadline_fact_team\" ON \"report_deadline_fact\"  (\"team_id\", \"due_on\") ");
    await queryRunner.query("CREATE TABLE \"report_reminder_month\" (\"month\" date NOT NULL, \"team_id\" uuid NOT NULL, \"sent\" integer NOT NULL, \"failed\" integer NOT NULL, \"escalated\" integer NOT NULL, CONSTRAINT \"PK_e4d824cbf2bab60782520f2c0b1\" PRIMARY KEY (\"month\", \"team_id\"))");
    await queryRunner.query("CREATE TABLE \"report_referral_fact\" (\"referral_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"team_id\" uuid NOT NULL, \"primary_user_id\" uuid, \"service_kind\" text NOT NULL, \"status\" text NOT NULL, \"sent_on\" date, \"answered_on\" date, CONSTRAINT \"PK_7b9ea1f972e75755804580c97e5\" PRIMARY KEY (\"referral_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_report_referral_fact_team\" ON \"report_referral_fact\"  (\"team_id\", \"sent_on\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_referral_fact_team\"");
    await queryRunner.query("DROP TABLE \"report_referral_fact\"");
    await queryRunner.query("DROP TABLE \"report_reminder_month\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_deadline_fact_team\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_deadline_fact_due\"");
    await queryRunner.query("DROP TABLE \"report_deadline_fact\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_interval_fact_team\"");
    await queryRunner.query("DROP TABLE \"report_interval_fact\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_event_fact_team\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_event_fact_on\"");
    await queryRunner.query("DROP TABLE \"report_event_fact\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_report_file_fact_team\"");
    await queryRunner.query("DROP TABLE \"report_file_fact\"");
    await queryRunner.query("DROP TABLE \"report_refresh\"");
  }
}
