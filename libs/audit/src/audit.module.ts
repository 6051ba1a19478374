import { Global, Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditEventRepository, AuditService, AuditQueryService], exports: [AuditService, AuditQueryService] })
export class AuditModule {}
