import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class NoteRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 10_000)
  body!: string;
}
