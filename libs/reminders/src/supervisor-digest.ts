import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addBusinessDays, localDateInTimeZone } from '#domain';
import { japanCalendar } from '#deadlines';
import { Mailer, supervisorDigestEmail, type DigestLine } from '#notifications';
import { AppConfig, Clock } from '#platform';

interface Row {
  supervisor_id: string;
  email: string;
  locale: 'ja' | 'en';
  caseworker: string;
  overdue: string[];
  at_risk: string[];
}

/**
 * The supervisors' morning digest (08:30 Asia/Tokyo on business days): per caseworker of the
 * teams they supervise, the case numbers with open deadlines past due, and with hard legal
 * deadlines due within 2 business days. Once per supervisor per day, whatever the number of
 * workers: the day is claimed in PostgreSQL before sending.
 */
@Injectable()
export class SupervisorDigest {
  private readonly logger = new Logger(SupervisorDigest.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ sent: number }> {
    const calendar = japanCalendar();
    const today = localDateInTimeZone(this.clock.now(), 'Asia/Tokyo');
    if (calendar.isAdministrativeHoliday(today)) return { sent: 0 };
    const horizon = addBusinessDays(calendar, today, 2, 'administrative');
    const rows = await this.dataSource.query<Row[]>(
      `SELECT s.id AS supervisor_id, s.email, s.locale, w.display_name AS caseworker,
              array_agg(DISTINCT c.case_number) FILTER (WHERE d.due_date < $1) AS overdue,
              array_agg(DISTINCT c.case_number) FILTER (WHERE d.due_date >= $1 AND d.due_date <= $2 AND d.hardness = 'hard') AS at_risk
         FROM user_account s
         JOIN team_membership sm ON sm.user_id = s.id AND sm.kind = 'supervisor'
         JOIN client c ON c.team_id = sm.team_id AND c.status = 'open'
         JOIN deadline d ON d.client_id = c.id AND d.status = 'open' AND d.due_date <= $2
         LEFT JOIN user_account w ON w.id = d.owner_id
        WHERE s.active AND s.role = 'supervisor'
          AND NOT EXISTS (SELECT 1 FROM supervisor_digest g WHERE g.supervisor_id = s.id AND g.digest_date = $1)
        GROUP BY s.id, w.display_name
        ORDER BY s.id, w.display_name`,
      [today, horizon],
    );
    const bySupervisor = new Map<string, { email: string; locale: 'ja' | 'en'; lines: DigestLine[] }>();
    for (const row of rows) {
      const entry = bySupervisor.get(row.supervisor_id) ?? { email: row.email, locale: row.locale, lines: [] };
      entry.lines.push({ caseworker: row.caseworker ?? '—', overdue: row.overdue ?? [], atRisk: row.at_risk ?? [] });
      bySupervisor.set(row.supervisor_id, entry);
    }
    let sent = 0;
    for (const [supervisorId, digest] of bySupervisor) {
      const count = (key: 'overdue' | 'atRisk') => digest.lines.reduce((n, line) => n + line[key].length, 0);
      const claimed = await this.dataSource.query<unknown[]>(
        `INSERT INTO supervisor_digest (supervisor_id, digest_date, sent_at, overdue, at_risk) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING supervisor_id`,
        [supervisorId, today, this.clock.now(), count('overdue'), count('atRisk')],
      );
      if (claimed.length === 0) continue;
      try {
        const message = await this.mailer.send({
          to: digest.email,
          ...supervisorDigestEmail({ locale: digest.locale, date: today, lines: digest.lines, url: `${this.config.http.publicUrl}/team` }),
          messageId: `<digest-${supervisorId}-${today}@${new URL(this.config.http.publicUrl).hostname}>`,
        });
        await this.dataSource.query('UPDATE supervisor_digest SET message_id = $3 WHERE supervisor_id = $1 AND digest_date = $2', [supervisorId, today, message.messageId]);
        sent++;
      } catch (error) {
        // Give the day back so the job's retry sends it.
        await this.dataSource.query('DELETE FROM supervisor_digest WHERE supervisor_id = $1 AND digest_date = $2', [supervisorId, today]);
        this.logger.warn({ supervisorId, err: error }, 'digest not sent');
        throw error;
      }
    }
    return { sent };
  }
}
