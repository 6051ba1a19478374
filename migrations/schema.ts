import type { DatabaseSchema } from '#platform';
import { ACCOUNTS_ENTITIES } from '#accounts';
import { AUDIT_ENTITIES } from '#audit';
import { CLIENTS_ENTITIES } from '#clients';
import { DEADLINES_ENTITIES } from '#deadlines';
import { DOCUMENTS_ENTITIES } from '#documents';
import { NOTIFICATIONS_ENTITIES } from '#notifications';
import { REFERRALS_ENTITIES } from '#referrals';
import { REMINDERS_ENTITIES } from '#reminders';
import { REPORTS_ENTITIES } from '#reports';
import { AccountsAndAudit1795684700053 } from './1795684700053-accounts-and-audit.js';
import { CaughtMail1795685003531 } from './1795685003531-caught-mail.js';
import { ClientFiles1795688663942 } from './1795688663942-client-files.js';
import { StepCorrections1795689593257 } from './1795689593257-step-corrections.js';
import { Reminders1795690377670 } from './1795690377670-reminders.js';
import { CaseloadSummaries1795692853101 } from './1795692853101-caseload-summaries.js';
import { KeyedRecoveryCodes1796500000100 } from './1796500000100-keyed-recovery-codes.js';
import { EmergencyAccessEnd1796500000300 } from './1796500000300-emergency-access-end.js';
import { AuditAnonymisation1796500000400 } from './1796500000400-audit-anonymisation.js';
import { UnassignedFiles1796500000500 } from './1796500000500-unassigned-files.js';
import { EvidenceDocuments1796600000100 } from './1796600000100-evidence-documents.js';
import { PartnerDirectory1796700000100 } from './1796700000100-partner-directory.js';
import { Referrals1796700000200 } from './1796700000200-referrals.js';
import { DeadlineResolvedOn1796800000050 } from './1796800000050-deadline-resolved-on.js';
import { Reports1796800000100 } from './1796800000100-reports.js';
import { PrincipalChangeNotifications1796900000100 } from './1796900000100-principal-change-notifications.js';

/**
 * Every entity the application maps and every migration, in order. The api, the worker, the
 * TypeORM CLI (`data-source.ts`) and the tests all build their connection from this list, so an
 * entity added here without a migration fails the drift check in CI.
 *
 * Migrations are listed explicitly (no glob): ESM has no synchronous require, and an explicit
 * list shows in review what a deployment will run.
 */
export const schema: DatabaseSchema = {
  entities: [...ACCOUNTS_ENTITIES, ...AUDIT_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CLIENTS_ENTITIES, ...DEADLINES_ENTITIES, ...REMINDERS_ENTITIES, ...DOCUMENTS_ENTITIES, ...REFERRALS_ENTITIES, ...REPORTS_ENTITIES],
  migrations: [AccountsAndAudit1795684700053, CaughtMail1795685003531, ClientFiles1795688663942, StepCorrections1795689593257, Reminders1795690377670, CaseloadSummaries1795692853101, KeyedRecoveryCodes1796500000100, EmergencyAccessEnd1796500000300, AuditAnonymisation1796500000400, UnassignedFiles1796500000500, EvidenceDocuments1796600000100, PartnerDirectory1796700000100, Referrals1796700000200, DeadlineResolvedOn1796800000050, Reports1796800000100, PrincipalChangeNotifications1796900000100],
};
