import { AppointmentEntity } from './entities/appointment.entity.js';
import { BreakGlassGrantEntity } from './entities/break-glass-grant.entity.js';
import { CaseNumberCounterEntity } from './entities/case-number-counter.entity.js';
import { ClientAssignmentEntity } from './entities/client-assignment.entity.js';
import { ClientEntity } from './entities/client.entity.js';
import { TeamRef, UserRef } from './entities/refs.js';
import { ProtectionApplicationEntity } from './entities/protection-application.entity.js';
import { StageTransitionEntity } from './entities/stage-transition.entity.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';

export const CLIENTS_ENTITIES = [
  ClientEntity,
  ClientAssignmentEntity,
  CaseNumberCounterEntity,
  BreakGlassGrantEntity,
  ProtectionApplicationEntity,
  StageTransitionEntity,
  AppointmentEntity,
  TimelineEventEntity,
  TeamRef,
  UserRef,
];

export { clientScopeCondition, intakeTeams } from './access/client-scope.js';
export { BREAK_GLASS_DURATION_MS, BreakGlassService } from './access/break-glass.service.js';
export { LeaverAssignments } from './access/leaver-assignments.js';
export { EmergencyRefusalsRecorder } from './access/emergency-refusals.recorder.js';
export { EMERGENCY_ACCESS_STATES, EmergencyAccessPage, EmergencyAccessView, type EmergencyAccessState } from './access/emergency-access.views.js';
export { ApplicationView, RemovalSuspensionView, StageHistoryView, TransitionOptionView } from './applications/application.views.js';
export { ApplicationFacts, type ApplicationFact, type OpenFileFact } from './applications/application-facts.repository.js';
export { ApplicationsService, type ApplicationUpdateInput, type NewApplicationInput } from './applications/applications.service.js';
export { AppointmentsService, type AppointmentInput, type AppointmentUpdateInput } from './appointments/appointments.service.js';
export { AppointmentView } from './appointments/appointment.views.js';
export { caseloadQuery, teamOverviewQuery } from './caseload/caseload-read-model.repository.js';
export { CaseloadService } from './caseload/caseload.service.js';
export { CaseloadItem, CaseloadPage, CaseworkerLoad, NextDeadlineView, TeamOverview, UnassignedFiles } from './caseload/caseload.views.js';
export type { AssignmentInput, ClientDetails, ClientIntakeInput, ClientUpdateInput } from './client.inputs.js';
export { AssignmentView, ClientSummaryView, ClientView, ConsentView, CustodyView, ResidenceView, WorkAllowedView } from './client.views.js';
export { ClientsModule } from './clients.module.js';
export { ClientsService } from './clients.service.js';
export { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, type AppointmentKind, type AppointmentStatus } from './entities/appointment.entity.js';
export { CLIENT_STATUSES, CONSENT_KINDS, CUSTODY_STATUSES, GENDERS, VULNERABILITY_FLAGS, type ClientStatus, type ConsentKind, type CustodyStatus, type Gender, type VulnerabilityFlag } from './entities/client.entity.js';
export { DENIED_ACCESS_THROTTLE_MS, DeniedAccessRecorder } from './access-denied/denied-access.recorder.js';
export { DuplicateCheckService, type DuplicateCheckPerson } from './intake/duplicate-check.service.js';
export { DUPLICATE_REASONS, DuplicateCandidate, type DuplicateReason } from './intake/duplicate-candidate.views.js';
export { nameForms } from './intake/duplicate-finder.js';
export { clientSearchQuery } from './search/client-search.repository.js';
export { ClientSearchService, type ClientSearch } from './search/client-search.service.js';
export { ClientSearchPage } from './search/client-search.views.js';
export { StatusService } from './status/status.service.js';
export { StatusHistoryView, StatusOptionsView, StatusOptionView } from './status/status.views.js';
export { TimelineService } from './timeline/timeline.service.js';
export { TimelineItemView, TimelinePage } from './timeline/timeline.views.js';
export { ClientDeadlinesService } from './deadlines/client-deadlines.service.js';
export { AtRiskDeadline, MyDeadlineView } from './deadlines/client-deadline.views.js';
export { RetentionService } from './retention/retention.service.js';
export { ClientDataErasers, type ClientDataEraser } from './retention/client-data-erasers.js';
export { ClientEvents, type EventContext } from './client-events.js';
export { TimelineWriter, type TimelineEntry } from './timeline/timeline.writer.js';
export type { ScopedClient } from './client.repository.js';
export { ClientExportService } from './export/client-export.service.js';
export { ClientExportView, EXPORT_PURPOSES, type ExportPurpose } from './export/client-export.views.js';
