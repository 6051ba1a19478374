import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaughtMail1795685003531 implements MigrationInterface {
  name = 'CaughtMail1795685003531';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"caught_mail\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"envelope_from\" text NOT NULL, \"envelope_to\" text array NOT NULL, \"subject\" text NOT NULL, \"message_id\" text, \"text_body\" text NOT NULL, \"html_body\" text, CONSTRAINT \"PK_34e75a576d5230ae1850e33e0bd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_caught_mail_received\" ON \"caught_mail\"  (\"received_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"idx_caught_mail_received\"");
    await queryRunner.query("DROP TABLE \"caught_mail\"");
  }
}
