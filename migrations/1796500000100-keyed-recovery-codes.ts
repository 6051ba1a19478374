import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery codes are now stored as HMAC-SHA256 under a key from AUTH_SECRET. Codes made before
 * were stored as plain SHA-256 and cannot be re-hashed without the codes themselves, so they are
 * marked `sha256` and still accepted until used or replaced; every new code is `hmac-sha256`.
 */
export class KeyedRecoveryCodes1796500000100 implements MigrationInterface {
  name = 'KeyedRecoveryCodes1796500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" ADD \"hash_scheme\" text NOT NULL DEFAULT 'sha256'");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" ALTER COLUMN \"hash_scheme\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" ADD CONSTRAINT \"ck_mfa_recovery_code_hash_scheme\" CHECK (\"hash_scheme\" IN ('sha256', 'hmac-sha256'))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Keyed codes cannot be checked by the older code: drop them (their owners make new ones).
    await queryRunner.query("DELETE FROM \"mfa_recovery_code\" WHERE \"hash_scheme\" = 'hmac-sha256'");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" DROP CONSTRAINT \"ck_mfa_recovery_code_hash_scheme\"");
    await queryRunner.query("ALTER TABLE \"mfa_recovery_code\" DROP COLUMN \"hash_scheme\"");
  }
}
