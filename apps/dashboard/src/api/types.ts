import type { components, operations } from './generated/openapi';

/**
 * The shapes the REST API answers with and accepts, by the names the screens use. Every one is
 * generated from openapi.json (`npm run openapi` writes generated/openapi.d.ts): a route that
 * changes without the dashboard following fails the dashboard's type-check.
 */

export type Schema = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

// The closed lists of values come from libs/domain, the same definitions the API validates with.
export {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  CHECKLIST_STEPS,
  CLIENT_STATUSES,
  CONSENT_KINDS,
  CUSTODY_STATUSES,
  DEADLINE_STATUSES,
  DOCUMENT_CATEGORIES,
  EXPORT_PURPOSES,
  GENDERS,
  LOCALES,
  PREFECTURES,
  PROGRAMMES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  ROLES,
  SERVICE_KINDS,
  SHAREABLE_FIELDS,
  SUBMISSION_TARGETS,
  TRANSLATION_STATUSES,
  VULNERABILITY_FLAGS,
  CustodyCategories as CUSTODY_CATEGORIES,
  DeportationStages as DEPORTATION_STAGES,
  ProtectionKinds as PROTECTION_KINDS,
  ProtectionStages as PROTECTION_STAGES,
  ResidenceStages as RESIDENCE_STAGES,
  TriageCategories as TRIAGE_CATEGORIES,
} from '#domain';
export type {
  AppointmentKind,
  AppointmentStatus,
  ChecklistStep,
  ClientStatus,
  ConsentKind,
  CustodyCategory,
  CustodyStatus,
  DeadlineStatus,
  DeportationStage,
  DocumentCategory,
  ExportPurpose,
  Gender,
  Locale,
  MembershipKind,
  Prefecture,
  Programme,
  ProtectionKind,
  ProtectionStage,
  ReferralStatus,
  ReferralUrgency,
  ResidenceStage,
  Role,
  ServiceKind,
  ShareableField,
  SubmissionTarget,
  TranslationStatus,
  TriageCategory,
  VulnerabilityFlag,
} from '#domain';

// ---- Accounts, teams, audit -----------------------------------------------------------------

export type Me = Schema['MeResponse'];
export type SessionState = Me['sessionState'];
export type SessionInfo = Schema['SessionResponse'];
export type EnrolmentStart = Schema['EnrolmentStartResponse'];
export type RecoveryCodes = Schema['RecoveryCodesResponse'];
export type SecondFactor = Schema['SecondFactorRequest'];
export type UserView = Schema['UserView'];
export type UserStatus = UserView['status'];
export type Membership = Schema['MembershipRequest'];
export type InvitedUser = Schema['InvitedUserResponse'];
export type InviteUserRequest = Schema['InviteUserRequest'];
export type UpdateUserRequest = Schema['UpdateUserRequest'];
export type UserListFilter = QueryOf<'UsersController_list'>;
export type TeamView = Schema['TeamView'];
export type TeamMemberView = Schema['TeamMemberView'];
export type TeamDetailView = Schema['TeamDetailView'];
export type AuditEventView = Schema['AuditEventView'];
export type AuditOutcome = AuditEventView['outcome'];
export type AuditPage = Schema['AuditPage'];
export type AuditQuery = QueryOf<'AuditController_find'>;
export type CaughtMailSummary = Schema['CaughtMailSummaryResponse'];
export type CaughtMail = Schema['CaughtMailResponse'];

// ---- Client files ---------------------------------------------------------------------------

export type ClientSearchPage = Schema['ClientSearchPage'];
export type ClientSearchQuery = QueryOf<'ClientsController_find'>;
export type Assignment = Schema['AssignmentView'];
export type ClientView = Schema['ClientView'];
export type IntakeRequest = Schema['IntakeRequest'];
export type IntakeResponse = Schema['IntakeResponse'];
/** What a caseworker edits of a person: a change without the version it was read at. */
export type ClientDetails = Omit<Schema['UpdateClientRequest'], 'version'>;
export type DuplicateCandidate = Schema['DuplicateCandidate'];
export type DuplicateCheckRequest = Schema['DuplicateCheckRequest'];

// ---- Applications, status steps, appointments, timeline -------------------------------------

