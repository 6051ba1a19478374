import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { addBusinessDays, computeDeadline, countBusinessDays, DomainError, localDateInTimeZone, parseLocalDate, type ClientFileAction, type LocalDate } from '#domain';
import { DeadlineEntity, japanCalendar, toDeadlineView, DeadlineView, type DeadlineStatus } from '#deadlines';
import { Clock, SqlParams } from '#platform';
import { ReminderPlanner } from '#reminders';
import { clientScopeCondition } from '../access/client-scope.js';
import { ClientsService, TIME_ZONE } from '../clients.service.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

export class AtRiskDeadline {
  @ApiProperty({ type: DeadlineView })
  deadline!: DeadlineView;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty({ type: String, nullable: true })
  ownerName!: string | null;

  @ApiProperty({ description: 'Open business days (administrative calendar) left; negative when overdue' })
  businessDaysLeft!: number;
}

/** One of my deadlines, with the file's case number so a list of them can be read at a glance. */
export class MyDeadlineView extends DeadlineView {
  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;
}

interface ChangeOutcome {
  readonly action: AuditAction;
  /** The timeline entry to write; null when nothing visible changed. */
  readonly timeline: string | null;
  readonly changed: string[];
  readonly reason?: string;
  readonly data: Record<string, string | number | boolean>;
}

