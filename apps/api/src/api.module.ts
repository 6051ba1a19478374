import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccountAuditActors, AccountsModule, UserDirectoryModule } from '#accounts';
import { AuditModule, AuditTrailModule } from '#audit';
import { ClientsModule } from '#clients';
import { ChecklistDefaults, DocumentsModule } from '#documents';
import { ReferralsModule } from '#referrals';
import { RemindersModule } from '#reminders';
import { ReportsModule } from '#reports';
import { NotificationsModule } from '#notifications';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, QueueModule, RedisModule, RequestLimiter, ShutdownState } from '#platform';
import { schema } from '#migrations';
import { TeamsController } from './accounts/teams.controller.js';
import { UsersController } from './accounts/users.controller.js';
import { CaughtMailController } from './admin/caught-mail.controller.js';
import { RemindersAdminController } from './admin/reminders-admin.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AccessGuard } from './auth/access.guard.js';
import { AuthController } from './auth/auth.controller.js';
import { LocalStrategy } from './auth/local.strategy.js';
import { AddressRateLimitGuard, UserRateLimitGuard } from './auth/rate-limit.guards.js';
import { ChecklistTemplatesController } from './documents/checklist-templates.controller.js';
import { DocumentWorkflowController } from './documents/document-workflow.controller.js';
import { DocumentsController } from './documents/documents.controller.js';
import { HealthController } from './health/health.controller.js';
import { CaseloadController } from './clients/caseload.controller.js';
import { ClientsController } from './clients/clients.controller.js';
import { DeadlinesController } from './clients/deadlines.controller.js';
import { EmergencyAccessController } from './clients/emergency-access.controller.js';
import { FollowMembershipChanges } from './clients/follow-membership-changes.js';
import { ProcedureController } from './clients/procedure.controller.js';
import { PartnersController } from './referrals/partners.controller.js';
import { PartnerRepliesController } from './referrals/partner-replies.controller.js';
import { ReferralsController } from './referrals/referrals.controller.js';
import { ReportsController } from './reports/reports.controller.js';

/** The HTTP process: controllers and the services they call. No queue consumers here. */
@Module({})
export class ApiModule {
  /** `extra`: modules mounted beside the api's own, such as the demo seeder when DEMO_SEED=true. */
  static forRoot(config: AppConfig, extra: readonly (Type | DynamicModule)[] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        // The api's list, search and report reads may go to read replicas (ReadReplicas); the worker's never.
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-api', readReplicas: true }),
        RedisModule,
        QueueModule.forRoot({ role: 'producer' }),
        AuditModule,
        AuditTrailModule.withActors({ imports: [UserDirectoryModule], useExisting: AccountAuditActors }),
        NotificationsModule,
        AccountsModule,
        ClientsModule,
        DocumentsModule,
        ReferralsModule,
        RemindersModule,
        ReportsModule,
        PassportModule,
        ...extra,
      ],
      controllers: [
        HealthController,
        AuthController,
        UsersController,
        TeamsController,
        AuditController,
        CaughtMailController,
        ClientsController,
        ProcedureController,
        CaseloadController,
        DeadlinesController,
        EmergencyAccessController,
        DocumentsController,
        DocumentWorkflowController,
        ChecklistTemplatesController,
        PartnersController,
        ReferralsController,
        PartnerRepliesController,
        RemindersAdminController,
        ReportsController,
      ],
      providers: [
        LocalStrategy,
        ChecklistDefaults,
        FollowMembershipChanges,
        RequestLimiter,
        // Draining on SIGTERM (main.ts): the readiness probe and every response follow it.
        ShutdownState,
        // Global guards run in the order given: the address limit, who is asking, the user's limit.
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
      ],
    };
  }
}