/** A step the server offers from the current stage, with the dates its form must ask for. */
export type StepOption = Schema['TransitionOptionView'] | Schema['StatusOptionView'];
export type StageHistoryEntry = Schema['StageHistoryView'];
export type ApplicationView = Schema['ApplicationView'];
export type StepRequest = Schema['ProtectionStepRequest'];
export type ResidenceStepRequest = Schema['ResidenceStepRequest'];
export type CustodyStepRequest = Schema['CustodyStepRequest'];
export type StatusHistory = Schema['StatusHistoryView'];
export type StatusOptions = Schema['StatusOptionsView'];
export type AppointmentView = Schema['AppointmentView'];
export type AppointmentRequest = Schema['AppointmentRequest'];
export type AppointmentUpdate = Schema['UpdateAppointmentRequest'];
export type TimelineItem = Schema['TimelineItemView'];
export type TimelinePage = Schema['TimelinePage'];

// ---- Caseload and deadlines -----------------------------------------------------------------

export type Bilingual = Schema['BilingualView'];
export type CaseloadItem = Schema['CaseloadItem'];
export type CaseloadPage = Schema['CaseloadPage'];
export type CaseworkerLoad = Schema['CaseworkerLoad'];
export type TeamOverview = Schema['TeamOverview'];
export type EmergencyAccess = Schema['EmergencyAccessView'];
export type EmergencyAccessPage = Schema['EmergencyAccessPage'];
export type DeadlineView = Schema['DeadlineView'];
export type Hardness = DeadlineView['hardness'];
/** V verified, S secondary sources only, U unverified: check with a lawyer. */
export type Confidence = DeadlineView['confidence'];
export type MyDeadlineView = Schema['MyDeadlineView'];
export type MyDeadlinesQuery = QueryOf<'DeadlinesController_mine'>;
export type AtRiskDeadline = Schema['AtRiskDeadline'];
export type DeadlineRule = Schema['DeadlineRuleView'];
export type DeadlinePreview = Schema['DeadlinePreviewView'];

// ---- Reminders (administrators) -------------------------------------------------------------

export type ReminderPolicy = Schema['ReminderPolicyView'];
export type ReminderPolicyChange = Schema['ReminderPolicyRequest'];
export type ReminderStats = Schema['ReminderStatsView'];

// ---- Partner directory ----------------------------------------------------------------------

export type PartnerOrganisationView = Schema['PartnerOrganisationView'];
export type PartnerOrganisationPage = Schema['PartnerOrganisationPageView'];
export type PartnerServiceView = Schema['PartnerServiceView'];
export type PartnerDetailView = Schema['PartnerDetailView'];
export type PartnerSummaryView = Schema['PartnerSummaryView'];
export type PartnerServiceListingView = Schema['PartnerServiceListingView'];
export type PartnerServicePage = Schema['PartnerServicePageView'];
export type PartnerServiceSearchQuery = QueryOf<'PartnersController_search'>;
export type PartnerListQuery = QueryOf<'PartnersController_list'>;
export type PartnerFields = Schema['NewPartnerRequest'];
export type PartnerChange = Schema['UpdatePartnerRequest'];
export type PartnerServiceFields = Schema['NewPartnerServiceRequest'];
export type PartnerServiceChange = Schema['UpdatePartnerServiceRequest'];
export type ServiceCapacityChange = Schema['ServiceCapacityRequest'];

// ---- Evidence documents ---------------------------------------------------------------------

