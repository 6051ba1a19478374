import { Global, Module } from '@nestjs/common';
import { EmergencyAccessGrants, PrincipalChanges } from '#accounts';
import { BreakGlassGrantRepository } from './break-glass-grant.repository.js';

/**
 * Gives accounts the live emergency accesses it puts on every request's caller. Global because
 * accounts cannot import this library (this library imports accounts): wherever client files
 * are loaded, sessions resolve with their grants.
 */
@Global()
@Module({
  // PrincipalChanges is stateless (Redis and a channel name): its own instance here, since this
  // module is global and cannot import accounts' module, which needs it.
  providers: [PrincipalChanges, { provide: EmergencyAccessGrants, useClass: BreakGlassGrantRepository }],
  exports: [EmergencyAccessGrants, PrincipalChanges],
})
export class EmergencyAccessGrantsModule {}
