import { Global, Module } from '@nestjs/common';
import { CaughtMailRepository } from './caught-mail.repository.js';
import { CaughtMailService } from './caught-mail.service.js';
import { Mailer } from './mailer.js';

@Global()
@Module({ providers: [Mailer, CaughtMailRepository, CaughtMailService], exports: [Mailer, CaughtMailService] })
export class NotificationsModule {}
