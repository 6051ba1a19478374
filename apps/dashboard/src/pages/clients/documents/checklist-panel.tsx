import { documentsApi } from '../../../api/documents-api';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n/i18n';
import { inLocale } from '../../../i18n/labels';
import { Link } from '../../../router/router';
import { ChecklistStatusBadge } from './document-parts';

interface ChecklistPanelProps {
  readonly clientId: string;
  readonly applicationId: string;
  /** Bumped when the file changed, to load the checklist again. */
  readonly round: number;
}

/** The documents the application's current step expects: present, missing, or waiting for a signed translation. */
export function ChecklistPanel({ clientId, applicationId, round }: ChecklistPanelProps) {
  const { t, locale } = useI18n();
  const checklist = useAsync((signal) => documentsApi.checklist(clientId, applicationId, signal), [clientId, applicationId, round]);
  const headingId = `checklist-${applicationId}`;

  if (checklist.error && !checklist.data) return <ErrorAlert error={checklist.error} onRetry={checklist.reload} />;
  if (!checklist.data) return <Loading />;
  const view = checklist.data;

  return (
    <div className="subsection checklist" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>{view.title ? inLocale(locale, view.title.ja, view.title.en) : t('checklist.title')}</h3>
      {view.step === null ? (
        <p className="muted">{t('checklist.noStep')}</p>
      ) : (
        <>
          <p className={view.complete ? 'checklist-summary checklist-complete' : 'checklist-summary'} role="status">
            {view.complete ? (
              <span className="badge badge-status-active badge-doc-ok">{t('checklist.complete')}</span>
            ) : (
              t('checklist.summary', { missing: view.missing, awaiting: view.awaitingTranslation })
            )}
          </p>
          <ul className="plain-list checklist-items">
            {view.items.map((item) => (
              <li key={item.key} className={`checklist-item checklist-item-${item.status}`}>
                <ChecklistStatusBadge status={item.status} /> <strong>{inLocale(locale, item.label.ja, item.label.en)}</strong>
                {item.required ? null : <span className="muted"> {t('checklist.optional')}</span>}
                {item.hint ? <p className="small muted">{inLocale(locale, item.hint.ja, item.hint.en)}</p> : null}
                {item.documentIds.length > 0 ? (
                  <p className="small">
                    {item.documentIds.map((id, index) => (
                      <span key={id}>
                        {index > 0 ? ' · ' : null}
                        <Link to={`?tab=documents&document=${encodeURIComponent(id)}`}>{t('checklist.document', { n: index + 1 })}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {view.basis ? <p className="basis small">{t('checklist.basis', { basis: inLocale(locale, view.basis.ja, view.basis.en) })}</p> : null}
          <p>
            <Link to={`?tab=documents&application=${encodeURIComponent(applicationId)}`}>{t('checklist.openDocuments')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