/** A client's deadlines, my deadlines, the supervisor's at-risk list, and the caseworker's decisions on them. */
@Injectable()
export class ClientDeadlinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly timeline: TimelineWriter,
    private readonly reminders: ReminderPlanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async ofClient(principal: Principal, clientId: string, options: { applicationId?: string; includeClosed: boolean }): Promise<DeadlineView[]> {
    await this.clients.requireInScope(principal, clientId);
    const query = this.dataSource.getRepository(DeadlineEntity).createQueryBuilder('d').where('d.client_id = :clientId', { clientId });
    if (options.applicationId) query.andWhere('d.application_id = :applicationId', { applicationId: options.applicationId });
    if (!options.includeClosed) query.andWhere(`d.status = 'open'`);
    const deadlines = await query.orderBy('d.due_date', 'ASC').addOrderBy('d.created_at', 'ASC').getMany();
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'deadline', id: null }, details: { deadlines: deadlines.length } });
    return deadlines.map(toDeadlineView);
  }

  /** Deadlines I own, due in a date range (default: from overdue to 30 days ahead). */
  async mine(principal: Principal, range: { from?: string; to?: string; status: DeadlineStatus }): Promise<MyDeadlineView[]> {
    const params = new SqlParams();
    const where = [`d.owner_id = ${params.add(principal.userId)}`, `d.status = ${params.add(range.status)}`, clientScopeCondition(principal, 'c', params)];
    if (range.from) where.push(`d.due_date >= ${params.add(range.from)}`);
    if (range.to) where.push(`d.due_date <= ${params.add(range.to)}`);
    const ids = await this.dataSource.query<{ id: string; client_id: string; case_number: string }[]>(
      `SELECT d.id, d.client_id, c.case_number FROM deadline d JOIN client c ON c.id = d.client_id WHERE ${where.join(' AND ')} ORDER BY d.due_date, d.id LIMIT 500`,
      params.values,
    );
    if (ids.length === 0) return [];
    const deadlines = await this.dataSource.getRepository(DeadlineEntity).createQueryBuilder('d').whereInIds(ids.map((r) => r.id)).getMany();
    const byId = new Map(deadlines.map((d) => [d.id, d]));
    await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(ids.map((r) => r.client_id))], details: { deadlines: deadlines.length } });
    return ids.map((row) => ({ ...toDeadlineView(byId.get(row.id) as DeadlineEntity), caseNumber: row.case_number }));
  }

  /**
   * Hard legal deadlines of the supervisor's teams that are not met and fall due within N open
   * business days (or are already overdue).
   */
  async atRisk(principal: Principal, businessDays: number): Promise<AtRiskDeadline[]> {
    const today = localDateInTimeZone(this.clock.now(), TIME_ZONE);
    const calendar = japanCalendar();
    const horizon = addBusinessDays(calendar, today, businessDays, 'administrative');
    const rows = await this.dataSource.query<{ id: string; case_number: string; owner_name: string | null }[]>(
      `SELECT d.id, c.case_number, u.display_name AS owner_name
         FROM deadline d JOIN client c ON c.id = d.client_id AND c.status = 'open'
         LEFT JOIN user_account u ON u.id = d.owner_id
        WHERE d.status = 'open' AND d.hardness = 'hard' AND d.due_date <= $2 AND c.team_id = ANY($1::uuid[])
        ORDER BY d.due_date, d.id LIMIT 500`,
      [principal.supervisedTeamIds, horizon],
    );
    if (rows.length === 0) return [];
    const deadlines = await this.dataSource.getRepository(DeadlineEntity).createQueryBuilder('d').whereInIds(rows.map((r) => r.id)).getMany();
    const byId = new Map(deadlines.map((d) => [d.id, d]));
    await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(deadlines.map((d) => d.clientId))], details: { atRisk: rows.length } });
    return rows.map((row) => {
      const deadline = byId.get(row.id) as DeadlineEntity;
      const due = parseLocalDate(deadline.dueDate) as LocalDate;
      const left = countBusinessDays(calendar, today, due, 'administrative');
      return { deadline: toDeadlineView(deadline), caseNumber: row.case_number, ownerName: row.owner_name, businessDaysLeft: left };
    });
  }

  /** A caseworker sets another date (e.g. the office agreed to a later filing), with a reason. */
  async override(principal: Principal, clientId: string, deadlineId: string, input: { version: number; dueDate: string; reason: string }): Promise<DeadlineView> {
    return this.change(principal, clientId, deadlineId, input.version, 'deadline.override', async (deadline, manager) => {
      await manager.getRepository(DeadlineEntity).update({ id: deadlineId }, { dueDate: input.dueDate, overrideReason: input.reason.trim(), version: deadline.version + 1 });
      return { action: AuditAction.DeadlineOverridden, timeline: 'deadline.overridden', changed: ['dueDate'], reason: input.reason, data: { from: deadline.dueDate, to: input.dueDate } };
    });
  }

  /** No longer needed (e.g. the client left Japan), with a reason. */
  async waive(principal: Principal, clientId: string, deadlineId: string, input: { version: number; reason: string }): Promise<DeadlineView> {
    return this.change(principal, clientId, deadlineId, input.version, 'deadline.waive', async (deadline, manager) => {
      await manager
        .getRepository(DeadlineEntity)
        .update({ id: deadlineId }, { status: 'waived', resolvedAt: this.clock.now(), resolvedBy: principal.userId, resolution: input.reason.trim(), version: deadline.version + 1 });
      return { action: AuditAction.DeadlineWaived, timeline: 'deadline.waived', changed: ['status'], reason: input.reason, data: {} };
    });
  }

  /** The act was done (e.g. the renewal was filed): the deadline is met. */
  async markMet(principal: Principal, clientId: string, deadlineId: string, input: { version: number; on: string; note?: string | null }): Promise<DeadlineView> {
    const today = localDateInTimeZone(this.clock.now(), TIME_ZONE);
    if (input.on > today) throw new DomainError('VALIDATION_FAILED', 'The act cannot be dated in the future.', { fields: [{ field: 'on', problems: ['after today'] }] });
    return this.change(principal, clientId, deadlineId, input.version, 'deadline.met', async (deadline, manager) => {
      await manager.getRepository(DeadlineEntity).update(
        { id: deadlineId },
        { status: 'met', resolvedAt: this.clock.now(), resolvedBy: principal.userId, resolution: `met on ${input.on}${input.note ? `: ${input.note.trim()}` : ''}`, version: deadline.version + 1 },
      );
      return { action: AuditAction.DeadlineMet, timeline: 'deadline.met', changed: ['status'], data: { on: input.on } };
    });
  }

  /**
   * Computes the deadline again with the rule version in force today (after a law change). If the
   * date changes, the old deadline is superseded by a new one; either way the decision is audited.
   */
  async recompute(principal: Principal, clientId: string, deadlineId: string, version: number): Promise<DeadlineView> {
    let replacement: string | undefined;
    await this.change(principal, clientId, deadlineId, version, 'deadline.recompute', async (deadline, manager): Promise<ChangeOutcome> => {
      const result = computeDeadline({ kind: deadline.kind, inputs: deadline.inputs }, { calendar: japanCalendar() });
      if (!result.ok) throw new DomainError('DEADLINE_INPUT_INVALID', 'The current rule cannot compute this deadline from its inputs.', { error: result.error });
      const computed = result.deadline;
      if (computed.version === deadline.ruleVersion && computed.dueDate === deadline.computedDueDate) {
        return { action: AuditAction.DeadlinesRecomputed, timeline: null, changed: [], data: { unchanged: true } };
      }
      const inserted = await manager.getRepository(DeadlineEntity).insert({
        ...deadline,
        id: undefined,
        ruleVersion: computed.version,
        inputs: { ...computed.inputs },
        opensOn: computed.opensOn ?? null,
        dueDate: computed.dueDate,
        computedDueDate: computed.dueDate,
        conservativeDueDate: computed.conservativeDueDate ?? null,
        hardness: computed.hardness,
        confidence: computed.confidence,
        basis: computed.basis,
        explanation: computed.explanation,
        steps: [...computed.steps],
        overrideReason: null,
        createdAt: undefined,
        updatedAt: undefined,
        version: 1,
      });
      replacement = (inserted.identifiers[0] as { id: string }).id;
      await this.reminders.replan([replacement], manager, { justRecorded: false });
      await manager.getRepository(DeadlineEntity).update(
        { id: deadlineId },
        { status: 'superseded', supersededById: replacement, resolvedAt: this.clock.now(), resolvedBy: principal.userId, resolution: `recomputed with rule version ${computed.version}`, version: deadline.version + 1 },
      );
      return { action: AuditAction.DeadlinesRecomputed, timeline: 'deadline.recomputed', changed: ['ruleVersion', 'dueDate'], data: { from: deadline.dueDate, to: computed.dueDate, ruleVersion: computed.version } };
    });
    const id = replacement ?? deadlineId;
    return toDeadlineView((await this.dataSource.getRepository(DeadlineEntity).findOneBy({ id })) as DeadlineEntity);
  }

  private async change(
    principal: Principal,
    clientId: string,
    deadlineId: string,
    version: number,
    action: ClientFileAction,
    apply: (deadline: DeadlineEntity, manager: EntityManager) => Promise<ChangeOutcome>,
  ): Promise<DeadlineView> {
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, action);
      const deadline = await manager
        .getRepository(DeadlineEntity)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.id = :deadlineId AND d.client_id = :clientId', { deadlineId, clientId })
        .getOne();
      if (!deadline) throw new DomainError('RECORD_NOT_FOUND', 'No such deadline.');
      if (deadline.version !== version) throw new DomainError('STALE_VERSION', 'This deadline changed meanwhile. Reload it.', { currentVersion: deadline.version });
      if (deadline.status !== 'open') throw new DomainError('DEADLINE_NOT_OPEN', `This deadline is ${deadline.status}.`);
      const outcome = await apply(deadline, manager);
      if (outcome.timeline) {
        await this.timeline.add(
          [{ clientId, kind: outcome.timeline, actorUserId: principal.userId, data: { deadlineId, deadlineKind: deadline.kind, ...outcome.data }, body: outcome.reason?.trim() ?? null }],
          manager,
        );
      }
      await this.audit.record(
        { action: outcome.action, clientId, target: { type: 'deadline', id: deadlineId }, changedFields: outcome.changed, ...(outcome.reason ? { reason: outcome.reason.trim() } : {}) },
        manager,
      );
      // Moved: its reminders are planned again for the new date. Met, waived or superseded: cancelled.
      await this.reminders.replan([deadlineId], manager, { justRecorded: false });
    });
    return toDeadlineView((await this.dataSource.getRepository(DeadlineEntity).findOneBy({ id: deadlineId })) as DeadlineEntity);
  }
}
