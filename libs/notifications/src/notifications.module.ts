import { Global, Module } from '@nestjs/common';
import { CaughtMailService } from './caught-mail.service.js';
import { Mailer } from './mailer.js';

@Global()
@Module({ providers: [Mailer, CaughtMailService], exports: [Mailer, CaughtMailService] })
export class NotificationsModule {}
