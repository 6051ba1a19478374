import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { REPORT_EXPORT_FORMATS, REPORT_EXPORT_LANGUAGES, REPORT_GRANULARITIES, type ReportExportFormat, type ReportExportLanguage, type ReportGranularity } from '#reports';

/** A calendar month written YYYY-MM; the period's own rules (order, span, earliest month) are the service's. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class ReportQuery {
  @ApiPropertyOptional({ example: '2024-01', description: 'First month (YYYY-MM); by default January two years ago, Japan time' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2025-12', description: 'Last month, included (YYYY-MM); by default the current month. At most 120 months after from' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One team of the viewer’s scope (a supervisor’s supervised team, any team for an administrator)' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

export class OutcomesQuery extends ReportQuery {
  @ApiPropertyOptional({ enum: REPORT_GRANULARITIES, default: 'year' })
  @IsOptional()
  @IsIn(REPORT_GRANULARITIES)
  granularity?: ReportGranularity;
}

export class DisaggregationQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 9999, example: 2025, description: 'One calendar year; by default the current year. Always the viewer’s whole scope' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(9999)
  year?: number;
}

export class ReportExportQuery extends OutcomesQuery {
  @ApiProperty({ enum: REPORT_EXPORT_FORMATS })
  @IsIn(REPORT_EXPORT_FORMATS)
  format!: ReportExportFormat;

  @ApiPropertyOptional({ enum: REPORT_EXPORT_LANGUAGES, description: 'By default the viewer’s language' })
  @IsOptional()
  @IsIn(REPORT_EXPORT_LANGUAGES)
  lang?: ReportExportLanguage;

  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 9999, description: 'The year of the disaggregated tables; by default the year of `to`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(9999)
  year?: number;
}
