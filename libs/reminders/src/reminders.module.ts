import { Module } from '@nestjs/common';
import { UserDirectoryModule } from '#accounts';
import { DeadlinesModule } from '#deadlines';
import { ReminderPoliciesService } from './reminder-policies.service.js';
import { ReminderPolicyRepository } from './reminder-policy.repository.js';
import { ReminderStatsService } from './reminder-stats.service.js';
import { ReminderPlanner } from './reminder.planner.js';
import { ReminderProducer } from './reminder.producer.js';
import { ReminderRepository } from './reminder.repository.js';
import { ReminderSender } from './reminder.sender.js';
import { ReminderSweep } from './reminder.sweep.js';
import { SupervisorDigestRepository } from './supervisor-digest.repository.js';
import { SupervisorDigest } from './supervisor-digest.js';

/**
 * Reminder emails: planning (api and worker), sending, the sweep and the digest (worker). Needs a
 * provider of ReminderFileFacts (the client files library).
 */
@Module({
  imports: [DeadlinesModule, UserDirectoryModule],
  providers: [
    ReminderPlanner,
    ReminderProducer,
    ReminderSender,
    ReminderSweep,
    SupervisorDigest,
    ReminderPoliciesService,
    ReminderStatsService,
    ReminderRepository,
    ReminderPolicyRepository,
    SupervisorDigestRepository,
  ],
  exports: [ReminderPlanner, ReminderProducer, ReminderSender, ReminderSweep, SupervisorDigest, ReminderPoliciesService, ReminderStatsService],
})
export class RemindersModule {}
