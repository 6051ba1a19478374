import { Entity, PrimaryColumn } from 'typeorm';

/** Foreign-key targets owned by other libraries, mapped by table name only (see clients/refs.ts). */
@Entity('client', { synchronize: false })
export class ClientRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('user_account', { synchronize: false })
export class OwnerRef {
  @PrimaryColumn('uuid')
  id!: string;
}
