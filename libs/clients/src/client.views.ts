import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CustodyCategories, DeportationStages, ProtectionStages, provisionalReleaseUntilOf, ResidenceStages, workAllowed, type CustodyCategory, type DeportationStage, type ResidenceStage } from '#domain';
import { ASSIGNMENT_ROLES, type AssignmentRole } from './entities/client-assignment.entity.js';
import { CLIENT_STATUSES, CONSENT_KINDS, CUSTODY_STATUSES, GENDERS, VULNERABILITY_FLAGS, type ClientEntity, type ClientStatus, type ConsentKind, type CustodyStatus, type Gender, type VulnerabilityFlag } from './entities/client.entity.js';

export class ConsentView {
  @ApiProperty({ enum: CONSENT_KINDS })
  kind!: ConsentKind;

  @ApiProperty({ format: 'date' })
  givenOn!: string;

  @ApiProperty()
  scope!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  withdrawnOn!: string | null;
}

export class AssignmentView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ASSIGNMENT_ROLES })
  role!: AssignmentRole;
}

export class ResidenceView {
  @ApiProperty({ enum: ResidenceStages })
  stage!: ResidenceStage;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  expiresOn!: string | null;

  @ApiProperty({ description: 'Work permitted by the status itself (the designation document)' })
  workAllowedByStatus!: boolean;

  @ApiProperty({ type: String, nullable: true })
  triageCategory!: string | null;
}

export class CustodyView {
  @ApiProperty({ enum: CUSTODY_STATUSES })
  status!: CustodyStatus;

  @ApiProperty({ enum: DeportationStages })
  deportationStage!: DeportationStage;

  @ApiProperty({ type: Number, nullable: true, description: 'Months between reports under supervision measures or provisional release' })
  reportingIntervalMonths!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Under provisional release: the last day of the current period, when known' })
  provisionalReleaseUntil!: string | null;
}

export class WorkAllowedView {
  @ApiProperty()
  allowed!: boolean;

  @ApiProperty()
  reasonJa!: string;

  @ApiProperty()
  reasonEn!: string;

  @ApiProperty()
  basis!: string;
}

export class ClientView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;

  @ApiProperty({ enum: CLIENT_STATUSES })
  status!: ClientStatus;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  familyName!: string;

  @ApiProperty()
  givenName!: string;

  @ApiProperty({ type: String, nullable: true })
  nativeName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  katakanaName!: string | null;

  @ApiProperty({ type: [String] })
  aliases!: string[];

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dateOfBirth!: string | null;

  @ApiProperty()
  dateOfBirthApproximate!: boolean;

  @ApiProperty({ enum: GENDERS, nullable: true })
  gender!: Gender | null;

  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-3; XXA stateless, XXX unknown' })
  nationality!: string | null;

  @ApiProperty({ type: [String] })
  languages!: string[];

  @ApiProperty()
  interpreterNeeded!: boolean;

  @ApiProperty({ type: String, nullable: true })
  interpreterLanguage!: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true })
  address!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  landingDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  landingPort!: string | null;

  @ApiProperty({ type: String, nullable: true })
  residenceCardNumber!: string | null;

  @ApiProperty({ type: ResidenceView })
  residence!: ResidenceView;

  @ApiProperty({ type: CustodyView })
  custody!: CustodyView;

  @ApiProperty({ type: WorkAllowedView })
  workAllowed!: WorkAllowedView;

  @ApiProperty({ enum: VULNERABILITY_FLAGS, isArray: true })
  vulnerabilityFlags!: VulnerabilityFlag[];

  @ApiProperty({ type: [ConsentView] })
  consents!: ConsentView[];

  @ApiProperty({ type: [AssignmentView] })
  assignments!: AssignmentView[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  closedReason!: string | null;

  @ApiProperty({ enum: ['scope', 'break-glass'], description: 'How the caller reaches this file' })
  access!: 'scope' | 'break-glass';

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'With emergency (break-glass) access: when it ends' })
  accessExpiresAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ description: 'Send back unchanged with an update; a stale one answers 409 STALE_VERSION.' })
  version!: number;
}

export class ClientSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty({ enum: CLIENT_STATUSES })
  status!: ClientStatus;

  @ApiProperty()
  familyName!: string;

  @ApiProperty()
  givenName!: string;

  @ApiProperty({ type: String, nullable: true })
  nativeName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  katakanaName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  nationality!: string | null;

  @ApiProperty({ enum: CUSTODY_STATUSES })
  custodyStatus!: CustodyStatus;

  @ApiProperty({ enum: ProtectionStages, nullable: true, description: 'Stage of the latest protection application' })
  stage!: string | null;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;
}

export const CUSTODY_STATUS_OF: Record<CustodyCategory, CustodyStatus> = {
  NONE: 'none',
  DETAINED: 'detained',
  SUPERVISION: 'supervision',
  PROVISIONAL_RELEASE: 'provisional-release',
};

export { CustodyCategories };

export function toClientView(
  client: ClientEntity,
  assignments: readonly AssignmentView[],
  access: 'scope' | 'break-glass',
  accessExpiresAt: Date | null = null,
): ClientView {
  const work = workAllowed(client.residence, client.deportation, false);
  return {
    id: client.id,
    caseNumber: client.caseNumber,
    status: client.status,
    teamId: client.teamId,
    familyName: client.familyName,
    givenName: client.givenName,
    nativeName: client.nativeName,
    katakanaName: client.katakanaName,
    aliases: client.aliases,
    dateOfBirth: client.dateOfBirth,
    dateOfBirthApproximate: client.dateOfBirthApproximate,
    gender: client.gender,
    nationality: client.nationality,
    languages: client.languages,
    interpreterNeeded: client.interpreterNeeded,
    interpreterLanguage: client.interpreterLanguage,
    phone: client.phone,
    email: client.email,
    address: client.address,
    landingDate: client.landingDate,
    landingPort: client.landingPort,
    residenceCardNumber: client.residenceCardNumber,
    residence: {
      stage: client.residence.stage,
      expiresOn: client.residence.expiresOn,
      workAllowedByStatus: client.residence.workAllowed,
      triageCategory: client.residence.triageCategory,
    },
    custody: {
      status: client.custodyStatus,
      deportationStage: client.deportation.stage,
      reportingIntervalMonths: client.deportation.reportingIntervalMonths,
      provisionalReleaseUntil: provisionalReleaseUntilOf(client.deportation),
    },
    workAllowed: { allowed: work.allowed, reasonJa: work.label.ja, reasonEn: work.label.en, basis: work.basis },
    vulnerabilityFlags: client.vulnerabilityFlags,
    consents: client.consents.map((c) => ({ ...c })),
    assignments: [...assignments],
    closedAt: client.closedAt?.toISOString() ?? null,
    closedReason: client.closedReason,
    access,
    accessExpiresAt: access === 'break-glass' ? (accessExpiresAt?.toISOString() ?? null) : null,
    updatedAt: client.updatedAt.toISOString(),
    version: client.version,
  };
}
