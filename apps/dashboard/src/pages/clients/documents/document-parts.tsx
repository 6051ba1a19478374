import { useId, useState, type DragEvent } from 'react';
import type { UploadProgress } from '../../../api/documents-api';
import { ApiError, UPLOAD_INTERRUPTED } from '../../../api/http-client';
import type { ChecklistItemStatus, DocumentFlag, TranslationStatus } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n, type MessageKey } from '../../../i18n/i18n';
import { inLocale, translationStatusLabel } from '../../../i18n/labels';

/** Languages asylum files in Japan most often hold, offered first; any other ISO 639-1 code can be typed. */
export const COMMON_LANGUAGES = ['ja', 'en', 'fa', 'ar', 'ps', 'ur', 'tr', 'ku', 'my', 'ne', 'bn', 'si', 'ta', 'fr', 'es', 'pt', 'zh', 'ru', 'uk', 'am', 'ti', 'so', 'sw', 'ln', 'tl', 'vi', 'id', 'km', 'ha', 'yo'] as const;

const TRANSLATION_TONE: Readonly<Record<TranslationStatus, string>> = {
  'not-needed': 'badge-deadline-open badge-doc-neutral',
  needed: 'badge-status-invited badge-doc-warn',
  requested: 'badge-status-invited badge-doc-warn',
  draft: 'badge-status-invited badge-doc-warn',
  checked: 'badge-status-invited badge-doc-warn',
  signed: 'badge-status-active badge-doc-ok',
};

export function TranslationBadge({ status }: { readonly status: TranslationStatus }) {
  const { locale } = useI18n();
  return <span className={`badge badge-translation-${status} ${TRANSLATION_TONE[status]}`}>{translationStatusLabel(locale, status)}</span>;
}

/** Marked for submission, not in Japanese, no signed translation: red, with its legal basis on hover and for screen readers. */
export function FlagNote({ flag }: { readonly flag: DocumentFlag }) {
  const { t, locale } = useI18n();
  const basis = inLocale(locale, flag.basis.ja, flag.basis.en);
  return (
    <p className="doc-flag" title={basis}>
      <span className="badge badge-deadline-missed badge-doc-flag">{t('documents.flag')}</span> <span>{inLocale(locale, flag.message.ja, flag.message.en)}</span>
      <span className="visually-hidden"> {t('documents.flagBasis', { basis })}</span>
    </p>
  );
}

export function SensitiveMarker() {
  const { t } = useI18n();
  return (
    <span className="badge badge-flag badge-doc-sensitive" title={t('documents.sensitiveExplain')}>
      {t('documents.sensitive')}
    </span>
  );
}

const CHECKLIST_LABELS: Readonly<Record<ChecklistItemStatus, MessageKey>> = {
  present: 'checklist.status.present',
  missing: 'checklist.status.missing',
  'awaiting-translation': 'checklist.status.awaiting-translation',
  'optional-missing': 'checklist.status.optional-missing',
};

const CHECKLIST_TONE: Readonly<Record<ChecklistItemStatus, string>> = {
  present: 'badge-status-active badge-doc-ok',
  missing: 'badge-deadline-missed badge-doc-flag',
  'awaiting-translation': 'badge-status-invited badge-doc-warn',
  'optional-missing': 'badge-deadline-open badge-doc-neutral',
};

export function ChecklistStatusBadge({ status }: { readonly status: ChecklistItemStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-checklist-${status} ${CHECKLIST_TONE[status]}`}>{t(CHECKLIST_LABELS[status])}</span>;
}

/** 1.2 MB, 350 kB: enough to recognise a file; the exact count is in the tooltip. */
export function formatSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1000) return format(bytes, 'B');
  if (bytes < 1_000_000) return format(bytes / 1000, 'kB');
  return format(bytes / 1_000_000, 'MB');
}

/** The upload's real progress, from the browser's count of bytes sent. */
export function UploadProgressBar({ progress }: { readonly progress: UploadProgress | null }) {
  const { t, locale } = useI18n();
  const id = useId();
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="upload-progress">
      <label htmlFor={id}>{t('documents.uploading')}</label>
      <progress id={id} max={progress.total} value={progress.loaded}>
        {percent}%
      </progress>
      <span role="status" className="muted">
        {t('documents.uploadedOf', { percent, loaded: formatSize(progress.loaded, locale), total: formatSize(progress.total, locale) })}
      </span>
    </div>
  );
}

/** What the user can do about a refused file, in their language whatever the server wrote. */
const UPLOAD_MESSAGES: Readonly<Record<string, MessageKey>> = {
  PAYLOAD_TOO_LARGE: 'documents.error.PAYLOAD_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED: 'documents.error.FILE_TYPE_NOT_ALLOWED',
  FILE_TYPE_MISMATCH: 'documents.error.FILE_TYPE_MISMATCH',
  FILE_CONTENT_REFUSED: 'documents.error.FILE_CONTENT_REFUSED',
  FILE_NAME_INVALID: 'documents.error.FILE_NAME_INVALID',
  FILE_EMPTY: 'documents.error.FILE_EMPTY',
  [UPLOAD_INTERRUPTED]: 'documents.error.UPLOAD_INTERRUPTED',
};

export function UploadErrorAlert({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  const key = error instanceof ApiError ? UPLOAD_MESSAGES[error.code] : undefined;
  if (!key) return <ErrorAlert error={error} messages={{ RECORD_NOT_FOUND: 'documents.notFound' }} />;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-message">{t(key)}</p>
      <p>{t('documents.error.nothingStored')}</p>
    </div>
  );
}

interface FileDropProps {
  readonly file: File | null;
  readonly onFile: (file: File | null) => void;
  readonly disabled?: boolean;
}

/** Drop a file here, or pick one: the picker is the keyboard's and screen reader's way in. */
export function FileDrop({ file, onFile, disabled = false }: FileDropProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files.item(0);
    if (dropped) onFile(dropped);
  };

  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{t('documents.dropHere')}</p>
      <label htmlFor={id}>{t('documents.chooseFile')}</label>
      <input
        id={id}
        type="file"
        disabled={disabled}
        onChange={(event) => {
          onFile(event.target.files?.item(0) ?? null);
        }}
      />
      {file ? (
        <p className="file-drop-chosen" role="status">
          {t('documents.chosenFile', { name: file.name, size: formatSize(file.size, locale) })}
        </p>
      ) : null}
    </div>
  );
}
