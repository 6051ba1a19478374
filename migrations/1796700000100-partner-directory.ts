import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner directory (libs/referrals, issue 12): organisations the NGO refers clients to and
 * the services they offer, with the closed lists of libs/domain as checks. The demo seeds its
 * partners through the api, not here.
 */
export class PartnerDirectory1796700000100 implements MigrationInterface {
  name = 'PartnerDirectory1796700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"partner_organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"name_en\" text, \"contact_person\" text, \"referral_email\" text NOT NULL, \"phone\" text, \"website\" text, \"notes\" text, \"search_text\" text NOT NULL DEFAULT '', \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_partner_organisation_website\" CHECK (\"website\" IS NULL OR \"website\" ~ '^https?://'), CONSTRAINT \"PK_a064641d9d9b755851adcec52f1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_partner_organisation_name\" ON \"partner_organisation\"  (\"name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"partner_service\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"programme\" text, \"name\" text NOT NULL, \"description\" text, \"eligibility_notes\" text, \"languages\" text array NOT NULL, \"prefectures\" text array NOT NULL, \"capacity_available\" integer, \"capacity_updated_on\" date, \"search_text\" text NOT NULL DEFAULT '', \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_partner_service_capacity\" CHECK (\"capacity_available\" IS NULL OR \"capacity_available\" >= 0), CONSTRAINT \"ck_partner_service_prefectures\" CHECK (cardinality(\"prefectures\") >= 1 AND \"prefectures\" <@ ARRAY['hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima', 'ibaraki', 'tochigi', 'gunma', 'saitama', 'chiba', 'tokyo', 'kanagawa', 'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano', 'gifu', 'shizuoka', 'aichi', 'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama', 'tottori', 'shimane', 'okayama', 'hiroshima', 'yamaguchi', 'tokushima', 'kagawa', 'ehime', 'kochi', 'fukuoka', 'saga', 'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa']::text[]), CONSTRAINT \"ck_partner_service_languages\" CHECK (cardinality(\"languages\") >= 1 AND array_to_string(\"languages\", ',') ~ '^[a-z]{2}(,[a-z]{2})*$'), CONSTRAINT \"ck_partner_service_programme\" CHECK (\"programme\" IS NULL OR \"programme\" IN ('rhq-protection-allowance', 'rhq-settlement-programme', 'jfba-legal-aid')), CONSTRAINT \"ck_partner_service_kind\" CHECK (\"kind\" IN ('housing', 'living-allowance', 'legal-aid', 'immigration-paperwork', 'japanese-language', 'employment', 'health', 'psychosocial', 'education', 'other')), CONSTRAINT \"PK_34b672eb1d91a87f8973dd84733\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_partner_service_kind\" ON \"partner_service\"  (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"idx_partner_service_organisation\" ON \"partner_service\"  (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"partner_service\" ADD CONSTRAINT \"fk_partner_service_organisation\" FOREIGN KEY (\"organisation_id\") REFERENCES \"partner_organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The directory search filters on "given in this language" and "offered in this prefecture":
    // array containment, which only a GIN index serves (TypeORM cannot declare one).
    await queryRunner.query('CREATE INDEX "idx_partner_service_languages" ON "partner_service" USING gin ("languages")');
    await queryRunner.query('CREATE INDEX "idx_partner_service_prefectures" ON "partner_service" USING gin ("prefectures")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_partner_service_prefectures"');
    await queryRunner.query('DROP INDEX "idx_partner_service_languages"');
    await queryRunner.query("ALTER TABLE \"partner_service\" DROP CONSTRAINT \"fk_partner_service_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_partner_service_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_partner_service_kind\"");
    await queryRunner.query("DROP TABLE \"partner_service\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_partner_organisation_name\"");
    await queryRunner.query("DROP TABLE \"partner_organisation\"");
  }
}
