import { Module } from '@nestjs/common';
import { AccountsModule } from '#accounts';
import { ClientsModule } from '#clients';
import { DocumentsModule } from '#documents';
import { ReferralsModule } from '#referrals';
import { ReportRefreshModule } from '#reports';
import { DemoAccountRepository } from './demo-account.repository.js';
import { DemoSeeder } from './demo-seeder.js';

/**
 * The demo organisation's seeder. Never part of the production module graph: main.ts imports this
 * folder dynamically, and only when DEMO_SEED=true (`npm start` sets it).
 */
@Module({
  imports: [AccountsModule, ClientsModule, DocumentsModule, ReferralsModule, ReportRefreshModule],
  providers: [DemoAccountRepository, DemoSeeder],
})
export class DemoModule {}
