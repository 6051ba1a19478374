import { ApiProperty } from '@nestjs/swagger';
import { SERVICE_KINDS, type ServiceKind } from '#domain';
import { ReportMetaView } from './report-meta.views.js';

/** Referrals sent in the period to one kind of service, by how they stand now. The status columns add up to `sent`. */
export class ReferralOutcomeView {
  @ApiProperty({ enum: SERVICE_KINDS })
  serviceKind!: ServiceKind;

  @ApiProperty({ description: 'Referrals sent in the period' })
  sent!: number;

  @ApiProperty({ description: 'Accepted by the partner, not yet completed (accepted or in progress)' })
  accepted!: number;

  @ApiProperty()
  declined!: number;

  @ApiProperty({ description: 'Sent or acknowledged, without an answer yet' })
  waiting!: number;

  @ApiProperty()
  completed!: number;

  @ApiProperty()
  cancelled!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Median days from sending to the partner’s first answer; null over fewer than 5 answers' })
  medianDaysToAnswer!: number | null;
}

/** Open files now (as of the data version) and their documents. */
export class DocumentsSummaryView {
  @ApiProperty()
  openFiles!: number;

  @ApiProperty({ description: 'Open files with checklist items missing' })
  withMissingDocuments!: number;

  @ApiProperty({ description: 'Open files with documents for submission not in Japanese and without a signed translation' })
  withUntranslatedDocuments!: number;

  @ApiProperty({ description: 'Checklist items missing, over the open files' })
  missingItems!: number;

  @ApiProperty({ description: 'Documents waiting for a translation, over the open files' })
  untranslatedDocuments!: number;
}

export class ReferralsDocumentsReportView {
  @ApiProperty({ type: ReportMetaView })
  meta!: ReportMetaView;

  @ApiProperty({ type: [ReferralOutcomeView], description: 'One row per kind of service with a referral sent in the period' })
  referrals!: ReferralOutcomeView[];

  @ApiProperty({ type: DocumentsSummaryView })
  documents!: DocumentsSummaryView;
}
