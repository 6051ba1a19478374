import { useState, type FormEvent } from 'react';
import { clientsApi } from '../../api/clients-api';
import { EXPORT_PURPOSES, type ClientView, type ExportPurpose } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextAreaField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';

const REASON_MIN = 10;

/** Saves a document in the browser's downloads, without a round trip through a link. */
function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Everything held about the client as one file: when the person asks for their data (APPI
 * Art. 33), for their lawyer, or for a transfer they agreed to. The purpose and reason go into the
 * audit trail. Not offered under emergency access.
 */
export function ExportSection({ client }: { readonly client: ClientView }) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState<ExportPurpose | ''>('');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState(false);
  const run = useAction((chosen: ExportPurpose, why: string) => clientsApi.exportFile(client.id, chosen, why));
  if (client.access !== 'scope') return null;

  const purposeProblem = purpose === '' ? t('export.purposeProblem') : undefined;
  const reasonProblem = [...reason.trim()].length < REASON_MIN ? t('export.reasonProblem', { min: REASON_MIN }) : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setDone(false);
    if (purposeProblem || reasonProblem || purpose === '') return;
    const result = await run.run(purpose, reason.trim());
    if (result.ok) {
      download(`yorisoi-${client.caseNumber}.json`, JSON.stringify(result.value, null, 2));
      setDone(true);
      setReason('');
      setAttempted(false);
    }
  };

  return (
    <section className="section" aria-labelledby="details-export">
      <h2 id="details-export">{t('export.title')}</h2>
      <p className="muted">{t('export.explain')}</p>
      {done ? <Notice tone="success">{t('export.done')}</Notice> : null}
      <ErrorAlert error={run.error} />
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
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={run.busy}>
            {run.busy ? t('common.loading') : t('export.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
