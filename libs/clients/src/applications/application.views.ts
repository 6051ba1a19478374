import { ApiProperty } from '@nestjs/swagger';
import { ProtectionKinds, ProtectionOutcomes, ProtectionStages, removalSuspension, type ProtectionKind, type ProtectionStage, type ProtectionTransitionOption } from '#domain';
import type { ProtectionApplicationEntity } from '../entities/protection-application.entity.js';
import type { StageTransitionEntity } from '../entities/stage-transition.entity.js';

export class TransitionOptionView {
  @ApiProperty({ enum: ProtectionStages })
  to!: string;

  @ApiProperty({ enum: ProtectionOutcomes, nullable: true })
  outcome!: string | null;

  @ApiProperty()
  labelJa!: string;

  @ApiProperty()
  labelEn!: string;

  @ApiProperty({ type: [String], description: 'Dates the step must record' })
  requiredDates!: string[];
}

export class RemovalSuspensionView {
  @ApiProperty({ description: 'Whether removal is suspended while this application is pending' })
  suspended!: boolean;

  @ApiProperty({ type: [String] })
  reasonsJa!: string[];

  @ApiProperty({ type: [String] })
  reasonsEn!: string[];

  @ApiProperty({ description: 'Rests on an unverified reading of the law: check with a lawyer' })
  unverified!: boolean;
}

export class StageHistoryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @ApiProperty({ format: 'date', description: 'When it happened' })
  eventOn!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'Every date recorded, by field' })
  dates!: Record<string, string>;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The entry whose dates this one corrects' })
  correctsId!: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ description: '1st, 2nd, 3rd … application' })
  applicationNo!: number;

  @ApiProperty({ enum: ProtectionKinds })
  kind!: ProtectionKind;

  @ApiProperty({ enum: ProtectionStages })
  stage!: ProtectionStage;

  @ApiProperty({ type: String, nullable: true })
  regionalBureau!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  filedOn!: string | null;

  @ApiProperty({ description: '3rd or later application: removal is not suspended without reasonable-grounds material (Art. 61-2-9(4))' })
  subsequentApplication!: boolean;

  @ApiProperty()
  reasonableGroundsSubmitted!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  reasonableGroundsSubmittedOn!: string | null;

  @ApiProperty({ type: RemovalSuspensionView })
  removal!: RemovalSuspensionView;

  @ApiProperty({ type: Object, description: 'The full procedure state: decision, review, litigation, clocks' })
  state!: object;

  @ApiProperty({ type: [TransitionOptionView] })
  allowedTransitions!: TransitionOptionView[];

  @ApiProperty({ type: [StageHistoryView] })
  history!: StageHistoryView[];

  @ApiProperty()
  version!: number;
}

export function toOptionView(option: ProtectionTransitionOption): TransitionOptionView {
  return {
    to: option.to,
    outcome: option.outcome ?? null,
    labelJa: option.label.ja,
    labelEn: option.label.en,
    requiredDates: [...option.requiredDates],
  };
}

export function toHistoryView(entry: StageTransitionEntity): StageHistoryView {
  return {
    id: entry.id,
    from: entry.fromStage,
    to: entry.toStage,
    outcome: entry.outcome,
    eventOn: entry.eventOn,
    dates: entry.dates,
    note: entry.note,
    correctsId: entry.correctsId,
    recordedBy: entry.recordedBy,
    recordedAt: entry.recordedAt.toISOString(),
  };
}

export function toApplicationView(
  application: ProtectionApplicationEntity,
  options: readonly ProtectionTransitionOption[],
  history: readonly StageTransitionEntity[],
): ApplicationView {
  const removal = removalSuspension(application.state, {
    reasonableGroundsMaterialSubmitted: application.reasonableGroundsSubmitted,
    sentencedToThreeYearsOrMore: false,
    terrorismOrSimilarExclusion: false,
    stayOfExecutionGranted: false,
  });
  return {
    id: application.id,
    clientId: application.clientId,
    applicationNo: application.applicationNo,
    kind: application.kind,
    stage: application.stage,
    regionalBureau: application.regionalBureau,
    filedOn: application.state.filedOn,
    subsequentApplication: application.applicationNo >= 3,
    reasonableGroundsSubmitted: application.reasonableGroundsSubmitted,
    reasonableGroundsSubmittedOn: application.reasonableGroundsSubmittedOn,
    removal: {
      suspended: removal.suspended,
      reasonsJa: removal.reasons.map((r) => r.ja),
      reasonsEn: removal.reasons.map((r) => r.en),
      unverified: removal.unverified,
    },
    state: application.state,
    allowedTransitions: options.map(toOptionView),
    history: history.map(toHistoryView),
    version: application.version,
  };
}
