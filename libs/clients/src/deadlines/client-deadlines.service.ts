import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { addBusinessDays, countBusinessDays, daysBetween, DomainError, localDateInTimeZone, parseLocalDate, type ClientFileAction, type LocalDate } from '#domain';
import { DeadlineDecisions, DeadlineLists, DeadlineView, japanCalendar, type DeadlineDecision, type DeadlineStatus } from '#deadlines';
import { AppConfig, Clock } from '#platform';
import { ReminderPlanner } from '#reminders';
import { ApplicationFacts } from '../applications/application-facts.repository.js';
import { ClientsService } from '../clients.service.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';
import { DeadlineFactsRepository } from './deadline-facts.repository.js';
import type { AtRiskDeadline, MyDeadlineView, OverdueDeadlineEntry, OverdueDeadlinesFilter } from './client-deadline.views.js';

/** The most a list of deadlines shows. */
const LIST_LIMIT = 500;

/** The most the overdue drill-down shows: a supervisor works through it, it is not an export. */
const OVERDUE_LIMIT = 200;

/** How a decision on a deadline appears in the file's audit trail and timeline. */
interface DecisionRecord {
  readonly action: AuditAction;
  /** The timeline entry written when the decision changed something. */
  readonly timeline: string;
  readonly reason?: string;
}

