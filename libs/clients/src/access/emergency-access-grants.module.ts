import { Global, Module } from '@nestjs/common';
import { EmergencyAccessGrants } from '#accounts';
import { BreakGlassGrantRepository } from './break-glass-grant.repository.js';

/**
 * Gives accounts the live emergency accesses it puts on every request's caller. Global because
 * accounts cannot import this library (this library imports accounts): wherever client files
 * are loaded, sessions resolve with their grants.
 */
@Global()
@Module({
  providers: [{ provide: EmergencyAccessGrants, useClass: BreakGlassGrantRepository }],
  exports: [EmergencyAccessGrants],
})
export class EmergencyAccessGrantsModule {}
