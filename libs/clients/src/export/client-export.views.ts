import { ApiProperty } from '@nestjs/swagger';
import { DeadlineView } from '#deadlines';
import { EXPORT_PURPOSES, type ExportPurpose } from '#domain';
import { ApplicationView } from '../applications/application.views.js';
import { AppointmentView } from '../appointments/appointment.views.js';
import { ClientView } from '../client.views.js';
import { StatusHistoryView } from '../status/status.views.js';
import { TimelineItemView } from '../timeline/timeline.views.js';

/** Defined in libs/domain (shared with the dashboard); exported here for this library's users. */
export { EXPORT_PURPOSES };
export type { ExportPurpose };

export class ClientExportView {
  @ApiProperty({ format: 'date-time' })
  exportedAt!: string;

  @ApiProperty({ description: 'Who exported it' })
  exportedBy!: string;

  @ApiProperty({ enum: EXPORT_PURPOSES })
  purpose!: ExportPurpose;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: ClientView })
  client!: ClientView;

  @ApiProperty({ type: [ApplicationView], description: 'Every protection application with its full history' })
  applications!: ApplicationView[];

  @ApiProperty({ type: StatusHistoryView })
  statusHistory!: StatusHistoryView;

  @ApiProperty({ type: [AppointmentView] })
  appointments!: AppointmentView[];

  @ApiProperty({ type: [DeadlineView], description: 'Open and closed deadlines, superseded ones included' })
  deadlines!: DeadlineView[];

  @ApiProperty({ type: [TimelineItemView], description: 'The whole timeline, newest first' })
  timeline!: TimelineItemView[];
}
