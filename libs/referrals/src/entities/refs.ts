import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Foreign-key targets owned by other libraries, mapped by table name only, so referral tables can
 * reference them without importing those libraries' entities. `synchronize: false`: their own
 * migrations own these tables.
 */
@Entity('client', { synchronize: false })
export class ReferralClientRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('user_account', { synchronize: false })
export class ReferralUserRef {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity('appointment', { synchronize: false })
export class ReferralAppointmentRef {
  @PrimaryColumn('uuid')
  id!: string;
}
