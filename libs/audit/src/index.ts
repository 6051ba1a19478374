import { AuditEventEntity } from './audit-event.entity.js';

export const AUDIT_ENTITIES = [AuditEventEntity];

export { AuditAction } from './audit-actions.js';
export { AUDIT_OUTCOMES, type AuditOutcome } from './audit-event.entity.js';
export { AuditService, type AuditActor, type AuditInput } from './audit.service.js';
export { AuditModule } from './audit.module.js';
export { AuditEventView, AuditPage, AuditQueryService, type AuditQuery, type AuditVisibility } from './audit-query.service.js';