/** A client's deadlines, my deadlines, the supervisor's at-risk list, and the caseworker's decisions on them. */
@Injectable()
export class ClientDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly decisions: DeadlineDecisions,
    private readonly lists: DeadlineLists,
    private readonly facts: DeadlineFactsRepository,
    private readonly files: ApplicationFacts,
    private readonly users: UserDirectory,
    private readonly timeline: TimelineWriter,
    private readonly reminders: ReminderPlanner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async ofClient(principal: Principal, clientId: string, options: { applicationId?: string; includeClosed: boolean }): Promise<DeadlineView[]> {
    await this.clients.requireInScope(principal, clientId);
    const deadlines = await this.lists.ofClient(clientId, options);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'deadline', id: null }, details: { deadlines: deadlines.length } });
    return deadlines;
  }

  /**
   * Deadlines I own, due in a date range (default: from overdue to 30 days ahead), of the files I
   * may reach. Read by pages of my deadlines until the list is full: the files' scope is the
   * clients library's, the deadlines the deadlines library's.
   */
  async mine(principal: Principal, range: { from?: string; to?: string; status: DeadlineStatus }): Promise<MyDeadlineView[]> {
    const mine: MyDeadlineView[] = [];
    let after: DeadlineView | null = null;
    while (mine.length < LIST_LIMIT) {
      const page = await this.lists.ownedBy(principal.userId, range, after && { dueDate: after.dueDate, id: after.id }, LIST_LIMIT);
      const caseNumbers = await this.facts.caseNumbersInScope(principal, page.map((deadline) => deadline.clientId));
      for (const deadline of page) {
        const caseNumber = caseNumbers.get(deadline.clientId);
        if (caseNumber !== undefined && mine.length < LIST_LIMIT) mine.push({ ...deadline, caseNumber });
      }
      if (page.length < LIST_LIMIT) break;
      after = page.at(-1) ?? null;
    }
    if (mine.length === 0) return [];
    await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(mine.map((d) => d.clientId))], details: { deadlines: mine.length } });
    return mine;
  }

  /**
   * Hard legal deadlines of the supervisor's teams that are not met and fall due within N open
   * business days (or are already overdue).
   */
  async atRisk(principal: Principal, businessDays: number): Promise<AtRiskDeadline[]> {
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const calendar = japanCalendar();
    const horizon = addBusinessDays(calendar, today, businessDays, 'administrative');
    const files = await this.files.openFilesOfTeams(principal.supervisedTeamIds);
    const deadlines = await this.lists.hardOpenDueBy(
      files.map((file) => file.clientId),
      horizon,
      LIST_LIMIT,
    );
    if (deadlines.length === 0) return [];
    const caseNumbers = new Map(files.map((file) => [file.clientId, file.caseNumber]));
    const owners = await this.users.displayNames(deadlines.map((deadline) => deadline.ownerId));
    await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(deadlines.map((d) => d.clientId))], details: { atRisk: deadlines.length } });
    return deadlines.map((deadline) => {
      const due = parseLocalDate(deadline.dueDate) as LocalDate;
      const left = countBusinessDays(calendar, today, due, 'administrative');
      return {
        deadline,
        caseNumber: caseNumbers.get(deadline.clientId) as string,
        ownerName: deadline.ownerId ? (owners.get(deadline.ownerId) ?? null) : null,
        businessDaysLeft: left,
      };
    });
  }

  /**
   * The open deadlines of the supervisor's teams (or one of them) that fell due before today,
   * hard and soft, optionally of one kind and due in a range: the drill-down behind the reports'
   * "still overdue" figures, read live. By due date, then case number.
   */
  async overdue(principal: Principal, filter: OverdueDeadlinesFilter): Promise<OverdueDeadlineEntry[]> {
    if (filter.teamId !== undefined && !principal.supervisedTeamIds.includes(filter.teamId)) {
      throw new DomainError('FORBIDDEN', 'You can list the overdue deadlines only of a team you supervise.');
    }
    if (filter.dueFrom !== undefined && filter.dueTo !== undefined && filter.dueFrom > filter.dueTo) {
      throw new DomainError('VALIDATION_FAILED', 'The due range ends before it starts.', { fields: [{ field: 'dueTo', problems: ['must not be before dueFrom'] }] });
    }
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const files = await this.files.openFilesOfTeams(filter.teamId !== undefined ? [filter.teamId] : principal.supervisedTeamIds);
    // Case numbers are `<year>-<sequence>`: numeric order keeps 2026-10000 after 2026-9999.
    files.sort((a, b) => a.caseNumber.localeCompare(b.caseNumber, 'en', { numeric: true }));
    const deadlines = await this.lists.overdue(
      files.map((file) => file.clientId),
      { before: today, kind: filter.kind, dueFrom: filter.dueFrom, dueTo: filter.dueTo },
      OVERDUE_LIMIT,
    );
    if (deadlines.length === 0) return [];
    const caseNumbers = new Map(files.map((file) => [file.clientId, file.caseNumber]));
    const [names, owners] = await Promise.all([this.facts.namesOf(deadlines.map((deadline) => deadline.clientId)), this.users.displayNames(deadlines.map((deadline) => deadline.ownerId))]);
    const entries: OverdueDeadlineEntry[] = deadlines.flatMap((deadline) => {
      const name = names.get(deadline.clientId);
      // A file erased (retention) since the list was read has no name left to show: not listed.
      if (!name) return [];
      return [
        {
          deadline,
          caseNumber: caseNumbers.get(deadline.clientId) as string,
          clientName: `${name.familyName} ${name.givenName}`.trim(),
          ownerName: deadline.ownerId ? (owners.get(deadline.ownerId) ?? null) : null,
          daysOverdue: daysBetween(parseLocalDate(deadline.dueDate) as LocalDate, today),
        },
      ];
    });
    if (entries.length === 0) return [];
    await this.audit.record({
      action: AuditAction.ClientListed,
      recordIds: [...new Set(entries.map((entry) => entry.deadline.clientId))],
      details: { overdue: entries.length, teamId: filter.teamId ?? null, kind: filter.kind ?? null, dueFrom: filter.dueFrom ?? null, dueTo: filter.dueTo ?? null },
    });
    return entries;
  }

  /** A caseworker sets another date (e.g. the office agreed to a later filing), with a reason. */
  async override(principal: Principal, clientId: string, deadlineId: string, input: { version: number; dueDate: string; reason: string }): Promise<DeadlineView> {
    return this.decide(
      principal,
      clientId,
      deadlineId,
      'deadline.override',
      (manager) => this.decisions.override(manager, { clientId, deadlineId, version: input.version }, input),
      { action: AuditAction.DeadlineOverridden, timeline: 'deadline.overridden', reason: input.reason },
    );
  }

  /** No longer needed (e.g. the client left Japan), with a reason. */
  async waive(principal: Principal, clientId: string, deadlineId: string, input: { version: number; reason: string }): Promise<DeadlineView> {
    return this.decide(
      principal,
      clientId,
      deadlineId,
      'deadline.waive',
      (manager) => this.decisions.waive(manager, { clientId, deadlineId, version: input.version }, input, principal.userId),
      { action: AuditAction.DeadlineWaived, timeline: 'deadline.waived', reason: input.reason },
    );
  }

  /** The act was done (e.g. the renewal was filed): the deadline is met. */
  async markMet(principal: Principal, clientId: string, deadlineId: string, input: { version: number; on: string; note?: string | null }): Promise<DeadlineView> {
    this.decisions.checkActDate(input.on);
    return this.decide(
      principal,
      clientId,
      deadlineId,
      'deadline.met',
      (manager) => this.decisions.markMet(manager, { clientId, deadlineId, version: input.version }, input, principal.userId),
      { action: AuditAction.DeadlineMet, timeline: 'deadline.met' },
    );
  }

  /**
   * Computes the deadline again with the rule version in force today (after a law change). If the
   * date changes, the old deadline is superseded by a new one; either way the decision is audited.
   */
  async recompute(principal: Principal, clientId: string, deadlineId: string, version: number): Promise<DeadlineView> {
    return this.decide(
      principal,
      clientId,
      deadlineId,
      'deadline.recompute',
      (manager) => this.decisions.recompute(manager, { clientId, deadlineId, version }, principal.userId),
      { action: AuditAction.DeadlinesRecomputed, timeline: 'deadline.recomputed' },
    );
  }

  /**
   * The file-level part of every decision, in one transaction with it: the file's lock, the
   * timeline, the audit trail, and the reminders planned again (moved: for the new date; met,
   * waived or superseded: cancelled). Answers with the deadline that now stands.
   */
  private async decide(
    principal: Principal,
    clientId: string,
    deadlineId: string,
    action: ClientFileAction,
    decide: (manager: EntityManager) => Promise<DeadlineDecision>,
    record: DecisionRecord,
  ): Promise<DeadlineView> {
    const decision = await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, action);
      const made = await decide(manager);
      if (made.replacementId) await this.reminders.replan([made.replacementId], manager, { justRecorded: false });
      if (made.changedFields.length > 0) {
        await this.timeline.add(
          [{ clientId, kind: record.timeline, actorUserId: principal.userId, data: { deadlineId, deadlineKind: made.kind, ...made.facts }, body: record.reason?.trim() ?? null }],
          manager,
        );
      }
      await this.audit.record(
        { action: record.action, clientId, target: { type: 'deadline', id: deadlineId }, changedFields: [...made.changedFields], ...(record.reason ? { reason: record.reason.trim() } : {}) },
        manager,
      );
      await this.reminders.replan([deadlineId], manager, { justRecorded: false });
      return made;
    });
    return this.lists.byId(decision.replacementId ?? deadlineId);
  }
}
