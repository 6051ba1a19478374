import { Module } from '@nestjs/common';
import { ReminderPoliciesService } from './reminder-policies.service.js';
import { ReminderStatsService } from './reminder-stats.service.js';
import { ReminderPlanner } from './reminder.planner.js';
import { ReminderProducer } from './reminder.producer.js';
import { ReminderSender } from './reminder.sender.js';
import { ReminderSweep } from './reminder.sweep.js';
import { SupervisorDigest } from './supervisor-digest.js';

/** Reminder emails: planning (api and worker), sending, the sweep and the digest (worker). */
@Module({
  providers: [ReminderPlanner, ReminderProducer, ReminderSender, ReminderSweep, SupervisorDigest, ReminderPoliciesService, ReminderStatsService],
  exports: [ReminderPlanner, ReminderProducer, ReminderSender, ReminderSweep, SupervisorDigest, ReminderPoliciesService, ReminderStatsService],
})
export class RemindersModule {}
