/**
 * The shapes the REST API answers with (openapi.json). Written by hand: the dashboard has no
 * code generator, and each type names only what the screens read.
 */

// The closed lists of values come from libs/domain, the same definitions the API validates with.
export {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  CLIENT_STATUSES,
  CONSENT_KINDS,
  CUSTODY_STATUSES,
  DEADLINE_STATUSES,
  EXPORT_PURPOSES,
  GENDERS,
  LOCALES,
  ROLES,
  VULNERABILITY_FLAGS,
  CustodyCategories as CUSTODY_CATEGORIES,
  DeportationStages as DEPORTATION_STAGES,
  ProtectionKinds as PROTECTION_KINDS,
  ProtectionStages as PROTECTION_STAGES,
  ResidenceStages as RESIDENCE_STAGES,
  TriageCategories as TRIAGE_CATEGORIES,
} from '#domain';
import type {
  AppointmentKind,
  ClientDetails,
  Consent,
  AppointmentStatus,
  ClientStatus,
  ConsentKind,
  CustodyCategory,
  CustodyStatus,
  DeadlineStatus,
  DeportationStage,
  ExportPurpose,
  Gender,
  Locale,
  MembershipKind,
  ProtectionKind,
  ProtectionStage,
  ResidenceStage,
  Role,
  TriageCategory,
  VulnerabilityFlag,
} from '#domain';
import type { ChecklistStep, DocumentCategory, SubmissionTarget, TranslationStatus } from '#domain';
export type {
  AppointmentKind,
  ClientDetails,
  Consent,
  AppointmentStatus,
  ClientStatus,
  ConsentKind,
  CustodyCategory,
  CustodyStatus,
  DeadlineStatus,
  DeportationStage,
  ExportPurpose,
  Gender,
  Locale,
  MembershipKind,
  ProtectionKind,
  ProtectionStage,
  ResidenceStage,
  Role,
  TriageCategory,
  VulnerabilityFlag,
};

export type SessionState = 'active' | 'mfa-pending' | 'mfa-enrolment-required';

export interface Me {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly teams: readonly { readonly id: string; readonly kind: MembershipKind }[];
  readonly sessionState: SessionState;
  readonly csrfToken: string;
  /** Not in the API yet; read when present so the account page can stop guessing. */
  readonly secondFactorEnabled?: boolean;
}

export interface SessionInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly current: boolean;
}

export interface EnrolmentStart {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
}

export interface RecoveryCodes {
  readonly recoveryCodes: readonly string[];
  readonly csrfToken?: string;
}

export type SecondFactor = { readonly code: string } | { readonly recoveryCode: string };

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface Membership {
  readonly teamId: string;
  readonly kind: MembershipKind;
}

export interface MembershipView extends Membership {
  readonly teamName: string;
}

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly status: UserStatus;
  readonly secondFactorEnabled: boolean;
  readonly lastSignInAt: string | null;
  readonly memberships: readonly MembershipView[];
  readonly version: number;
}

export interface InvitedUser {
  readonly user: UserView;
  /** False when the mail server could not be reached: resend later. */
  readonly invitationSent: boolean;
}

export interface InviteUserRequest {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly memberships: readonly Membership[];
}

export interface UpdateUserRequest {
  readonly version: number;
  readonly displayName?: string;
  readonly role?: Role;
  readonly locale?: Locale;
  readonly memberships?: readonly Membership[];
}

export interface UserListFilter {
  readonly role?: Role;
  readonly teamId?: string;
  readonly active?: boolean;
  readonly search?: string;
}

export interface TeamView {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
  readonly supervisorCount: number;
}

export interface TeamMemberView {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: MembershipKind;
  readonly active: boolean;
}