export type DocumentVersionView = Schema['DocumentVersionView'];
export type DocumentFlag = Schema['TranslationFlagView'];
export type DocumentView = Schema['DocumentView'];
export type DocumentPage = Schema['DocumentPageView'];
export type DocumentListFilter = Omit<QueryOf<'DocumentsController_list'>, 'cursor' | 'limit'>;
export type DocumentDetailView = Schema['DocumentDetailView'];
/** The text fields of an upload, sent before the file (multipart order matters to the streaming server). */
export type DocumentUploadFields = Omit<Schema['NewDocumentUpload'], 'file'>;
export type DocumentChange = Schema['UpdateDocumentRequest'];
export type TranslationChangeRequest = Schema['TranslationRequest'];
export type SubmissionRequest = Schema['SubmissionRequest'];
export type ChecklistView = Schema['ChecklistView'];
export type ChecklistItemStatus = Schema['ChecklistItemView']['status'];
export type MaterialsRequestView = Schema['MaterialsRequestView'];
export type MaterialsRequestStatus = MaterialsRequestView['status'];
export type NewMaterialsRequest = Schema['NewMaterialsRequestRequest'];
export type MaterialsRequestChange = Schema['UpdateMaterialsRequestRequest'];
export type MissingDocumentsByCaseworker = Schema['MissingDocumentsByCaseworkerView'];
export type ChecklistTemplateItem = Schema['ChecklistTemplateItemView'];
export type ChecklistTemplateView = Schema['ChecklistTemplateView'];
export type ChecklistTemplateChange = Schema['ChecklistTemplateRequest'];

// ---- Referrals ------------------------------------------------------------------------------

export type ReferralWarningView = Schema['ReferralWarningView'];
export type ReferralView = Schema['ReferralView'];
export type NewReferralRequest = Schema['NewReferralRequest'];
export type ReferralDraftChange = Schema['UpdateReferralRequest'];
export type ReferralStepRequest = Schema['ReferralStepRequest'];
export type ReferralStepAction = ReferralStepRequest['action'];
export type ReferralAppointmentRequest = Schema['ReferralAppointmentRequest'];
export type ReferralConsentView = Schema['ReferralConsentView'];
export type NewReferralConsentRequest = Schema['NewReferralConsentRequest'];
export type WaitingReferralView = Schema['WaitingReferralView'];
export type PartnerReferralView = Schema['PartnerReferralView'];
export type PartnerAnswer = Omit<Schema['PartnerAnswerRequest'], 'token'>;
export type PartnerAnswerAction = PartnerAnswer['action'];

// ---- Reports (supervisors and administrators) -----------------------------------------------

export type ReportOverview = Schema['ReportsOverviewView'];
export type ReportMeta = Schema['ReportMetaView'];
export type ReportDataVersion = Schema['DataVersionView'];
export type NationalSource = Schema['NationalSourceView'];
type ReportQueryOf = QueryOf<'ReportsController_timeInStage'>;
/** The filters every report takes: months `YYYY-MM` (always sent, so the page and the API agree), and one team or all. */
export type ReportQuery = Required<Pick<ReportQueryOf, 'from' | 'to'>> & Pick<ReportQueryOf, 'teamId'>;
export type OutcomesReport = Schema['OutcomesReportView'];
export type ReportGranularity = OutcomesReport['granularity'];
export type OutcomeRow = Schema['OutcomeRowView'];
export type NationalYear = Schema['NationalOutcomeView'];
export type TimeInStageReport = Schema['TimeInStageReportView'];
export type TimeInStageRow = Schema['TimeInStageRowView'];
export type DeadlinesReport = Schema['DeadlinesReportView'];
export type DeadlineOutcomeCounts = Schema['DeadlineOutcomeCountsView'];
export type DeadlineMonthRow = Schema['DeadlineMonthRowView'];
export type ReminderMonthRow = Schema['ReminderMonthView'];
export type CaseloadsReport = Schema['CaseloadsReportView'];
export type CaseloadMonth = Schema['CaseloadMonthView'];
export type CaseworkerCaseload = Schema['CaseworkerCaseloadView'];
export type ReferralsDocumentsReport = Schema['ReferralsDocumentsReportView'];
export type ReferralOutcomeRow = Schema['ReferralOutcomeView'];
export type DisaggregationReport = Schema['DisaggregationReportView'];
export type DisaggregationTable = Schema['DisaggregationTableView'];
/** A count as published: `below` is shown "< 5", `withheld` "–" (so a small one cannot be worked out). */
export type PublishedCountView = Schema['PublishedCountView'];
export type ReportExportQuery = QueryOf<'ReportsController_export'>;
export type ExportFormat = ReportExportQuery['format'];

/** Supervisors: an open deadline of their teams past its due date, now (the reports' drill-down). */
export type OverdueDeadline = Schema['OverdueDeadline'];
export type OverdueQuery = QueryOf<'DeadlinesController_overdue'>;
