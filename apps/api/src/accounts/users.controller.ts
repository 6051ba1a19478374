import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UsersService, UserView, type Principal } from '#accounts';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import { InvitedUserResponse, InviteUserRequest, UpdateUserRequest, UserListQuery } from './users.dto.js';

/** Account administration: administrators only. */
@ApiTags('users')
@Controller('users')
@SignedIn('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserView] })
  list(@Query() query: UserListQuery): Promise<UserView[]> {
    return this.users.list(query);
  }

  /** Creates the account and emails a one-time link (valid 72 hours) to set a password. */
  @Post()
  @ApiCreatedResponse({ type: InvitedUserResponse })
  invite(@Body() body: InviteUserRequest): Promise<InvitedUserResponse> {
    return this.users.invite(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  /** Changing the role or the teams ends the user's sessions: new rights apply at the next sign-in. */
  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserRequest): Promise<UserView> {
    return this.users.update(principal, id, body);
  }

  /** Ends every session of the user at once. */
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserView })
  deactivate(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.deactivate(principal, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserView })
  reactivate(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.reactivate(id);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitedUserResponse })
  resendInvitation(@Param('id', ParseUUIDPipe) id: string): Promise<InvitedUserResponse> {
    return this.users.resendInvitation(id);
  }

  /** For a lost phone: the user sets up their authenticator again at the next sign-in. */
  @Post(':id/second-factor/reset')
  @HttpCode(200)
  @ApiOkResponse({ type: UserView })
  resetSecondFactor(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.resetSecondFactor(id);
  }
}
