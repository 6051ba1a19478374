import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StepCorrections1795689593257 implements MigrationInterface {
  name = 'StepCorrections1795689593257';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"stage_transition\" ADD \"state_before\" jsonb");
    await queryRunner.query("ALTER TABLE \"stage_transition\" ADD \"corrects_id\" uuid");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"stage_transition\" DROP COLUMN \"corrects_id\"");
    await queryRunner.query("ALTER TABLE \"stage_transition\" DROP COLUMN \"state_before\"");
  }
}
