import { useState, type FormEvent } from 'react';
import { documentsApi } from '../../../api/documents-api';
import { SUBMISSION_TARGETS, type ApplicationView, type DocumentDetailView, type SubmissionTarget } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { useAction } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { protectionKindLabel, submissionTargetLabel } from '../../../i18n/labels';

interface SubmissionsSectionProps {
  readonly clientId: string;
  readonly document: DocumentDetailView;
  readonly applications: readonly ApplicationView[];
  readonly editable: boolean;
  readonly onChanged: (document: DocumentDetailView) => void;
}

/** Which version was handed in, to whom and when: what ISA, the review or the court has on file. */
export function SubmissionsSection({ clientId, document, applications, editable, onChanged }: SubmissionsSectionProps) {
  const { t, locale } = useI18n();
  const readable = document.versions.filter((version) => !version.destroyed);
  const [versionNumber, setVersionNumber] = useState(readable[0]?.number ?? 0);
  const [submittedTo, setSubmittedTo] = useState<SubmissionTarget>('isa');
  const [submittedOn, setSubmittedOn] = useState(todayInTokyo());
  const [applicationId, setApplicationId] = useState(document.applicationId ?? '');
  const [note, setNote] = useState('');
  const record = useAction(() =>
    documentsApi.recordSubmission(clientId, document.id, { versionNumber, submittedTo, submittedOn, applicationId: applicationId || undefined, note: note.trim() || undefined }),
  );
  const applicationNo = new Map(applications.map((a) => [a.id, a.applicationNo]));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await record.run();
    if (result.ok) {
      setNote('');
      onChanged(result.value);
    }
  };

  return (
    <section className="section" aria-labelledby="document-submissions">
      <h2 id="document-submissions">{t('documents.submissions')}</h2>
      {document.submissions.length === 0 ? (
        <p className="muted">{t('documents.noSubmissions')}</p>
      ) : (
        <ul className="plain-list">
          {document.submissions.map((submission) => {
            const number = submission.applicationId ? applicationNo.get(submission.applicationId) : undefined;
            return (
              <li key={submission.id}>
                <LocalDate value={submission.submittedOn} /> — {submissionTargetLabel(locale, submission.submittedTo)} — {t('documents.versionShort', { n: submission.versionNumber })}
                {number !== undefined ? ` — ${t('documents.applicationNo', { n: number })}` : ''}
                {submission.note ? <p className="small muted pre-line">{submission.note}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      {editable && readable.length > 0 ? (
        <form className="form subsection" onSubmit={(event) => void submit(event)}>
          <h3>{t('documents.recordSubmission')}</h3>
          {document.flag ? <p className="field-hint">{t('documents.submissionFlagWarning')}</p> : null}
          <ErrorAlert error={record.error} />
          <div className="field-grid">
            <SelectField label={t('documents.versionNumber')} value={String(versionNumber)} onChange={(event) => setVersionNumber(Number(event.target.value))}>
              {readable.map((version) => (
                <option key={version.number} value={version.number}>
                  {t('documents.versionShort', { n: version.number })}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('documents.submittedTo')} value={submittedTo} onChange={(event) => setSubmittedTo(event.target.value as SubmissionTarget)}>
              {SUBMISSION_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {submissionTargetLabel(locale, target)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('documents.submittedOn')} type="date" required max={todayInTokyo()} value={submittedOn} onChange={(event) => setSubmittedOn(event.target.value)} />
            <SelectField label={t('documents.application')} value={applicationId} onChange={(event) => setApplicationId(event.target.value)}>
              <option value="">{t('documents.noApplication')}</option>
              {applications.map((application) => (
                <option key={application.id} value={application.id}>
                  {t('applications.title', { n: application.applicationNo, kind: protectionKindLabel(t, application.kind) })}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField label={t('documents.submissionNote')} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={record.busy}>
              {t('documents.recordSubmissionSubmit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
