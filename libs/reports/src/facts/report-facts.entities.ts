import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The reporting store. Reports never read other libraries' tables when a supervisor opens them:
 * the worker rebuilds these facts from the source tables (ReportRefresh) every few minutes and on
 * request, in one transaction, and every report is an aggregate over them. A fact table holds no
 * name, no case number and no free text; a row is keyed by the source row's id so a refresh is
 * reproducible. No foreign keys: the facts are derived and rebuilt whole, never edited.
 */

/** One completed rebuild: its id is the data version printed on every report and export. */
@Entity('report_refresh')
export class ReportRefreshEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** "Today" in Japan for the rebuild: what counts as overdue, and the age of every client. */
  @Column({ type: 'date' })
  asOfDate!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  finishedAt!: Date;

  @Column({ type: 'int' })
  durationMs!: number;

  /** Rows in each fact table after the rebuild (most were unchanged and not rewritten). */
  @Column({ type: 'jsonb' })
  counts!: Record<string, number>;
}

/** One client file, with the characteristics reports disaggregate by. */
@Entity('report_file_fact')
@Index('idx_report_file_fact_team', ['teamId', 'openedOn'])
export class ReportFileFactEntity {
  @PrimaryColumn('uuid')
  clientId!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  /** The primary caseworker now (assignments keep no history). */
  @Column({ type: 'uuid', nullable: true })
  primaryUserId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  /** The earlier of the day the file was created and the first step recorded on it. */
  @Column({ type: 'date' })
  openedOn!: string;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  nationality!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: string | null;

  /** UNHCR's age bands, at the refresh's date (`unknown` without a date of birth). */
  @Column({ type: 'text' })
  ageBand!: string;

  /** At least one vulnerability flag recorded. */
  @Column({ type: 'boolean' })
  vulnerable!: boolean;

  @Column({ type: 'boolean' })
  hasOpenDeadline!: boolean;

  /** The last held appointment or note: how long since someone was in touch. */
  @Column({ type: 'date', nullable: true })
  lastContactOn!: string | null;

  /**
   * Required checklist items with no document, for the latest application of an open file, as
   * the team view's missing-documents list counts them (0 for a closed file).
   */
  @Column({ type: 'int', default: 0 })
  missingDocuments!: number;

  /** Documents of an open file marked for submission, not in Japanese, without a signed translation. */
  @Column({ type: 'int', default: 0 })
  untranslatedDocuments!: number;
}

/** One step of a procedure track that a report counts (a filing, a decision, a detention …). */
@Entity('report_event_fact')
@Index('idx_report_event_fact_team', ['teamId', 'eventOn'])
@Index('idx_report_event_fact_on', ['eventOn'])
export class ReportEventFactEntity {
  /** The stage transition's id. */
  @PrimaryColumn('uuid')
  transitionId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'int', nullable: true })
  applicationNo!: number | null;

  @Column({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'uuid', nullable: true })
  primaryUserId!: string | null;

  /** A ReportEventKind from libs/domain. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date' })
  eventOn!: string;
}

/** Days one application spent between two steps, counted in the year the interval ended. */
@Entity('report_interval_fact')
@Index('idx_report_interval_fact_team', ['teamId', 'endsOn'])
@Check('ck_report_interval_fact_days', `"days" >= 0`)
export class ReportIntervalFactEntity {
  @PrimaryColumn('uuid')
  applicationId!: string;

  /** A ReportInterval from libs/domain (filed-to-decision, decision-to-review-request, review-to-decision). */
  @PrimaryColumn('text')
  interval!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'uuid', nullable: true })
  primaryUserId!: string | null;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'int' })
  days!: number;
}

/** One deadline (superseded ones left out) and how it ended, as of the refresh. */
@Entity('report_deadline_fact')
@Index('idx_report_deadline_fact_team', ['teamId', 'dueOn'])
@Index('idx_report_deadline_fact_due', ['dueOn'])
export class ReportDeadlineFactEntity {
  @PrimaryColumn('uuid')
  deadlineId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'uuid', nullable: true })
  primaryUserId!: string | null;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  /** A DeadlineOutcome from libs/domain: met-on-time, met-late, waived, missed, overdue, open. */
  @Column({ type: 'text' })
  outcome!: string;

  /** A caseworker replaced the computed due date. */
  @Column({ type: 'boolean' })
  overridden!: boolean;

  @Column({ type: 'date', nullable: true })
  resolvedOn!: string | null;
}

/** Reminders per month and team: sent, failed, and escalations to a supervisor. */
@Entity('report_reminder_month')
export class ReportReminderMonthEntity {
  /** The first day of the month the reminder was due to go out. */
  @PrimaryColumn('date')
  month!: string;

  @PrimaryColumn('uuid')
  teamId!: string;

  @Column({ type: 'int' })
  sent!: number;

  @Column({ type: 'int' })
  failed!: number;

  /** Escalation reminders (to supervisors) that went out. */
  @Column({ type: 'int' })
  escalated!: number;
}

/** One referral to a partner service, and how it was answered. */
@Entity('report_referral_fact')
@Index('idx_report_referral_fact_team', ['teamId', 'sentOn'])
export class ReportReferralFactEntity {
  @PrimaryColumn('uuid')
  referralId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'uuid', nullable: true })
  primaryUserId!: string | null;

  @Column({ type: 'text' })
  serviceKind!: string;

  /** The referral's status now (sent, acknowledged, accepted, declined, withdrawn, …). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'date', nullable: true })
  sentOn!: string | null;

  /** The partner's first answer (acknowledged, accepted or declined). */
  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;
}

export const REPORT_FACT_ENTITIES = [
  ReportRefreshEntity,
  ReportFileFactEntity,
  ReportEventFactEntity,
  ReportIntervalFactEntity,
  ReportDeadlineFactEntity,
  ReportReminderMonthEntity,
  ReportReferralFactEntity,
];
