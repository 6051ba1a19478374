import { useState } from 'react';
import { applicationsApi } from '../../../api/applications-api';
import { documentsApi } from '../../../api/documents-api';
import type { ApplicationView, DocumentView } from '../../../api/types';
import { KeysetList } from '../../../components/keyset-list';
import { SelectField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { Notice } from '../../../components/notice';
import { useAsync } from '../../../hooks/use-async';
import { useKeysetPages } from '../../../hooks/use-keyset-pages';
import { useI18n } from '../../../i18n/i18n';
import { documentCategoryLabel, languageName, protectionKindLabel } from '../../../i18n/labels';
import { Link, useSearchParams } from '../../../router/router';
import { useMe } from '../../../session/session-context';
import type { FileContext } from '../file-context';
import { offers } from '../file-access';
import { DocumentDetail } from './document-detail';
import { FlagNote, formatSize, SensitiveMarker, TranslationBadge } from './document-parts';
import { MaterialsRequestsPanel } from './materials-requests-panel';
import { UploadForm } from './upload-form';

/** The file's evidence: what is held, what still needs a translation, new uploads, and ISA's requests for more. */
export function DocumentsTab({ client, round, onChanged }: FileContext) {
  const [params] = useSearchParams();
  const documentId = params.get('document');
  if (documentId) return <DocumentDetail key={documentId} client={client} documentId={documentId} round={round} onChanged={onChanged} />;
  return <DocumentList client={client} round={round} onChanged={onChanged} />;
}

/** Documents shown per page: a long case holds hundreds. */
const PAGE_SIZE = 50;

function DocumentList({ client, round, onChanged }: Pick<FileContext, 'client' | 'round' | 'onChanged'>) {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const applicationId = params.get('application') ?? undefined;
  const [uploaded, setUploaded] = useState<DocumentView | null>(null);
  const applications = useAsync((signal) => applicationsApi.list(client.id, signal), [client.id, round]);
  const open = client.status === 'open';
  const newestFirst = [...(applications.data ?? [])].sort((a, b) => b.applicationNo - a.applicationNo);

  return (
    <>
      <section className="section section-first" aria-labelledby="documents-list">
        <h2 id="documents-list">{t('documents.title')}</h2>
        {client.access === 'break-glass' ? <p className="muted">{t('documents.sensitiveHiddenEmergency')}</p> : null}
        {newestFirst.length > 0 ? (
          <div className="filter-row">
            <SelectField label={t('documents.filterApplication')} value={applicationId ?? ''} onChange={(event) => setParams({ application: event.target.value }, { replace: true })}>
              <option value="">{t('documents.allApplications')}</option>
              {newestFirst.map((application) => (
                <option key={application.id} value={application.id}>
                  {t('applications.title', { n: application.applicationNo, kind: protectionKindLabel(t, application.kind) })}
                </option>
              ))}
            </SelectField>
          </div>
        ) : null}
        {uploaded ? <Notice tone="success">{t('documents.uploaded', { title: uploaded.title })}</Notice> : null}
        {params.get('deleted') === '1' ? <Notice tone="success">{t('documents.deleted')}</Notice> : null}
        <DocumentPages key={`${applicationId ?? ''}:${round}`} clientId={client.id} applicationId={applicationId} applications={newestFirst} />
      </section>

      {open && offers(client, me.role, 'document.upload') && applications.data ? (
        <section className="section" aria-labelledby="documents-upload">
          <h2 id="documents-upload">{t('documents.uploadTitle')}</h2>
          <p className="muted">{t('documents.uploadExplain')}</p>
          <UploadForm
            clientId={client.id}
            applications={newestFirst}
            sensitiveAllowed={client.access !== 'break-glass'}
            onUploaded={(document) => {
              setUploaded(document);
              onChanged();
            }}
          />
        </section>
      ) : null}

      <MaterialsRequestsPanel client={client} applications={newestFirst} round={round} onChanged={onChanged} />
    </>
  );
}

/** The list a page at a time; keyed by the filter and the file's round, so either starts it again. */
function DocumentPages({ clientId, applicationId, applications }: { readonly clientId: string; readonly applicationId: string | undefined; readonly applications: readonly ApplicationView[] }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => documentsApi.list(clientId, { applicationId }, cursor, PAGE_SIZE, signal), [clientId, applicationId]);
  return (
    <KeysetList
      list={list}
      count={(count, more) => (more ? t('documents.countMore', { count }) : t('documents.count', { count }))}
      empty={<p className="muted">{applicationId ? t('documents.noneForApplication') : t('documents.none')}</p>}
      moreLabel={t('common.showMore')}
    >
      {(items) => <DocumentTable documents={items} applications={applications} />}
    </KeysetList>
  );
}

function DocumentTable({ documents, applications }: { readonly documents: readonly DocumentView[]; readonly applications: readonly ApplicationView[] }) {
  const { t, locale } = useI18n();
  const applicationNo = new Map(applications.map((application) => [application.id, application.applicationNo]));
  return (
    <div className="table-scroll">
      <table className="table table-wide documents-table">
        <caption className="visually-hidden">{t('documents.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.documentTitle')}</th>
            <th scope="col">{t('documents.category')}</th>
            <th scope="col">{t('documents.language')}</th>
            <th scope="col">{t('documents.documentDate')}</th>
            <th scope="col">{t('documents.currentVersion')}</th>
            <th scope="col">{t('documents.translation')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => {
            const number = document.applicationId ? applicationNo.get(document.applicationId) : undefined;
            return (
              <tr key={document.id} className={document.flag ? 'row-flagged' : undefined}>
                <th scope="row">
                  <Link to={`?tab=documents&document=${encodeURIComponent(document.id)}`}>{document.title}</Link>{' '}
                  {document.sensitive ? <SensitiveMarker /> : null}
                  {document.forSubmission ? <span className="badge badge-deadline-open badge-doc-neutral">{t('documents.forSubmissionShort')}</span> : null}
                  {number !== undefined ? <span className="muted small"> {t('documents.applicationNo', { n: number })}</span> : null}
                  {document.translationOf ? (
                    <p className="small muted">{t('documents.translationOfShort', { title: document.translationOf.title })}</p>
                  ) : null}
                  {document.flag ? <FlagNote flag={document.flag} /> : null}
                </th>
                <td>{documentCategoryLabel(locale, document.category)}</td>
                <td>{languageName(locale, document.language)}</td>
                <td className="nowrap">
                  <LocalDate value={document.documentDate} />
                </td>
                <td className="nowrap">
                  {document.currentVersion ? (
                    <span title={document.currentVersion.mediaType}>
                      {t('documents.versionShort', { n: document.currentVersion.number })} · {formatSize(document.currentVersion.sizeBytes, locale)}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <TranslationBadge status={document.translation.status} />
                  {document.translations.length > 0 ? <p className="small muted">{t('documents.translationsCount', { count: document.translations.length })}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
