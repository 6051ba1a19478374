import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ApplicationFacts, ClientsService, type ApplicationFact } from '#clients';
import {
  checklistStepForApplication,
  DEFAULT_CHECKLIST_TEMPLATES,
  DomainError,
  evaluateChecklist,
  validateChecklistTemplate,
  type ChecklistStep,
  type ChecklistTemplateContent,
} from '#domain';
import { seesSensitive } from '../documents/documents.service.js';
import type { ChecklistTemplateEntity } from '../entities/checklist-template.entity.js';
import { ChecklistTemplateRepository, type ChecklistDocumentRow } from './checklist-template.repository.js';
import type { ChecklistTemplateView, ChecklistView, MissingDocumentsByCaseworkerView } from './checklist.views.js';

/** An administrator's edit: the template's new content, written against the version they read. */
export interface ChecklistTemplateEdit {
  readonly basedOnVersion: number;
  readonly title: unknown;
  readonly basis: unknown;
  readonly items: unknown;
}

/**
 * The documents each procedure step expects (versioned templates an administrator edits) and,
 * for each application, what of it is present, missing or waiting for a translation.
 */
@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: ChecklistTemplateRepository,
    private readonly clients: ClientsService,
    private readonly applications: ApplicationFacts,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
  ) {}

  /** Version 1 of every step from the reference, for a new installation; idempotent. */
  async seedDefaults(): Promise<number> {
    return this.templates.insertFirstVersions(DEFAULT_CHECKLIST_TEMPLATES);
  }

  async currentTemplates(): Promise<ChecklistTemplateView[]> {
    return (await this.templates.currentTemplates()).map(toTemplateView);
  }

  async versionsOf(step: ChecklistStep): Promise<ChecklistTemplateView[]> {
    return (await this.templates.versionsOf(step)).map(toTemplateView);
  }

  /** Adds a version of a step's template; the applications are checked against it from now on. */
  async edit(principal: Principal, step: ChecklistStep, edit: ChecklistTemplateEdit): Promise<ChecklistTemplateView> {
    const validation = validateChecklistTemplate({ step, title: edit.title, basis: edit.basis, items: edit.items });
    if (!validation.ok) throw new DomainError('VALIDATION_FAILED', 'The checklist template is not valid.', { fields: validation.fields });
    const id = await this.dataSource.transaction(async (manager) => {
      await this.templates.lockStep(step, manager);
      const current = await this.templates.currentOf(step, manager);
      const currentVersion = current?.version ?? 0;
      if (edit.basedOnVersion !== currentVersion) {
        throw new DomainError('STALE_VERSION', 'Someone changed this checklist meanwhile. Reload it.', { currentVersion });
      }
      const templateId = await this.templates.insert(step, currentVersion + 1, validation.content, principal.userId, manager);
      await this.audit.record(
        { action: AuditAction.ChecklistTemplateChanged, target: { type: 'checklist-template', id: templateId }, details: { step, version: currentVersion + 1, items: validation.content.items.length } },
        manager,
      );
      return templateId;
    });
    const saved = (await this.templates.versionsOf(step)).find((t) => t.id === id) as ChecklistTemplateEntity;
    return toTemplateView(saved);
  }

  /** What the application's current step expects, against the file's documents the caller may see. */
  async forApplication(principal: Principal, clientId: string, applicationId: string): Promise<ChecklistView> {
    const { access } = await this.clients.requireInScope(principal, clientId);
    const application = (await this.applications.ofClient(clientId)).find((a) => a.id === applicationId);
    if (!application) throw new DomainError('RECORD_NOT_FOUND', 'No such application for this client.');
    const step = checklistStepForApplication(application);
    const template = step === null ? null : await this.templates.currentOf(step);
    const documents = template === null ? [] : await this.templates.checklistDocuments([clientId], { includeSensitive: seesSensitive(access) });
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'checklist', id: applicationId }, details: { documents: documents.length } });
    return checklistView(application, step, template, documents);
  }

  /**
   * For a supervisor's team view: per primary caseworker, the open files whose latest
   * application has required documents missing or waiting for a translation.
   */
  async missingByCaseworker(principal: Principal, teamId?: string): Promise<MissingDocumentsByCaseworkerView[]> {
    const teams = teamId ? principal.supervisedTeamIds.filter((id) => id === teamId) : principal.supervisedTeamIds;
    if (teamId && teams.length === 0) throw new DomainError('TEAM_NOT_FOUND', 'No such team among those you supervise.');
    const files = await this.applications.openFilesOfTeams(teams);
    const latest = latestApplications(await this.applications.ofClients(files.map((f) => f.clientId)));
    const templates = new Map((await this.templates.currentTemplates()).map((t) => [t.step, t]));
    const checked = files.flatMap((file) => {
      const application = latest.get(file.clientId);
      const step = application ? checklistStepForApplication(application) : null;
      const template = step === null ? undefined : templates.get(step);
      return application && template ? [{ file, application, template }] : [];
    });
    // Supervisors of the team see its sensitive documents too: they count like any other.
    const documents = groupBy(await this.templates.checklistDocuments(checked.map((c) => c.file.clientId), { includeSensitive: true }), (d) => d.clientId);

    const groups = new Map<string, MissingDocumentsByCaseworkerView>();
    for (const { file, application, template } of checked) {
      const result = evaluateChecklist(template.content, ofApplication(documents.get(file.clientId) ?? [], application.id));
      if (result.missing === 0 && result.awaitingTranslation === 0) continue;
      const key = `${file.teamId}:${file.primaryWorkerId ?? ''}`;
      const group = groups.get(key) ?? { teamId: file.teamId, caseworkerId: file.primaryWorkerId, caseworkerName: null, files: [] };
      group.files.push({ clientId: file.clientId, caseNumber: file.caseNumber, missing: result.missing, awaitingTranslation: result.awaitingTranslation });
      groups.set(key, group);
    }
    const result = [...groups.values()];
    const names = await this.users.displayNames(result.map((g) => g.caseworkerId));
    for (const group of result) {
      group.caseworkerName = group.caseworkerId ? (names.get(group.caseworkerId) ?? null) : null;
      group.files.sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
    }
    // By team, then caseworker by name; the files no one holds last in their team.
    result.sort((a, b) => a.teamId.localeCompare(b.teamId) || Number(a.caseworkerId === null) - Number(b.caseworkerId === null) || (a.caseworkerName ?? '').localeCompare(b.caseworkerName ?? ''));
    const listed = result.flatMap((g) => g.files.map((f) => f.clientId));
    if (listed.length > 0) await this.audit.record({ action: AuditAction.ClientListed, recordIds: listed, details: { missingDocuments: listed.length } });
    return result;
  }
}

