import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientsService, TimelineWriter } from '#clients';
import { changeTranslation, DomainError, localDateInTimeZone, type TranslationState, type TranslationStatus } from '#domain';
import { AppConfig, Clock } from '#platform';
import { DocumentRepository } from '../documents/document.repository.js';
import type { DocumentDetailView } from '../documents/document.views.js';
import { DocumentsService } from '../documents/documents.service.js';
import { TranslationDeadlines } from './translation-deadlines.js';
import { sensitiveMark } from '../documents/documents.service.js';

export interface TranslationChangeInput {
  /** The document's version as the caller read it. */
  readonly version: number;
  readonly status: TranslationStatus;
  readonly translatorName?: string | null;
  readonly dueDate?: string | null;
  readonly signedOn?: string | null;
}

const FIELDS = ['status', 'translatorName', 'dueDate', 'signedOn'] as const;

/**
 * The Japanese translation of a foreign-language document, step by step (needed → requested →
 * draft → checked → signed, Enforcement Regulation Art. 62), with the date agreed with the
 * translator kept as a `translation-due` deadline.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly repository: DocumentRepository,
    private readonly clients: ClientsService,
    private readonly deadlines: TranslationDeadlines,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async change(principal: Principal, clientId: string, documentId: string, input: TranslationChangeInput): Promise<DocumentDetailView> {
    await this.documents.requireVisible(principal, clientId, documentId);
    await this.dataSource.transaction(async (manager) => {
      const { access } = await this.clients.lockOpen(principal, clientId, manager, 'document.translation');
      const record = await this.documents.requireDocument(clientId, documentId, access, manager, true);
      const { document } = record;
      if (document.version !== input.version) {
        throw new DomainError('STALE_VERSION', 'Someone changed this document meanwhile. Reload it.', { currentVersion: document.version });
      }
      const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
      const current: TranslationState = {
        status: document.translationStatus,
        translatorName: document.translatorName,
        dueDate: document.translationDueDate,
        signedOn: document.translationSignedOn,
      };
      const result = changeTranslation(
        current,
        { status: input.status, translatorName: input.translatorName, dueDate: input.dueDate, signedOn: input.signedOn },
        { language: document.language, today },
      );
      if (!result.ok) {
        if (result.code === 'TRANSLATION_STATUS_NOT_ALLOWED') {
          throw new DomainError('TRANSLATION_STATUS_NOT_ALLOWED', `The translation cannot go from ${current.status} to ${input.status}.`, { allowed: result.allowed });
        }
        throw new DomainError('VALIDATION_FAILED', 'The translation’s details are not complete.', { fields: result.fields });
      }
      const changed = FIELDS.filter((field) => result.state[field] !== current[field]);
      if (changed.length === 0) return;
      await this.repository.setTranslation(documentId, result.state, manager);
      await this.timeline.add([{ clientId, kind: 'document.translation-changed', actorUserId: principal.userId, data: { documentId, status: result.state.status, ...sensitiveMark(record.sensitive) } }], manager);
      await this.audit.record(
        { action: AuditAction.DocumentTranslationChanged, clientId, target: { type: 'document', id: documentId }, changedFields: [...changed], details: { from: current.status, to: result.state.status } },
        manager,
      );
      await this.deadlines.follow(document, result.state, today, principal.userId, manager);
    });
    return this.documents.detail(clientId, documentId, true);
  }
}
