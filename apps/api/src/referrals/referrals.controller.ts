import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import type { Principal } from '#accounts';
import { ReferralConsentsService, ReferralConsentView, ReferralLinksService, ReferralsService, ReferralView, WaitingReferralsService, WaitingReferralView } from '#referrals';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { NewReferralConsentRequest, NewReferralRequest, ReferralAppointmentRequest, ReferralStepRequest, UpdateReferralRequest, VersionRequest, WithdrawReferralConsentRequest } from './referrals.dto.js';
import { sendLetter } from './letter-response.js';

const NOT_FOUND = 'No such file or referral, or not one you may see.';
const CONFLICT = 'REFERRAL_TRANSITION_NOT_ALLOWED (details.allowedNext), CONSENT_REQUIRED, PARTNER_SERVICE_INACTIVE, STALE_VERSION, CLIENT_CLOSED';

export class LetterQuery {
  @ApiPropertyOptional({ enum: ['attachment', 'inline'], description: 'inline: for the dashboard’s preview' })
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}

/** A client's referrals to partners and the consents that allow them. Not under emergency access. */
@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly links: ReferralLinksService,
    private readonly consents: ReferralConsentsService,
    private readonly waiting: WaitingReferralsService,
  ) {}

  /** Referrals the caller sent that wait for the partner's answer, the follow-up due first. */
  @Get('referrals/waiting')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: [WaitingReferralView] })
  mine(@CurrentPrincipal() principal: Principal): Promise<WaitingReferralView[]> {
    return this.waiting.mine(principal);
  }

  @Get('clients/:id/referrals')
  @SignedIn()
  @ApiOkResponse({ type: [ReferralView] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ReferralView[]> {
    return this.referrals.list(principal, id);
  }

  /** A draft to a partner's service, or to one of the organisation's own; nothing leaves until it is sent. */
  @Post('clients/:id/referrals')
  @SignedIn('caseworker', 'supervisor')
  @ApiCreatedResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'PARTNER_SERVICE_INACTIVE, CLIENT_CLOSED' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: NewReferralRequest): Promise<ReferralView> {
    return this.referrals.create(principal, id, body);
  }

  @Get('clients/:id/referrals/:referralId')
  @SignedIn()
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('referralId', ParseUUIDPipe) referralId: string): Promise<ReferralView> {
    return this.referrals.get(principal, id, referralId);
  }

  /** A draft's reason, urgency, fields to share or letter language. */
  @Patch('clients/:id/referrals/:referralId')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CONFLICT })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: UpdateReferralRequest,
  ): Promise<ReferralView> {
    return this.referrals.updateDraft(principal, id, referralId, body);
  }

  /** The letter as a PDF: a draft's preview from the file as it is now, or what was sent. */
  @Get('clients/:id/referrals/:referralId/letter')
  @SignedIn('caseworker', 'supervisor')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: `${NOT_FOUND} A referral to the organisation’s own service has no letter.` })
  async letter(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Query() query: LetterQuery,
    @Res() response: Response,
  ): Promise<void> {
    sendLetter(response, await this.referrals.letter(principal, id, referralId), query.disposition ?? 'attachment');
  }

  /** Sends a draft: with the client's consent in force for that partner, else 409 CONSENT_REQUIRED and nothing leaves. */
  @Post('clients/:id/referrals/:referralId/send')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CONFLICT })
  send(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: VersionRequest,
  ): Promise<ReferralView> {
    return this.referrals.send(principal, id, referralId, body.version);
  }

  /** A step: the partner's answer given by phone, the service started or completed, or a cancellation. */
  @Post('clients/:id/referrals/:referralId/steps')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CONFLICT })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a reason to decline, an outcome to complete' })
  step(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: ReferralStepRequest,
  ): Promise<ReferralView> {
    return this.referrals.step(principal, id, referralId, body);
  }

  /** The appointment an accepted referral leads to (the intake): one of the file's appointments, with reminders. */
  @Post('clients/:id/referrals/:referralId/appointment')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CONFLICT })
  addAppointment(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: ReferralAppointmentRequest,
  ): Promise<ReferralView> {
    const { version, ...appointment } = body;
    return this.referrals.addAppointment(principal, id, referralId, version, appointment);
  }

  /** A new reply link by e-mail; the old one stops working. */
  @Post('clients/:id/referrals/:referralId/link')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CONFLICT })
  reissueLink(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('referralId', ParseUUIDPipe) referralId: string): Promise<ReferralView> {
    return this.links.reissue(principal, id, referralId);
  }

  /** Closes the partner's reply link at once. */
  @Delete('clients/:id/referrals/:referralId/link')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: ReferralView })
  @ApiNotFoundResponse({ description: `${NOT_FOUND} Also when no link is in force.` })
  revokeLink(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('referralId', ParseUUIDPipe) referralId: string): Promise<ReferralView> {
    return this.links.revoke(principal, id, referralId);
  }

  @Get('clients/:id/referral-consents')
  @SignedIn()
  @ApiOkResponse({ type: [ReferralConsentView] })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  consentsOf(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ReferralConsentView[]> {
    return this.consents.list(principal, id);
  }

  /** The client's consent to share with one partner, or with every partner of a kind of service (APPI Art. 27). */
  @Post('clients/:id/referral-consents')
  @SignedIn('caseworker', 'supervisor')
  @ApiCreatedResponse({ type: ReferralConsentView })
  @ApiNotFoundResponse({ description: 'No such file or partner, or not one you may see.' })
  recordConsent(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: NewReferralConsentRequest): Promise<ReferralConsentView> {
    return this.consents.record(principal, id, body);
  }

  /** Withdraws a consent: drafts it alone covered are cancelled, reply links it alone covered close. */
  @Post('clients/:id/referral-consents/:consentId/withdrawal')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralConsentView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'STALE_VERSION, CONSENT_REQUIRED (already withdrawn), CLIENT_CLOSED' })
  withdrawConsent(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('consentId', ParseUUIDPipe) consentId: string,
    @Body() body: WithdrawReferralConsentRequest,
  ): Promise<ReferralConsentView> {
    return this.consents.withdraw(principal, id, consentId, body);
  }
}
