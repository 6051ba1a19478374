import { http } from './http-client';
import type { BilingualText, ChecklistStep, DocumentCategory } from './types';

/** One kind of document a procedure step expects. */
export interface ChecklistTemplateItem {
  /** kebab-case, unique in the template: documents are filed under it, so it stays once saved. */
  readonly key: string;
  readonly label: BilingualText;
  readonly hint: BilingualText | null;
  /** A document of one of these categories fills the item unless it was filed under another key. */
  readonly categories: readonly DocumentCategory[];
  readonly required: boolean;
  /** A foreign-language document fills it only with a signed Japanese translation (Enforcement Regulation Art. 62). */
  readonly needsTranslation: boolean;
}

/** One version of a step's checklist; version 1 is the default seeded from the reference. */
export interface ChecklistTemplateView {
  readonly step: ChecklistStep;
  readonly version: number;
  readonly title: BilingualText;
  readonly basis: BilingualText;
  readonly items: readonly ChecklistTemplateItem[];
  /** The administrator who wrote it; null for the defaults. */
  readonly createdBy: string | null;
  readonly createdAt: string;
}

/** A new version, written against the version that was read. */
export interface ChecklistTemplateChange {
  readonly basedOnVersion: number;
  readonly title: BilingualText;
  readonly basis: BilingualText;
  readonly items: readonly ChecklistTemplateItem[];
}

const stepPath = (step: ChecklistStep) => `/api/checklist-templates/${encodeURIComponent(step)}`;

/** The documents each procedure step expects: everyone reads them, administrators add versions. */
export const checklistTemplatesApi = {
  /** The current version of every step's template. */
  current(signal?: AbortSignal): Promise<ChecklistTemplateView[]> {
    return http.get<ChecklistTemplateView[]>('/api/checklist-templates', { signal });
  },

  /** Every version of one step's template, newest (the current one) first. */
  versions(step: ChecklistStep, signal?: AbortSignal): Promise<ChecklistTemplateView[]> {
    return http.get<ChecklistTemplateView[]>(`${stepPath(step)}/versions`, { signal });
  },

  /**
   * Saves the template as a new version. 409 STALE_VERSION when someone saved meanwhile; 400
   * VALIDATION_FAILED with `details.fields` naming the fields (`items.2.label.ja`).
   */
  save(step: ChecklistStep, change: ChecklistTemplateChange): Promise<ChecklistTemplateView> {
    return http.put<ChecklistTemplateView>(stepPath(step), { body: change });
  },
};
