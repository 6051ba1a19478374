import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PartnerDetailView, PartnerDirectoryService, PartnerOrganisationPageView, PartnerServicePageView, PartnerServiceView } from '#referrals';
import { SignedIn } from '../auth/access.decorators.js';
import {
  NewPartnerRequest,
  NewPartnerServiceRequest,
  PartnerListQuery,
  PartnerServiceSearchQuery,
  ServiceCapacityRequest,
  UpdatePartnerRequest,
  UpdatePartnerServiceRequest,
} from './partners.dto.js';

const NO_PARTNER = 'RECORD_NOT_FOUND: no such partner organisation.';
const NO_SERVICE = 'RECORD_NOT_FOUND: no such partner organisation, or no such service of it.';
const STALE = 'STALE_VERSION: someone changed it since it was read; nothing was changed.';

/**
 * The partner directory: everyone signed in searches and reads it; supervisors and
 * administrators maintain it (a caseworker's change is refused with 403).
 */
@ApiTags('partners')
@Controller()
export class PartnersController {
  constructor(private readonly directory: PartnerDirectoryService) {}

  /** The directory search: services by kind, language, prefecture and name, by organisation name. */
  @Get('partner-services')
  @SignedIn()
  @ApiOkResponse({ type: PartnerServicePageView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: an unknown kind or prefecture, a malformed language code, or an unreadable cursor' })
  search(@Query() query: PartnerServiceSearchQuery): Promise<PartnerServicePageView> {
    return this.directory.searchServices(query);
  }

  /** Organisations by name, for maintaining the directory. */
  @Get('partners')
  @SignedIn()
  @ApiOkResponse({ type: PartnerOrganisationPageView })
  list(@Query() query: PartnerListQuery): Promise<PartnerOrganisationPageView> {
    return this.directory.listPartners(query);
  }

  @Post('partners')
  @SignedIn('supervisor', 'admin')
  @ApiCreatedResponse({ type: PartnerDetailView })
  create(@Body() body: NewPartnerRequest): Promise<PartnerDetailView> {
    return this.directory.createPartner(body);
  }

  /** The organisation with all its services, active or not. */
  @Get('partners/:partnerId')
  @SignedIn()
  @ApiOkResponse({ type: PartnerDetailView })
  @ApiNotFoundResponse({ description: NO_PARTNER })
  get(@Param('partnerId', ParseUUIDPipe) partnerId: string): Promise<PartnerDetailView> {
    return this.directory.getPartner(partnerId);
  }

  @Patch('partners/:partnerId')
  @SignedIn('supervisor', 'admin')
  @ApiOkResponse({ type: PartnerDetailView })
  @ApiNotFoundResponse({ description: NO_PARTNER })
  @ApiConflictResponse({ description: STALE })
  update(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Body() body: UpdatePartnerRequest): Promise<PartnerDetailView> {
    return this.directory.updatePartner(partnerId, body);
  }

  /** Leaves searches and is reported inactive to referrals; nothing is deleted. */
  @Post('partners/:partnerId/deactivate')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerDetailView })
  @ApiNotFoundResponse({ description: NO_PARTNER })
  deactivate(@Param('partnerId', ParseUUIDPipe) partnerId: string): Promise<PartnerDetailView> {
    return this.directory.deactivatePartner(partnerId);
  }

  @Post('partners/:partnerId/reactivate')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerDetailView })
  @ApiNotFoundResponse({ description: NO_PARTNER })
  reactivate(@Param('partnerId', ParseUUIDPipe) partnerId: string): Promise<PartnerDetailView> {
    return this.directory.reactivatePartner(partnerId);
  }

  @Post('partners/:partnerId/services')
  @SignedIn('supervisor', 'admin')
  @ApiCreatedResponse({ type: PartnerServiceView })
  @ApiNotFoundResponse({ description: NO_PARTNER })
  addService(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Body() body: NewPartnerServiceRequest): Promise<PartnerServiceView> {
    return this.directory.addService(partnerId, body);
  }

  @Get('partners/:partnerId/services/:serviceId')
  @SignedIn()
  @ApiOkResponse({ type: PartnerServiceView })
  @ApiNotFoundResponse({ description: NO_SERVICE })
  getService(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Param('serviceId', ParseUUIDPipe) serviceId: string): Promise<PartnerServiceView> {
    return this.directory.getService(partnerId, serviceId);
  }

  @Patch('partners/:partnerId/services/:serviceId')
  @SignedIn('supervisor', 'admin')
  @ApiOkResponse({ type: PartnerServiceView })
  @ApiNotFoundResponse({ description: NO_SERVICE })
  @ApiConflictResponse({ description: STALE })
  updateService(
    @Param('partnerId', ParseUUIDPipe) partnerId: string,
    @Param('serviceId', ParseUUIDPipe) serviceId: string,
    @Body() body: UpdatePartnerServiceRequest,
  ): Promise<PartnerServiceView> {
    return this.directory.updateService(partnerId, serviceId, body);
  }

  /** The places the partner says are free, and the day it said so. */
  @Put('partners/:partnerId/services/:serviceId/capacity')
  @SignedIn('supervisor', 'admin')
  @ApiOkResponse({ type: PartnerServiceView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a negative count, or a day after today' })
  @ApiNotFoundResponse({ description: NO_SERVICE })
  @ApiConflictResponse({ description: STALE })
  setCapacity(
    @Param('partnerId', ParseUUIDPipe) partnerId: string,
    @Param('serviceId', ParseUUIDPipe) serviceId: string,
    @Body() body: ServiceCapacityRequest,
  ): Promise<PartnerServiceView> {
    return this.directory.setCapacity(partnerId, serviceId, body);
  }

  @Post('partners/:partnerId/services/:serviceId/deactivate')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerServiceView })
  @ApiNotFoundResponse({ description: NO_SERVICE })
  deactivateService(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Param('serviceId', ParseUUIDPipe) serviceId: string): Promise<PartnerServiceView> {
    return this.directory.deactivateService(partnerId, serviceId);
  }

  @Post('partners/:partnerId/services/:serviceId/reactivate')
  @SignedIn('supervisor', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerServiceView })
  @ApiNotFoundResponse({ description: NO_SERVICE })
  reactivateService(@Param('partnerId', ParseUUIDPipe) partnerId: string, @Param('serviceId', ParseUUIDPipe) serviceId: string): Promise<PartnerServiceView> {
    return this.directory.reactivateService(partnerId, serviceId);
  }
}
