import { AuditEventEntity } from './audit-event.entity.js';

export const AUDIT_ENTITIES = [AuditEventEntity];

export { AuditAction } from './audit-actions.js';
export { AUDIT_OUTCOMES, type AuditOutcome } from './audit-event.entity.js';
export { AuditService, type AuditActor, type AuditInput } from './audit.service.js';
export type { SqlStatement } from './audit-event.repository.js';
export { AuditRetentionRepository } from './audit-retention.repository.js';
export { AuditModule } from './audit.module.js';
export { AuditActors } from './audit-actors.js';
export { AuditQueryService, type AuditQuery, type AuditVisibility } from './audit-query.service.js';
export { AuditTrailModule } from './audit-trail.module.js';
export { AuditEventView, AuditPage } from './audit.views.js';
