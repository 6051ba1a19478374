import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import {
  ApplicationsService,
  ApplicationView,
  AppointmentsService,
  AppointmentView,
  ClientView,
  StatusHistoryView,
  StatusOptionsView,
  StatusService,
  TimelinePage,
  TimelineService,
} from '#clients';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { PageQuery } from '../common/paging.dto.js';
import { NewApplicationRequest, UpdateApplicationRequest } from './application.dto.js';
import { AppointmentRequest, UpdateAppointmentRequest } from './appointment.dto.js';
import { NoteRequest } from './note.dto.js';
import { CustodyStepRequest, ProtectionStepRequest, ResidenceStepRequest, StepCorrectionRequest } from './procedure-step.dto.js';

const STEP_REFUSED = 'STAGE_TRANSITION_NOT_ALLOWED: details.allowed lists the steps possible from the current stage.';

/** What happens in a file: applications and their steps, residence and custody, appointments, timeline. */
@ApiTags('clients')
@Controller('clients/:clientId')
@SignedIn()
export class ProcedureController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly status: StatusService,
    private readonly appointments: AppointmentsService,
    private readonly timeline: TimelineService,
  ) {}

  @Get('applications')
  @ApiOkResponse({ type: [ApplicationView] })
  listApplications(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string): Promise<ApplicationView[]> {
    return this.applications.list(principal, clientId);
  }

  /** Opens the next application (1st, 2nd, 3rd …) once the earlier ones allow it. */
  @Post('applications')
  @ApiCreatedResponse({ type: ApplicationView })
  openApplication(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: NewApplicationRequest): Promise<ApplicationView> {
    return this.applications.open(principal, clientId, body);
  }

  @Get('applications/:applicationId')
  @ApiOkResponse({ type: ApplicationView })
  getApplication(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
  ): Promise<ApplicationView> {
    return this.applications.get(principal, clientId, applicationId);
  }

  @Patch('applications/:applicationId')
  @ApiOkResponse({ type: ApplicationView })
  updateApplication(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: UpdateApplicationRequest,
  ): Promise<ApplicationView> {
    return this.applications.update(principal, clientId, applicationId, body);
  }

  /** Records a step of the procedure, with the date it happened; deadlines follow. */
  @Post('applications/:applicationId/steps')
  @ApiCreatedResponse({ type: ApplicationView })
  @ApiConflictResponse({ description: STEP_REFUSED })
  recordStep(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: ProtectionStepRequest,
  ): Promise<ApplicationView> {
    return this.applications.transition(principal, clientId, applicationId, body);
  }

  /** Corrects the dates of the last step; its deadlines are recomputed, the old ones kept as superseded. */
  @Post('applications/:applicationId/steps/correction')
  @ApiCreatedResponse({ type: ApplicationView })
  correctStep(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: StepCorrectionRequest,
  ): Promise<ApplicationView> {
    return this.applications.correctLastStep(principal, clientId, applicationId, body);
  }

  @Get('status-options')
  @ApiOkResponse({ type: StatusOptionsView })
  statusOptions(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string): Promise<StatusOptionsView> {
    return this.status.options(principal, clientId);
  }

  @Get('status-history')
  @ApiOkResponse({ type: StatusHistoryView })
  statusHistory(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string): Promise<StatusHistoryView> {
    return this.status.history(principal, clientId);
  }

  @Post('residence/steps')
  @ApiCreatedResponse({ type: ClientView })
  @ApiConflictResponse({ description: STEP_REFUSED })
  residenceStep(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: ResidenceStepRequest): Promise<ClientView> {
    return this.status.residenceStep(principal, clientId, body);
  }

  @Post('custody/steps')
  @ApiCreatedResponse({ type: ClientView })
  @ApiConflictResponse({ description: STEP_REFUSED })
  custodyStep(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: CustodyStepRequest): Promise<ClientView> {
    return this.status.custodyStep(principal, clientId, body);
  }

  @Get('appointments')
  @ApiOkResponse({ type: [AppointmentView] })
  listAppointments(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string): Promise<AppointmentView[]> {
    return this.appointments.list(principal, clientId);
  }

  @Post('appointments')
  @ApiCreatedResponse({ type: AppointmentView })
  createAppointment(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: AppointmentRequest): Promise<AppointmentView> {
    return this.appointments.create(principal, clientId, body);
  }

  /** Moves an appointment, records its outcome (held, missed) or cancels it. */
  @Patch('appointments/:appointmentId')
  @ApiOkResponse({ type: AppointmentView })
  updateAppointment(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', ParseUUIDPipe) clientId: string,
    @Param('appointmentId', ParseUUIDPipe) appointmentId: string,
    @Body() body: UpdateAppointmentRequest,
  ): Promise<AppointmentView> {
    return this.appointments.update(principal, clientId, appointmentId, body);
  }

  @Get('timeline')
  @ApiOkResponse({ type: TimelinePage })
  getTimeline(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Query() query: PageQuery): Promise<TimelinePage> {
    return this.timeline.page(principal, clientId, query.limit, query.cursor);
  }

  @Post('notes')
  @ApiCreatedResponse({ description: 'The note is on the timeline' })
  async addNote(@CurrentPrincipal() principal: Principal, @Param('clientId', ParseUUIDPipe) clientId: string, @Body() body: NoteRequest): Promise<{ status: 'added' }> {
    await this.timeline.addNote(principal, clientId, body.body);
    return { status: 'added' };
  }
}