export interface TeamDetailView extends TeamView {
  readonly members: readonly TeamMemberView[];
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEventView {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly clientId: string | null;
  readonly recordIds: readonly string[] | null;
  readonly changedFields: readonly string[] | null;
  readonly ip: string | null;
  readonly correlationId: string | null;
  readonly reason: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
}

export interface AuditPage {
  readonly items: readonly AuditEventView[];
  readonly nextCursor: string | null;
}

export interface AuditQuery {
  readonly userId?: string;
  readonly clientId?: string;
  /** ISO 8601 date-times. */
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface CaughtMailSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly to: readonly string[];
  readonly subject: string;
  /** Sent to the signed-in user: shown in full. */
  readonly addressedToYou: boolean;
}

export interface CaughtMail extends CaughtMailSummary {
  readonly from: string;
  readonly messageId: string | null;
  readonly text: string;
  readonly html: string | null;
  /** Sent to someone else: links and codes that could sign them in were removed. */
  readonly redacted: boolean;
}

// ---- Client files -----------------------------------------------------------------------

export interface ClientSummary {
  readonly id: string;
  readonly caseNumber: string;
  readonly status: ClientStatus;
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName: string | null;
  readonly katakanaName: string | null;
  readonly nationality: string | null;
  readonly custodyStatus: CustodyStatus;
  readonly stage: ProtectionStage | null;
  readonly teamId: string;
}

export interface KeysetPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface ClientSearchQuery {
  readonly q?: string;
  readonly status?: ClientStatus;
  readonly stage?: ProtectionStage;
  readonly nationality?: string;
  readonly language?: string;
  readonly custody?: CustodyStatus;
  readonly flag?: VulnerabilityFlag;
  readonly assignedTo?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface Assignment {
  readonly userId: string;
  readonly displayName: string;
  readonly role: 'primary' | 'other';
}

export interface ClientView {
  readonly id: string;
  readonly caseNumber: string;
  readonly status: ClientStatus;
  readonly teamId: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName: string | null;
  readonly katakanaName: string | null;
  readonly aliases: readonly string[];
  readonly dateOfBirth: string | null;
  readonly dateOfBirthApproximate: boolean;
  readonly gender: Gender | null;
  readonly nationality: string | null;
  readonly languages: readonly string[];
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
  readonly landingDate: string | null;
  readonly landingPort: string | null;
  readonly residenceCardNumber: string | null;
  readonly residence: {
    readonly stage: ResidenceStage;
    readonly expiresOn: string | null;
    readonly workAllowedByStatus: boolean;
    readonly triageCategory: string | null;
  };
  readonly custody: {
    readonly status: CustodyStatus;
    readonly deportationStage: DeportationStage;
    readonly reportingIntervalMonths: number | null;
    /** Under provisional release: the last day of the current period, when known. */
    readonly provisionalReleaseUntil: string | null;
  };
  readonly workAllowed: { readonly allowed: boolean; readonly reasonJa: string; readonly reasonEn: string; readonly basis: string };
  readonly vulnerabilityFlags: readonly VulnerabilityFlag[];
  readonly consents: readonly Consent[];
  readonly assignments: readonly Assignment[];
  readonly closedAt: string | null;
  readonly closedReason: string | null;
  readonly access: 'scope' | 'break-glass';
  /** With emergency access: when it ends. */
  readonly accessExpiresAt: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface IntakeRequest extends ClientDetails {
  readonly familyName: string;
  readonly teamId: string;
  readonly residence: {
    readonly stage: ResidenceStage;
    readonly expiresOn?: string | null;
    readonly workAllowed?: boolean | null;
    readonly triageCategory?: TriageCategory | null;
  };
  readonly custody: {
    readonly stage: DeportationStage;
    readonly custody?: CustodyCategory | null;
    readonly reportingIntervalMonths?: number | null;
    readonly provisionalReleaseUntil?: string | null;
  };
  readonly primaryWorkerId?: string;
  readonly otherWorkerIds?: readonly string[];
  readonly confirmNotDuplicate?: boolean;
}

/**
 * A file that may be the same person. Outside the user's scope only the team to ask and its
 * supervisors are given (one entry per team); case number, reason and id are null.
 */
export interface DuplicateCandidate {
  readonly inYourScope: boolean;
  readonly teamName: string;
  readonly askSupervisors: readonly string[];
  readonly caseNumber: string | null;
  readonly reason: 'same-residence-card' | 'same-birth-date-similar-name' | null;
  readonly clientId: string | null;
}

export interface IntakeResponse {
  readonly client: ClientView;
  readonly duplicates: readonly DuplicateCandidate[];
}

export interface DuplicateCheckRequest {
  readonly familyName: string;
  readonly givenName?: string;
  readonly nativeName?: string | null;
  readonly katakanaName?: string | null;
  readonly dateOfBirth?: string | null;
  readonly residenceCardNumber?: string | null;
}

// ---- Applications, status steps, appointments, timeline ---------------------------------

/** A step the server offers from the current stage, with the dates its form must ask for. */
export interface StepOption {
  readonly to: string;
  readonly outcome: string | null;
  readonly labelJa: string;
  readonly labelEn: string;
  readonly requiredDates: readonly string[];
}

export interface StageHistoryEntry {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly outcome: string | null;
  readonly eventOn: string;
  readonly dates: Readonly<Record<string, string>>;
  readonly note: string | null;
  readonly correctsId: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface ApplicationView {
  readonly id: string;
  readonly clientId: string;
  readonly applicationNo: number;
  readonly kind: ProtectionKind;
  readonly stage: ProtectionStage;
  readonly regionalBureau: string | null;
  readonly filedOn: string | null;
  readonly subsequentApplication: boolean;
  readonly reasonableGroundsSubmitted: boolean;
  readonly reasonableGroundsSubmittedOn: string | null;
  readonly removal: { readonly suspended: boolean; readonly reasonsJa: readonly string[]; readonly reasonsEn: readonly string[]; readonly unverified: boolean };
  readonly allowedTransitions: readonly StepOption[];
  readonly history: readonly StageHistoryEntry[];
  readonly version: number;
}

export interface StepRequest {
  readonly version: number;
  readonly to: string;
  readonly outcome?: string | null;
  readonly dates: Readonly<Record<string, string>>;
  readonly note?: string | null;
}

/** The residence and custody steps recorded for a client, oldest first. */
export interface StatusHistory {
  readonly residence: readonly StageHistoryEntry[];
  readonly custody: readonly StageHistoryEntry[];
}

export interface StatusOptions {
  readonly residence: readonly StepOption[];
  readonly custody: readonly StepOption[];
}

export interface AppointmentView {
  readonly id: string;
  readonly clientId: string;
  readonly applicationId: string | null;
  readonly kind: AppointmentKind;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly place: string | null;
  readonly interpreterLanguage: string | null;
  readonly status: AppointmentStatus;
  readonly outcome: string | null;
  readonly notes: string | null;
  readonly version: number;
}

export interface AppointmentRequest {
  readonly kind: AppointmentKind;
  readonly startsAt: string;
  readonly endsAt?: string | null;
  readonly place?: string | null;
  readonly interpreterLanguage?: string | null;
  readonly notes?: string | null;
}

export interface AppointmentUpdate {
  readonly version: number;
  readonly startsAt?: string;
  readonly endsAt?: string | null;
  readonly status?: AppointmentStatus;
  readonly outcome?: string | null;
}

export interface TimelineItem {
  readonly id: string;
  readonly occurredAt: string;
  readonly kind: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string | null;
}

// ---- Caseload and deadlines ---------------------------------------------------------------

export type Hardness = 'hard' | 'soft';
/** V verified, S secondary sources only, U unverified: check with a lawyer. */
export type Confidence = 'V' | 'S' | 'U';

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export interface CaseloadItem {
  readonly clientId: string;
  readonly caseNumber: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName: string | null;
  readonly katakanaName: string | null;
  readonly stage: ProtectionStage | null;
  readonly custodyStatus: CustodyStatus;
  readonly role: 'primary' | 'other';
  readonly nextDeadline: { readonly id: string; readonly kind: string; readonly dueDate: string; readonly hardness: Hardness } | null;
  readonly nextAppointmentAt: string | null;
}

export interface CaseworkerLoad {
  readonly userId: string;
  readonly displayName: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly clients: number;
  /** Open files by the stage of their latest application; `none`: no application yet. */
  readonly byStage: Readonly<Record<string, number>>;
  readonly overdue: number;
  readonly dueWithin7Days: number;
}

export interface TeamOverview {
  /** The server's date in Japan. */
  readonly today: string;
  readonly caseworkers: readonly CaseworkerLoad[];
  /** Teams with open files that have no primary caseworker (theirs left the team). */
  readonly unassigned: readonly { readonly teamId: string; readonly teamName: string; readonly clients: number }[];
}

/** One use of emergency access (`/api/emergency-access`). */
export interface EmergencyAccess {
  readonly id: string;
  readonly clientId: string;
  readonly caseNumber: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly openedById: string;
  readonly openedByName: string;
  readonly reason: string;
  readonly grantedAt: string;
  readonly expiresAt: string;
  readonly endedAt: string | null;
  readonly endedById: string | null;
  readonly endedByName: string | null;
  readonly state: 'active' | 'ended' | 'expired';
  readonly canEnd: boolean;
}

export interface DeadlineView {
  readonly id: string;
  readonly clientId: string;
  readonly applicationId: string | null;
  readonly appointmentId: string | null;
  readonly kind: string;
  readonly ruleVersion: number;
  readonly inputs: Readonly<Record<string, string>>;
  readonly opensOn: string | null;
  readonly dueDate: string;
  readonly computedDueDate: string;
  readonly conservativeDueDate: string | null;
  readonly hardness: Hardness;
  readonly confidence: Confidence;
  readonly basis: Bilingual;
  readonly explanation: Bilingual;
  readonly status: DeadlineStatus;
  readonly ownerId: string | null;
  readonly resolution?: string | null;
  readonly overrideReason?: string | null;
  readonly supersededById: string | null;
  readonly createdAt: string;
  readonly version: number;
}

/** One of my deadlines, with its file's case number. */
export interface MyDeadlineView extends DeadlineView {
  readonly caseNumber: string;
}

export interface AtRiskDeadline {
  readonly deadline: DeadlineView;
  readonly caseNumber: string;
  readonly ownerName: string | null;
  /** Open business days left (administrative calendar); negative when overdue. */
  readonly businessDaysLeft: number;
}

export interface DeadlineRule {
  readonly kind: string;
  readonly version: number;
  readonly inForceFrom: string;
  readonly title: Bilingual;
  readonly basis: Bilingual;
  readonly confidence: Confidence;
  readonly hardness: Hardness;
  /** The input the preview's `triggerDate` stands for. */
  readonly triggerInput: string;
  readonly inputs: readonly string[];
  readonly requiredInputs: readonly string[];
}

export interface DeadlinePreview {
  readonly kind: string;
  readonly ruleVersion: number;
  readonly triggerDate: string;
  readonly opensOn?: string;
  readonly dueDate: string;
  readonly conservativeDueDate?: string;
  readonly explanation: Bilingual;
  readonly basis: Bilingual;
  readonly confidence: Confidence;
  readonly hardness: Hardness;
}

// ---- Reminders (administrators) -----------------------------------------------------------

export interface ReminderPolicy {
  /** `deadline:<kind>` or `appointment:<kind>`. */
  readonly target: string;
  readonly leadDays: readonly number[];
  readonly onRecording: boolean;
  readonly dailyUntilDue: boolean;
  readonly sendAtHour: number;
  readonly sendAtMinute: number;
  readonly enabled: boolean;
  readonly version: number;
}

export type ReminderPolicyChange = Omit<ReminderPolicy, 'target'>;

export interface ReminderStats {
  readonly counts: Readonly<Record<string, number>>;
  readonly sentLast24h: number;
  readonly latenessP50Seconds: number | null;
  readonly latenessP99Seconds: number | null;
  readonly overdue: number;
  readonly queue: Readonly<Record<string, number>>;
}


// ---- Partner directory (issue 12) -------------------------------------------------------------

// PREFECTURES, SERVICE_KINDS and the vocabulary types are imported and exported with the referrals below.
export { PROGRAMMES } from '#domain';

/** An organisation the NGO refers clients to. */
export interface PartnerOrganisationView {
  readonly id: string;
  /** As the organisation writes it (usually Japanese). */
  readonly name: string;
  readonly nameEn: string | null;
  readonly contactPerson: string | null;
  /** Where referrals are sent. */
  readonly referralEmail: string;
  readonly phone: string | null;
  readonly website: string | null;
  readonly notes: string | null;
  /** Inactive organisations and their services are left out of searches. */
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** One service an organisation offers. */
export interface PartnerServiceView {
  readonly id: string;
  readonly partnerId: string;
  readonly kind: ServiceKind;
  /** The public programme it is, when Yorisoi knows its eligibility rules. */
  readonly programme: Programme | null;
  readonly name: string;
  readonly description: string | null;
  readonly eligibilityNotes: string | null;
  /** ISO 639-1 codes. */
  readonly languages: readonly string[];
  readonly prefectures: readonly Prefecture[];
  /** Places free as last reported; null when not counted. */
  readonly capacityAvailable: number | null;
  /** The day that count was given (`YYYY-MM-DD`). */
  readonly capacityUpdatedOn: string | null;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** An organisation with all its services, active or not. */
export interface PartnerDetailView extends PartnerOrganisationView {
  readonly services: readonly PartnerServiceView[];
}

// A search hit is a PartnerServiceListingView (with its PartnerSummaryView), defined with the referrals below.

export interface PartnerServiceSearchQuery {
  readonly kind?: ServiceKind;
  readonly language?: string;
  readonly prefecture?: Prefecture;
  /** Part of an organisation's name (Japanese or English) or a service's name. */
  readonly q?: string;
  readonly includeInactive?: boolean;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface PartnerListQuery {
  readonly q?: string;
  readonly includeInactive?: boolean;
  readonly cursor?: string;
  readonly limit?: number;
}

/** The organisation's own details; an optional text sent as null is cleared. */
export interface PartnerFields {
  readonly name: string;
  readonly nameEn: string | null;
  readonly contactPerson: string | null;
  readonly referralEmail: string;
  readonly phone: string | null;
  readonly website: string | null;
  readonly notes: string | null;
}

/** A correction written against the version that was read: only the fields that changed. */
export type PartnerChange = Partial<PartnerFields> & { readonly version: number };

export interface PartnerServiceFields {
  readonly kind: ServiceKind;
  readonly programme: Programme | null;
  readonly name: string;
  readonly description: string | null;
  readonly eligibilityNotes: string | null;
  readonly languages: readonly string[];
  readonly prefectures: readonly Prefecture[];
}

export type PartnerServiceChange = Partial<PartnerServiceFields> & { readonly version: number };

export interface ServiceCapacityChange {
  readonly version: number;
  /** null: no longer counted. */
  readonly available: number | null;
  /** Not after today in Japan; today when left out. */
  readonly updatedOn?: string | null;
}

// ---- Evidence documents (issue 11) ------------------------------------------------------------

export { CHECKLIST_STEPS, DOCUMENT_CATEGORIES, SUBMISSION_TARGETS, TRANSLATION_STATUSES } from '#domain';
export type { ChecklistStep, DocumentCategory, SubmissionTarget, TranslationStatus } from '#domain';

/** A text the server words in both languages (a flag's message, its legal basis, a checklist label). */
export interface BilingualText {
  readonly ja: string;
  readonly en: string;
}

export interface DocumentVersionView {
  readonly number: number;
  readonly sizeBytes: number;
  readonly mediaType: string;
  /** Data only, shown to the caseworker; null once anonymised. */
  readonly originalName: string | null;
  readonly sha256: string;
  readonly uploadedAt: string;
  readonly uploadedBy: string | null;
  readonly uploadedByName: string | null;
  /** Its key is destroyed: the bytes can no longer be read. */
  readonly destroyed: boolean;
  readonly destroyedAt: string | null;
  readonly destroyedReason: string | null;
}

export interface LinkedDocument {
  readonly id: string;
  readonly title: string;
  readonly language: string;
}

export interface DocumentTranslation {
  readonly status: TranslationStatus;
  readonly translatorName: string | null;
  readonly dueDate: string | null;
  readonly signedOn: string | null;
  readonly allowedNext: readonly TranslationStatus[];
}

/** Marked for submission, not in Japanese, without a signed translation (Enforcement Regulation Art. 62). */
export interface DocumentFlag {
  readonly code: string;
  readonly message: BilingualText;
  readonly basis: BilingualText;
}

export interface DocumentView {
  readonly id: string;
  readonly clientId: string;
  readonly applicationId: string | null;
  readonly category: DocumentCategory;
  readonly title: string;
  readonly language: string;
  readonly documentDate: string | null;
  readonly sensitive: boolean;
  readonly forSubmission: boolean;
  readonly checklistItemKey: string | null;
  readonly translationOf: LinkedDocument | null;
  readonly translations: readonly LinkedDocument[];
  readonly translation: DocumentTranslation;
  readonly flag: DocumentFlag | null;
  readonly currentVersion: DocumentVersionView | null;
  readonly versionCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DocumentSubmission {
  readonly id: string;
  readonly versionNumber: number;
  readonly submittedTo: SubmissionTarget;
  readonly submittedOn: string;
  readonly applicationId: string | null;
  readonly note: string | null;
  readonly recordedBy: string | null;
  readonly recordedAt: string;
}

export interface DocumentDetailView extends DocumentView {
  /** Newest first. */
  readonly versions: readonly DocumentVersionView[];
  readonly submissions: readonly DocumentSubmission[];
}

/** The text fields of an upload, sent before the file (multipart order matters to the streaming server). */
export interface DocumentUploadFields {
  readonly category: DocumentCategory;
  readonly title: string;
  readonly language: string;
  readonly documentDate?: string;
  readonly sensitive?: boolean;
  readonly forSubmission?: boolean;
  readonly applicationId?: string;
  readonly checklistItemKey?: string;
  readonly translationOfId?: string;
}

export interface DocumentChange {
  readonly version: number;
  readonly category?: DocumentCategory;
  readonly title?: string;
  readonly language?: string;
  readonly documentDate?: string | null;
  readonly sensitive?: boolean;
  readonly forSubmission?: boolean;
  readonly applicationId?: string | null;
  readonly checklistItemKey?: string | null;
}

export interface TranslationChangeRequest {
  readonly version: number;
  readonly status: TranslationStatus;
  readonly translatorName?: string | null;
  readonly dueDate?: string | null;
  readonly signedOn?: string | null;
}

export interface SubmissionRequest {
  readonly versionNumber: number;
  readonly submittedTo: SubmissionTarget;
  readonly submittedOn: string;
  readonly applicationId?: string;
  readonly note?: string;
}

export type ChecklistItemStatus = 'present' | 'missing' | 'awaiting-translation' | 'optional-missing';

export interface ChecklistItemView {
  readonly key: string;
  readonly label: BilingualText;
  readonly hint: BilingualText | null;
  readonly required: boolean;
  readonly status: ChecklistItemStatus;
  readonly documentIds: readonly string[];
}

export interface ChecklistView {
  readonly applicationId: string;
  /** Null when the application's stage expects no more documents (recognised, withdrawn, final). */
  readonly step: ChecklistStep | null;
  readonly templateVersion: number | null;
  readonly title: BilingualText | null;
  readonly basis: BilingualText | null;
  readonly items: readonly ChecklistItemView[];
  readonly missing: number;
  readonly awaitingTranslation: number;
  readonly complete: boolean;
}

export type MaterialsRequestStatus = 'open' | 'answered' | 'withdrawn';

/** ISA's request for further materials, with the date they are due. */
export interface MaterialsRequestView {
  readonly id: string;
  readonly applicationId: string | null;
  readonly receivedOn: string;
  readonly dueDate: string;
  readonly description: string;
  readonly status: MaterialsRequestStatus;
  readonly resolvedOn: string | null;
  readonly deadlineId: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface MaterialsRequestChange {
  readonly version: number;
  readonly status?: MaterialsRequestStatus;
  readonly resolvedOn?: string | null;
  readonly dueDate?: string;
  readonly description?: string;
}

/** Per team and caseworker (null: files without a primary caseworker), the files with missing documents. */
export interface MissingDocumentsByCaseworker {
  readonly teamId: string;
  readonly caseworkerId: string | null;
  readonly caseworkerName: string | null;
  readonly files: readonly { readonly clientId: string; readonly caseNumber: string; readonly missing: number; readonly awaitingTranslation: number }[];
}

// ---- Referrals (issue 12) ------------------------------------------------------------------

export { PREFECTURES, REFERRAL_STATUSES, REFERRAL_URGENCIES, SERVICE_KINDS, SHAREABLE_FIELDS } from '#domain';
import type { Prefecture, Programme, ReferralAction, ReferralStatus, ReferralUrgency, ServiceKind, ShareableField } from '#domain';
export type { Prefecture, Programme, ReferralAction, ReferralStatus, ReferralUrgency, ServiceKind, ShareableField };

/** The organisation behind a service, as a listing names it. */
export interface PartnerSummaryView {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly contactPerson: string | null;
  readonly phone: string | null;
  readonly website: string | null;
  readonly active: boolean;
}

/** One service of the partner directory, with its organisation. */
export interface PartnerServiceListingView extends PartnerServiceView {
  readonly partner: PartnerSummaryView;
}

export interface ReferralTargetView {
  readonly serviceKind: ServiceKind;
  readonly programme: Programme | null;
  /** Null for the organisation's own service. */
  readonly partnerId: string | null;
  readonly serviceId: string | null;
  readonly organisationName: string | null;
  readonly serviceName: string | null;
  readonly internalService: string | null;
}

/** A field as the letter carried it, in the letter's language. */
export interface SharedRowView {
  readonly field: ShareableField;
  readonly label: string;
  readonly value: string;
}

/** Where the referral does not fit what the file shows: advice with its basis, never a block. */
export interface ReferralWarningView {
  readonly code: string;
  readonly label: Bilingual;
  readonly basis: string;
}

export interface ReplyLinkView {
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly expired: boolean;
  /** The partner's referral address it was e-mailed to. */
  readonly sentTo: string;
  /** What the mail server said: failed means the partner has not been told. */
  readonly mail: 'pending' | 'delivered' | 'failed';
}

export interface ReferralView {
  readonly id: string;
  readonly number: number;
  readonly clientId: string;
  readonly status: ReferralStatus;
  /** What the caseworker may do next. */
  readonly allowedActions: readonly ReferralAction[];
  readonly target: ReferralTargetView;
  readonly reason: string;
  readonly urgency: ReferralUrgency;
  readonly sharedFields: readonly ShareableField[];
  readonly letterLocale: Locale;
  /** What was sent, as it was sent; null before sending. */
  readonly sharedRows: readonly SharedRowView[] | null;
  readonly warnings: readonly ReferralWarningView[];
  /** For a partner: the client's consent in force covers it today (required to send). */
  readonly consentCovered: boolean;
  readonly sentOn: string | null;
  readonly followUpOn: string | null;
  readonly followUpDeadlineId: string | null;
  readonly answeredAt: string | null;
  readonly declineReason: string | null;
  readonly outcome: string | null;
  readonly partnerNote: string | null;
  /** The partner's reply link in force, if any. */
  readonly replyLink: ReplyLinkView | null;
  readonly appointmentId: string | null;
  readonly createdBy: string | null;
  readonly createdByName: string | null;
  readonly createdAt: string;
  readonly version: number;
}

/** A partner's service from the directory, or one of the organisation's own by name and kind. */
export type NewReferralRequest = (
  | { readonly serviceId: string; readonly internalService?: undefined; readonly serviceKind?: undefined }
  | { readonly serviceId?: undefined; readonly internalService: string; readonly serviceKind: ServiceKind }
) & {
  readonly reason: string;
  readonly urgency: ReferralUrgency;
  readonly sharedFields: readonly ShareableField[];
  readonly letterLocale: Locale;
};

export interface ReferralDraftChange {
  readonly version: number;
  readonly reason?: string;
  readonly urgency?: ReferralUrgency;
  readonly sharedFields?: readonly ShareableField[];
  readonly letterLocale?: Locale;
}

export type ReferralStepAction = Exclude<ReferralAction, 'send'>;

/** An accepted referral's intake: an appointment of the file like any other. */
export interface ReferralAppointmentRequest {
  readonly version: number;
  readonly kind: AppointmentKind;
  /** ISO 8601. */
  readonly startsAt: string;
  readonly place?: string | null;
  readonly notes?: string | null;
}

export interface ReferralStepRequest {
  readonly version: number;
  readonly action: ReferralStepAction;
  /** Why the partner declined (required with decline). */
  readonly reason?: string | null;
  /** How it ended (required with complete). */
  readonly outcome?: string | null;
  /** What the partner said, when their answer came by phone. */
  readonly note?: string | null;
}

/** The client's consent to share with one partner, or with every partner of a kind of service (APPI Art. 27). */
export interface ReferralConsentView {
  readonly id: string;
  readonly partnerId: string | null;
  readonly partnerName: string | null;
  readonly serviceKind: ServiceKind | null;
  readonly givenOn: string;
  readonly scope: string;
  readonly withdrawnOn: string | null;
  readonly inForce: boolean;
  readonly version: number;
}

export type NewReferralConsentRequest = ({ readonly partnerId: string; readonly serviceKind?: undefined } | { readonly partnerId?: undefined; readonly serviceKind: ServiceKind }) & {
  readonly givenOn: string;
  readonly scope: string;
};

/** A referral of mine that waits for the partner's answer (home page). */
export interface WaitingReferralView {
  readonly id: string;
  readonly number: number;
  readonly clientId: string;
  readonly caseNumber: string;
  readonly clientName: string;
  readonly status: ReferralStatus;
  readonly serviceKind: ServiceKind;
  readonly organisationName: string | null;
  readonly urgency: ReferralUrgency;
  readonly sentOn: string;
  readonly followUpOn: string | null;
  /** The follow-up day has come without an answer. */
  readonly followUpDue: boolean;
}

/** What the partner's reply page shows: the referral as sent, and what they may answer. */
export interface PartnerReferralView {
  readonly number: number;
  readonly fromOrganisation: string;
  readonly caseworkerName: string | null;
  readonly organisationName: string;
  readonly serviceName: string;
  readonly serviceKind: ServiceKind;
  readonly urgency: ReferralUrgency;
  readonly letterLocale: Locale;
  readonly reason: string;
  readonly shared: readonly SharedRowView[];
  readonly sentOn: string;
  readonly status: ReferralStatus;
  readonly allowedActions: readonly ReferralAction[];
  readonly partnerNote: string | null;
  readonly linkExpiresAt: string;
}

export type PartnerAnswerAction = 'acknowledge' | 'accept' | 'decline';
