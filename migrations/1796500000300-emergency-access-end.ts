import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Emergency access can be ended before its hour is over; supervisors list it by time. */
export class EmergencyAccessEnd1796500000300 implements MigrationInterface {
  name = 'EmergencyAccessEnd1796500000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" ADD \"ended_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" ADD \"ended_by\" uuid");
    await queryRunner.query("CREATE INDEX \"idx_break_glass_granted\" ON \"break_glass_grant\"  (\"granted_at\", \"id\") ");
    await queryRunner.query(
      "ALTER TABLE \"break_glass_grant\" ADD CONSTRAINT \"fk_break_glass_ended_by\" FOREIGN KEY (\"ended_by\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" DROP CONSTRAINT \"fk_break_glass_ended_by\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_break_glass_granted\"");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" DROP COLUMN \"ended_by\"");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" DROP COLUMN \"ended_at\"");
  }
}
