import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '#audit';
import type { Principal } from '../principal.js';
import type { Locale } from '../roles.js';
import { UserRepository } from './user.repository.js';

/** What users change about themselves: the name others see and the language of the app and emails. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
  ) {}

  async update(principal: Principal, change: { displayName?: string; locale?: Locale }): Promise<void> {
    const changedFields = [
      ...(change.displayName !== undefined && change.displayName.trim() !== principal.displayName ? ['displayName'] : []),
      ...(change.locale !== undefined && change.locale !== principal.locale ? ['locale'] : []),
    ];
    if (changedFields.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(principal.userId, { displayName: change.displayName?.trim() ?? principal.displayName, locale: change.locale ?? principal.locale }, manager);
      await this.audit.record({ action: AuditAction.ProfileUpdated, target: { type: 'user', id: principal.userId }, changedFields }, manager);
    });
  }
}
