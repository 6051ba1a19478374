import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Data access for `supervisor_digest`: one row per supervisor per day claims that day's digest. */
@Injectable()
export class SupervisorDigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The supervisors whose digest of `date` is claimed already. */
  async supervisorsDigestedOn(date: string): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ supervisor_id: string }[]>('SELECT supervisor_id FROM supervisor_digest WHERE digest_date = $1', [date]);
    return new Set(rows.map((row) => row.supervisor_id));
  }

  /** Claims the supervisor's digest of the day; false when another run claimed it first. */
  async claimDay(supervisorId: string, date: string, sentAt: Date, counts: { readonly overdue: number; readonly atRisk: number }): Promise<boolean> {
    const claimed = await this.dataSource.query<unknown[]>(
      `INSERT INTO supervisor_digest (supervisor_id, digest_date, sent_at, overdue, at_risk) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING supervisor_id`,
      [supervisorId, date, sentAt, counts.overdue, counts.atRisk],
    );
    return claimed.length > 0;
  }

  async recordMessageId(supervisorId: string, date: string, messageId: string): Promise<void> {
    await this.dataSource.query('UPDATE supervisor_digest SET message_id = $3 WHERE supervisor_id = $1 AND digest_date = $2', [supervisorId, date, messageId]);
  }

  /** Gives the day back, so that a retry sends it. */
  async releaseDay(supervisorId: string, date: string): Promise<void> {
    await this.dataSource.query('DELETE FROM supervisor_digest WHERE supervisor_id = $1 AND digest_date = $2', [supervisorId, date]);
  }
}
