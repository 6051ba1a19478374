import { useI18n } from '../i18n/i18n';

/** A moment shown in Japan time, with the exact value for machines and tooltips. */
export function DateTime({ iso }: { readonly iso: string | null | undefined }) {
  const { t, dateTime } = useI18n();
  if (!iso) return <span className="muted">{t('common.never')}</span>;
  return (
    <time dateTime={iso} title={`${dateTime(iso)} ${t('common.japanTime')}`}>
      {dateTime(iso)}
    </time>
  );
}
