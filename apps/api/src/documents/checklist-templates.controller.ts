import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#accounts';
import { ChecklistsService, ChecklistTemplateView } from '#documents';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { ChecklistStepParams, ChecklistTemplateRequest } from './workflow.dto.js';

/** The documents each procedure step expects: read by everyone, edited by administrators (each edit a new version). */
@ApiTags('documents')
@Controller('checklist-templates')
export class ChecklistTemplatesController {
  constructor(private readonly checklists: ChecklistsService) {}

  /** The current version of every step's template. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [ChecklistTemplateView] })
  current(): Promise<ChecklistTemplateView[]> {
    return this.checklists.currentTemplates();
  }

  /** Every version of one step's template, newest first. */
  @Get(':step/versions')
  @SignedIn()
  @ApiOkResponse({ type: [ChecklistTemplateView] })
  versions(@Param() params: ChecklistStepParams): Promise<ChecklistTemplateView[]> {
    return this.checklists.versionsOf(params.step);
  }

  /** Adds a version of the step's template; applications are checked against it from now on. */
  @Put(':step')
  @SignedIn('admin')
  @ApiOkResponse({ type: ChecklistTemplateView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED with the fields: keys unique and kebab-case, 1–40 items, labels in both languages, known categories' })
  @ApiConflictResponse({ description: 'STALE_VERSION: basedOnVersion is not the current version' })
  edit(@CurrentPrincipal() principal: Principal, @Param() params: ChecklistStepParams, @Body() body: ChecklistTemplateRequest): Promise<ChecklistTemplateView> {
    return this.checklists.edit(principal, params.step, body);
  }
}
