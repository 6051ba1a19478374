import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Mail caught by the embedded catcher that `npm start` runs when no SMTP server is configured,
 * so a newcomer can read the invitations and reminders the system sent. Never used in production
 * (with SMTP_URL set, nothing is written here).
 */
@Entity('caught_mail')
@Index('idx_caught_mail_received', ['receivedAt'])
export class CaughtMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text' })
  envelopeFrom!: string;

  @Column({ type: 'text', array: true })
  envelopeTo!: string[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;
}
