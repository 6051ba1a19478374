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
 *   are already anonymised: it reads their status itself, so the ids it is given can only narrow
 *   the set. It runs as its owner (SECURITY DEFINER), so the runtime role needs no UPDATE
 *   privilege on audit_event at all; its search path is pinned with pg_temp last and every
 *   relation is schema-qualified, so a caller's temporary table cannot stand in for
 *   public.client, and only the roles granted EXECUTE (the runtime role) may call it;
 * - anonymisation is one-way (`client_anonymised_is_final`): an anonymised file keeps its status
 *   and its id and cannot be deleted. Otherwise the runtime role, which writes client rows, could
 *   mark a live file anonymised, call the function, and set the file back (or swap the row out),
 *   erasing the reasons of a file still in use.
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
    await queryRunner.query(`CREATE FUNCTION public.client_refuse_unanonymise() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status = 'anonymised' AND NEW.id = OLD.id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'an anonymised file cannot change status, change id or be deleted: % refused', TG_OP USING ERRCODE = 'check_violation';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER client_anonymised_is_final BEFORE UPDATE OR DELETE ON public.client
      FOR EACH ROW WHEN (OLD.status = 'anonymised') EXECUTE FUNCTION public.client_refuse_unanonymise()`);
    await queryRunner.query(`CREATE FUNCTION public.anonymise_audit_for_clients(client_ids uuid[]) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        target uuid;
        lines integer;
        total integer := 0;
      BEGIN
        -- FOR SHARE: no other transaction changes these rows until this one ends, and the
        -- trigger above keeps this one from taking the status back.
        FOR target IN SELECT c.id FROM public.client c WHERE c.id = ANY(client_ids) AND c.status = 'anonymised' FOR SHARE LOOP
          PERFORM pg_catalog.set_config('yorisoi.anonymising_client', target::text, true);
          UPDATE public.audit_event SET reason = '(anonymised)'
           WHERE client_id = target AND reason IS NOT NULL AND reason <> '(anonymised)';
          GET DIAGNOSTICS lines = ROW_COUNT;
          total := total + lines;
        END LOOP;
        PERFORM pg_catalog.set_config('yorisoi.anonymising_client', '', true);
        RETURN total;
      END
    $$`);
    // Functions are executable by PUBLIC unless revoked; the runtime role gets EXECUTE from
    // grantRuntimePrivileges (libs/platform/src/database/runtime-privileges.ts).
    await queryRunner.query('REVOKE EXECUTE ON FUNCTION public.anonymise_audit_for_clients(uuid[]) FROM PUBLIC');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION public.anonymise_audit_for_clients(uuid[])');
    await queryRunner.query('DROP TRIGGER client_anonymised_is_final ON public.client');
    await queryRunner.query('DROP FUNCTION public.client_refuse_unanonymise()');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
  }
}
