import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class VersionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}
