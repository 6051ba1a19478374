import { Module } from '@nestjs/common';
import { TeamDirectory } from '../teams/team-directory.repository.js';
import { AccountAuditActors } from './account-audit-actors.js';
import { UserDirectory } from './user-directory.repository.js';

/** The directories alone, for processes and libraries that need names but not accounts (the worker). */
@Module({ providers: [UserDirectory, TeamDirectory, AccountAuditActors], exports: [UserDirectory, TeamDirectory, AccountAuditActors] })
export class UserDirectoryModule {}
