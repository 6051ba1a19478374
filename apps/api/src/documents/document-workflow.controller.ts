import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import {
  ChecklistsService,
  ChecklistView,
  DocumentDetailView,
  MaterialsRequestsService,
  MaterialsRequestView,
  MissingDocumentsByCaseworkerView,
  SubmissionsService,
  TranslationsService,
} from '#documents';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { MissingDocumentsQuery, NewMaterialsRequestRequest, SubmissionRequest, TranslationRequest, UpdateMaterialsRequestRequest } from './workflow.dto.js';

const NOT_FOUND = 'No such file, document or record, or not one you may see (sensitive documents are not shown under emergency access).';

/**
 * The work around a file's documents: translations, submissions, the checklist of each
 * application, ISA's requests for materials, and the team view of missing documents.
 */
@ApiTags('documents')
@Controller()
export class DocumentWorkflowController {
  constructor(
    private readonly translations: TranslationsService,
    private readonly submissions: SubmissionsService,
    private readonly checklists: ChecklistsService,
    private readonly materialsRequests: MaterialsRequestsService,
  ) {}

  /** Moves the Japanese translation a step (requested, draft, checked, signed …) or edits its details. */
  @Put('clients/:id/documents/:documentId/translation')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'TRANSLATION_STATUS_NOT_ALLOWED (details.allowed lists the possible steps), STALE_VERSION, CLIENT_CLOSED' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a translator and due date from requested on, a signature date (not in the future) for signed' })
  changeTranslation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body() body: TranslationRequest,
  ): Promise<DocumentDetailView> {
    return this.translations.change(principal, id, documentId, body);
  }

  /** Records that a version was handed in (to ISA, the review, a court) on a date. */
  @Post('clients/:id/documents/:documentId/submissions')
  @SignedIn('caseworker', 'supervisor')
  @ApiCreatedResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiGoneResponse({ description: 'DOCUMENT_KEY_DESTROYED: that version was deleted' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: submittedOn in the future' })
  recordSubmission(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body() body: SubmissionRequest,
  ): Promise<DocumentDetailView> {
    return this.submissions.record(principal, id, documentId, body);
  }

  /** What the application's current step expects: present, missing, or waiting for a translation. */
  @Get('clients/:id/applications/:applicationId/checklist')
  @SignedIn()
  @ApiOkResponse({ type: ChecklistView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  checklist(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
  ): Promise<ChecklistView> {
    return this.checklists.forApplication(principal, id, applicationId);
  }

  @Get('clients/:id/materials-requests')
  @SignedIn()
  @ApiOkResponse({ type: [MaterialsRequestView] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  listMaterialsRequests(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<MaterialsRequestView[]> {
    return this.materialsRequests.list(principal, id);
  }

  /** ISA asked for further materials by a date: a `materials-request` deadline with reminders. */
  @Post('clients/:id/materials-requests')
  @SignedIn('caseworker', 'supervisor')
  @ApiCreatedResponse({ type: MaterialsRequestView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: receivedOn in the future, or dueDate before it' })
  createMaterialsRequest(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: NewMaterialsRequestRequest): Promise<MaterialsRequestView> {
    return this.materialsRequests.create(principal, id, body);
  }

  /** Answered (the deadline is met), withdrawn (it ends), more time granted (it moves), or the description corrected. */
  @Patch('clients/:id/materials-requests/:requestId')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: MaterialsRequestView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'STALE_VERSION, CLIENT_CLOSED' })
  updateMaterialsRequest(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: UpdateMaterialsRequestRequest,
  ): Promise<MaterialsRequestView> {
    return this.materialsRequests.update(principal, id, requestId, body);
  }

  /** For the team view: per caseworker, the open files whose latest application lacks documents. */
  @Get('documents/missing-by-caseworker')
  @SignedIn('supervisor')
  @ApiOkResponse({ type: [MissingDocumentsByCaseworkerView] })
  @ApiNotFoundResponse({ description: 'TEAM_NOT_FOUND: not a team you supervise' })
  missingByCaseworker(@CurrentPrincipal() principal: Principal, @Query() query: MissingDocumentsQuery): Promise<MissingDocumentsByCaseworkerView[]> {
    return this.checklists.missingByCaseworker(principal, query.teamId);
  }
}
