import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClientEvents } from '#clients';
import type { DesiredDeadline, ResolvedDeadline, TranslationState } from '#domain';

/** The deadline source of a document's translation: one `translation-due` at a time per document. */
export function translationSource(documentId: string): string {
  return `document:${documentId}:translation`;
}

/**
 * What a translation's state calls for: the date agreed with the translator is a deadline while
 * the translator works on it (requested, draft); a checked or signed translation has met it; a
 * request dropped (back to needed, not needed) or a document deleted (`null`) leaves nothing due.
 */
export function translationDeadlines(state: TranslationState | null, today: string): { desired: DesiredDeadline[]; resolved: ResolvedDeadline[] } {
  if (state === null) return { desired: [], resolved: [] };
  switch (state.status) {
    case 'requested':
    case 'draft':
      return state.dueDate === null ? { desired: [], resolved: [] } : { desired: [{ kind: 'translation-due', inputs: { translationDueDate: state.dueDate } }], resolved: [] };
    case 'checked':
    case 'signed':
      return { desired: [], resolved: [{ kind: 'translation-due', status: 'met', on: today }] };
    case 'needed':
    case 'not-needed':
      return { desired: [], resolved: [] };
  }
}

/**
 * Keeps a document's `translation-due` deadline in line with its translation, in the caller's
 * transaction: created with reminders when a translator is asked, moved with the agreed date, met
 * once the translation is checked or signed, superseded when the request is dropped.
 */
@Injectable()
export class TranslationDeadlines {
  constructor(private readonly events: ClientEvents) {}

  async follow(
    document: { readonly id: string; readonly clientId: string; readonly applicationId: string | null },
    state: TranslationState | null,
    today: string,
    actorUserId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.events.deadlinesCalledFor(
      { clientId: document.clientId, applicationId: document.applicationId, source: translationSource(document.id) },
      translationDeadlines(state, today),
      actorUserId,
      manager,
    );
  }
}
