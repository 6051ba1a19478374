import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last case number given out per year. Incremented with one atomic upsert, so concurrent
 * intakes never get the same number and never leave a gap.
 */
@Entity('case_number_counter')
export class CaseNumberCounterEntity {
  @PrimaryColumn('int')
  year!: number;

  @Column({ type: 'int' })
  last!: number;
}
