import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { LOCALES, MEMBERSHIP_KINDS, ROLES, UserView, type Locale, type MembershipKind, type Role } from '#accounts';

export class MembershipRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId!: string;

  @ApiProperty({ enum: MEMBERSHIP_KINDS })
  @IsIn(MEMBERSHIP_KINDS)
  kind!: MembershipKind;
}

export class InviteUserRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Sato Yuki' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ enum: LOCALES, default: 'ja' })
  @IsIn(LOCALES)
  locale: Locale = 'ja';

  @ApiProperty({ type: [MembershipRequest], default: [] })
  @ValidateNested({ each: true })
  @Type(() => MembershipRequest)
  @ArrayMaxSize(50)
  memberships: MembershipRequest[] = [];
}

export class UpdateUserRequest {
  @ApiProperty({ description: 'The version you read; a stale one answers 409 STALE_VERSION.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ type: [MembershipRequest], description: 'Replaces all memberships' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => MembershipRequest)
  @ArrayMaxSize(50)
  memberships?: MembershipRequest[];
}

export class UserListQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Part of a name or email' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

export class InvitedUserResponse {
  @ApiProperty({ type: UserView })
  user!: UserView;

  @ApiProperty({ description: 'False when the mail server could not be reached: resend later.' })
  invitationSent!: boolean;
}
