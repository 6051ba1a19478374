import { ReminderEntity, ReminderPolicyEntity, SupervisorDigestEntity } from './reminder.entities.js';
import { DeadlineTarget, RecipientTarget } from './refs.js';

export const REMINDERS_ENTITIES = [ReminderPolicyEntity, ReminderEntity, SupervisorDigestEntity, DeadlineTarget, RecipientTarget];

export { REMINDER_PURPOSES, REMINDER_STATUSES, type ReminderPurpose, type ReminderStatus } from './reminder.entities.js';
export { ReminderFileFacts, type ReminderFile, type ReminderNote } from './reminder-file-facts.js';
export { ReminderPoliciesService, type PolicyChange } from './reminder-policies.service.js';
export { ReminderPolicyView } from './reminder-policy.views.js';
export { ReminderStatsService } from './reminder-stats.service.js';
export { ReminderStatsView } from './reminder-stats.views.js';
export { policyTarget, QUEUE_AHEAD_MS, ReminderPlanner } from './reminder.planner.js';
export { BACKOFF_MS, DELIVERY_ATTEMPTS, ReminderProducer, type ReminderJob } from './reminder.producer.js';
export { MAX_ROUNDS, ReminderSender, type SendOutcome } from './reminder.sender.js';
export { ReminderSweep, SWEEP_HORIZON_MS } from './reminder.sweep.js';
export { RemindersModule } from './reminders.module.js';
export { SupervisorDigest } from './supervisor-digest.js';
