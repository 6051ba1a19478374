import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ChecklistDocument, ChecklistStep, ChecklistTemplateContent, DocumentCategory, TranslationStatus } from '#domain';
import { ChecklistTemplateEntity } from '../entities/checklist-template.entity.js';
import { visibleDocuments } from '../documents/document.repository.js';

/** A document as a checklist sees it, with where it belongs. */
export interface ChecklistDocumentRow extends ChecklistDocument {
  readonly clientId: string;
  readonly applicationId: string | null;
}

interface DocumentRow {
  id: string;
  client_id: string;
  application_id: string | null;
  category: DocumentCategory;
  checklist_item_key: string | null;
  language: string;
  translation_of_id: string | null;
  translation_status: TranslationStatus;
  has_translation: boolean;
}

/** Data access for checklist templates, and for the documents that checklists are evaluated on. */
@Injectable()
export class ChecklistTemplateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest version of every step's template. */
  async currentTemplates(manager: EntityManager = this.dataSource.manager): Promise<ChecklistTemplateEntity[]> {
    return manager
      .getRepository(ChecklistTemplateEntity)
      .createQueryBuilder('t')
      .where('t.version = (SELECT max(v.version) FROM checklist_template v WHERE v.step = t.step)')
      .orderBy('t.step')
      .getMany();
  }

  async currentOf(step: ChecklistStep, manager: EntityManager = this.dataSource.manager): Promise<ChecklistTemplateEntity | null> {
    return manager.getRepository(ChecklistTemplateEntity).findOne({ where: { step }, order: { version: 'DESC' } });
  }

  async versionsOf(step: ChecklistStep): Promise<ChecklistTemplateEntity[]> {
    return this.dataSource.getRepository(ChecklistTemplateEntity).find({ where: { step }, order: { version: 'DESC' } });
  }

  /** Holds edits of one step's template one after the other until the transaction ends. */
  async lockStep(step: ChecklistStep, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`checklist_template:${step}`]);
  }

  async insert(step: ChecklistStep, version: number, content: ChecklistTemplateContent, createdBy: string | null, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ChecklistTemplateEntity).insert({ step, version, content, createdBy });
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Version 1 of each given template, unless that step already has it: several processes may
   * start at once, and an administrator's later versions are never touched.
   */
  async insertFirstVersions(templates: readonly ChecklistTemplateContent[]): Promise<number> {
    if (templates.length === 0) return 0;
    // An INSERT … RETURNING answers its rows (an UPDATE … RETURNING would answer [rows, count]).
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO checklist_template (step, version, content, created_by)
       SELECT step, 1, content, NULL FROM unnest($1::text[], $2::jsonb[]) AS t(step, content)
       ON CONFLICT (step, version) DO NOTHING RETURNING id`,
      [templates.map((t) => t.step), templates.map((t) => JSON.stringify(t))],
    );
    return rows.length;
  }

  /**
   * The documents (not deleted) of these files, for their checklists, in one query. A source
   * counts as having its translation when a translation document in the file points to it.
   */
  async checklistDocuments(clientIds: readonly string[], options: { includeSensitive: boolean }): Promise<ChecklistDocumentRow[]> {
    if (clientIds.length === 0) return [];
    const visible = visibleDocuments('d', options.includeSensitive);
    const visibleTranslation = visibleDocuments('t', options.includeSensitive);
    const rows = await this.dataSource.query<DocumentRow[]>(
      `SELECT d.id, d.client_id, d.application_id, d.category, d.checklist_item_key, d.language, d.translation_of_id, d.translation_status,
              EXISTS (SELECT 1 FROM document t WHERE t.translation_of_id = d.id AND t.deleted_at IS NULL AND ${visibleTranslation}) AS has_translation
         FROM document d
        WHERE d.client_id = ANY($1::uuid[]) AND d.deleted_at IS NULL AND ${visible}
        ORDER BY d.created_at, d.id`,
      [clientIds],
    );
    return rows.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      applicationId: row.application_id,
      category: row.category,
      checklistItemKey: row.checklist_item_key,
      language: row.language,
      translationOfId: row.translation_of_id,
      translationStatus: row.translation_status,
      hasSignedTranslation: row.has_translation,
    }));
  }
}
