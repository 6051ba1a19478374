import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientFiles1795688663942 implements MigrationInterface {
  name = 'ClientFiles1795688663942';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"client\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_number\" text NOT NULL, \"team_id\" uuid NOT NULL, \"status\" text NOT NULL DEFAULT 'open', \"family_name\" text NOT NULL, \"given_name\" text NOT NULL DEFAULT '', \"native_name\" text, \"katakana_name\" text, \"aliases\" text array NOT NULL DEFAULT '{}', \"date_of_birth\" date, \"date_of_birth_approximate\" boolean NOT NULL DEFAULT false, \"gender\" text, \"nationality\" text, \"languages\" text array NOT NULL DEFAULT '{}', \"interpreter_needed\" boolean NOT NULL DEFAULT false, \"interpreter_language\" text, \"phone\" text, \"email\" text, \"address\" text, \"landing_date\" date, \"landing_port\" text, \"residence_card_number\" text, \"residence\" jsonb NOT NULL, \"residence_stage\" text NOT NULL, \"residence_expires_on\" date, \"deportation\" jsonb NOT NULL, \"custody_status\" text NOT NULL DEFAULT 'none', \"vulnerability_flags\" text array NOT NULL DEFAULT '{}', \"consents\" jsonb NOT NULL DEFAULT '[]', \"search_grams\" text array NOT NULL DEFAULT '{}', \"search_text\" text NOT NULL DEFAULT '', \"sort_name\" text NOT NULL DEFAULT '', \"closed_at\" TIMESTAMP WITH TIME ZONE, \"closed_reason\" text, \"anonymised_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"uq_client_case_number\" UNIQUE (\"case_number\"), CONSTRAINT \"ck_client_custody\" CHECK (\"custody_status\" IN ('none', 'detained', 'supervision', 'provisional-release')), CONSTRAINT \"ck_client_status\" CHECK (\"status\" IN ('open', 'closed', 'anonymised')), CONSTRAINT \"PK_96da49381769303a6515a8785c7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_client_nationality\" ON \"client\"  (\"nationality\") ");
    await queryRunner.query("CREATE INDEX \"idx_client_sort\" ON \"client\"  (\"sort_name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_client_residence_card\" ON \"client\"  (\"residence_card_number\") ");
    await queryRunner.query("CREATE INDEX \"idx_client_date_of_birth\" ON \"client\"  (\"date_of_birth\") ");
    await queryRunner.query("CREATE INDEX \"idx_client_team\" ON \"client\"  (\"team_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"appointment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"kind\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE, \"place\" text, \"interpreter_language\" text, \"status\" text NOT NULL DEFAULT 'scheduled', \"outcome\" text, \"notes\" text, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_appointment_status\" CHECK (\"status\" IN ('scheduled', 'held', 'missed', 'cancelled')), CONSTRAINT \"ck_appointment_kind\" CHECK (\"kind\" IN ('refugee-inquirer-interview', 'oral-opinion-hearing', 'reporting-date', 'lawyer-meeting', 'court-date', 'other')), CONSTRAINT \"PK_e8be1a53027415e709ce8a2db74\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_appointment_upcoming\" ON \"appointment\"  (\"starts_at\") WHERE \"status\" = 'scheduled'");
    await queryRunner.query("CREATE INDEX \"idx_appointment_client\" ON \"appointment\"  (\"client_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"break_glass_grant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"client_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"granted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_cf1c0db121085bb49f92ef295dc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_break_glass_user\" ON \"break_glass_grant\"  (\"user_id\", \"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"case_number_counter\" (\"year\" integer NOT NULL, \"last\" integer NOT NULL, CONSTRAINT \"PK_05931467fd562911e696a43561b\" PRIMARY KEY (\"year\"))");
    await queryRunner.query("CREATE TABLE \"client_assignment\" (\"client_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_client_assignment_role\" CHECK (\"role\" IN ('primary', 'other')), CONSTRAINT \"PK_a788c8f4b47f1149c7ca7a13a63\" PRIMARY KEY (\"client_id\", \"user_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_client_assignment_primary\" ON \"client_assignment\"  (\"client_id\") WHERE \"role\" = 'primary'");
    await queryRunner.query("CREATE INDEX \"idx_client_assignment_user\" ON \"client_assignment\"  (\"user_id\", \"client_id\") ");
    await queryRunner.query("CREATE TABLE \"protection_application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_no\" integer NOT NULL, \"kind\" text NOT NULL, \"stage\" text NOT NULL, \"state\" jsonb NOT NULL, \"regional_bureau\" text, \"reasonable_grounds_submitted\" boolean NOT NULL DEFAULT false, \"reasonable_grounds_submitted_on\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"uq_protection_application_number\" UNIQUE (\"client_id\", \"application_no\"), CONSTRAINT \"ck_protection_application_kind\" CHECK (\"kind\" IN ('REFUGEE_AND_CP', 'CP_ONLY')), CONSTRAINT \"PK_1e7a685c11efbbaf58810aba8f5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_protection_application_stage\" ON \"protection_application\"  (\"stage\") ");
    await queryRunner.query("CREATE TABLE \"stage_transition\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"track\" text NOT NULL, \"from_stage\" text NOT NULL, \"to_stage\" text NOT NULL, \"outcome\" text, \"event_on\" date NOT NULL, \"dates\" jsonb NOT NULL, \"note\" text, \"recorded_by\" uuid NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"ck_stage_transition_track\" CHECK (\"track\" IN ('protection', 'residence', 'deportation')), CONSTRAINT \"PK_fccd9dab169aa159c2fb9c4824b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_stage_transition_application\" ON \"stage_transition\"  (\"application_id\", \"recorded_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_stage_transition_client\" ON \"stage_transition\"  (\"client_id\", \"recorded_at\") ");
    await queryRunner.query("CREATE TABLE \"timeline_event\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"client_id\" uuid NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"kind\" text NOT NULL, \"actor_user_id\" uuid, \"data\" jsonb NOT NULL, \"body\" text, CONSTRAINT \"PK_8f5a66cd7151d78a419da3a3375\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_timeline_event_client\" ON \"timeline_event\"  (\"client_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"deadline\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_id\" uuid NOT NULL, \"application_id\" uuid, \"appointment_id\" uuid, \"kind\" text NOT NULL, \"rule_version\" integer NOT NULL, \"inputs\" jsonb NOT NULL, \"trigger_date\" date NOT NULL, \"opens_on\" date, \"due_date\" date NOT NULL, \"computed_due_date\" date NOT NULL, \"conservative_due_date\" date, \"hardness\" text NOT NULL, \"confidence\" text NOT NULL, \"basis\" jsonb NOT NULL, \"explanation\" jsonb NOT NULL, \"steps\" jsonb NOT NULL, \"status\" text NOT NULL DEFAULT 'open', \"owner_id\" uuid, \"source\" text NOT NULL, \"superseded_by_id\" uuid, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by\" uuid, \"resolution\" text, \"override_reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, CONSTRAINT \"ck_deadline_status\" CHECK (\"status\" IN ('open', 'met', 'missed', 'waived', 'superseded')), CONSTRAINT \"PK_9b68db28fc035ed8a84691bfbaf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_deadline_source\" ON \"deadline\"  (\"source\") ");
    await queryRunner.query("CREATE INDEX \"idx_deadline_owner\" ON \"deadline\"  (\"owner_id\", \"status\", \"due_date\") ");
    await queryRunner.query("CREATE INDEX \"idx_deadline_open_due\" ON \"deadline\"  (\"due_date\", \"client_id\") WHERE \"status\" = 'open'");
    await queryRunner.query("CREATE INDEX \"idx_deadline_client\" ON \"deadline\"  (\"client_id\", \"status\", \"due_date\") ");
    await queryRunner.query("ALTER TABLE \"client\" ADD CONSTRAINT \"fk_client_team\" FOREIGN KEY (\"team_id\") REFERENCES \"team\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"appointment\" ADD CONSTRAINT \"fk_appointment_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" ADD CONSTRAINT \"fk_break_glass_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" ADD CONSTRAINT \"fk_break_glass_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"client_assignment\" ADD CONSTRAINT \"fk_client_assignment_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"client_assignment\" ADD CONSTRAINT \"fk_client_assignment_user\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"protection_application\" ADD CONSTRAINT \"fk_protection_application_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"timeline_event\" ADD CONSTRAINT \"fk_timeline_event_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deadline\" ADD CONSTRAINT \"fk_deadline_client\" FOREIGN KEY (\"client_id\") REFERENCES \"client\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deadline\" ADD CONSTRAINT \"fk_deadline_owner\" FOREIGN KEY (\"owner_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Name search: "contains all these grams" is an indexed array containment (see nameGrams).
    await queryRunner.query('CREATE INDEX "idx_client_search_grams" ON "client" USING gin ("search_grams")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_client_search_grams"');
    await queryRunner.query("ALTER TABLE \"deadline\" DROP CONSTRAINT \"fk_deadline_owner\"");
    await queryRunner.query("ALTER TABLE \"deadline\" DROP CONSTRAINT \"fk_deadline_client\"");
    await queryRunner.query("ALTER TABLE \"timeline_event\" DROP CONSTRAINT \"fk_timeline_event_client\"");
    await queryRunner.query("ALTER TABLE \"protection_application\" DROP CONSTRAINT \"fk_protection_application_client\"");
    await queryRunner.query("ALTER TABLE \"client_assignment\" DROP CONSTRAINT \"fk_client_assignment_user\"");
    await queryRunner.query("ALTER TABLE \"client_assignment\" DROP CONSTRAINT \"fk_client_assignment_client\"");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" DROP CONSTRAINT \"fk_break_glass_client\"");
    await queryRunner.query("ALTER TABLE \"break_glass_grant\" DROP CONSTRAINT \"fk_break_glass_user\"");
    await queryRunner.query("ALTER TABLE \"appointment\" DROP CONSTRAINT \"fk_appointment_client\"");
    await queryRunner.query("ALTER TABLE \"client\" DROP CONSTRAINT \"fk_client_team\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_deadline_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_deadline_open_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_deadline_owner\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_deadline_source\"");
    await queryRunner.query("DROP TABLE \"deadline\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_timeline_event_client\"");
    await queryRunner.query("DROP TABLE \"timeline_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_stage_transition_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_stage_transition_application\"");
    await queryRunner.query("DROP TABLE \"stage_transition\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_protection_application_stage\"");
    await queryRunner.query("DROP TABLE \"protection_application\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_assignment_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_client_assignment_primary\"");
    await queryRunner.query("DROP TABLE \"client_assignment\"");
    await queryRunner.query("DROP TABLE \"case_number_counter\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_break_glass_user\"");
    await queryRunner.query("DROP TABLE \"break_glass_grant\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_appointment_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_appointment_upcoming\"");
    await queryRunner.query("DROP TABLE \"appointment\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_team\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_date_of_birth\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_residence_card\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_sort\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_client_nationality\"");
    await queryRunner.query("DROP TABLE \"client\"");
  }
}
