import { useI18n } from '../i18n/i18n';

/** Someone saved first: nothing of this change was kept; load their version and do it again. */
export function StaleAlert({ onReload }: { readonly onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-message">{t('stale.title')}</p>
      <p>{t('stale.body')}</p>
      <button type="button" className="button button-primary" onClick={onReload}>
        {t('stale.reload')}
      </button>
    </div>
  );
}
