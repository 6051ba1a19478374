import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Foreign-key targets owned by the accounts library. Mapped here by table name only, so client
 * tables can reference them without importing that library's entities (which never leave it).
 * `synchronize: false`: the accounts migrations own these tables.
 */
@Entity('team', { synchronize: false })
export class TeamRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('user_account', { synchronize: false })
export class UserRef {
  @PrimaryColumn('uuid')
  id!: string;
}
