import { useId, useState, type FormEvent } from 'react';
import { clientsApi } from '../../api/clients-api';
import { documentsApi } from '../../api/documents-api';
import { EXPORT_PURPOSES, type ClientView, type ExportPurpose } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, SelectField, TextAreaField } from '../../components/form-fields';
import { KeysetList } from '../../components/keyset-list';
import { Notice } from '../../components/notice';
import { useAction } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { useI18n } from '../../i18n/i18n';
import { documentCategoryLabel } from '../../i18n/labels';
import { SensitiveMarker } from './documents/document-parts';

const REASON_MIN = 10;

/** Saves a file in the browser's downloads, without a round trip through a link. */
function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Which documents' files go into the ZIP: none (the JSON alone), all of them, or those ticked. */
type DocumentChoice = 'none' | 'all' | 'chosen';

interface ExportRequest {
  readonly purpose: ExportPurpose;
  readonly reason: string;
  readonly documents: 'all' | readonly string[] | null;
}

/**
 * Everything held about the client as one file: when the person asks for their data (APPI
 * Art. 33), for their lawyer, or for a transfer they agreed to. With the documents, a ZIP of the
 * same JSON and the chosen files. The purpose and reason go into the audit trail. Not offered
 * under emergency access.
 */
export function ExportSection({ client }: { readonly client: ClientView }) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState<ExportPurpose | ''>('');
  const [reason, setReason] = useState('');
  const [choice, setChoice] = useState<DocumentChoice>('none');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState<'json' | 'archive' | null>(null);
  const run = useAction(async ({ purpose: why, reason: text, documents }: ExportRequest) => {
    if (documents === null) {
      const exported = await clientsApi.exportFile(client.id, why, text);
      return { fileName: `yorisoi-${client.caseNumber}.json`, blob: new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }) };
    }
    return clientsApi.exportArchive(client.id, why, text, documents);
  });
  if (client.access !== 'scope') return null;

  const purposeProblem = purpose === '' ? t('export.purposeProblem') : undefined;
  const reasonProblem = [...reason.trim()].length < REASON_MIN ? t('export.reasonProblem', { min: REASON_MIN }) : undefined;
  const documentsProblem = choice === 'chosen' && chosen.length === 0 ? t('export.documentsProblem') : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setDone(null);
    if (purposeProblem || reasonProblem || documentsProblem || purpose === '') return;
    const documents = choice === 'none' ? null : choice === 'all' ? 'all' : chosen;
    const result = await run.run({ purpose, reason: reason.trim(), documents });
    if (result.ok) {
      download(result.value.fileName, result.value.blob);
      setDone(documents === null ? 'json' : 'archive');
      setReason('');
      setAttempted(false);
    }
  };

  return (
    <section className="section" aria-labelledby="details-export">
      <h2 id="details-export">{t('export.title')}</h2>
      <p className="muted">{t('export.explain')}</p>
      {done === 'json' ? <Notice tone="success">{t('export.done')}</Notice> : null}
      {done === 'archive' ? <Notice tone="success">{t('export.archiveDone')}</Notice> : null}
      <ErrorAlert error={run.error} messages={{ RECORD_NOT_FOUND: 'export.documentGone' }} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField label={t('export.purpose')} required problem={attempted ? purposeProblem : undefined} value={purpose} onChange={(event) => setPurpose(event.target.value as ExportPurpose | '')}>
          <option value="">{t('common.choose')}</option>
          {EXPORT_PURPOSES.map((value) => (
            <option key={value} value={value}>
              {t(`export.purpose.${value}` as const)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('export.reason')}
          hint={t('export.reasonHint')}
          rows={2}
          maxLength={1000}
          required
          problem={attempted ? reasonProblem : undefined}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <CheckboxField
          label={t('export.includeDocuments')}
          checked={choice !== 'none'}
          onChange={(event) => {
            setChoice(event.target.checked ? 'all' : 'none');
            setDone(null);
          }}
        />
        {choice !== 'none' ? (
          <DocumentChooser clientId={client.id} choice={choice} onChoice={setChoice} chosen={chosen} onChosen={setChosen} problem={attempted ? documentsProblem : undefined} />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={run.busy}>
            {run.busy ? t('common.loading') : choice === 'none' ? t('export.submit') : t('export.submitArchive')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface DocumentChooserProps {
  readonly clientId: string;
  readonly choice: Exclude<DocumentChoice, 'none'>;
  readonly onChoice: (choice: Exclude<DocumentChoice, 'none'>) => void;
  readonly chosen: readonly string[];
  readonly onChosen: (chosen: readonly string[]) => void;
  readonly problem: string | undefined;
}

/** All the file's documents, or those ticked from its list. */
function DocumentChooser({ clientId, choice, onChoice, chosen, onChosen, problem }: DocumentChooserProps) {
  const { t } = useI18n();
  const problemId = useId();

  return (
    <fieldset className="fieldset" aria-describedby={problem ? problemId : undefined}>
      <legend>{t('export.documents')}</legend>
      <p className="field-hint">{t('export.documentsHint')}</p>
      <div className="radio-list">
        <label className="radio">
          <input type="radio" name="export-documents" value="all" checked={choice === 'all'} onChange={() => onChoice('all')} />
          <span>{t('export.documentsAll')}</span>
        </label>
        <label className="radio">
          <input type="radio" name="export-documents" value="chosen" checked={choice === 'chosen'} onChange={() => onChoice('chosen')} />
          <span>{t('export.documentsChosen')}</span>
        </label>
      </div>
      {choice === 'chosen' ? <DocumentList clientId={clientId} chosen={chosen} onChosen={onChosen} /> : null}
      {problem ? (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Documents listed per page in the chooser. */
const PAGE_SIZE = 100;

/** The file's documents to tick, loaded (and audited as read) only when the user picks from them, a page at a time. */
function DocumentList({ clientId, chosen, onChosen }: Pick<DocumentChooserProps, 'clientId' | 'chosen' | 'onChosen'>) {
  const { t, locale } = useI18n();
  const list = useKeysetPages((cursor, signal) => documentsApi.list(clientId, {}, cursor, PAGE_SIZE, signal), [clientId]);
  return (
    <KeysetList list={list} empty={<p className="muted">{t('export.noDocuments')}</p>} moreLabel={t('common.showMore')}>
      {(items) => (
        <ul className="plain-list">
          {items.map((document) => {
            const readable = document.currentVersion !== null && !document.currentVersion.destroyed;
            return (
              <li key={document.id}>
                <CheckboxField
                  label={
                    <>
                      {document.title} <span className="muted">({documentCategoryLabel(locale, document.category)})</span>
                      {document.sensitive ? (
                        <>
                          {' '}
                          <SensitiveMarker />
                        </>
                      ) : null}
                      {readable ? null : <span className="muted"> {t('export.noReadableVersion')}</span>}
                    </>
                  }
                  checked={chosen.includes(document.id)}
                  onChange={(event) => onChosen(event.target.checked ? [...chosen, document.id] : chosen.filter((id) => id !== document.id))}
                />
              </li>
            );
          })}
        </ul>
      )}
    </KeysetList>
  );
}
