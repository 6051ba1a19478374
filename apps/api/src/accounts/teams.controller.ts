import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { TeamDetailView, TeamsService, TeamView, type Principal } from '#accounts';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';

export class TeamNameRequest {
  @ApiProperty({ example: 'Tokyo intake' })
  @IsString()
  @Length(1, 100)
  name!: string;
}

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  /** Administrators: every team. Others: the teams they belong to or supervise. */
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [TeamView] })
  list(@CurrentPrincipal() principal: Principal): Promise<TeamView[]> {
    return this.teams.list(principal);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: TeamDetailView })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TeamDetailView> {
    return this.teams.get(principal, id);
  }

  @Post()
  @SignedIn('admin')
  @ApiCreatedResponse({ type: TeamView })
  create(@Body() body: TeamNameRequest): Promise<TeamView> {
    return this.teams.create(body.name);
  }

  @Patch(':id')
  @SignedIn('admin')
  @ApiOkResponse({ type: TeamDetailView })
  rename(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: TeamNameRequest): Promise<TeamDetailView> {
    return this.teams.rename(principal, id, body.name);
  }
}
