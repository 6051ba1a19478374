import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { CheckboxField } from './form-fields';

interface RecoveryCodesPanelProps {
  readonly codes: readonly string[];
  /** Called once the user has said they saved the codes. */
  readonly onDone: () => void;
}

/**
 * Recovery codes, shown this once: the user must confirm they saved them before moving on, as
 * nobody (administrators included) can show them again.
 */
export function RecoveryCodesPanel({ codes, onDone }: RecoveryCodesPanelProps) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const canCopy = typeof navigator.clipboard?.writeText === 'function' && window.isSecureContext;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="recovery-codes-panel" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">{t('recovery.title')}</h2>
      <p>{t('recovery.explain')}</p>
      <p className="emphasis">{t('recovery.onlyOnce')}</p>
      <ol className="recovery-codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
        {canCopy ? (
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t('recovery.copy')}
          </button>
        ) : null}
        <span role="status" className="muted">
          {copied === 'yes' ? t('recovery.copied') : copied === 'failed' ? t('recovery.copyFailed') : ''}
        </span>
      </div>
      <div className="no-print">
        <CheckboxField label={t('recovery.savedCheck')} checked={saved} onChange={(event) => setSaved(event.target.checked)} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={!saved} onClick={onDone}>
            {t('recovery.continue')}
          </button>
        </div>
      </div>
    </section>
  );
}
