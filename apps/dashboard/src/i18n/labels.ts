import {
  APPOINTMENT_KINDS,
  CUSTODY_STATUSES,
  DEPORTATION_STAGES,
  PROTECTION_STAGES,
  RESIDENCE_STAGES,
  type AppointmentKind,
  type AppointmentStatus,
  type AuditOutcome,
  type ClientStatus,
  type Confidence,
  type ConsentKind,
  type CustodyCategory,
  type CustodyStatus,
  type DeadlineStatus,
  type DeportationStage,
  type Gender,
  type Hardness,
  type Locale,
  type MembershipKind,
  type ProtectionKind,
  type ProtectionStage,
  type ResidenceStage,
  type Role,
  type UserStatus,
  type VulnerabilityFlag,
} from '../api/types';
import {
  deadlineKinds,
  DocumentCategoryLabels,
  SubmissionTargetLabels,
  TranslationStatusLabels,
  type DeadlineKind,
  type DocumentCategory,
  type SubmissionTarget,
  type TranslationStatus,
} from '#domain';
import { SERVICE_KIND_LABELS, SHAREABLE_FIELD_LABELS, URGENCY_LABELS, type Prefecture, type Programme, type ReferralStatus, type ReferralUrgency, type ServiceKind, type ShareableField } from '#domain';
import type { MessageKey, Translate } from './i18n';

