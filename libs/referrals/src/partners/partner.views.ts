import { ApiProperty } from '@nestjs/swagger';
import { PREFECTURES, PROGRAMMES, SERVICE_KINDS, type Prefecture, type Programme, type ServiceKind } from '#domain';

export class PartnerOrganisationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'NPO法人デモ支援ネット', description: 'As the organisation writes it' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Support Network' })
  nameEn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPerson!: string | null;

  @ApiProperty({ format: 'email', description: 'Where referrals are sent' })
  referralEmail!: string;

  @ApiProperty({ type: String, nullable: true, example: '03-1234-5678' })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uri' })
  website!: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;

  @ApiProperty({ description: 'Inactive organisations and their services are left out of searches' })
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ description: 'Send it back with a change: a stale version answers 409' })
  version!: number;
}

export class PartnerServiceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  partnerId!: string;

  @ApiProperty({ enum: SERVICE_KINDS })
  kind!: ServiceKind;

  @ApiProperty({ enum: PROGRAMMES, nullable: true, description: 'The public programme it is, when Yorisoi knows its eligibility rules (reference §5.1)' })
  programme!: Programme | null;

  @ApiProperty({ example: '緊急シェルター' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who the partner takes, in its own words' })
  eligibilityNotes!: string | null;

  @ApiProperty({ type: [String], example: ['ja', 'en', 'fa'], description: 'ISO 639-1 codes' })
  languages!: string[];

  @ApiProperty({ enum: PREFECTURES, isArray: true })
  prefectures!: Prefecture[];

  @ApiProperty({ type: Number, nullable: true, description: 'Places free (beds, seats) as last reported; null when not counted' })
  capacityAvailable!: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The day that count was given' })
  capacityUpdatedOn!: string | null;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty()
  version!: number;
}

/** An organisation with all its services, active or not. */
export class PartnerDetailView extends PartnerOrganisationView {
  @ApiProperty({ type: [PartnerServiceView] })
  services!: PartnerServiceView[];
}

/** What a directory search shows of a service's organisation. */
export class PartnerSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  nameEn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPerson!: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uri' })
  website!: string | null;

  @ApiProperty()
  active!: boolean;
}

/** A directory search hit: a service and the organisation offering it. */
export class PartnerServiceListingView extends PartnerServiceView {
  @ApiProperty({ type: PartnerSummaryView })
  partner!: PartnerSummaryView;
}

export class PartnerServicePageView {
  @ApiProperty({ type: [PartnerServiceListingView], description: 'By organisation name, then service' })
  items!: PartnerServiceListingView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class PartnerOrganisationPageView {
  @ApiProperty({ type: [PartnerOrganisationView], description: 'By name' })
  items!: PartnerOrganisationView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
}
