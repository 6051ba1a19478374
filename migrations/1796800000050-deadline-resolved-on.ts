import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deadline keeps the real-world day it was met or missed (`resolved_on`), apart from the moment
 * it was recorded (`resolved_at`): the reports count a deadline met before its due date or late by
 * the day of the act, and a caseworker often records today a filing done last week.
 *
 * Until now that day was only written into `resolution`, always by the code and from a checked
 * date: `met on 2025-03-02` (the procedure's facts), `met on 2025-03-02: <note>` (a caseworker
 * marking it met), `missed on 2025-03-02`. Those rows take the date from their text. A met or
 * missed deadline whose text is gone (anonymisation erased it) takes the day it was recorded, in
 * Japan: the act was done on or before that day, so such a deadline is never counted met on time
 * when it may not have been. Waived and superseded deadlines stay null: no act met them.
 */
export class DeadlineResolvedOn1796800000050 implements MigrationInterface {
  name = 'DeadlineResolvedOn1796800000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline" ADD "resolved_on" date`);
    await queryRunner.query(
      `UPDATE "deadline"
          SET "resolved_on" = substring("resolution" from '^(?:met|missed) on (\\d{4}-\\d{2}-\\d{2})')::date
        WHERE "status" IN ('met', 'missed') AND "resolution" ~ ('^' || "status" || ' on \\d{4}-\\d{2}-\\d{2}')`,
    );
    // The application's time zone is Japan's whatever the server's (JAPAN_TIME_ZONE in libs/domain).
    await queryRunner.query(
      `UPDATE "deadline"
          SET "resolved_on" = ("resolved_at" AT TIME ZONE 'Asia/Tokyo')::date
        WHERE "status" IN ('met', 'missed') AND "resolved_on" IS NULL AND "resolved_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "resolved_on"`);
  }
}
