import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence documents (libs/documents): documents and their encrypted versions, submissions, ISA's
 * requests for materials and the checklist templates (seeded by the api at start, not here: the
 * defaults live in libs/domain and may gain versions). Reminders for the two new deadline kinds:
 * ISA's due date for materials, and the date a translator promised.
 */
export class EvidenceDocuments1796600000100 implements MigrationInterface {
  name = 'EvidenceDocuments1796600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"checklist_template\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"step\" text NOT NULL, \"version\" integer NOT NULL, \"content\" jsonb NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_checklist_template_step_version\" UNIQUE (\"step\", \"version\"), CONSTRAINT \"ck_checklist_template_step\" CHECK (\"step\" IN ('first-application', 'subsequent-application', 'review-request', 'revocation-suit', 'provisional-release-extension')), CONSTRAINT \"PK_894b21b07d6fa016cfbf2dba947\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"category\" text NOT NULL, \"title\" text NOT NULL, \"language\" text NOT NULL, \"document_date\" date, \"sensitive\" boolean NOT NULL DEFAULT false, \"for_submission\" boolean NOT NULL DEFAULT false, \"checklist_item_key\" text, \"translation_of_id\" uuid, \"translation_status\" text NOT NULL DEFAULT 'not-needed', \"translator_name\" text, \"translation_due_date\" date, \"translation_signed_on\" date, \"version_count\" integer NOT NULL DEFAULT '0', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_document_translation_status\" CHECK (\"translation_status\" IN ('not-needed', 'needed', 'requested', 'draft', 'checked', 'signed')), CONSTRAINT \"ck_document_language\" CHECK (\"language\" ~ '^[a-z]{2}$'), CONSTRAINT \"ck_document_category\" CHECK (\"category\" IN ('identity', 'personal-statement', 'persecution-evidence', 'medical', 'country-information', 'isa-notice', 'court-document', 'support-letter', 'photograph', 'other')), CONSTRAINT \"PK_e57d3357f83f3cdc0acffc3d777\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_document_translation_of\" ON \"document\"  (\"translation_of_id\") WHERE \"translation_of_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"idx_document_application\" ON \"document\"  (\"application_id\") WHERE \"application_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"idx_document_client\" ON \"document\"  (\"client_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"document_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"document_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"storage_key\" text NOT NULL, \"wrapped_key\" bytea, \"master_key_id\" text NOT NULL, \"sha256\" text NOT NULL, \"size_bytes\" bigint NOT NULL, \"media_type\" text NOT NULL, \"original_name\" text, \"uploaded_by\" uuid, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"destroyed_at\" TIMESTAMP WITH TIME ZONE, \"destroyed_reason\" text, CONSTRAINT \"UQ_cdb8c2d8bd717e96c205aa1bfed\" UNIQUE (\"storage_key\"), CONSTRAINT \"uq_document_version_number\" UNIQUE (\"document_id\", \"number\"), CONSTRAINT \"PK_a4c39c95456c5dbb2e96cca713c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_document_version_client\" ON \"document_version\"  (\"client_id\") ");
    await queryRunner.query("CREATE TABLE \"document_submission\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"document_id\" uuid NOT NULL, \"version_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"submitted_to\" text NOT NULL, \"submitted_on\" date NOT NULL, \"note\" text, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_document_submission_target\" CHECK (\"submitted_to\" IN ('isa', 'review', 'court')), CONSTRAINT \"PK_427db399e2c430b7d5f5ee2f4ff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_document_submission_client\" ON \"document_submission\"  (\"client_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_document_submission_document\" ON \"document_submission\"  (\"document_id\", \"submitted_on\") ");
    await queryRunner.query("CREATE TABLE \"materials_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"received_on\" date NOT NULL, \"due_date\" date NOT NULL, \"description\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'open', \"resolved_on\" date, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_materials_request_status\" CHECK (\"status\" IN ('open', 'answered', 'withdrawn')), CONSTRAINT \"PK_7325253493f8b66a35a27c711da\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_materials_request_client\" ON \"materials_request\"  (\"client_id\", \"due_date\") ");
    await queryRunner.query("ALTER TABLE \"checklist_template\" ADD CONSTRAINT \"fk_checklist_template_created_by\" FOREIGN KEY (\"created_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document\" ADD CONSTRAINT \"fk_document_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document\" ADD CONSTRAINT \"fk_document_application\" FOREIGN KEY (\"application_id\") REFERENCES \"protection_application\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document\" ADD CONSTRAINT \"fk_document_translation_of\" FOREIGN KEY (\"translation_of_id\") REFERENCES \"document\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document\" ADD CONSTRAINT \"fk_document_created_by\" FOREIGN KEY (\"created_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_version\" ADD CONSTRAINT \"fk_document_version_document\" FOREIGN KEY (\"document_id\") REFERENCES \"document\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_version\" ADD CONSTRAINT \"fk_document_version_uploaded_by\" FOREIGN KEY (\"uploaded_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_submission\" ADD CONSTRAINT \"fk_document_submission_document\" FOREIGN KEY (\"document_id\") REFERENCES \"document\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_submission\" ADD CONSTRAINT \"fk_document_submission_version\" FOREIGN KEY (\"version_id\") REFERENCES \"document_version\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_submission\" ADD CONSTRAINT \"fk_document_submission_application\" FOREIGN KEY (\"application_id\") REFERENCES \"protection_application\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_submission\" ADD CONSTRAINT \"fk_document_submission_recorded_by\" FOREIGN KEY (\"recorded_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"materials_request\" ADD CONSTRAINT \"fk_materials_request_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"materials_request\" ADD CONSTRAINT \"fk_materials_request_application\" FOREIGN KEY (\"application_id\") REFERENCES \"protection_application\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"materials_request\" ADD CONSTRAINT \"fk_materials_request_created_by\" FOREIGN KEY (\"created_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query(`INSERT INTO "reminder_policy" ("target", "lead_days", "on_recording", "daily_until_due", "version") VALUES
        ('deadline:materials-request', '{7,3,1}', true, false, 1),
        ('deadline:translation-due', '{7,3,1}', false, false, 1)
      ON CONFLICT ("target") DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "reminder_policy" WHERE "target" IN ('deadline:materials-request', 'deadline:translation-due')`);
    await queryRunner.query("ALTER TABLE \"materials_request\" DROP CONSTRAINT \"fk_materials_request_created_by\"");
    await queryRunner.query("ALTER TABLE \"materials_request\" DROP CONSTRAINT \"fk_materials_request_application\"");
    await queryRunner.query("ALTER TABLE \"materials_request\" DROP CONSTRAINT \"fk_materials_request_client\"");
    await queryRunner.query("ALTER TABLE \"document_submission\" DROP CONSTRAINT \"fk_document_submission_recorded_by\"");
    await queryRunner.query("ALTER TABLE \"document_submission\" DROP CONSTRAINT \"fk_document_submission_application\"");
    await queryRunner.query("ALTER TABLE \"document_submission\" DROP CONSTRAINT \"fk_document_submission_version\"");
    await queryRunner.query("ALTER TABLE \"document_submission\" DROP CONSTRAINT \"fk_document_submission_document\"");
    await queryRunner.query("ALTER TABLE \"document_version\" DROP CONSTRAINT \"fk_document_version_uploaded_by\"");
    await queryRunner.query("ALTER TABLE \"document_version\" DROP CONSTRAINT \"fk_document_version_document\"");
    await queryRunner.query("ALTER TABLE \"document\" DROP CONSTRAINT \"fk_document_created_by\"");
    await queryRunner.query("ALTER TABLE \"document\" DROP CONSTRAINT \"fk_document_translation_of\"");
    await queryRunner.query("ALTER TABLE \"document\" DROP CONSTRAINT \"fk_document_application\"");
    await queryRunner.query("ALTER TABLE \"document\" DROP CONSTRAINT \"fk_document_client\"");
    await queryRunner.query("ALTER TABLE \"checklist_template\" DROP CONSTRAINT \"fk_checklist_template_created_by\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_materials_request_client\"");
    await queryRunner.query("DROP TABLE \"materials_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_submission_document\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_submission_client\"");
    await queryRunner.query("DROP TABLE \"document_submission\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_version_client\"");
    await queryRunner.query("DROP TABLE \"document_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_application\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_translation_of\"");
    await queryRunner.query("DROP TABLE \"document\"");
    await queryRunner.query("DROP TABLE \"checklist_template\"");
  }
}