function toTemplateView(template: ChecklistTemplateEntity): ChecklistTemplateView {
  const { content } = template;
  return {
    step: template.step,
    version: template.version,
    title: content.title,
    basis: content.basis,
    items: content.items.map((item) => ({ ...item, categories: [...item.categories] })),
    createdBy: template.createdBy,
    createdAt: template.createdAt.toISOString(),
  };
}

function checklistView(application: ApplicationFact, step: ChecklistStep | null, template: ChecklistTemplateEntity | null, documents: readonly ChecklistDocumentRow[]): ChecklistView {
  if (step === null || template === null) {
    return { applicationId: application.id, step, templateVersion: null, title: null, basis: null, items: [], missing: 0, awaitingTranslation: 0, complete: true };
  }
  const content: ChecklistTemplateContent = template.content;
  const result = evaluateChecklist(content, ofApplication(documents, application.id));
  const hints = new Map(content.items.map((item) => [item.key, item.hint]));
  return {
    applicationId: application.id,
    step,
    templateVersion: template.version,
    title: content.title,
    basis: content.basis,
    items: result.items.map((item) => ({ key: item.key, label: item.label, hint: hints.get(item.key) ?? null, required: item.required, status: item.status, documentIds: item.documentIds })),
    missing: result.missing,
    awaitingTranslation: result.awaitingTranslation,
    complete: result.complete,
  };
}

/** A document counts for an application when it belongs to it, or to no application (file-wide: a passport). */
function ofApplication(documents: readonly ChecklistDocumentRow[], applicationId: string): ChecklistDocumentRow[] {
  return documents.filter((d) => d.applicationId === null || d.applicationId === applicationId);
}

function latestApplications(applications: readonly ApplicationFact[]): Map<string, ApplicationFact> {
  const latest = new Map<string, ApplicationFact>();
  for (const application of applications) {
    const known = latest.get(application.clientId);
    if (!known || application.number > known.number) latest.set(application.clientId, application);
  }
  return latest;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}
