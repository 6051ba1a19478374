import { useState, type FormEvent } from 'react';
import { documentsApi } from '../../../api/documents-api';
import { isApiError } from '../../../api/http-client';
import { DOCUMENT_CATEGORIES, type ApplicationView, type DocumentCategory, type DocumentDetailView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { CheckboxField, SelectField, TextField } from '../../../components/form-fields';
import { StaleAlert } from '../../../components/stale-alert';
import { useAction, useAsync } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { documentCategoryLabel, inLocale, protectionKindLabel } from '../../../i18n/labels';
import { LanguageField } from './language-field';

interface EditDocumentFormProps {
  readonly clientId: string;
  readonly document: DocumentDetailView;
  readonly applications: readonly ApplicationView[];
  readonly onSaved: (document: DocumentDetailView) => void;
  readonly onReload: () => void;
}

/** Corrects what the document is (its bytes only change by a new version). */
export function EditDocumentForm({ clientId, document, applications, onSaved, onReload }: EditDocumentFormProps) {
  const { t, locale } = useI18n();
  const [category, setCategory] = useState<DocumentCategory>(document.category);
  const [title, setTitle] = useState(document.title);
  const [language, setLanguage] = useState(document.language);
  const [documentDate, setDocumentDate] = useState(document.documentDate ?? '');
  const [sensitive, setSensitive] = useState(document.sensitive);
  const [forSubmission, setForSubmission] = useState(document.forSubmission);
  const [applicationId, setApplicationId] = useState(document.applicationId ?? '');
  const [checklistItemKey, setChecklistItemKey] = useState(document.checklistItemKey ?? '');
  const checklist = useAsync((signal) => (applicationId ? documentsApi.checklist(clientId, applicationId, signal) : Promise.resolve(null)), [clientId, applicationId]);
  const save = useAction(() =>
    documentsApi.update(clientId, document.id, {
      version: document.version,
      category,
      title: title.trim(),
      language,
      documentDate: documentDate || null,
      sensitive,
      forSubmission,
      applicationId: applicationId || null,
      checklistItemKey: checklistItemKey || null,
    }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await save.run();
    if (result.ok) onSaved(result.value);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      {isApiError(save.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={save.error} />}
      <div className="field-grid">
        <SelectField label={t('documents.category')} value={category} onChange={(event) => setCategory(event.target.value as DocumentCategory)}>
          {DOCUMENT_CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {documentCategoryLabel(locale, option)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('documents.documentTitle')} required maxLength={300} value={title} onChange={(event) => setTitle(event.target.value)} />
        <LanguageField value={language} onChange={setLanguage} />
        <TextField label={t('documents.documentDate')} type="date" max={todayInTokyo()} value={documentDate} onChange={(event) => setDocumentDate(event.target.value)} />
        <SelectField
          label={t('documents.application')}
          value={applicationId}
          onChange={(event) => {
            setApplicationId(event.target.value);
            setChecklistItemKey('');
          }}
        >
          <option value="">{t('documents.noApplication')}</option>
          {applications.map((application) => (
            <option key={application.id} value={application.id}>
              {t('applications.title', { n: application.applicationNo, kind: protectionKindLabel(t, application.kind) })}
            </option>
          ))}
        </SelectField>
        {checklist.data && checklist.data.items.length > 0 ? (
          <SelectField label={t('documents.checklistItem')} hint={t('documents.checklistItemHint')} value={checklistItemKey} onChange={(event) => setChecklistItemKey(event.target.value)}>
            <option value="">{t('documents.checklistItemByCategory')}</option>
            {checklist.data.items.map((item) => (
              <option key={item.key} value={item.key}>
                {inLocale(locale, item.label.ja, item.label.en)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <CheckboxField label={t('documents.forSubmission')} checked={forSubmission} onChange={(event) => setForSubmission(event.target.checked)} />
      <CheckboxField label={t('documents.markSensitive')} checked={sensitive} onChange={(event) => setSensitive(event.target.checked)} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {t('common.saveChanges')}
        </button>
      </div>
    </form>
  );
}