export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}` as const);
}

export function userStatusLabel(t: Translate, status: UserStatus): string {
  return t(`userStatus.${status}` as const);
}

export function membershipLabel(t: Translate, kind: MembershipKind): string {
  return t(`membership.${kind}` as const);
}

export function outcomeLabel(t: Translate, outcome: AuditOutcome): string {
  return t(`audit.outcome.${outcome}` as const);
}

/** Audit actions the trail names in words; others (added later) show their code. */
const ACTION_LABELS: Readonly<Record<string, MessageKey>> = {
  'auth.sign-in': 'audit.action.auth.sign-in',
  'auth.sign-in.second-factor': 'audit.action.auth.sign-in.second-factor',
  'auth.sign-out': 'audit.action.auth.sign-out',
  'auth.session.revoked': 'audit.action.auth.session.revoked',
  'auth.password.changed': 'audit.action.auth.password.changed',
  'auth.password-reset.requested': 'audit.action.auth.password-reset.requested',
  'auth.password-reset.completed': 'audit.action.auth.password-reset.completed',
  'auth.invitation.accepted': 'audit.action.auth.invitation.accepted',
  'auth.mfa.enrolled': 'audit.action.auth.mfa.enrolled',
  'auth.mfa.reset': 'audit.action.auth.mfa.reset',
  'auth.mfa.recovery-codes.regenerated': 'audit.action.auth.mfa.recovery-codes.regenerated',
  'account.user.created': 'audit.action.account.user.created',
  'account.user.updated': 'audit.action.account.user.updated',
  'account.user.deactivated': 'audit.action.account.user.deactivated',
  'account.user.reactivated': 'audit.action.account.user.reactivated',
  'account.invitation.sent': 'audit.action.account.invitation.sent',
  'account.team.created': 'audit.action.account.team.created',
  'account.team.updated': 'audit.action.account.team.updated',
  'account.profile.updated': 'audit.action.account.profile.updated',
  'audit.queried': 'audit.action.audit.queried',
  'report.viewed': 'audit.action.report.viewed',
  'report.exported': 'audit.action.report.exported',
  'auth.password-reset.throttled': 'audit.action.auth.password-reset.throttled',
  'auth.password.confirmation-failed': 'audit.action.auth.password.confirmation-failed',
  'auth.mfa.locked': 'audit.action.auth.mfa.locked',
  'caught-mail.listed': 'audit.action.caught-mail.listed',
  'caught-mail.read': 'audit.action.caught-mail.read',
  'queue-board.change-refused': 'audit.action.queue-board.change-refused',
  'client.read': 'audit.action.client.read',
  'client.access.denied': 'audit.action.client.access.denied',
  'client.duplicate-check': 'audit.action.client.duplicate-check',
  'client.listed': 'audit.action.client.listed',
  'client.created': 'audit.action.client.created',
  'client.updated': 'audit.action.client.updated',
  'client.exported': 'audit.action.client.exported',
  'client.break-glass': 'audit.action.client.break-glass',
  'client.break-glass.ended': 'audit.action.client.break-glass.ended',
  'client.break-glass.refused': 'audit.action.client.break-glass.refused',
};

export function auditActionLabel(t: Translate, action: string): string | undefined {
  const key = ACTION_LABELS[action];
  return key ? t(key) : undefined;
}

// ---- Client files -------------------------------------------------------------------------

/** Picks the server's Japanese or English text for the interface language. */
export function inLocale(locale: Locale, ja: string, en: string): string {
  return locale === 'ja' ? ja : en;
}

export function stageLabel(t: Translate, stage: ProtectionStage | null): string {
  return stage === null ? t('stage.none') : t(`stage.${stage}` as const);
}

/** A stage named by the server (history, team counts): its label, or the code when unknown. */
export function anyStageLabel(t: Translate, stage: string): string {
  if (stage === 'none') return t('stage.none');
  return (PROTECTION_STAGES as readonly string[]).includes(stage) ? t(`stage.${stage as ProtectionStage}` as const) : stage;
}

export function residenceLabel(t: Translate, stage: string): string {
  return (RESIDENCE_STAGES as readonly string[]).includes(stage) ? t(`residence.${stage as ResidenceStage}` as const) : stage;
}

export function deportationLabel(t: Translate, stage: string): string {
  return (DEPORTATION_STAGES as readonly string[]).includes(stage) ? t(`deportation.${stage as DeportationStage}` as const) : stage;
}

export function custodyLabel(t: Translate, status: string): string {
  return (CUSTODY_STATUSES as readonly string[]).includes(status) ? t(`custody.${status as CustodyStatus}` as const) : status;
}

export function custodyCategoryLabel(t: Translate, category: CustodyCategory): string {
  return t(`custodyCategory.${category}` as const);
}

export function clientStatusLabel(t: Translate, status: ClientStatus): string {
  return t(`clientStatus.${status}` as const);
}

export function genderLabel(t: Translate, gender: Gender): string {
  return t(`gender.${gender}` as const);
}

export function flagLabel(t: Translate, flag: VulnerabilityFlag): string {
  return t(`flag.${flag}` as const);
}

export function consentLabel(t: Translate, kind: ConsentKind): string {
  return t(`consent.${kind}` as const);
}

export function protectionKindLabel(t: Translate, kind: ProtectionKind): string {
  return t(`protectionKind.${kind}` as const);
}

export function appointmentKindLabel(t: Translate, kind: string): string {
  return (APPOINTMENT_KINDS as readonly string[]).includes(kind) ? t(`appointmentKind.${kind as AppointmentKind}` as const) : kind;
}

export function appointmentStatusLabel(t: Translate, status: AppointmentStatus): string {
  return t(`appointmentStatus.${status}` as const);
}


/** A deadline kind in words; a kind added to the rules later shows its code until it is named here. */
export function deadlineKindLabel(t: Translate, kind: string): string {
  return (deadlineKinds as readonly string[]).includes(kind) ? t(`deadlineKind.${kind as DeadlineKind}` as const) : kind;
}

export function deadlineStatusLabel(t: Translate, status: DeadlineStatus): string {
  return t(`deadlineStatus.${status}` as const);
}

export function hardnessLabel(t: Translate, hardness: Hardness): string {
  return t(`hardness.${hardness}` as const);
}

export function confidenceLabel(t: Translate, confidence: Confidence): string {
  return t(`confidence.${confidence}` as const);
}

/** `deadline:review-request` / `appointment:court-date` in words. */
export function reminderTargetLabel(t: Translate, target: string): string {
  const [scope, kind = ''] = target.split(':');
  if (scope === 'deadline') return t('reminders.targetDeadline', { kind: deadlineKindLabel(t, kind) });
  if (scope === 'appointment') return t('reminders.targetAppointment', { kind: appointmentKindLabel(t, kind) });
  return target;
}

/** Labels of the dates steps and rules ask for; residence steps word two of them their own way. */
const DATE_FIELDS: Readonly<Record<string, MessageKey>> = {
  filedOn: 'dateField.filedOn',
  interviewNoticeReceivedOn: 'dateField.interviewNoticeReceivedOn',
  decidedOn: 'dateField.decidedOn',
  noticeReceivedOn: 'dateField.noticeReceivedOn',
  requestFiledOn: 'dateField.requestFiledOn',
  reviewForgoneOn: 'dateField.reviewForgoneOn',
  windowEndedOn: 'dateField.windowEndedOn',
  hearingNoticeReceivedOn: 'dateField.hearingNoticeReceivedOn',
  hearingHeldOn: 'dateField.hearingHeldOn',
  omissionKnownOn: 'dateField.omissionKnownOn',
  knownOn: 'dateField.knownOn',
  withdrawnOn: 'dateField.withdrawnOn',
  suitFiledOn: 'dateField.suitFiledOn',
  judgmentServedOn: 'dateField.judgmentServedOn',
  appealFiledOn: 'dateField.appealFiledOn',
  judgmentFinalOn: 'dateField.judgmentFinalOn',
  finalOn: 'dateField.finalOn',
  grantedOn: 'dateField.grantedOn',
  expiresOn: 'dateField.expiresOn',
  endedOn: 'dateField.endedOn',
  departedOn: 'dateField.departedOn',
  startedOn: 'dateField.startedOn',
  detainedOn: 'dateField.detainedOn',
  supervisionStartedOn: 'dateField.supervisionStartedOn',
  releasedOn: 'dateField.releasedOn',
  extendedOn: 'dateField.extendedOn',
  findingNoticeReceivedOn: 'dateField.findingNoticeReceivedOn',
  hearingRequestedOn: 'dateField.hearingRequestedOn',
  objectionFiledOn: 'dateField.objectionFiledOn',
  decisionNoticeReceivedOn: 'dateField.decisionNoticeReceivedOn',
  orderIssuedOn: 'dateField.orderIssuedOn',
  removedOn: 'dateField.removedOn',
  landingDate: 'dateField.landingDate',
  noticeReceivedDate: 'dateField.noticeReceivedDate',
  knowledgeDate: 'dateField.knowledgeDate',
  decisionDate: 'dateField.decisionDate',
  judgmentServedDate: 'dateField.judgmentServedDate',
  expiryDate: 'dateField.expiryDate',
  lastReportDate: 'dateField.lastReportDate',
  designatedDate: 'dateField.designatedDate',
  appointmentDate: 'dateField.appointmentDate',
  isaSetDate: 'dateField.isaSetDate',
};
const RESIDENCE_DATE_FIELDS: Readonly<Record<string, MessageKey>> = {
  endedOn: 'dateField.residence.endedOn',
};

export function dateFieldLabel(t: Translate, field: string, track: 'protection' | 'residence' | 'custody' | 'rule' = 'protection'): string {
  const key = (track === 'residence' ? RESIDENCE_DATE_FIELDS[field] : undefined) ?? DATE_FIELDS[field];
  return key ? t(key) : field;
}

const OUTCOMES: Readonly<Record<string, MessageKey>> = {
  UPHELD: 'outcome.UPHELD',
  DISMISSED: 'outcome.DISMISSED',
  REJECTED_INADMISSIBLE: 'outcome.REJECTED_INADMISSIBLE',
  HEARING_SCHEDULED: 'outcome.HEARING_SCHEDULED',
  HEARING_HELD: 'outcome.HEARING_HELD',
  HEARING_OMITTED: 'outcome.HEARING_OMITTED',
  JUDGMENT_LOST: 'outcome.JUDGMENT_LOST',
  JUDGMENT_WON: 'outcome.JUDGMENT_WON',
  APPEAL_FILED: 'outcome.APPEAL_FILED',
  RENEWED: 'outcome.RENEWED',
  TRIAGE_A: 'outcome.TRIAGE_A',
  TRIAGE_B: 'outcome.TRIAGE_B',
  TRIAGE_C: 'outcome.TRIAGE_C',
  TRIAGE_D1: 'outcome.TRIAGE_D1',
  TRIAGE_D2: 'outcome.TRIAGE_D2',
  CUSTODY_DETAINED: 'outcome.CUSTODY_DETAINED',
  CUSTODY_SUPERVISION: 'outcome.CUSTODY_SUPERVISION',
  CUSTODY_PROVISIONAL_RELEASE: 'outcome.CUSTODY_PROVISIONAL_RELEASE',
  PROCEDURE_ENDED: 'outcome.PROCEDURE_ENDED',
  SPECIAL_PERMISSION_GRANTED: 'outcome.SPECIAL_PERMISSION_GRANTED',
  ORDER_WITHDRAWN: 'outcome.ORDER_WITHDRAWN',
  RELEASE_EXTENDED: 'outcome.RELEASE_EXTENDED',
};

export function outcomeOfStepLabel(t: Translate, outcome: string): string {
  const key = OUTCOMES[outcome];
  return key ? t(key) : outcome;
}

const TIMELINE_KINDS: Readonly<Record<string, MessageKey>> = {
  note: 'timelineKind.note',
  'client.intake': 'timelineKind.client.intake',
  'client.updated': 'timelineKind.client.updated',
  'client.closed': 'timelineKind.client.closed',
  'client.reopened': 'timelineKind.client.reopened',
  'client.reassigned': 'timelineKind.client.reassigned',
  'client.break-glass': 'timelineKind.client.break-glass',
  'client.break-glass.ended': 'timelineKind.client.break-glass.ended',
  'client.assignment-ended': 'timelineKind.client.assignment-ended',
  'client.exported': 'timelineKind.client.exported',
  'application.opened': 'timelineKind.application.opened',
  'application.stage': 'timelineKind.application.stage',
  'application.corrected': 'timelineKind.application.corrected',
  'application.updated': 'timelineKind.application.updated',
  'residence.stage': 'timelineKind.residence.stage',
  'deportation.stage': 'timelineKind.deportation.stage',
  'appointment.scheduled': 'timelineKind.appointment.scheduled',
  'appointment.moved': 'timelineKind.appointment.moved',
  'appointment.updated': 'timelineKind.appointment.updated',
  'appointment.held': 'timelineKind.appointment.held',
  'appointment.missed': 'timelineKind.appointment.missed',
  'appointment.cancelled': 'timelineKind.appointment.cancelled',
  'deadline.created': 'timelineKind.deadline.created',
  'deadline.superseded': 'timelineKind.deadline.superseded',
  'deadline.met': 'timelineKind.deadline.met',
  'deadline.missed': 'timelineKind.deadline.missed',
  'deadline.waived': 'timelineKind.deadline.waived',
  'deadline.overridden': 'timelineKind.deadline.overridden',
  'deadline.recomputed': 'timelineKind.deadline.recomputed',
  'reminder.sent': 'timelineKind.reminder.sent',
  'reminder.failed': 'timelineKind.reminder.failed',
  'document.uploaded': 'timelineKind.document.uploaded',
  'document.version-added': 'timelineKind.document.version-added',
  'document.updated': 'timelineKind.document.updated',
  'document.deleted': 'timelineKind.document.deleted',
  'document.version-deleted': 'timelineKind.document.version-deleted',
  'document.translation-changed': 'timelineKind.document.translation-changed',
  'document.submitted': 'timelineKind.document.submitted',
  'materials-request.received': 'timelineKind.materials-request.received',
  'materials-request.updated': 'timelineKind.materials-request.updated',
  'referral.drafted': 'timelineKind.referral.drafted',
  'referral.sent': 'timelineKind.referral.sent',
  'referral.acknowledged': 'timelineKind.referral.acknowledged',
  'referral.accepted': 'timelineKind.referral.accepted',
  'referral.declined': 'timelineKind.referral.declined',
  'referral.started': 'timelineKind.referral.started',
  'referral.completed': 'timelineKind.referral.completed',
  'referral.cancelled': 'timelineKind.referral.cancelled',
  'referral.link-revoked': 'timelineKind.referral.link-revoked',
  'referral-consent.given': 'timelineKind.referral-consent.given',
  'referral-consent.withdrawn': 'timelineKind.referral-consent.withdrawn',
};

export function timelineKindLabel(t: Translate, kind: string): string | undefined {
  const key = TIMELINE_KINDS[kind];
  return key ? t(key) : undefined;
}

// ---- Evidence documents -------------------------------------------------------------------

/** The closed lists come with their words in both languages from libs/domain, as the API's. */
export function documentCategoryLabel(locale: Locale, category: DocumentCategory): string {
  const label = DocumentCategoryLabels[category];
  return label ? inLocale(locale, label.ja, label.en) : category;
}

export function translationStatusLabel(locale: Locale, status: TranslationStatus): string {
  const label = TranslationStatusLabels[status];
  return label ? inLocale(locale, label.ja, label.en) : status;
}

export function submissionTargetLabel(locale: Locale, target: SubmissionTarget): string {
  const label = SubmissionTargetLabels[target];
  return label ? inLocale(locale, label.ja, label.en) : target;
}

/** An ISO 639-1 code in the interface language ('fa' → ペルシア語 / Persian); the code when the browser has no name for it. */
export function languageName(locale: Locale, code: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}

// ---- Referrals and the partner directory ---------------------------------------------------

/** A kind of service in the words letters and e-mails use (libs/domain). */
export function serviceKindLabel(locale: Locale, kind: ServiceKind): string {
  const label = SERVICE_KIND_LABELS[kind];
  return label ? inLocale(locale, label.ja, label.en) : kind;
}

export function urgencyLabel(locale: Locale, urgency: ReferralUrgency): string {
  const label = URGENCY_LABELS[urgency];
  return label ? inLocale(locale, label.ja, label.en) : urgency;
}

/** A field a referral may share, named as the letter names it. */
export function shareableFieldLabel(locale: Locale, field: ShareableField): string {
  const label = SHAREABLE_FIELD_LABELS[field];
  return label ? inLocale(locale, label.ja, label.en) : field;
}

export function referralStatusLabel(t: Translate, status: ReferralStatus): string {
  return t(`referralStatus.${status}` as const);
}

export function programmeLabel(t: Translate, programme: Programme): string {
  return t(`programme.${programme}` as const);
}

/** The prefectures in Japanese; in English their romanised names, as PREFECTURES spells them. */
const PREFECTURE_NAMES_JA: Readonly<Record<Prefecture, string>> = {
  hokkaido: '北海道',
  aomori: '青森県',
  iwate: '岩手県',
  miyagi: '宮城県',
  akita: '秋田県',
  yamagata: '山形県',
  fukushima: '福島県',
  ibaraki: '茨城県',
  tochigi: '栃木県',
  gunma: '群馬県',
  saitama: '埼玉県',
  chiba: '千葉県',
  tokyo: '東京都',
  kanagawa: '神奈川県',
  niigata: '新潟県',
  toyama: '富山県',
  ishikawa: '石川県',
  fukui: '福井県',
  yamanashi: '山梨県',
  nagano: '長野県',
  gifu: '岐阜県',
  shizuoka: '静岡県',
  aichi: '愛知県',
  mie: '三重県',
  shiga: '滋賀県',
  kyoto: '京都府',
  osaka: '大阪府',
  hyogo: '兵庫県',
  nara: '奈良県',
  wakayama: '和歌山県',
  tottori: '鳥取県',
  shimane: '島根県',
  okayama: '岡山県',
  hiroshima: '広島県',
  yamaguchi: '山口県',
  tokushima: '徳島県',
  kagawa: '香川県',
  ehime: '愛媛県',
  kochi: '高知県',
  fukuoka: '福岡県',
  saga: '佐賀県',
  nagasaki: '長崎県',
  kumamoto: '熊本県',
  oita: '大分県',
  miyazaki: '宮崎県',
  kagoshima: '鹿児島県',
  okinawa: '沖縄県',
};

export function prefectureLabel(locale: Locale, prefecture: Prefecture): string {
  if (locale === 'ja') return PREFECTURE_NAMES_JA[prefecture] ?? prefecture;
  return prefecture.charAt(0).toUpperCase() + prefecture.slice(1);
}
