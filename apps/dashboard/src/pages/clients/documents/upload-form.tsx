import { useState, type FormEvent } from 'react';
import { documentsApi, type UploadProgress } from '../../../api/documents-api';
import { DOCUMENT_CATEGORIES, type ApplicationView, type DocumentCategory, type DocumentDetailView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { CheckboxField, SelectField, TextField } from '../../../components/form-fields';
import { useAction, useAsync } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { documentCategoryLabel, inLocale, protectionKindLabel } from '../../../i18n/labels';
import { FileDrop, UploadErrorAlert, UploadProgressBar } from './document-parts';
import { LanguageField } from './language-field';

interface UploadFormProps {
  readonly clientId: string;
  readonly applications: readonly ApplicationView[];
  /** Under emergency access a supervisor adds a document, but sensitive ones are not theirs to see. */
  readonly sensitiveAllowed: boolean;
  readonly onUploaded: (document: DocumentDetailView) => void;
}

/** A new document with its first version: what it is, for which application, and the file. */
export function UploadForm({ clientId, applications, sensitiveAllowed, onUploaded }: UploadFormProps) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<DocumentCategory>('personal-statement');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState('ja');
  const [documentDate, setDocumentDate] = useState('');
  const [sensitive, setSensitive] = useState(false);
  const [forSubmission, setForSubmission] = useState(false);
  const [applicationId, setApplicationId] = useState(applications.length === 1 ? applications[0].id : '');
  const [checklistItemKey, setChecklistItemKey] = useState('');
  const [translationOfId, setTranslationOfId] = useState('');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [round, setRound] = useState(0);
  const checklist = useAsync((signal) => (applicationId ? documentsApi.checklist(clientId, applicationId, signal) : Promise.resolve(null)), [clientId, applicationId]);
  // What a translation can be of: every original not in Japanese, whichever page the list shows.
  const sources = useAsync((signal) => documentsApi.translatable(clientId, signal), [clientId, round]);

  const send = useAction((chosen: File) =>
    documentsApi.upload(
      clientId,
      {
        category,
        title: title.trim(),
        language,
        documentDate: documentDate || undefined,
        sensitive,
        forSubmission,
        applicationId: applicationId || undefined,
        checklistItemKey: checklistItemKey || undefined,
        translationOfId: translationOfId || undefined,
      },
      chosen,
      { onProgress: setProgress },
    ),
  );

  const chooseSource = (id: string) => {
    setTranslationOfId(id);
    const source = sources.data?.find((doc) => doc.id === id);
    if (!source) return;
    // A translation is in Japanese, of the same kind of paper, for the same application.
    setLanguage('ja');
    setCategory(source.category);
    if (source.applicationId) setApplicationId(source.applicationId);
    if (title.trim() === '') setTitle(t('documents.translationTitle', { title: source.title }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    setProgress({ loaded: 0, total: file.size });
    const result = await send.run(file);
    setProgress(null);
    if (result.ok) {
      setFile(null);
      setTitle('');
      setDocumentDate('');
      setTranslationOfId('');
      setChecklistItemKey('');
      setSensitive(false);
      setForSubmission(false);
      setRound((n) => n + 1);
      onUploaded(result.value);
    }
  };

  return (
    <form className="form form-wide" onSubmit={(event) => void submit(event)} aria-labelledby="documents-upload">
      <UploadErrorAlert error={send.error} />
      <FileDrop key={round} file={file} onFile={setFile} disabled={send.busy} />
      {missingFile ? <p className="field-problem">{t('documents.noFile')}</p> : null}
      <div className="field-grid">
        <SelectField label={t('documents.category')} value={category} onChange={(event) => setCategory(event.target.value as DocumentCategory)}>
          {DOCUMENT_CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {documentCategoryLabel(locale, option)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('documents.documentTitle')} hint={t('documents.titleHint')} required maxLength={300} value={title} onChange={(event) => setTitle(event.target.value)} />
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
        <SelectField label={t('documents.translationOf')} hint={t('documents.translationOfHint')} value={translationOfId} onChange={(event) => chooseSource(event.target.value)}>
          <option value="">{t('documents.notATranslation')}</option>
          {(sources.data ?? []).map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </SelectField>
        {sources.error ? <ErrorAlert error={sources.error} onRetry={sources.reload} /> : null}
      </div>
      <CheckboxField label={t('documents.forSubmission')} checked={forSubmission} onChange={(event) => setForSubmission(event.target.checked)} />
      {sensitiveAllowed ? <CheckboxField label={t('documents.markSensitive')} checked={sensitive} onChange={(event) => setSensitive(event.target.checked)} /> : null}
      <UploadProgressBar progress={progress} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={send.busy}>
          {send.busy ? t('documents.uploading') : t('documents.uploadSubmit')}
        </button>
      </div>
    </form>
  );
}
