import { useState, type FormEvent } from 'react';
import { applicationsApi } from '../../../api/applications-api';
import { documentsApi, type UploadProgress } from '../../../api/documents-api';
import { isApiError } from '../../../api/http-client';
import type { ClientView, DocumentDetailView, DocumentVersionView } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { TextAreaField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { StaleAlert } from '../../../components/stale-alert';
import { useAction, useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n/i18n';
import { documentCategoryLabel, languageName, protectionKindLabel } from '../../../i18n/labels';
import { Link, useNavigate } from '../../../router/router';
import { useMe } from '../../../session/session-context';
import { offers } from '../file-access';
import { EditDocumentForm } from './edit-document-form';
import { FileDrop, FlagNote, formatSize, SensitiveMarker, TranslationBadge, UploadErrorAlert, UploadProgressBar } from './document-parts';
import { SubmissionsSection } from './submissions-section';
import { TranslationSection } from './translation-section';

interface DocumentDetailProps {
  readonly client: ClientView;
  readonly documentId: string;
  readonly round: number;
  readonly onChanged: () => void;
}

/** One document: what it is, every version (preview, download), its translation, where it was handed in. */
export function DocumentDetail({ client, documentId, round, onChanged }: DocumentDetailProps) {
  const { t, locale } = useI18n();
  const me = useMe();
  const loaded = useAsync((signal) => documentsApi.get(client.id, documentId, signal), [client.id, documentId, round]);
  const applications = useAsync((signal) => applicationsApi.list(client.id, signal), [client.id]);
  const [notice, setNotice] = useState<string | null>(null);
  const open = client.status === 'open';
  const can = (action: Parameters<typeof offers>[2]) => open && offers(client, me.role, action);

  const back = (
    <p className="secondary-links">
      <Link to="?tab=documents">{t('documents.backToList')}</Link>
    </p>
  );
  if (loaded.error && !loaded.data) {
    return (
      <>
        {back}
        <ErrorAlert error={loaded.error} onRetry={isApiError(loaded.error, 'RECORD_NOT_FOUND') ? undefined : loaded.reload} messages={{ RECORD_NOT_FOUND: 'documents.notFound' }} />
      </>
    );
  }
  if (!loaded.data) return <Loading />;
  const document = loaded.data;
  const applicationList = applications.data ?? [];
  const application = applicationList.find((a) => a.id === document.applicationId);

  const changed = (updated: DocumentDetailView, message: string) => {
    loaded.setData(updated);
    setNotice(message);
    onChanged();
  };

  return (
    <>
      {back}
      <section className="section section-first" aria-labelledby="document-title">
        <h2 id="document-title">
          {document.title} {document.sensitive ? <SensitiveMarker /> : null}
        </h2>
        {notice ? <Notice tone="success">{notice}</Notice> : null}
        {document.flag ? <FlagNote flag={document.flag} /> : null}
        <dl className="facts">
          <div>
            <dt>{t('documents.category')}</dt>
            <dd>{documentCategoryLabel(locale, document.category)}</dd>
          </div>
          <div>
            <dt>{t('documents.language')}</dt>
            <dd>{languageName(locale, document.language)}</dd>
          </div>
          <div>
            <dt>{t('documents.documentDate')}</dt>
            <dd>
              <LocalDate value={document.documentDate} />
            </dd>
          </div>
          <div>
            <dt>{t('documents.application')}</dt>
            <dd>{application ? t('applications.title', { n: application.applicationNo, kind: protectionKindLabel(t, application.kind) }) : '—'}</dd>
          </div>
          <div>
            <dt>{t('documents.forSubmission')}</dt>
            <dd>{document.forSubmission ? t('common.on') : t('common.off')}</dd>
          </div>
          <div>
            <dt>{t('documents.translation')}</dt>
            <dd>
              <TranslationBadge status={document.translation.status} />
            </dd>
          </div>
        </dl>
        {document.currentVersion ? <Preview clientId={client.id} documentId={document.id} version={document.currentVersion} /> : null}
      </section>

      <VersionsSection
        client={client}
        document={document}
        canAdd={can('document.version')}
        canDelete={can('document.delete')}
        onChanged={(updated, message) => changed(updated, message)}
      />

      <TranslationSection
        clientId={client.id}
        document={document}
        editable={can('document.translation')}
        onChanged={(updated) => changed(updated, t('documents.translationSaved'))}
        onReload={loaded.reload}
      />

      <SubmissionsSection
        clientId={client.id}
        document={document}
        applications={applicationList}
        editable={can('document.submission')}
        onChanged={(updated) => changed(updated, t('documents.submissionRecorded'))}
      />

      {can('document.update') ? (
        <details className="section">
          <summary className="summary-title">{t('documents.editTitle')}</summary>
          <EditDocumentForm
            key={document.version}
            clientId={client.id}
            document={document}
            applications={applicationList}
            onReload={loaded.reload}
            onSaved={(updated) => changed(updated, t('common.saved'))}
          />
        </details>
      ) : null}

      {can('document.delete') ? <DeleteDocument clientId={client.id} document={document} onDeleted={onChanged} onReload={loaded.reload} /> : null}
    </>
  );
}

/** Images and PDFs shown in the page, from the server's inline answer (never for other types: they download). */
function Preview({ clientId, documentId, version }: { readonly clientId: string; readonly documentId: string; readonly version: DocumentVersionView }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const image = version.mediaType.startsWith('image/') && version.mediaType !== 'image/heic' && version.mediaType !== 'image/tiff';
  const pdf = version.mediaType === 'application/pdf';
  if (version.destroyed || (!image && !pdf)) return null;
  const source = documentsApi.contentUrl(clientId, documentId, version.number, 'inline');
  return (
    <div className="document-preview">
      <button type="button" className="button button-secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('documents.hidePreview') : t('documents.showPreview')}
      </button>
      {shown && image ? <img src={source} alt={t('documents.previewOf', { n: version.number })} className="document-preview-image" /> : null}
      {shown && pdf ? <iframe src={source} title={t('documents.previewOf', { n: version.number })} className="document-preview-frame" /> : null}
    </div>
  );
}

interface VersionsSectionProps {
  readonly client: ClientView;
  readonly document: DocumentDetailView;
  readonly canAdd: boolean;
  readonly canDelete: boolean;
  readonly onChanged: (document: DocumentDetailView, message: string) => void;
}

function VersionsSection({ client, document, canAdd, canDelete, onChanged }: VersionsSectionProps) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [round, setRound] = useState(0);
  const add = useAction((chosen: File) => documentsApi.uploadVersion(client.id, document.id, chosen, { onProgress: setProgress }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    setProgress({ loaded: 0, total: file.size });
    const result = await add.run(file);
    setProgress(null);
    if (result.ok) {
      setFile(null);
      setRound((n) => n + 1);
      onChanged(result.value, t('documents.versionAdded', { n: result.value.currentVersion?.number ?? result.value.versionCount }));
    }
  };

  return (
    <section className="section" aria-labelledby="document-versions">
      <h2 id="document-versions">{t('documents.versions')}</h2>
      <div className="table-scroll">
        <table className="table table-wide">
          <caption className="visually-hidden">{t('documents.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.versionNumber')}</th>
              <th scope="col">{t('documents.uploadedAt')}</th>
              <th scope="col">{t('documents.originalName')}</th>
              <th scope="col">{t('documents.size')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {document.versions.map((version) => (
              <tr key={version.number}>
                <th scope="row">{t('documents.versionShort', { n: version.number })}</th>
                <td>
                  <DateTime iso={version.uploadedAt} />
                  {version.uploadedByName ? <p className="small muted">{version.uploadedByName}</p> : null}
                </td>
                <td>
                  {version.originalName ?? '—'}
                  <p className="small muted" title={version.sha256}>
                    {version.mediaType} · SHA-256 {version.sha256.slice(0, 12)}…
                  </p>
                </td>
                <td className="nowrap" title={String(version.sizeBytes)}>
                  {formatSize(version.sizeBytes, locale)}
                </td>
                <td>
                  {version.destroyed ? (
                    <span className="muted">
                      {t('documents.versionDestroyed')} <DateTime iso={version.destroyedAt} />
                    </span>
                  ) : (
                    <>
                      <a className="button button-secondary button-small" href={documentsApi.contentUrl(client.id, document.id, version.number, 'attachment')} download>
                        {t('documents.download', { n: version.number })}
                      </a>
                      {canDelete ? <DeleteVersion clientId={client.id} documentId={document.id} number={version.number} onDeleted={(updated) => onChanged(updated, t('documents.versionDeleted', { n: version.number }))} /> : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canAdd ? (
        <form className="form subsection" onSubmit={(event) => void submit(event)}>
          <h3>{t('documents.newVersion')}</h3>
          <p className="muted">{t('documents.newVersionExplain')}</p>
          <UploadErrorAlert error={add.error} />
          <FileDrop key={round} file={file} onFile={setFile} disabled={add.busy} />
          <UploadProgressBar progress={progress} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={add.busy || !file}>
              {t('documents.newVersionSubmit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** A reason is asked for: deleting destroys the version's key, so its bytes are gone from every backup. */
function DeleteVersion({ clientId, documentId, number, onDeleted }: { readonly clientId: string; readonly documentId: string; readonly number: number; readonly onDeleted: (document: DocumentDetailView) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const remove = useAction(() => documentsApi.removeVersion(clientId, documentId, number, reason.trim()));
  return (
    <details className="subsection">
      <summary>{t('documents.deleteVersion', { n: number })}</summary>
      <ErrorAlert error={remove.error} />
      <TextAreaField label={t('documents.deleteReason')} rows={2} maxLength={2000} required value={reason} onChange={(event) => setReason(event.target.value)} />
      {reason.trim() === '' ? null : (
        <ConfirmButton
          label={t('documents.deleteVersion', { n: number })}
          question={t('documents.deleteVersionQuestion', { n: number })}
          confirmLabel={t('documents.deleteVersionConfirm')}
          busy={remove.busy}
          danger
          small
          onConfirm={() =>
            void remove.run().then((result) => {
              if (result.ok) onDeleted(result.value);
            })
          }
        />
      )}
    </details>
  );
}

function DeleteDocument({
  clientId,
  document,
  onDeleted,
  onReload,
}: {
  readonly clientId: string;
  readonly document: DocumentDetailView;
  readonly onDeleted: () => void;
  readonly onReload: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const remove = useAction(() => documentsApi.remove(clientId, document.id, document.version, reason.trim()));
  return (
    <details className="section">
      <summary className="summary-title">{t('documents.deleteTitle')}</summary>
      <p className="muted">{t('documents.deleteExplain')}</p>
      {isApiError(remove.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={remove.error} />}
      <TextAreaField label={t('documents.deleteReason')} rows={2} maxLength={2000} required value={reason} onChange={(event) => setReason(event.target.value)} />
      {reason.trim() === '' ? null : (
        <ConfirmButton
          label={t('documents.deleteSubmit')}
          question={t('documents.deleteQuestion', { title: document.title })}
          confirmLabel={t('documents.deleteConfirm')}
          busy={remove.busy}
          danger
          onConfirm={() =>
            void remove.run().then((result) => {
              if (!result.ok) return;
              onDeleted();
              navigate('?tab=documents&deleted=1');
            })
          }
        />
      )}
    </details>
  );
}
