import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team view counts each team's open files left without a primary caseworker (theirs left the
 * team). They are few: a partial index holds just those, instead of scanning every open file of
 * the team on each team-view request.
 */
export class UnassignedFiles1796500000500 implements MigrationInterface {
  name = 'UnassignedFiles1796500000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_client_unassigned" ON "client" ("team_id") WHERE status = 'open' AND primary_user_id IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_client_unassigned"`);
  }
}
