import { ApiProperty } from '@nestjs/swagger';
import type { TransitionOption } from '#domain';
import { StageHistoryView } from '../applications/application.views.js';

export class StatusOptionView {
  @ApiProperty()
  to!: string;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty()
  labelJa!: string;

  @ApiProperty()
  labelEn!: string;

  @ApiProperty({ type: [String] })
  requiredDates!: string[];
}

export class StatusOptionsView {
  @ApiProperty({ type: [StatusOptionView] })
  residence!: StatusOptionView[];

  @ApiProperty({ type: [StatusOptionView] })
  custody!: StatusOptionView[];
}

/** Every residence-status and custody step recorded for a client, oldest first. */
export class StatusHistoryView {
  @ApiProperty({ type: [StageHistoryView] })
  residence!: StageHistoryView[];

  @ApiProperty({ type: [StageHistoryView] })
  custody!: StageHistoryView[];
}

export const toStatusOption = (option: TransitionOption<string, string, string>): StatusOptionView => ({
  to: option.to,
  outcome: option.outcome,
  labelJa: option.label.ja,
  labelEn: option.label.en,
  requiredDates: [...option.requiredDates],
});
