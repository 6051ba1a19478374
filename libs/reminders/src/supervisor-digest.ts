import { Injectable, Logger } from '@nestjs/common';
import { UserDirectory } from '#accounts';
import { addBusinessDays, localDateInTimeZone } from '#domain';
import { DeadlineRepository, japanCalendar } from '#deadlines';
import { Mailer, supervisorDigestEmail, type DigestLine } from '#notifications';
import { AppConfig, Clock } from '#platform';
import { ReminderFileFacts } from './reminder-file-facts.js';
import { SupervisorDigestRepository } from './supervisor-digest.repository.js';

/** One caseworker's deadlines in one team: the case numbers overdue and at risk. */
interface CaseworkerDeadlines {
  readonly overdue: Set<string>;
  readonly atRisk: Set<string>;
}

/** Code-point order: the order PostgreSQL gave these lines under a C or C.UTF-8 collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The supervisors' morning digest (08:30 Japan time on business days): per caseworker of the
 * teams they supervise, the case numbers with open deadlines past due, and with hard legal
 * deadlines due within 2 business days. Once per supervisor per day, whatever the number of
 * workers: the day is claimed in PostgreSQL before sending.
 */
@Injectable()
export class SupervisorDigest {
  private readonly logger = new Logger(SupervisorDigest.name);

  constructor(
    private readonly digests: SupervisorDigestRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly files: ReminderFileFacts,
    private readonly users: UserDirectory,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ sent: number }> {
    const calendar = japanCalendar();
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    if (calendar.isAdministrativeHoliday(today)) return { sent: 0 };
    const horizon = addBusinessDays(calendar, today, 2, 'administrative');
    const bySupervisor = await this.digestsOf(today, horizon);
    let sent = 0;
    for (const [supervisorId, digest] of bySupervisor) {
      const count = (key: 'overdue' | 'atRisk') => digest.lines.reduce((n, line) => n + line[key].length, 0);
      const claimed = await this.digests.claimDay(supervisorId, today, this.clock.now(), { overdue: count('overdue'), atRisk: count('atRisk') });
      if (!claimed) continue;
      try {
        const message = await this.mailer.send({
          to: digest.email,
          ...supervisorDigestEmail({ locale: digest.locale, date: today, lines: digest.lines, url: `${this.config.http.publicUrl}/team` }),
          messageId: `<digest-${supervisorId}-${today}@${new URL(this.config.http.publicUrl).hostname}>`,
        });
        await this.digests.recordMessageId(supervisorId, today, message.messageId);
        sent++;
      } catch (error) {
        // Give the day back so the job's retry sends it.
        await this.digests.releaseDay(supervisorId, today);
        this.logger.warn({ supervisorId, err: error }, 'digest not sent');
        throw error;
      }
    }
    return { sent };
  }

  /**
   * The day's digest of every supervisor who has not had it yet and has something in it, by
   * supervisor id: per caseworker (by name; '—' for deadlines nobody owns) of the open files of the
   * teams they supervise, every open deadline due by `horizon`, its case number listed when
   * overdue, or when hard and due by `horizon`.
   */
  private async digestsOf(today: string, horizon: string): Promise<Map<string, { email: string; locale: 'ja' | 'en'; lines: DigestLine[] }>> {
    const due = await this.deadlines.openDueBy(horizon);
    const files = await this.files.openFiles([...new Set(due.map((d) => d.clientId))]);
    const names = await this.users.displayNames(due.map((d) => d.ownerId));
    /** team → caseworker's name (null: nobody's) → deadlines. */
    const byTeam = new Map<string, Map<string | null, CaseworkerDeadlines>>();
    for (const deadline of due) {
      const file = files.get(deadline.clientId);
      if (!file) continue;
      const caseworkers = byTeam.get(file.teamId) ?? new Map<string | null, CaseworkerDeadlines>();
      byTeam.set(file.teamId, caseworkers);
      const name = deadline.ownerId ? (names.get(deadline.ownerId) ?? null) : null;
      const lists = caseworkers.get(name) ?? { overdue: new Set<string>(), atRisk: new Set<string>() };
      caseworkers.set(name, lists);
      if (deadline.dueDate < today) lists.overdue.add(file.caseNumber);
      else if (deadline.hardness === 'hard') lists.atRisk.add(file.caseNumber);
    }
    const digested = await this.digests.supervisorsDigestedOn(today);
    const supervisors = (await this.users.activeSupervisorsWithTeams()).filter((s) => !digested.has(s.id)).sort((a, b) => byCodePoint(a.id, b.id));
    const result = new Map<string, { email: string; locale: 'ja' | 'en'; lines: DigestLine[] }>();
    for (const supervisor of supervisors) {
      const merged = new Map<string | null, CaseworkerDeadlines>();
      for (const teamId of supervisor.teamIds) {
        for (const [name, lists] of byTeam.get(teamId) ?? []) {
          const into = merged.get(name) ?? { overdue: new Set<string>(), atRisk: new Set<string>() };
          merged.set(name, into);
          for (const caseNumber of lists.overdue) into.overdue.add(caseNumber);
          for (const caseNumber of lists.atRisk) into.atRisk.add(caseNumber);
        }
      }
      if (merged.size === 0) continue;
      // Named caseworkers by name, then the deadlines nobody owns (NULLS LAST).
      const lines = [...merged]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : byCodePoint(a, b)))
        .map(([name, lists]) => ({ caseworker: name ?? '—', overdue: [...lists.overdue].sort(byCodePoint), atRisk: [...lists.atRisk].sort(byCodePoint) }));
      result.set(supervisor.id, { email: supervisor.email, locale: supervisor.locale, lines });
    }
    return result;
  }
}
