import { Global, Module } from '@nestjs/common';
import { ReminderFileFacts } from '#reminders';
import { ReminderFactsRepository } from './reminder-facts.repository.js';

/**
 * Provides the reminders library's ReminderFileFacts port. Global because the reminders module,
 * which this library's module imports to plan reminders, cannot import this library back.
 */
@Global()
@Module({ providers: [{ provide: ReminderFileFacts, useClass: ReminderFactsRepository }], exports: [ReminderFileFacts] })
export class ReminderFactsModule {}
