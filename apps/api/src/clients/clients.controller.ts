import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '#accounts';
import { BreakGlassService, ClientExportService, ClientExportView, ClientSearchPage, ClientSearchService, ClientsService, ClientView, DuplicateCandidate, DuplicateCheckService } from '#clients';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { AssignmentRequest, BreakGlassRequest, ClientExportRequest, CloseClientRequest } from './client-file.dto.js';
import { ClientSearchQuery } from './client-search.dto.js';
import { DuplicateCheckRequest, IntakeRequest, UpdateClientRequest } from './client.dto.js';
import { VersionRequest } from './version.dto.js';

export class IntakeResponse {
  @ApiProperty({ type: ClientView })
  client!: ClientView;

  @ApiProperty({ type: [DuplicateCandidate], description: 'Possible duplicates you confirmed were different people' })
  duplicates!: DuplicateCandidate[];
}

const NOT_FOUND = 'No such file, or not one you may see (the two are indistinguishable).';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly search: ClientSearchService,
    private readonly breakGlass: BreakGlassService,
    private readonly exports: ClientExportService,
    private readonly duplicateChecks: DuplicateCheckService,
  ) {}

  /**
   * Everything held about the client in one JSON document (a request by the person themselves,
   * their lawyer, a transfer they consented to), with the purpose and reason audited. Not under
   * emergency access.
   */
  @Post(':id/export')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ClientExportView })
  async exportFile(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ClientExportRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClientExportView> {
    const document = await this.exports.export(principal, id, body);
    response.setHeader('Content-Disposition', `attachment; filename="yorisoi-${document.client.caseNumber}.json"`);
    response.setHeader('Cache-Control', 'no-store');
    return document;
  }

  /** Search and filter the files you may see, by any name form; keyset pages. */
  @Get()
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: ClientSearchPage })
  find(@CurrentPrincipal() principal: Principal, @Query() query: ClientSearchQuery): Promise<ClientSearchPage> {
    return this.search.search(principal, { ...query, flags: query.flag });
  }

  /** Takes in a new client. Possible duplicates answer 409 DUPLICATE_SUSPECTED with the candidates. */
  @Post()
  @SignedIn('caseworker', 'supervisor')
  @ApiCreatedResponse({ type: IntakeResponse })
  @ApiConflictResponse({ description: 'DUPLICATE_SUSPECTED: details.candidates; send confirmNotDuplicate: true to create anyway.' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: an answer with candidates counts as a duplicate check' })
  intake(@CurrentPrincipal() principal: Principal, @Body() body: IntakeRequest): Promise<IntakeResponse> {
    return this.clients.intake(principal, body);
  }

  /**
   * Checks for files that may be the same person before intake. A match outside your scope names
   * only the team to ask. Audited; DUPLICATE_CHECK_LIMIT checks per user per window, then 429
   * RATE_LIMITED with details.retryAfterSeconds.
   */
  @Post('duplicate-check')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: [DuplicateCandidate] })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: details.retryAfterSeconds' })
  duplicates(@CurrentPrincipal() principal: Principal, @Body() body: DuplicateCheckRequest): Promise<DuplicateCandidate[]> {
    return this.duplicateChecks.check(principal, body);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: ClientView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ClientView> {
    return this.clients.get(principal, id);
  }

  /** Corrects personal details. A stale version answers 409 and changes nothing. */
  @Patch(':id')
  @SignedIn()
  @ApiOkResponse({ type: ClientView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateClientRequest): Promise<ClientView> {
    return this.clients.update(principal, id, body);
  }

  /** A supervisor moves the file to other workers of their teams. */
  @Put(':id/assignments')
  @SignedIn('supervisor')
  @ApiOkResponse({ type: ClientView })
  reassign(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: AssignmentRequest): Promise<ClientView> {
    return this.clients.reassign(principal, id, body);
  }

  @Post(':id/close')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: ClientView })
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CloseClientRequest): Promise<ClientView> {
    return this.clients.close(principal, id, body.reason, body.version);
  }

  @Post(':id/reopen')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: ClientView })
  reopen(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionRequest): Promise<ClientView> {
    return this.clients.reopen(principal, id, body.version);
  }

  /**
   * Emergency access to a file outside your scope, for one hour, with a reason. Audited; the
   * file's supervisors are told by email.
   */
  @Post(':id/break-glass')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ClientView })
  openInEmergency(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: BreakGlassRequest): Promise<ClientView> {
    return this.breakGlass.open(principal, id, body.reason);
  }
}
