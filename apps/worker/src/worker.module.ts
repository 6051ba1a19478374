import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '#audit';
import { ClientsModule } from '#clients';
import { DocumentsModule } from '#documents';
import { NotificationsModule } from '#notifications';
import { AppConfig, ClockModule, ConfigModule, DatabaseModule, QueueModule, QueueWorkersModule, RedisModule } from '#platform';
import { ReferralsModule } from '#referrals';
import { RemindersModule } from '#reminders';
import { ReportRefreshModule } from '#reports';
import { schema } from '#migrations';
import { AnonymiseClosedFilesProcessor } from './maintenance/anonymise-closed-files.processor.js';
import { WorkerHeartbeatProcessor } from './maintenance/worker-heartbeat.processor.js';
import { ReminderSweepProcessor } from './reminders/reminder-sweep.processor.js';
import { ReplanRemindersProcessor } from './reminders/replan-reminders.processor.js';
import { SendReminderProcessor } from './reminders/send-reminder.processor.js';
import { SupervisorDigestProcessor } from './reminders/supervisor-digest.processor.js';
import { ReportsRefreshProcessor } from './reports/reports-refresh.processor.js';

export const WORKER_PROCESSORS = [
  WorkerHeartbeatProcessor,
  AnonymiseClosedFilesProcessor,
  SendReminderProcessor,
  ReminderSweepProcessor,
  SupervisorDigestProcessor,
  ReplanRemindersProcessor,
  ReportsRefreshProcessor,
];

/** The background process: BullMQ processors and scheduled sweeps. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-worker' }),
        RedisModule,
        QueueModule.forRoot({ role: 'consumer' }),
        AuditModule,
        NotificationsModule,
        QueueWorkersModule.forRoot({ processors: WORKER_PROCESSORS, imports: [ClientsModule, DocumentsModule, ReferralsModule, RemindersModule, ReportRefreshModule] }),
      ],
    };
  }
}
