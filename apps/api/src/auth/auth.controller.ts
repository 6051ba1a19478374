import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '#domain';
import { MfaService, PasswordService, ProfileService, SessionService, SignInService, type IssuedSession, type Principal } from '#accounts';
import { AppConfig } from '#platform';
import { DuringSignIn, Public, SignedIn } from './access.decorators.js';
import {
  CsrfTokenResponse,
  EnrolmentConfirmRequest,
  EnrolmentStartRequest,
  EnrolmentStartResponse,
  MeResponse,
  PasswordChangeRequest,
  PasswordResetRequest,
  ProfileUpdateRequest,
  RecoveryCodesRequest,
  RecoveryCodesResponse,
  SecondFactorRequest,
  SessionResponse,
  SessionsEndedResponse,
  SignInRequest,
  TokenPasswordRequest,
} from './auth.dto.js';
import { CurrentPrincipal, type AuthenticatedRequest } from './current-principal.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly passwords: PasswordService,
    private readonly profile: ProfileService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Signs in with email and password. Always a new session (any session the browser already had
   * is ended). For roles that use a second factor, the new session can only verify or enrol.
   */
  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: LOGIN_THROTTLED with retryAfterSeconds.' })
  async login(
    @Body() _body: SignInRequest,
    @Req() request: AuthenticatedRequest & { user?: IssuedSession },
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponse> {
    const issued = request.user as IssuedSession;
    if (request.principal) await this.sessions.end(request.principal.sessionId, 'replaced-at-sign-in');
    setSessionCookie(response, this.config, issued);
    const principal = await this.sessions.resolve(issued.token);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'The session could not be started; try again.');
    return toMe(principal);
  }

  @Post('logout')
  @DuringSignIn()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.signIn.signOut(principal);
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  @DuringSignIn()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return toMe(principal);
  }

  @Patch('me')
  @SignedIn()
  @ApiOkResponse({ type: MeResponse })
  async updateProfile(@CurrentPrincipal() principal: Principal, @Body() body: ProfileUpdateRequest): Promise<MeResponse> {
    await this.profile.update(principal, body);
    return { ...toMe(principal), displayName: body.displayName?.trim() ?? principal.displayName, locale: body.locale ?? principal.locale };
  }

  @Get('sessions')
  @SignedIn()
  @ApiOkResponse({ type: [SessionResponse] })
  listSessions(@CurrentPrincipal() principal: Principal): Promise<SessionResponse[]> {
    return this.sessions.listForUser(principal);
  }

  /** Signs out every other session of the caller at once (the one asking stays signed in). */
  @Delete('sessions')
  @SignedIn()
  @ApiOkResponse({ type: SessionsEndedResponse })
  async revokeOtherSessions(@CurrentPrincipal() principal: Principal): Promise<SessionsEndedResponse> {
    return { ended: await this.signIn.revokeOtherSessions(principal) };
  }

  @Delete('sessions/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse()
  async revokeSession(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.signIn.revokeOwnSession(principal, id);
  }

  /** Changes the password and ends every other session of the user. */
  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: PasswordChangeRequest, @Req() request: Request): Promise<void> {
    await this.passwords.change(principal, body.currentPassword, body.newPassword, request.ip);
  }

  /**
   * Emails a one-time link if the address has an account. The answer is the same either way, and
   * also past the limit of 3 requests per address and hour (nothing is sent then).
   */
  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'If the address has an account, a link is on its way.' })
  @ApiTooManyRequestsResponse({ description: 'Over 20 requests per hour from this network address: RATE_LIMITED with retryAfterSeconds.' })
  async requestPasswordReset(@Body() body: PasswordResetRequest, @Req() request: Request): Promise<{ status: 'accepted' }> {
    await this.passwords.requestReset(body.email, request.ip);
    return { status: 'accepted' };
  }

  @Post('password-reset/complete')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async completePasswordReset(@Body() body: TokenPasswordRequest): Promise<void> {
    await this.passwords.completeReset(body.token, body.newPassword);
  }

  @Post('invitation/accept')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async acceptInvitation(@Body() body: TokenPasswordRequest): Promise<void> {
    await this.passwords.acceptInvitation(body.token, body.newPassword);
  }

  /**
   * Starts (or restarts) authenticator-app set-up: a secret and its QR code. From a signed-in
   * account the current password is asked again; during the sign-in that requires enrolment not.
   */
  @Post('mfa/enrolment')
  @DuringSignIn()
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentStartResponse })
  @ApiForbiddenResponse({ description: 'PASSWORD_CONFIRMATION_FAILED: the current password is wrong (counts toward the lockout).' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords: LOGIN_THROTTLED with retryAfterSeconds.' })
  startEnrolment(@CurrentPrincipal() principal: Principal, @Body() body: EnrolmentStartRequest, @Req() request: Request): Promise<EnrolmentStartResponse> {
    return this.mfa.startEnrolment(principal, { currentPassword: body.currentPassword, ip: request.ip });
  }

  /** Confirms set-up with a first code; returns the recovery codes, shown only this once. */
  @Post('mfa/enrolment/confirm')
  @DuringSignIn()
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse })
  async confirmEnrolment(
    @CurrentPrincipal() principal: Principal,
    @Body() body: EnrolmentConfirmRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecoveryCodesResponse> {
    const done = await this.mfa.confirmEnrolment(principal, body.code);
    if (done.session) setSessionCookie(response, this.config, done.session);
    return { recoveryCodes: [...done.recoveryCodes], ...(done.session ? { csrfToken: done.session.csrfToken } : {}) };
  }

  /** The second step of sign-in: a code, or one recovery code. The session gets a new cookie. */
  @Post('mfa/verify')
  @DuringSignIn()
  @HttpCode(200)
  @ApiOkResponse({ type: CsrfTokenResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes in a row: SECOND_FACTOR_LOCKED with retryAfterSeconds.' })
  async verifySecondFactor(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SecondFactorRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CsrfTokenResponse> {
    if ((body.code === undefined) === (body.recoveryCode === undefined)) {
      throw new DomainError('VALIDATION_FAILED', 'Send either a code or a recovery code.', {
        fields: [{ field: 'code', problems: ['send exactly one of code and recoveryCode'] }],
      });
    }
    const factor = body.code !== undefined ? { code: body.code } : { recoveryCode: body.recoveryCode as string };
    const session = await this.mfa.verify(principal, factor);
    setSessionCookie(response, this.config, session);
    return { csrfToken: session.csrfToken };
  }

  /** New recovery codes (the old ones stop working); asks for the current password again. */
  @Post('mfa/recovery-codes')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse })
  @ApiForbiddenResponse({ description: 'PASSWORD_CONFIRMATION_FAILED: the current password is wrong (counts toward the lockout).' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords: LOGIN_THROTTLED with retryAfterSeconds.' })
  async regenerateRecoveryCodes(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RecoveryCodesRequest,
    @Req() request: Request,
  ): Promise<RecoveryCodesResponse> {
    return { recoveryCodes: [...(await this.mfa.regenerateRecoveryCodes(principal, { currentPassword: body.currentPassword, ip: request.ip }))] };
  }
}

function toMe(principal: Principal): MeResponse {
  return {
    id: principal.userId,
    email: principal.email,
    displayName: principal.displayName,
    role: principal.role,
    locale: principal.locale,
    teams: [
      ...principal.teamIds.map((id) => ({ id, kind: 'member' as const })),
      ...principal.supervisedTeamIds.map((id) => ({ id, kind: 'supervisor' as const })),
    ],
    sessionState: principal.sessionState,
    secondFactorEnabled: principal.secondFactorEnabled,
    csrfToken: principal.csrfToken,
  };
}
