import { ApiProperty } from '@nestjs/swagger';
import { MATERIALS_REQUEST_STATUSES, type MaterialsRequestEntity, type MaterialsRequestStatus } from '../entities/materials-request.entity.js';

export class MaterialsRequestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  applicationId!: string | null;

  @ApiProperty({ format: 'date', description: 'The date of ISA’s letter (or when it reached the client)' })
  receivedOn!: string;

  @ApiProperty({ format: 'date' })
  dueDate!: string;

  @ApiProperty({ description: 'What ISA asked for' })
  description!: string;

  @ApiProperty({ enum: MATERIALS_REQUEST_STATUSES })
  status!: MaterialsRequestStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When it was answered or withdrawn' })
  resolvedOn!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Its `materials-request` deadline (the open one, else the latest)' })
  deadlineId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'Send it back with a change (optimistic locking)' })
  version!: number;
}

export function toMaterialsRequestView(request: MaterialsRequestEntity, deadlineId: string | null): MaterialsRequestView {
  return {
    id: request.id,
    applicationId: request.applicationId,
    receivedOn: request.receivedOn,
    dueDate: request.dueDate,
    description: request.description,
    status: request.status,
    resolvedOn: request.resolvedOn,
    deadlineId,
    createdAt: request.createdAt.toISOString(),
    version: request.version,
  };
}
