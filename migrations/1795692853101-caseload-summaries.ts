import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Copies of two per-file facts onto the client row, kept by triggers, so the supervisor's team
 * view and search read them from one covering index rather than looking them up file by file:
 * - `current_stage`: the stage of the file's latest protection application;
 * - `primary_user_id`: the file's primary caseworker.
 *
 * Each trigger first locks the client row, then recomputes from a fresh snapshot (every statement
 * of a PL/pgSQL function takes one under READ COMMITTED), so two transactions changing the same
 * file one after the other always leave the copy matching what both committed.
 */
export const CASELOAD_SUMMARY_BACKFILL = [
  `UPDATE client c SET current_stage = (SELECT p.stage FROM protection_application p WHERE p.client_id = c.id ORDER BY p.application_no DESC LIMIT 1)`,
  `UPDATE client c SET primary_user_id = a.user_id FROM client_assignment a WHERE a.client_id = c.id AND a.role = 'primary'`,
];

export class CaseloadSummaries1795692853101 implements MigrationInterface {
  name = 'CaseloadSummaries1795692853101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_team\"");
    await queryRunner.query("ALTER TABLE \"client\" ADD \"current_stage\" text");
    await queryRunner.query("ALTER TABLE \"client\" ADD \"primary_user_id\" uuid");
    await queryRunner.query(
      `CREATE INDEX "idx_client_team_files" ON "client" ("team_id", "status") INCLUDE ("primary_user_id", "current_stage")`,
    );

    await queryRunner.query(`
      CREATE FUNCTION client_current_stage_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.client_id ELSE NEW.client_id END;
      BEGIN
        PERFORM 1 FROM client WHERE id = target FOR NO KEY UPDATE;
        UPDATE client c SET current_stage = latest.stage
          FROM (SELECT (SELECT p.stage FROM protection_application p WHERE p.client_id = target
                         ORDER BY p.application_no DESC LIMIT 1) AS stage) latest
         WHERE c.id = target AND c.current_stage IS DISTINCT FROM latest.stage;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_protection_application_stage AFTER INSERT OR DELETE OR UPDATE OF stage, application_no ON protection_application
         FOR EACH ROW EXECUTE FUNCTION client_current_stage_refresh()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION client_primary_user_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.client_id ELSE NEW.client_id END;
      BEGIN
        PERFORM 1 FROM client WHERE id = target FOR NO KEY UPDATE;
        UPDATE client c SET primary_user_id = primary_worker.user_id
          FROM (SELECT (SELECT a.user_id FROM client_assignment a WHERE a.client_id = target AND a.role = 'primary') AS user_id) primary_worker
         WHERE c.id = target AND c.primary_user_id IS DISTINCT FROM primary_worker.user_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_client_assignment_primary AFTER INSERT OR DELETE OR UPDATE OF role, user_id ON client_assignment
         FOR EACH ROW EXECUTE FUNCTION client_primary_user_refresh()`,
    );

    for (const statement of CASELOAD_SUMMARY_BACKFILL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_client_assignment_primary ON client_assignment`);
    await queryRunner.query(`DROP FUNCTION client_primary_user_refresh()`);
    await queryRunner.query(`DROP TRIGGER trg_protection_application_stage ON protection_application`);
    await queryRunner.query(`DROP FUNCTION client_current_stage_refresh()`);
    await queryRunner.query(`DROP INDEX "idx_client_team_files"`);
    await queryRunner.query("ALTER TABLE \"client\" DROP COLUMN \"primary_user_id\"");
    await queryRunner.query("ALTER TABLE \"client\" DROP COLUMN \"current_stage\"");
    await queryRunner.query("CREATE INDEX \"idx_client_team\" ON \"client\" USING btree (\"team_id\", \"status\") ");
  }
}
