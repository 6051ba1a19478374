import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { AuditActors } from './audit-actors.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditQueryService } from './audit-query.service.js';

/**
 * Reading the trail, for the processes that show it (the api): the app says who answers for the
 * actors, since the library that owns accounts depends on this one and not the other way round.
 */
@Module({})
export class AuditTrailModule {
  static withActors(actors: { readonly imports: ModuleMetadata['imports']; readonly useExisting: Type<AuditActors> }): DynamicModule {
    return {
      module: AuditTrailModule,
      imports: actors.imports,
      providers: [AuditEventRepository, AuditQueryService, { provide: AuditActors, useExisting: actors.useExisting }],
      exports: [AuditQueryService],
    };
  }
}
