import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { LOCALES, ROLES, SESSION_STATES, type Locale, type Role, type SessionState } from '#accounts';

export class SignInRequest {
  @ApiProperty({ example: 'sato@example.org' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

export class SecondFactorRequest {
  @ApiPropertyOptional({ description: 'The 6-digit code from the authenticator app', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'must be 6 digits' })
  code?: string;

  @ApiPropertyOptional({ description: 'One of the recovery codes, instead of a code', example: 'ABCDE-FGHJK' })
  @IsOptional()
  @IsString()
  @Length(10, 20)
  recoveryCode?: string;
}

export class EnrolmentStartRequest {
  @ApiPropertyOptional({
    format: 'password',
    description:
      'The current password, typed again. Required when adding a second factor to a signed-in account; not asked during a sign-in that must end in enrolment (the password was just typed).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  currentPassword?: string;
}

export class RecoveryCodesRequest {
  @ApiProperty({ format: 'password', description: 'The current password, typed again: new codes are a way into the account.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;
}

export class EnrolmentConfirmRequest {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'must be 6 digits' })
  code!: string;
}

export class PasswordChangeRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class PasswordResetRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;
}

export class TokenPasswordRequest {
  @ApiProperty({ description: 'The token from the emailed link' })
  @IsString()
  @Length(20, 100)
  token!: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class ProfileUpdateRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class MeTeam {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['member', 'supervisor'] })
  kind!: 'member' | 'supervisor';
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ type: [MeTeam] })
  teams!: MeTeam[];

  @ApiProperty({ enum: SESSION_STATES, description: 'Anything but active: finish the second factor first.' })
  sessionState!: SessionState;

  @ApiProperty({ description: 'Whether an authenticator app is enrolled for this account.' })
  secondFactorEnabled!: boolean;

  @ApiProperty({ description: 'Send as X-CSRF-Token with every POST, PUT, PATCH and DELETE.' })
  csrfToken!: string;
}

export class EnrolmentStartResponse {
  @ApiProperty({ description: 'For typing into the app by hand' })
  secret!: string;

  @ApiProperty()
  otpauthUri!: string;

  @ApiProperty({ description: 'An SVG QR code as a data URL' })
  qrCodeDataUrl!: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Shown once. Each works once.' })
  recoveryCodes!: string[];

  @ApiPropertyOptional({ description: 'A new CSRF token when this step completed the sign-in' })
  csrfToken?: string;
}

export class CsrfTokenResponse {
  @ApiProperty()
  csrfToken!: string;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  lastSeenAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true })
  userAgent!: string | null;

  @ApiProperty({ description: 'The session making this request' })
  current!: boolean;
}

export class SessionsEndedResponse {
  @ApiProperty({ description: 'How many other sessions were ended' })
  ended!: number;
}
