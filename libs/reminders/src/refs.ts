import { Entity, PrimaryColumn } from 'typeorm';

/** Foreign-key targets owned by other libraries, mapped by table name only (see clients/refs.ts). */
@Entity('deadline', { synchronize: false })
export class DeadlineTarget {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('user_account', { synchronize: false })
export class RecipientTarget {
  @PrimaryColumn('uuid')
  id!: string;
}
