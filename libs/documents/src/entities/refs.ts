import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Foreign-key targets owned by other libraries, mapped by table name only, so document tables can
 * reference them without importing those libraries' entities. `synchronize: false`: their own
 * migrations own these tables.
 */
@Entity('client', { synchronize: false })
export class DocumentClientRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('protection_application', { synchronize: false })
export class DocumentApplicationRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('user_account', { synchronize: false })
export class DocumentUserRef {
  @PrimaryColumn('uuid')
  id!: string;
}
