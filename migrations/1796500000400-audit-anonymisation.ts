import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymising a file also removes the free text its audit lines hold (the reasons given for
 * emergency access, overrides, waivers and exports), while the trail stays append-only for
 * everything else:
 *
 * - the append-only trigger lets exactly one change through: a line's `reason` replaced by the
 *   marker '(anonymised)', every other column unchanged, for the file named in the
 *   transaction-local setting `yorisoi.anonymising_client`;
 * - `anonymise_audit_for_clients(uuid[])` is the one thing that sets it, and only for files that
 *   are already anonymised. It runs as its owner (SECURITY DEFINER), so the runtime role needs no
 *   UPDATE privilege on audit_event at all.
 */
export class AuditAnonymisation1796500000400 implements MigrationInterface {
  name = 'AuditAnonymisation1796500000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.client_id IS NOT NULL
             AND current_setting('yorisoi.anonymising_client', true) = OLD.client_id::text
             AND NEW.reason = '(anonymised)'
             AND (to_jsonb(NEW) - 'reason') = (to_jsonb(OLD) - 'reason') THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE FUNCTION anonymise_audit_for_clients(client_ids uuid[]) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        target uuid;
        lines integer;
        total integer := 0;
      BEGIN
        FOR target IN SELECT c.id FROM client c WHERE c.id = ANY(client_ids) AND c.status = 'anonymised' LOOP
          PERFORM set_config('yorisoi.anonymising_client', target::text, true);
          UPDATE audit_event SET reason = '(anonymised)'
           WHERE client_id = target AND reason IS NOT NULL AND reason <> '(anonymised)';
          GET DIAGNOSTICS lines = ROW_COUNT;
          total := total + lines;
        END LOOP;
        PERFORM set_config('yorisoi.anonymising_client', '', true);
        RETURN total;
      END
    $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION anonymise_audit_for_clients(uuid[])');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
  }
}
