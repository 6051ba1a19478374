import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { addressBucket } from '#platform';
import { PartnerRepliesService, PartnerReferralView } from '#referrals';
import { Public } from '../auth/access.decorators.js';
import { PartnerAnswerRequest, ReplyTokenRequest } from './referrals.dto.js';
import { sendLetter } from './letter-response.js';

const INVALID = 'REPLY_LINK_INVALID: not a link of this referral (guessed, mistyped, or another referral’s)';
const LIMITED = 'RATE_LIMITED: too many refused links from this network address in the hour (or, for the letter, too many downloads of it)';
const EXPIRED = 'REPLY_LINK_EXPIRED: past its 14 days, withdrawn, or the referral is closed';

/**
 * The partner's side, without an account: the token from their e-mail opens one referral, to
 * read its letter and answer. POST with the token in the body, so it never sits in a URL that a
 * proxy or browser history keeps. Every opening and every refusal is audited.
 */
/** The caller's network address as the limits count it (an IPv6 address by its /64). */
function callerOf(request: Request): string {
  return addressBucket(request.ip ?? 'unknown');
}

@ApiTags('partner replies')
@Controller('partner-replies/:referralId')
@Public()
export class PartnerRepliesController {
  constructor(private readonly replies: PartnerRepliesService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerReferralView })
  @ApiNotFoundResponse({ description: INVALID })
  @ApiGoneResponse({ description: EXPIRED })
  @ApiTooManyRequestsResponse({ description: LIMITED })
  open(@Param('referralId', ParseUUIDPipe) referralId: string, @Body() body: ReplyTokenRequest, @Req() request: Request): Promise<PartnerReferralView> {
    return this.replies.open(referralId, body.token, callerOf(request));
  }

  @Post('letter')
  @HttpCode(200)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter as sent', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: INVALID })
  @ApiGoneResponse({ description: EXPIRED })
  @ApiTooManyRequestsResponse({ description: LIMITED })
  async letter(@Param('referralId', ParseUUIDPipe) referralId: string, @Body() body: ReplyTokenRequest, @Req() request: Request, @Res() response: Response): Promise<void> {
    sendLetter(response, await this.replies.letter(referralId, body.token, callerOf(request)), 'attachment');
  }

  /** Acknowledge, accept or decline (with a reason), with a note for the caseworker. */
  @Post('answer')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerReferralView })
  @ApiNotFoundResponse({ description: INVALID })
  @ApiGoneResponse({ description: EXPIRED })
  @ApiTooManyRequestsResponse({ description: LIMITED })
  answer(@Param('referralId', ParseUUIDPipe) referralId: string, @Body() body: PartnerAnswerRequest, @Req() request: Request): Promise<PartnerReferralView> {
    return this.replies.answer(referralId, body.token, body, callerOf(request));
  }
}
