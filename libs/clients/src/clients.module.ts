import { ClientExportService } from './export/client-export.service.js';
import { Module } from '@nestjs/common';
import { UserDirectoryModule } from '#accounts';
import { DeadlinesModule } from '#deadlines';
import { RemindersModule } from '#reminders';
import { BreakGlassGrantRepository } from './access/break-glass-grant.repository.js';
import { BreakGlassService } from './access/break-glass.service.js';
import { EmergencyAccessGrantsModule } from './access/emergency-access-grants.module.js';
import { EmergencyRefusalsRecorder } from './access/emergency-refusals.recorder.js';
import { LeaverAssignments } from './access/leaver-assignments.js';
import { DeniedAccessRecorder } from './access-denied/denied-access.recorder.js';
import { ApplicationFacts } from './applications/application-facts.repository.js';
import { ApplicationsService } from './applications/applications.service.js';
import { ProtectionApplicationRepository, StageHistoryRepository } from './applications/protection-application.repository.js';
import { AppointmentRepository } from './appointments/appointment.repository.js';
import { TimelineEventRepository } from './timeline/timeline-event.repository.js';
import { AppointmentsService } from './appointments/appointments.service.js';
import { CaseloadReadModel } from './caseload/caseload-read-model.repository.js';
import { CaseloadService } from './caseload/caseload.service.js';
import { ClientAssignments } from './client-assignments.js';
import { ClientEvents } from './client-events.js';
import { ClientRepository } from './client.repository.js';
import { ReminderFactsModule } from './reminder-facts/reminder-facts.module.js';
import { ClientsService } from './clients.service.js';
import { ClientDeadlinesService } from './deadlines/client-deadlines.service.js';
import { DeadlineFactsRepository } from './deadlines/deadline-facts.repository.js';
import { DuplicateCheckService } from './intake/duplicate-check.service.js';
import { DuplicateCheckThrottle } from './intake/duplicate-check.throttle.js';
import { DuplicateCandidateRepository } from './intake/duplicate-candidate.repository.js';
import { DuplicateFinder } from './intake/duplicate-finder.js';
import { ClientDataErasers } from './retention/client-data-erasers.js';
import { ClientRetentionRepository } from './retention/client-retention.repository.js';
import { RetentionService } from './retention/retention.service.js';
import { ClientSearchRepository } from './search/client-search.repository.js';
import { ClientSearchService } from './search/client-search.service.js';
import { StatusStepRepository } from './status/status-step.repository.js';
import { StatusService } from './status/status.service.js';
import { TimelineService } from './timeline/timeline.service.js';
import { TimelineWriter } from './timeline/timeline.writer.js';

/** Client files: intake, search, the three procedure tracks, appointments, timeline, caseloads. */
@Module({
  imports: [DeadlinesModule, RemindersModule, ReminderFactsModule, UserDirectoryModule, EmergencyAccessGrantsModule],
  providers: [
    ApplicationFacts,
    ApplicationsService,
    ProtectionApplicationRepository,
    StageHistoryRepository,
    AppointmentsService,
    AppointmentRepository,
    TimelineEventRepository,
    BreakGlassGrantRepository,
    BreakGlassService,
    CaseloadReadModel,
    CaseloadService,
    ClientAssignments,
    ClientDataErasers,
    ClientEvents,
    ClientExportService,
    ClientRepository,
    ClientRetentionRepository,
    ClientSearchRepository,
    ClientSearchService,
    ClientsService,
    ClientDeadlinesService,
    DeadlineFactsRepository,
    DeniedAccessRecorder,
    DuplicateCheckService,
    DuplicateCandidateRepository,
    DuplicateCheckThrottle,
    DuplicateFinder,
    EmergencyRefusalsRecorder,
    LeaverAssignments,
    RetentionService,
    StatusService,
    StatusStepRepository,
    TimelineService,
    TimelineWriter,
  ],
  exports: [
    ApplicationFacts,
    ApplicationsService,
    AppointmentsService,
    BreakGlassService,
    CaseloadService,
    ClientDataErasers,
    ClientDeadlinesService,
    ClientEvents,
    ClientExportService,
    ClientSearchService,
    LeaverAssignments,
    ClientsService,
    DeniedAccessRecorder,
    DuplicateCheckService,
    EmergencyRefusalsRecorder,
    RetentionService,
    StatusService,
    TimelineService,
    TimelineWriter,
  ],
})
export class ClientsModule {}
