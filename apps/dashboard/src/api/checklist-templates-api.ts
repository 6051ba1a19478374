import { answer, http } from './http-client';
import type { ChecklistStep, ChecklistTemplateChange, ChecklistTemplateView } from './types';

/** The documents each procedure step expects: everyone reads them, administrators add versions. */
export const checklistTemplatesApi = {
  /** The current version of every step's template. */
  current(signal?: AbortSignal): Promise<ChecklistTemplateView[]> {
    return answer(http.api.GET('/api/checklist-templates', { signal }));
  },

  /** Every version of one step's template, newest (the current one) first. */
  versions(step: ChecklistStep, signal?: AbortSignal): Promise<ChecklistTemplateView[]> {
    return answer(http.api.GET('/api/checklist-templates/{step}/versions', { params: { path: { step } }, signal }));
  },

  /**
   * Saves the template as a new version. 409 STALE_VERSION when someone saved meanwhile; 400
   * VALIDATION_FAILED with `details.fields` naming the fields (`items.2.label.ja`).
   */
  save(step: ChecklistStep, change: ChecklistTemplateChange): Promise<ChecklistTemplateView> {
    return answer(http.api.PUT('/api/checklist-templates/{step}', { params: { path: { step } }, body: change }));
  },
};
