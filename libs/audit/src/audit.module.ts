import { Global, Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditRetentionRepository } from './audit-retention.repository.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditEventRepository, AuditRetentionRepository, AuditService], exports: [AuditRetentionRepository, AuditService] })
export class AuditModule {}
